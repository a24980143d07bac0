//! Templates shared by every topic: reactions, context, analysis, quote
//! attributions, closings, noise lines and the unique detail.

/// How an official's quote `{q}` is attributed to `{who}`.
pub static QUOTE_FORMATS: &[&str] = &[
    "\"{q},\" {who} said.",
    "\"{q},\" {who} said in a statement.",
    "\"{q},\" {who} told reporters.",
    "\"{q},\" {who} said {day}.",
    "{who} said: \"{q}.\"",
    "\"{q},\" {who} wrote on social media.",
    "{who} told {outlet}: \"{q}.\"",
    "\"{q},\" {who} told a news conference in {base}.",
    "\"{q},\" said {who}.",
];

/// How a quote by a witness or analyst, named after it, is attributed.
pub static TRAILING_QUOTE_FORMATS: &[&str] = &[
    "\"{q},\" said {who}.",
    "\"{q},\" said {who}.",
    "\"{q},\" said {who}, speaking by phone.",
];

/// An official's follow-up sentence after a first quote; `{q}` is a further
/// quote from the same pool.
pub static FOLLOW_UPS: &[&str] = &[
    "\"{q},\" {who} added.",
    "{who} did not give further details.",
    "{who} said the situation was being closely monitored.",
    "{who} declined to comment on [reports|claims] that {issue} had been discussed.",
    "{who} added that more information would be released [later|in the coming days].",
    "\"{q},\" {who} said [later|in a separate statement].",
];

/// A witness's follow-up sentence; `{q}` is a further quote from the same pool.
pub static WITNESS_FOLLOW_UPS: &[&str] = &[
    "\"{q}.\"",
    "\"{q},\" {who} added.",
    "Like many others in {city}, {who} has had to move [more than once|several times] [in recent years|since the fighting began].",
    "{who} said the family had not heard from relatives in {city2} for [days|weeks].",
];

/// International reactions.
pub static REACTIONS: &[&str] = &[
    "{sanctioner} condemned the violence and called for {deal}.",
    "The UN Security Council is expected to discuss the situation {next_time}.",
    "{third_gov} urged all parties to exercise restraint and protect civilians.",
    "Rights groups called for an independent investigation into the [incident|events in {city}].",
    "{pi} called for {deal} and for unhindered humanitarian access.",
    "The UN secretary-general said he was \"deeply concerned\" by the [escalation|latest violence].",
    "Diplomats said {third_gov} was weighing further steps.",
    "The International Criminal Court has said it is monitoring the situation.",
    "{third_gov} said it was ready to support any process that leads to {deal}.",
    "Foreign ministers from several countries are due to discuss {war} {next_time}.",
    "{mediator} called on both sides to return to negotiations.",
];

/// Humanitarian and reporting context.
pub static CONTEXT: &[&str] = &[
    "The United Nations says {displaced} in {country} need humanitarian assistance.",
    "Aid groups say the humanitarian situation has deteriorated sharply {since}.",
    "Several hospitals in the area are only partly functioning, according to the World Health Organization.",
    "Access for journalists is restricted, making it difficult to verify casualty figures independently.",
    "{outlet} could not independently verify the claims made by either side.",
    "Casualty figures provided by the warring parties cannot be independently confirmed.",
    "Schools in parts of {country} have been closed for months.",
    "Humanitarian officials estimate that {pct} of the population depends on aid.",
    "The fighting has [damaged|destroyed] roads, bridges and water systems across the region.",
    "Mobile phone and internet services have been cut in several areas, hampering communication.",
    "Humanitarian agencies say funding cuts announced {month_year} forced them to close clinics and feeding centres.",
];

/// Analysts' quotes, attributed with [`TRAILING_QUOTE_FORMATS`] to `{pa}`.
pub static ANALYST_QUOTES: &[&str] = &[
    "Both sides believe time is on their side, which makes compromise very difficult",
    "What we are seeing is a shift in strategy rather than a temporary escalation",
    "Without sustained international pressure, there is little incentive for either party to negotiate",
    "The humanitarian cost of this war is being badly underestimated",
    "Each escalation makes the eventual settlement harder to reach",
    "The economic pressure is real, but it has not changed the military calculation",
    "Outside powers are now shaping the conflict as much as the parties themselves",
];

/// Analysis without quotes.
pub static ANALYSIS: &[&str] = &[
    "Analysts say the fighting has settled into a war of attrition, with neither side able to win outright.",
    "Analysts say outside backing for both sides has prolonged the conflict.",
    "Some analysts believe the latest moves are meant to strengthen the hand of {x_gov} before any negotiations.",
    "Observers note that earlier ceasefires, including one agreed {month_year}, collapsed within weeks.",
    "Experts say that control of {city} would give {x} a significant advantage.",
];

/// Closing lines.
pub static CLOSINGS: &[&str] = &[
    "{x_gov} did not immediately respond to a request for comment.",
    "{outlet} was unable to reach {y_adj} officials for comment.",
    "The situation remained tense late {day_name}, residents said.",
    "Further talks are expected {next_time}.",
    "{reporter} contributed reporting.",
    "Reporting by {reporter}; editing by {reporter2}.",
];

/// The one sentence per article that makes its text unique: every variant
/// says "recorded {uniq} ", and no other template uses the word "recorded".
pub static UNIQUE: &[&str] = &[
    "{org} said it had recorded {uniq} {things} in {country} {since}.",
    "According to {org}, which has recorded {uniq} {things} {since}, the true figure is likely higher.",
    "Data compiled by {org} shows it has recorded {uniq} {things} in the region {since}.",
    "{org} says it has recorded {uniq} {things} {since}, most of them in the past year.",
];

/// Photo captions, placed on a line of their own.
pub static CAPTIONS: &[&str] = &[
    "[Residents|People|Rescuers] [inspect|stand near|walk past] a damaged building in {city} {day}. (Photo: {reporter}/{outlet})",
    "A [man|woman|child] [waits|sits] outside a shelter in {city2}. Photo: {reporter}",
    "[Smoke rises over|A view of] {city} {day}. {outlet}/{reporter}",
    "Delegations at the talks in {venue} {day}. (Photo: {reporter})",
];

/// Lines of page furniture caught by scrapers.
pub static FURNITURE: &[&str] = &[
    "Share this article",
    "Advertisement",
    "Read more: {other}",
    "RELATED: {other}",
    "Sign up for our daily newsletter",
    "Follow our live coverage of {war}",
    "Copyright {year} {outlet}. All rights reserved.",
    "Click here to share on WhatsApp",
];

/// Scene-setting sentences for longer pieces.
pub static SCENE: &[&str] = &[
    "In {city}, queues formed outside the few bakeries still operating.",
    "Generators hummed outside shops as darkness fell over {city}.",
    "Checkpoints have sprung up along the main road to {city2}, and travellers say the journey now takes [hours|a full day].",
    "In the central market, traders said few customers could afford more than the basics.",
    "At a hospital in {city2}, doctors said they had treated [dozens|more than a hundred] patients in a single night.",
    "Children played in the courtyard of a school that now serves as a shelter for {n_big} people.",
    "Many families in {city} now rely on water delivered by tanker trucks, which arrive irregularly.",
    "The streets of {city} were largely empty by early evening, as residents observed an informal curfew.",
    "Volunteers run a kitchen in {city2} that serves about {n_big} meals a day, funded mostly by donations from abroad.",
    "Local radio stations broadcast the names of missing people every morning.",
    "Posters of those killed in the fighting cover the walls of the main street in {city}.",
    "Teachers in {city} hold classes in basements and tents when air-raid warnings sound.",
    "Farmers near {city2} said they had been unable to reach their fields for [weeks|months].",
    "Taxi drivers in {city} said the price of fuel had made most journeys unaffordable.",
    "In the evenings, families gather around radios and phones to follow news from the front.",
];

/// History and earlier diplomacy, for longer pieces.
pub static HISTORY: &[&str] = &[
    "The region has seen repeated cycles of violence over the past decade.",
    "Earlier mediation efforts by {mediator} stalled {month_year}.",
    "A previous truce, announced {date_abs}, lasted less than a week.",
    "Both sides have accused each other of violating past agreements.",
    "Talks hosted in {venue} {month_year} ended with a statement of principles but no timetable.",
    "Several ceasefires have been declared {since}, none of which held for long.",
    "International attention on the conflict has waned as other crises have competed for funding and diplomatic time.",
    "The front line has moved little in recent months despite heavy losses on both sides.",
    "Previous commitments to protect civilians, signed in {venue}, have largely gone unimplemented.",
    "Diplomats say the involvement of regional powers has made a settlement harder to reach.",
];

/// Economic consequences, for longer pieces.
pub static ECONOMY: &[&str] = &[
    "The local currency has lost more than {pct} of its value against the dollar {since}.",
    "Fuel prices in {city} have tripled, according to traders.",
    "The fighting has caused damage estimated at {money_need}, according to a World Bank assessment.",
    "Remittances from relatives abroad have become a lifeline for many families.",
    "Unemployment has soared as factories and shops have closed, according to local officials.",
    "Trade routes through {city2} have been disrupted, pushing up the price of imported goods.",
    "Public-sector workers in {country} say they have not been paid for [months|several months].",
    "Reconstruction costs are expected to run to {money_need} or more, according to government estimates.",
];
