//! Templates for humanitarian aid: convoys, appeals, shortages in `y`'s `{city}`.

use super::TopicTemplates;

/// Aid templates.
pub static TEMPLATES: TopicTemplates = TopicTemplates {
    headlines: &[
        "{agency} warns of {crisis} in {city} as aid runs short",
        "Aid convoy reaches {city} after weeks of delays",
        "Donors pledge {money} for {country} at {conf_city} conference",
        "{org} suspends operations in {city} after staff attacked",
        "UN appeals for {money} to help {displaced} in {country}",
        "Hunger spreads in {city} as supply routes stay closed",
        "First aid trucks in [weeks|months] enter {city}",
    ],
    leads: &[
        "A convoy of {trucks} carrying {goods} reached {city} {day}, the first delivery in {n} weeks, the {agency} said.",
        "The {agency} appealed {day} for {money} to provide {goods} to {displaced} in {country}, warning that its funding was running out.",
        "Donors meeting in {conf_city} {day} pledged {money} in humanitarian aid for {country}, short of the {money_need} the United Nations says is needed this year.",
        "Humanitarian agencies warned {day} that {displaced} in and around {city} face {crisis} unless aid deliveries are stepped up.",
        "{org} said {day} it was suspending its work in {city} after {n} of its staff were [attacked|detained|threatened] by armed men.",
    ],
    details: &[
        "Aid workers said about {pct} of the supplies had been held up at checkpoints.",
        "{org} said its teams had treated {n_big} patients in {city} in the past month, many of them for malnutrition.",
        "The convoy carried {tonnes} of food, enough to feed {n_big} families for a month.",
        "Fuel shortages have forced several hospitals in {city} to cut services.",
        "Prices of basic goods such as flour and cooking oil have [more than doubled|risen sharply|tripled] {since}.",
        "The {agency} said it had received only {pct} of the funding it requested for {country} this year.",
        "{x} and {y} have both been accused of obstructing aid deliveries.",
        "Aid agencies have repeatedly called for safe and unhindered access to civilians in need.",
        "Cases of cholera and measles have been reported in camps for displaced people near {city}.",
        "A warehouse belonging to {org} in {city2} was looted {earlier}, the group said.",
        "Malnutrition rates among children under five have passed emergency thresholds in parts of {country}, according to the {agency}.",
        "The {agency} said it had been forced to cut rations for {displaced} because of funding shortfalls.",
        "Aid trucks waited for {n} days at the crossing before being allowed through, drivers said.",
        "Clinics run by {org} in {city2} were seeing twice as many patients as before the fighting.",
    ],
    quotes_x: &[
        "We are facilitating the entry of humanitarian aid and reject accusations of obstruction",
        "Aid must not fall into the hands of armed groups",
        "We have opened additional crossing points for humanitarian convoys",
        "Every convoy must be inspected for security reasons",
    ],
    quotes_y: &[
        "The needs are enormous and what arrives is a drop in the ocean",
        "We call on the international community to pressure {x_gov} to let aid through",
        "Our hospitals are running out of fuel and medicine",
        "We are grateful for this help, but people need much more",
    ],
    quotes_i: &[
        "Children are dying of hunger and preventable diseases. This is unacceptable",
        "We have the supplies and the staff. What we need is access",
        "Without additional funding, we will be forced to cut rations in the coming weeks",
        "The scale of need in {country} is staggering",
        "Humanitarian workers are not a target and must be protected",
    ],
    quotes_w: &[
        "We eat once a day, sometimes less. The children go to sleep hungry",
        "We waited since dawn for a bag of flour",
        "There is no medicine at the clinic. The doctor told us to come back next week",
        "We received a little rice and oil, but it will not last",
        "My daughter is sick and I have nothing to give her",
    ],
};
