//! Word lists that fill template slots: places hit, goods, organisations,
//! demands, and the fictional news outlets with their house styles.

/// A fictional news outlet and its house style.
#[derive(Debug)]
pub struct Outlet {
    /// Name as written in copy.
    pub name: &'static str,
    /// Host name of its (reserved, non-resolving) web site.
    pub domain: &'static str,
    /// Wire-style dateline "CITY, Country (Outlet) —" before the lead.
    pub wire_dateline: bool,
    /// Curly quotes and apostrophes instead of straight ones.
    pub curly: bool,
    /// "3 March" instead of "March 3".
    pub day_first: bool,
    /// Spells out numbers below ten.
    pub spell_small: bool,
    /// "per cent" / "percent" / "%".
    pub percent: &'static str,
}

/// The outlets articles are attributed to.
pub static OUTLETS: &[Outlet] = &[
    Outlet { name: "Meridian Wire", domain: "www.meridianwire.example", wire_dateline: true, curly: false, day_first: false, spell_small: true, percent: " percent" },
    Outlet { name: "The Daily Ledger", domain: "dailyledger.example", wire_dateline: false, curly: true, day_first: true, spell_small: true, percent: " per cent" },
    Outlet { name: "Global Dispatch", domain: "www.globaldispatch.example", wire_dateline: true, curly: false, day_first: false, spell_small: false, percent: "%" },
    Outlet { name: "Frontline Report", domain: "frontlinereport.example", wire_dateline: false, curly: false, day_first: false, spell_small: true, percent: "%" },
    Outlet { name: "Horizon News Agency", domain: "news.horizon-agency.example", wire_dateline: true, curly: true, day_first: true, spell_small: true, percent: " percent" },
    Outlet { name: "The Evening Courier", domain: "eveningcourier.example", wire_dateline: false, curly: true, day_first: true, spell_small: true, percent: " per cent" },
    Outlet { name: "Atlas Press", domain: "www.atlaspress.example", wire_dateline: true, curly: false, day_first: false, spell_small: true, percent: " percent" },
    Outlet { name: "Northern Star Herald", domain: "northernstar.example", wire_dateline: false, curly: false, day_first: true, spell_small: false, percent: "%" },
];

/// Places hit by attacks, with their article.
pub static INFRA: &[&str] = &["an apartment block", "a market", "a hospital", "a school sheltering displaced families", "a power station", "a residential area", "a bus station", "a grain warehouse", "a mosque", "a petrol station", "a water pumping station", "a busy street", "a displacement camp", "a shopping centre", "a railway station", "a clinic", "a bakery", "a university building", "a fuel depot", "a bridge"];

/// What attackers say they were aiming at.
pub static X_TARGETS: &[&str] = &["a command post", "a weapons depot", "an ammunition store", "fighters hiding among civilians", "military infrastructure", "a drone workshop", "a gathering of commanders", "an air defence position"];

/// Aid goods.
pub static GOODS: &[&str] = &["food, medicine and fuel", "flour and cooking oil", "medical supplies", "tents and blankets", "drinking water and hygiene kits", "nutritional supplements for children", "vaccines and surgical kits", "food parcels"];

/// Issues on the table at talks.
pub static ISSUES: &[&str] = &["a phased ceasefire", "the exchange of prisoners", "humanitarian corridors", "the withdrawal of troops from front-line positions", "monitoring mechanisms", "the return of displaced people", "security guarantees", "the reopening of border crossings", "the fate of missing persons", "control of key roads"];

/// Deals sought.
pub static DEALS: &[&str] = &["a ceasefire", "an immediate ceasefire", "a lasting truce", "a humanitarian truce", "a negotiated settlement", "a comprehensive peace agreement", "a cessation of hostilities", "de-escalation"];

/// Crises aid agencies warn of.
pub static CRISES: &[&str] = &["famine", "a health catastrophe", "a humanitarian collapse", "a cholera outbreak", "severe food shortages", "catastrophic hunger"];

/// Causes of protests.
pub static CAUSES: &[&str] = &["the war", "the government's handling of the conflict", "rising prices", "power cuts", "the blockade", "forced conscription", "the killing of civilians", "the detention of activists", "insecurity", "the slow pace of talks"];

/// Protesters' demands.
pub static DEMANDS: &[&str] = &["an end to the fighting", "the release of detainees", "a ceasefire deal", "the resignation of local officials", "protection from armed groups", "answers about missing relatives", "justice for the victims", "the return of prisoners of war"];

/// Places protesters march to.
pub static LANDMARKS: &[&str] = &["the city hall", "the governor's office", "the parliament building", "the main square", "the UN compound", "the central mosque", "the police headquarters", "the presidential palace"];

/// Who sanctions target.
pub static TARGETS: &[&str] = &["commanders", "financiers", "companies", "arms suppliers", "officials", "shipping firms", "gold traders", "business executives"];

/// Why sanctions are imposed.
pub static REASONS: &[&str] = &["procuring drones", "the trade in gold", "financing military operations", "evading earlier sanctions", "attacks on civilians", "smuggling fuel", "supplying weapons", "human rights abuses"];

/// Sanctioned cargo.
pub static CARGO: &[&str] = &["oil", "weapons", "gold", "dual-use goods", "fuel", "military components"];

/// Governments and blocs that impose sanctions.
pub static SANCTIONERS: &[&str] = &["the European Union", "the United States", "Britain", "Canada", "Japan", "Switzerland", "Australia", "the US Treasury"];

/// Third governments that react.
pub static THIRD_GOVS: &[&str] = &["the United States", "France", "Germany", "Britain", "China", "Turkey", "the African Union", "Japan", "Brazil", "South Africa", "Norway", "the European Union", "Egypt", "Indonesia"];

/// Humanitarian organisations.
pub static ORGS: &[&str] = &["Doctors Without Borders", "the International Rescue Committee", "the Norwegian Refugee Council", "Save the Children", "the International Committee of the Red Cross", "Oxfam", "Human Rights Watch", "Amnesty International", "a local monitoring group", "the Armed Conflict Location and Event Data project", "Mercy Corps", "CARE International"];

/// UN agencies, written after "the".
pub static AGENCIES: &[&str] = &["World Food Programme", "UN refugee agency", "International Organization for Migration", "UN children's agency UNICEF", "World Health Organization", "UN humanitarian office"];

/// What the unique-detail organisation counts.
pub static THINGS: &[&str] = &["security incidents", "attacks on civilian infrastructure", "ceasefire violations", "cases of arbitrary detention", "attacks on health facilities", "civilian deaths", "incidents involving aid workers", "reports of sexual violence", "forced displacements", "attacks on schools"];

/// Cities that host donor conferences.
pub static CONF_CITIES: &[&str] = &["Geneva", "Brussels", "London", "Paris", "Berlin", "Oslo", "Rome", "Tokyo"];

/// Vague future times.
pub static NEXT_TIMES: &[&str] = &["next week", "later this month", "in the coming weeks", "in the coming days", "before the end of the month", "next month"];

/// Clock times.
pub static TIMES: &[&str] = &["midnight", "2 a.m.", "dawn", "5:30 p.m.", "noon", "10 p.m.", "4 a.m.", "early afternoon", "7:15 a.m."];

/// Titles of international officials, placed before a name.
pub static INTL_TITLES: &[&str] = &["UN humanitarian coordinator", "UN special envoy", "EU foreign policy spokesperson", "ICRC regional director", "WFP country director", "UNICEF representative", "US State Department spokesperson", "UN human rights office spokesperson", "Norwegian Refugee Council secretary-general", "MSF emergency coordinator", "UN refugee agency spokesperson", "IOM chief of mission"];

/// Jobs of witnesses, placed after their name and age.
pub static WITNESS_ROLES: &[&str] = &["shopkeeper", "teacher", "nurse", "taxi driver", "mother of four", "farmer", "university student", "retired engineer", "volunteer rescuer", "father of three", "baker", "day labourer", "pharmacist", "widow", "mechanic", "doctor", "market trader", "civil servant"];

/// Who analysts are, placed after their name.
pub static ANALYST_ROLES: &[&str] = &["an analyst at a London-based think tank", "a senior fellow at a Washington research institute", "a professor of international relations in Istanbul", "a security researcher based in Nairobi", "a former diplomat", "a conflict analyst who has studied the region for two decades", "a researcher at a Geneva-based humanitarian policy group", "a political scientist in Berlin", "a military analyst in Paris"];

/// Currency signs for money figures, by frequency.
pub static CURRENCIES: &[&str] = &["$", "$", "$", "$", "€", "£"];
