//! The conflicts the corpus reports on: their parties, places and background.
//!
//! Facts in the background sentences are deliberately general and widely
//! reported; people quoted anywhere in the corpus are invented (see
//! [`crate::names`]). Background sentences are templates: they may use the
//! slots described in [`crate::templates`].

use crate::names::{self, Names};
use crate::templates::Topic;

/// One party to a conflict.
#[derive(Debug)]
pub struct Side {
    /// Country its places lie in, used in datelines ("Kharkiv, Ukraine").
    pub country: &'static str,
    /// Its fighters as a subject: "Russian forces", "the Rapid Support Forces".
    pub forces: &'static str,
    /// Its leadership as a subject: "Moscow", "the RSF".
    pub gov: &'static str,
    /// Adjective or attributive noun: "Russian", "RSF".
    pub adj: &'static str,
    /// Where its officials speak from.
    pub base: &'static str,
    /// Titles of its officials, placed before a name.
    pub titles: &'static [&'static str],
    /// Places it holds, where the other side's attacks land.
    pub cities: &'static [&'static str],
    /// Kinds of attack it carries out: "drone strike", "artillery barrage".
    pub strikes: &'static [&'static str],
    /// Its weapons, plural: "drones and missiles".
    pub weapons: &'static [&'static str],
    /// Names of its people.
    pub names: &'static Names,
}

/// A conflict: two sides, mediators and background.
#[derive(Debug)]
pub struct Conflict {
    /// Short key, used in URLs.
    pub key: &'static str,
    /// How articles name the conflict: "the war in Ukraine".
    pub name: &'static str,
    /// Relative frequency in the corpus.
    pub weight: u32,
    /// First date an article about it may carry.
    pub start: (i32, u32, u32),
    /// "since February 2022"-style phrase.
    pub since: &'static str,
    /// The two parties.
    pub sides: [Side; 2],
    /// Index into `sides` of the party that sanctions usually target.
    pub sanctioned: usize,
    /// Countries or bodies that mediate.
    pub mediators: &'static [&'static str],
    /// Cities where talks are held.
    pub venues: &'static [&'static str],
    /// Topics that occur in this conflict.
    pub topics: &'static [Topic],
    /// Background sentences (templates).
    pub background: &'static [&'static str],
}

use Topic::*;

/// Every conflict in the corpus.
pub static CONFLICTS: &[Conflict] = &[
    Conflict {
        key: "ukraine", name: "the war in Ukraine", weight: 20, start: (2022, 2, 24), since: "since Russia's full-scale invasion in February 2022",
        sides: [
            Side { country: "Russia", forces: "Russian forces", gov: "Moscow", adj: "Russian", base: "Moscow",
                titles: &["Foreign Ministry spokeswoman", "Defence Ministry spokesman", "Kremlin spokesman", "Deputy Foreign Minister", "Belgorod regional governor", "Kursk regional governor"],
                cities: &["Belgorod", "Kursk", "Bryansk", "Voronezh", "Novorossiysk", "Rostov-on-Don", "Tuapse", "Lipetsk"],
                strikes: &["drone strike", "missile strike", "glide-bomb attack", "artillery barrage"],
                weapons: &["drones and missiles", "glide bombs", "Iskander missiles", "Shahed-type drones"], names: &names::RUSSIAN },
            Side { country: "Ukraine", forces: "Ukrainian forces", gov: "Kyiv", adj: "Ukrainian", base: "Kyiv",
                titles: &["Foreign Minister", "Defence Minister", "presidential adviser", "military spokesman", "regional governor", "Kharkiv Mayor", "air force spokesman"],
                cities: &["Kharkiv", "Odesa", "Kyiv", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Lviv", "Kryvyi Rih", "Chernihiv", "Poltava", "Kramatorsk", "Pokrovsk", "Mykolaiv"],
                strikes: &["drone strike", "long-range drone attack", "missile strike"],
                weapons: &["long-range drones", "Neptune missiles", "naval drones", "domestically built drones"], names: &names::UKRAINIAN },
        ],
        sanctioned: 0, mediators: &["Turkey", "Saudi Arabia", "the United Arab Emirates", "Qatar", "the United States"], venues: &["Istanbul", "Riyadh", "Abu Dhabi", "Jeddah", "Geneva"],
        topics: &[Strike, Strike, Strike, Talks, Aid, Sanctions, Sanctions, Prisoners, Prisoners, Protest, Displacement],
        background: &[
            "Russia launched its full-scale invasion of Ukraine in February 2022 and controls roughly a fifth of the country's territory.",
            "Moscow describes the war as a \"special military operation\" and says its goals have not changed.",
            "Kyiv has repeatedly asked its Western partners for more air defence systems to protect cities and the power grid.",
            "Russian strikes on energy infrastructure have caused rolling blackouts across Ukraine during the winters of the war.",
            "The two sides have held several rounds of direct talks in Istanbul, which produced large prisoner exchanges but no ceasefire.",
            "Ukraine has stepped up long-range drone attacks on Russian oil refineries and military airfields.",
        ] },
    Conflict {
        key: "gaza", name: "the war in Gaza", weight: 18, start: (2023, 10, 7), since: "since the war began in October 2023",
        sides: [
            Side { country: "Israel", forces: "Israeli forces", gov: "Israel", adj: "Israeli", base: "Jerusalem",
                titles: &["military spokesman", "government spokesman", "Foreign Minister", "Defence Minister", "National Security Adviser", "army spokeswoman"],
                cities: &["Sderot", "Ashkelon", "Beersheba", "Tel Aviv", "Netivot", "Kiryat Shmona"],
                strikes: &["air strike", "drone strike", "tank shelling", "strike"],
                weapons: &["warplanes and drones", "tanks and artillery", "air strikes"], names: &names::ISRAELI },
            Side { country: "Gaza", forces: "Hamas fighters", gov: "Hamas", adj: "Hamas", base: "Doha",
                titles: &["senior Hamas official", "Hamas spokesman", "Gaza civil defence spokesman", "Health Ministry spokesman", "Hamas political bureau member"],
                cities: &["Gaza City", "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia", "Nuseirat", "Beit Lahia", "al-Mawasi"],
                strikes: &["rocket attack", "ambush", "mortar attack"],
                weapons: &["rockets", "anti-tank missiles", "explosive devices"], names: &names::LEVANTINE },
        ],
        sanctioned: 1, mediators: &["Egypt", "Qatar", "the United States", "Turkey"], venues: &["Cairo", "Doha", "Sharm el-Sheikh", "Paris"],
        topics: &[Strike, Strike, Strike, Talks, Talks, Aid, Aid, Prisoners, Protest, Displacement, Sanctions],
        background: &[
            "The war began after Hamas-led militants attacked southern Israel on October 7, 2023, killing about 1,200 people and taking 251 hostages, according to Israeli tallies.",
            "Gaza's Health Ministry says Israel's campaign has killed tens of thousands of Palestinians; its figures do not distinguish between civilians and combatants.",
            "Most of Gaza's 2.1 million people have been displaced, many of them several times, according to the United Nations.",
            "Israel says it targets militants and accuses Hamas of operating from civilian areas, which the group denies.",
            "Aid agencies say deliveries into the enclave have fallen far short of what is needed.",
        ] },
    Conflict {
        key: "lebanon", name: "the conflict in Lebanon", weight: 5, start: (2023, 10, 8), since: "since October 2023",
        sides: [
            Side { country: "Israel", forces: "Israeli forces", gov: "Israel", adj: "Israeli", base: "Jerusalem",
                titles: &["military spokesman", "Defence Minister", "army spokeswoman", "Northern Command spokesman"],
                cities: &["Kiryat Shmona", "Metula", "Nahariya", "Safed", "Shlomi"],
                strikes: &["air strike", "drone strike", "artillery barrage"],
                weapons: &["warplanes", "drones", "artillery"], names: &names::ISRAELI },
            Side { country: "Lebanon", forces: "Hezbollah fighters", gov: "Hezbollah", adj: "Hezbollah", base: "Beirut",
                titles: &["Hezbollah lawmaker", "Lebanese Health Minister", "Lebanese Prime Minister's spokesman", "Hezbollah official", "Lebanese army spokesman"],
                cities: &["Nabatieh", "Tyre", "Baalbek", "Bint Jbeil", "Marjayoun", "Beirut's southern suburbs", "Sidon"],
                strikes: &["rocket attack", "drone attack", "anti-tank missile attack"],
                weapons: &["rockets", "explosive drones", "anti-tank missiles"], names: &names::LEVANTINE },
        ],
        sanctioned: 1, mediators: &["the United States", "France", "Qatar"], venues: &["Naqoura", "Beirut", "Paris", "Washington"],
        topics: &[Strike, Strike, Talks, Aid, Displacement, Protest, Sanctions],
        background: &[
            "Hezbollah began firing at northern Israel on October 8, 2023, in what it said was support for Hamas.",
            "A ceasefire brokered by the United States and France took effect in November 2024, but Israel has continued to carry out strikes it says target Hezbollah.",
            "Tens of thousands of people on both sides of the border were forced from their homes by the fighting.",
            "Lebanon's government has pledged to bring all weapons in the country under state control.",
        ] },
    Conflict {
        key: "sudan", name: "the war in Sudan", weight: 10, start: (2023, 4, 15), since: "since April 2023",
        sides: [
            Side { country: "Sudan", forces: "the Rapid Support Forces", gov: "the RSF", adj: "RSF", base: "Nyala",
                titles: &["RSF spokesman", "RSF adviser", "RSF field commander", "RSF-aligned administration official"],
                cities: &["Nyala", "El Geneina", "Zalingei", "El Daein", "Babanusa", "Kutum"],
                strikes: &["drone strike", "artillery barrage", "attack"],
                weapons: &["drones and artillery", "armed pick-up trucks", "long-range drones"], names: &names::SUDANESE },
            Side { country: "Sudan", forces: "the Sudanese Armed Forces", gov: "the army-backed government", adj: "army", base: "Port Sudan",
                titles: &["army spokesman", "Information Minister", "Foreign Minister", "North Darfur governor", "Health Minister"],
                cities: &["El Fasher", "Omdurman", "Khartoum", "El Obeid", "Port Sudan", "Kosti", "Kadugli", "Dilling", "Wad Madani", "Atbara"],
                strikes: &["air strike", "drone strike", "artillery barrage"],
                weapons: &["warplanes", "drones", "heavy artillery"], names: &names::SUDANESE },
        ],
        sanctioned: 0, mediators: &["Saudi Arabia", "the United States", "Egypt", "the United Arab Emirates", "the African Union"], venues: &["Jeddah", "Geneva", "Cairo", "Washington"],
        topics: &[Strike, Strike, Talks, Aid, Aid, Displacement, Displacement, Sanctions, Protest],
        background: &[
            "War erupted in April 2023 between the army and the paramilitary Rapid Support Forces (RSF) over plans to merge the two forces.",
            "The conflict has driven more than 12 million people from their homes, in what the United Nations calls the world's largest displacement crisis.",
            "Both sides have been accused of atrocities against civilians, which they deny.",
            "Famine has been confirmed in parts of Darfur and Kordofan, according to a UN-backed hunger monitor.",
            "Several rounds of talks brokered by Saudi Arabia and the United States have failed to produce a lasting ceasefire.",
        ] },
    Conflict {
        key: "drc", name: "the conflict in eastern Congo", weight: 8, start: (2022, 1, 1), since: "since the M23 offensive resumed in 2022",
        sides: [
            Side { country: "Congo", forces: "M23 rebels", gov: "the M23", adj: "M23", base: "Goma",
                titles: &["M23 spokesman", "AFC/M23 political spokesman", "rebel-appointed governor", "M23 commander"],
                cities: &["Goma", "Bukavu", "Rubaya", "Masisi", "Rutshuru", "Sake", "Kiwanja"],
                strikes: &["offensive", "attack", "artillery barrage"],
                weapons: &["mortars and heavy machine guns", "artillery"], names: &names::CONGOLESE },
            Side { country: "Congo", forces: "Congolese troops", gov: "Kinshasa", adj: "Congolese", base: "Kinshasa",
                titles: &["government spokesman", "Foreign Minister", "army spokesman", "North Kivu military governor", "Communications Minister"],
                cities: &["Uvira", "Butembo", "Beni", "Walikale", "Minova", "Kisangani", "Bunia", "Kalehe"],
                strikes: &["drone strike", "air strike", "counter-offensive"],
                weapons: &["drones", "fighter jets", "artillery"], names: &names::CONGOLESE },
        ],
        sanctioned: 0, mediators: &["Qatar", "the United States", "Angola", "Kenya", "the African Union"], venues: &["Doha", "Washington", "Luanda", "Nairobi"],
        topics: &[Strike, Strike, Talks, Talks, Aid, Displacement, Displacement, Sanctions, Protest, Prisoners],
        background: &[
            "The M23 rebel group, which UN experts say is backed by Rwanda, seized Goma in January 2025 and Bukavu the following month.",
            "Rwanda denies supporting the rebels and says its security is threatened by militias operating in eastern Congo.",
            "Eastern Congo is rich in minerals such as coltan and gold, and more than 100 armed groups are active in the region.",
            "Congo and Rwanda signed a peace agreement in Washington in June 2025, while Qatar has hosted separate talks with the rebels.",
        ] },
    Conflict {
        key: "yemen", name: "the war in Yemen", weight: 7, start: (2022, 1, 1), since: "since the war began in 2014",
        sides: [
            Side { country: "Yemen", forces: "the Houthis", gov: "the Houthi movement", adj: "Houthi", base: "Sanaa",
                titles: &["Houthi military spokesman", "senior Houthi official", "Houthi-run Health Ministry spokesman", "Houthi negotiator"],
                cities: &["Sanaa", "Hodeidah", "Saada", "Dhamar", "Ras Isa", "Ibb", "Amran"],
                strikes: &["missile attack", "drone attack", "attack"],
                weapons: &["ballistic missiles and drones", "explosive-laden boats", "anti-ship missiles"], names: &names::YEMENI },
            Side { country: "Yemen", forces: "government forces", gov: "the internationally recognised government", adj: "government", base: "Aden",
                titles: &["Information Minister", "Foreign Minister", "government spokesman", "Marib governor", "Taiz military commander"],
                cities: &["Marib", "Taiz", "Aden", "Mokha", "Shabwa", "Lahij"],
                strikes: &["air strike", "coalition air strike", "artillery barrage"],
                weapons: &["warplanes", "artillery"], names: &names::YEMENI },
        ],
        sanctioned: 0, mediators: &["Oman", "Saudi Arabia", "the United Nations"], venues: &["Muscat", "Riyadh", "Amman", "Geneva"],
        topics: &[Strike, Strike, Talks, Aid, Aid, Prisoners, Prisoners, Sanctions, Displacement],
        background: &[
            "The Iran-aligned Houthis seized the capital Sanaa in 2014, prompting a Saudi-led coalition to intervene the following year.",
            "Since November 2023 the Houthis have attacked shipping in the Red Sea in what they describe as solidarity with Palestinians.",
            "A UN-brokered truce in 2022 brought a lull in fighting along most front lines.",
            "The United Nations describes Yemen as one of the world's worst humanitarian crises, with more than half the population in need of aid.",
        ] },
    Conflict {
        key: "kashmir", name: "the Kashmir dispute", weight: 5, start: (2022, 1, 1), since: "in recent years",
        sides: [
            Side { country: "Pakistan", forces: "Pakistani troops", gov: "Islamabad", adj: "Pakistani", base: "Islamabad",
                titles: &["Foreign Office spokeswoman", "military spokesman", "Information Minister", "Defence Minister"],
                cities: &["Muzaffarabad", "Kotli", "Bahawalpur", "Muridke", "Bagh", "Rawalakot"],
                strikes: &["artillery barrage", "cross-border shelling", "drone attack"],
                weapons: &["artillery", "drones", "mortars"], names: &names::PAKISTANI },
            Side { country: "India", forces: "Indian troops", gov: "New Delhi", adj: "Indian", base: "New Delhi",
                titles: &["External Affairs Ministry spokesman", "army spokesman", "Defence Minister", "Jammu and Kashmir police chief"],
                cities: &["Srinagar", "Poonch", "Rajouri", "Uri", "Kupwara", "Jammu", "Baramulla", "Anantnag"],
                strikes: &["missile strike", "artillery barrage", "drone strike"],
                weapons: &["missiles", "artillery", "drones"], names: &names::INDIAN },
        ],
        sanctioned: 0, mediators: &["the United States", "Saudi Arabia", "the United Kingdom"], venues: &["Riyadh", "Washington", "Abu Dhabi"],
        topics: &[Strike, Strike, Talks, Protest, Protest, Prisoners, Displacement],
        background: &[
            "India and Pakistan both claim Kashmir in full but rule it in part, and have fought two of their three wars over the region.",
            "A gun attack on tourists near Pahalgam in April 2025 killed 26 people and triggered the worst fighting between the nuclear-armed neighbours in decades.",
            "A ceasefire announced on May 10, 2025, has largely held along the Line of Control.",
            "New Delhi accuses Islamabad of backing militants in Kashmir, a charge Pakistan denies.",
        ] },
    Conflict {
        key: "myanmar", name: "the civil war in Myanmar", weight: 7, start: (2022, 1, 1), since: "since the 2021 coup",
        sides: [
            Side { country: "Myanmar", forces: "junta forces", gov: "the junta", adj: "military", base: "Naypyitaw",
                titles: &["junta spokesman", "military-appointed Information Minister", "state media commentator", "regional military commander"],
                cities: &["Naypyitaw", "Mandalay", "Yangon", "Sittwe", "Pyin Oo Lwin", "Magway"],
                strikes: &["air strike", "bombing raid", "artillery barrage"],
                weapons: &["fighter jets", "paramotor-borne bombs", "artillery"], names: &names::BURMESE },
            Side { country: "Myanmar", forces: "resistance forces", gov: "the National Unity Government", adj: "resistance", base: "Sagaing",
                titles: &["National Unity Government spokesman", "People's Defence Force commander", "Arakan Army spokesman", "Karen National Union spokesman"],
                cities: &["Sagaing", "Lashio", "Myawaddy", "Hpakant", "Demoso", "Kyaukme", "Mrauk-U", "Monywa", "Tabayin"],
                strikes: &["drone attack", "ambush", "offensive"],
                weapons: &["drones", "homemade rockets", "captured artillery"], names: &names::BURMESE },
        ],
        sanctioned: 0, mediators: &["ASEAN", "China", "Thailand"], venues: &["Kunming", "Bangkok", "Jakarta", "Kuala Lumpur"],
        topics: &[Strike, Strike, Talks, Aid, Displacement, Displacement, Sanctions, Protest, Prisoners],
        background: &[
            "The military seized power in February 2021, ousting the elected government of Aung San Suu Kyi.",
            "Armed resistance groups and ethnic minority armies have since taken control of large parts of the country.",
            "A powerful earthquake in March 2025 killed thousands of people in central Myanmar and complicated aid deliveries.",
            "Rights groups accuse the military of indiscriminate air strikes on villages, schools and monasteries, which it denies.",
        ] },
    Conflict {
        key: "sahel", name: "the insurgency in Mali", weight: 6, start: (2022, 1, 1), since: "since the insurgency began in 2012",
        sides: [
            Side { country: "Mali", forces: "jihadist fighters", gov: "JNIM", adj: "JNIM", base: "central Mali",
                titles: &["JNIM spokesman", "local JNIM commander", "Islamic State Sahel propagandist"],
                cities: &["Boni", "Léré", "Nioro du Sahel", "Diafarabé", "Tessit", "Boulkessi", "Ténenkou"],
                strikes: &["attack", "ambush", "fuel-convoy attack"],
                weapons: &["motorbikes and rifles", "improvised explosive devices", "armed drones"], names: &names::SAHEL },
            Side { country: "Mali", forces: "Malian troops", gov: "Bamako", adj: "Malian", base: "Bamako",
                titles: &["army spokesman", "Foreign Minister", "government spokesman", "Mopti governor", "Kayes regional official"],
                cities: &["Bamako", "Mopti", "Gao", "Timbuktu", "Kidal", "Ségou", "Kayes", "Sévaré", "Ménaka"],
                strikes: &["drone strike", "air strike", "army raid"],
                weapons: &["Turkish-made drones", "helicopter gunships", "artillery"], names: &names::SAHEL },
        ],
        sanctioned: 0, mediators: &["Algeria", "ECOWAS", "the African Union", "Togo"], venues: &["Algiers", "Lomé", "Niamey", "Abuja"],
        topics: &[Strike, Strike, Strike, Aid, Displacement, Displacement, Protest, Talks, Sanctions],
        background: &[
            "Military juntas seized power in Mali, Burkina Faso and Niger between 2020 and 2023 and turned away from France towards Russia.",
            "Groups linked to al-Qaeda and the Islamic State control large swathes of the countryside across the central Sahel.",
            "The three countries left the Economic Community of West African States and formed the Alliance of Sahel States.",
            "A blockade on fuel imports imposed by JNIM has caused severe shortages in Bamako and other towns.",
        ] },
    Conflict {
        key: "haiti", name: "the crisis in Haiti", weight: 6, start: (2022, 1, 1), since: "since the 2021 assassination of President Jovenel Moïse",
        sides: [
            Side { country: "Haiti", forces: "gang members", gov: "the Viv Ansanm gang coalition", adj: "gang", base: "Port-au-Prince",
                titles: &["gang leader", "Viv Ansanm spokesman"],
                cities: &["Cité Soleil", "Croix-des-Bouquets", "Martissant", "Bel Air", "Canaan", "Carrefour"],
                strikes: &["attack", "raid", "shooting"],
                weapons: &["assault rifles", "stolen police weapons"], names: &names::HAITIAN },
            Side { country: "Haiti", forces: "police and international security forces", gov: "the transitional government", adj: "government", base: "Port-au-Prince",
                titles: &["police spokesman", "Prime Minister's spokesman", "Justice Minister", "transitional council member", "Port-au-Prince Mayor"],
                cities: &["Port-au-Prince", "Pétion-Ville", "Kenscoff", "Mirebalais", "Saint-Marc", "Pont-Sondé", "Cap-Haïtien", "Delmas"],
                strikes: &["drone strike", "police operation", "armoured-vehicle raid"],
                weapons: &["armoured vehicles", "explosive drones"], names: &names::HAITIAN },
        ],
        sanctioned: 0, mediators: &["CARICOM", "Kenya", "the United Nations", "the United States"], venues: &["Kingston", "Port-au-Prince", "Nairobi", "Washington"],
        topics: &[Strike, Strike, Aid, Displacement, Displacement, Protest, Sanctions, Talks],
        background: &[
            "Gangs control most of Port-au-Prince and have expanded into the surrounding countryside, according to UN estimates.",
            "A Kenyan-led multinational security mission began deploying in June 2024 but has struggled with a lack of funding and personnel.",
            "The United Nations says more than one million Haitians have been displaced by gang violence.",
            "Haiti has not held elections since 2016, and a transitional council has governed since 2024.",
        ] },
    Conflict {
        key: "caucasus", name: "the conflict between Armenia and Azerbaijan", weight: 3, start: (2022, 1, 1), since: "since the 2020 war",
        sides: [
            Side { country: "Azerbaijan", forces: "Azerbaijani forces", gov: "Baku", adj: "Azerbaijani", base: "Baku",
                titles: &["Foreign Minister", "presidential aide", "Defence Ministry spokesman", "Foreign Ministry spokesman"],
                cities: &["Baku", "Ganja", "Khankendi", "Shusha", "Lachin", "Tovuz"],
                strikes: &["artillery barrage", "drone strike"],
                weapons: &["artillery", "drones"], names: &names::AZERBAIJANI },
            Side { country: "Armenia", forces: "Armenian forces", gov: "Yerevan", adj: "Armenian", base: "Yerevan",
                titles: &["Foreign Minister", "Prime Minister's spokeswoman", "Security Council secretary", "Defence Ministry spokeswoman"],
                cities: &["Yerevan", "Jermuk", "Goris", "Sotk", "Kapan", "Gyumri"],
                strikes: &["artillery barrage", "mortar fire"],
                weapons: &["artillery", "mortars"], names: &names::ARMENIAN },
        ],
        sanctioned: 0, mediators: &["the United States", "the European Union", "the United Arab Emirates", "Russia"], venues: &["Washington", "Abu Dhabi", "Brussels", "Almaty"],
        topics: &[Talks, Talks, Prisoners, Prisoners, Protest, Strike, Displacement],
        background: &[
            "Azerbaijan retook the Nagorno-Karabakh region in a lightning offensive in September 2023, prompting most of its ethnic Armenian population to flee.",
            "The two countries fought two wars over the region, in the early 1990s and in 2020.",
            "Leaders of the two countries initialled a peace agreement at the White House in August 2025.",
        ] },
    Conflict {
        key: "somalia", name: "the insurgency in Somalia", weight: 4, start: (2022, 1, 1), since: "since al-Shabaab's insurgency began in 2006",
        sides: [
            Side { country: "Somalia", forces: "al-Shabaab fighters", gov: "al-Shabaab", adj: "al-Shabaab", base: "Jilib",
                titles: &["al-Shabaab spokesman", "al-Shabaab military spokesman"],
                cities: &["Jilib", "Adan Yabaal", "Buale", "Sakow", "Moqokori", "Bardere"],
                strikes: &["suicide bombing", "mortar attack", "ambush"],
                weapons: &["car bombs", "mortars", "suicide vests"], names: &names::SOMALI },
            Side { country: "Somalia", forces: "Somali troops", gov: "the federal government", adj: "Somali", base: "Mogadishu",
                titles: &["Information Minister", "Defence Minister", "police spokesman", "Hirshabelle state official", "army commander"],
                cities: &["Mogadishu", "Baidoa", "Beledweyne", "Kismayo", "Jowhar", "Afgoye", "Dhusamareb"],
                strikes: &["air strike", "military operation", "drone strike"],
                weapons: &["drones", "air strikes"], names: &names::SOMALI },
        ],
        sanctioned: 0, mediators: &["Turkey", "the African Union", "the United Arab Emirates", "Qatar"], venues: &["Ankara", "Addis Ababa", "Nairobi", "Doha"],
        topics: &[Strike, Strike, Strike, Aid, Displacement, Displacement, Sanctions, Protest],
        background: &[
            "Al-Shabaab, an al-Qaeda affiliate, has fought for more than 15 years to topple Somalia's central government.",
            "An African Union force has supported Somali troops against the militants for years, though its funding remains uncertain.",
            "Repeated droughts and floods have compounded the toll of the insurgency on Somalia's population.",
        ] },
    Conflict {
        key: "ethiopia", name: "the conflict in Ethiopia", weight: 3, start: (2022, 1, 1), since: "since the Tigray war began in 2020",
        sides: [
            Side { country: "Ethiopia", forces: "Fano militiamen", gov: "Fano", adj: "Fano", base: "Gondar",
                titles: &["Fano spokesman", "Fano commander"],
                cities: &["Lalibela", "Debre Markos", "Gondar", "Debre Tabor", "Kobo", "Woldia"],
                strikes: &["attack", "ambush"],
                weapons: &["rifles and machine guns"], names: &names::ETHIOPIAN },
            Side { country: "Ethiopia", forces: "federal forces", gov: "Addis Ababa", adj: "federal", base: "Addis Ababa",
                titles: &["government spokesman", "army spokesman", "Amhara regional official", "Foreign Ministry spokesman"],
                cities: &["Bahir Dar", "Mekelle", "Dessie", "Shire", "Finote Selam", "Adigrat"],
                strikes: &["drone strike", "air strike"],
                weapons: &["drones", "heavy weapons"], names: &names::ETHIOPIAN },
        ],
        sanctioned: 1, mediators: &["the African Union", "Kenya", "South Africa", "the United States"], venues: &["Pretoria", "Nairobi", "Addis Ababa"],
        topics: &[Strike, Talks, Aid, Aid, Displacement, Protest, Prisoners],
        background: &[
            "A peace deal signed in Pretoria in November 2022 ended two years of war in the northern Tigray region.",
            "Fighting between federal forces and Fano militias in the Amhara region began in 2023.",
            "Humanitarian groups say access to parts of Amhara has been severely restricted by the fighting.",
        ] },
];
