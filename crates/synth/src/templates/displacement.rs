//! Templates for people fleeing `{city}` as `x` advances or attacks.

use super::TopicTemplates;

/// Displacement templates.
pub static TEMPLATES: TopicTemplates = TopicTemplates {
    headlines: &[
        "{crowd_h} flee {city} as fighting intensifies",
        "{agency} says {displaced} displaced by new fighting in {country}",
        "Families fleeing {city} describe days on the road",
        "Camps near {city2} overwhelmed as {displaced} arrive",
        "Exodus from {city} as {x} close in",
    ],
    leads: &[
        "More than {displaced} have fled {city} in the past {n} days as {x} advanced on the area, the {agency} said {day}.",
        "Families carrying what belongings they could fled {city} {day} as {x} [shelled|bombarded|attacked] the area, aid agencies said.",
        "The {agency} said {day} that fighting around {city} had forced {displaced} from their homes in less than a week.",
        "{crowd} people streamed out of {city} {day}, many of them on foot, after {x} [seized|attacked|pushed into] nearby villages, witnesses and aid workers said.",
    ],
    details: &[
        "Many of those fleeing were women and children, and some had walked for {n} days to reach safety.",
        "Camps near {city2} were already hosting {n_big} families before the latest arrivals.",
        "Aid workers said shelters were overcrowded and lacked clean water and latrines.",
        "Some families said they had been displaced several times {since}.",
        "The {agency} said it had registered {n_big} new arrivals in {city2} in a single day.",
        "Authorities in {city2} have set up temporary shelters in schools and public buildings.",
        "Roads out of {city} were crowded with cars, carts and people on foot, witnesses said.",
        "{x} have denied targeting civilians and said residents were free to leave.",
        "Many of the displaced arrived without documents, making it harder for them to get help.",
        "The {agency} warned that the onset of the [rainy season|winter|hot season] would worsen conditions in the camps.",
        "About {pct} of the new arrivals are children, according to the {agency}.",
        "Aid groups said they had run out of tents and were handing out plastic sheeting instead.",
    ],
    quotes_x: &[
        "Civilians were warned in advance and given safe routes to leave the area",
        "Our operations are directed only at armed fighters",
        "We call on residents to stay away from military positions",
    ],
    quotes_y: &[
        "{x} are deliberately driving people from their homes",
        "We are doing everything we can to house those who have fled, but our resources are exhausted",
        "Those who fled will return when the area is safe again",
    ],
    quotes_i: &[
        "People are arriving exhausted, traumatised and with nothing",
        "The international community must step up its support for the displaced and the communities hosting them",
        "Every family we speak to has lost someone or something",
    ],
    quotes_w: &[
        "We left with only the clothes we were wearing",
        "We walked for two days without food. My mother could not go any further",
        "I do not know if our house is still standing",
        "We have been displaced four times. I am tired of running",
        "We slept under a tree on the first night. The children were so cold",
    ],
};
