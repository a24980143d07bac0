//! `Lexicon::find` on news sentences: what is found, where, and what is not.

use storyline_lexicon::{Entry, Lexicon, PlaceKind, lexicon};

/// The matched text and entry of every match.
fn found(text: &str) -> Vec<(&str, Entry)> {
    lexicon()
        .find(text)
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.entry))
        .collect()
}

fn lex() -> &'static Lexicon {
    lexicon()
}

fn country(code: &str) -> usize {
    lex()
        .country_index(code)
        .unwrap_or_else(|| panic!("country {code}"))
}

fn org(code: &str) -> Entry {
    Entry::Org(
        lex()
            .org_index(code)
            .unwrap_or_else(|| panic!("org {code}")),
    )
}

fn person(name: &str) -> Entry {
    Entry::Person(
        lex()
            .people()
            .iter()
            .position(|p| p.name == name)
            .unwrap_or_else(|| panic!("person {name}")),
    )
}

/// The first place named `name`, as (name, country, kind).
fn first_place(name: &str) -> (String, String, PlaceKind) {
    let i = *lex()
        .places_named(name)
        .first()
        .unwrap_or_else(|| panic!("no place named {name}"));
    let p = &lex().places()[i];
    (p.name.clone(), p.country.clone(), p.kind)
}

#[test]
fn kremlin_spokesman_in_kiev() {
    let got = found("Kremlin spokesman Dmitry Peskov told reporters in Kiev on Tuesday.");
    assert_eq!(
        got,
        [
            ("Kremlin", Entry::Metonym(country("RUS"))),
            ("Dmitry Peskov", person("Dmitry Peskov")),
            ("Kiev", Entry::Metonym(country("UKR"))),
        ]
    );
    assert_eq!(
        first_place("Kiev"),
        ("Kyiv".into(), "UKR".into(), PlaceKind::City)
    );
}

#[test]
fn demonym_and_minister() {
    let got = found("Turkish Foreign Minister Hakan Fidan said");
    assert_eq!(
        got,
        [
            ("Turkish", Entry::Demonym(country("TUR"))),
            ("Hakan Fidan", person("Hakan Fidan"))
        ]
    );
}

#[test]
fn country_aliases() {
    assert_eq!(
        found("Türkiye hosted the talks"),
        [("Türkiye", Entry::Country(country("TUR")))]
    );
    assert_eq!(
        found("Turkiye hosted"),
        [("Turkiye", Entry::Country(country("TUR")))]
    );
    assert_eq!(
        found("U.S.-led coalition"),
        [("U.S.", Entry::Country(country("USA")))]
    );
}

#[test]
fn possessives_end_a_match() {
    let got = found("Russia's army and Ukraine’s drones");
    assert_eq!(got[0], ("Russia", Entry::Country(country("RUS"))));
    assert_eq!(
        got.last().unwrap(),
        &("Ukraine", Entry::Country(country("UKR")))
    );
}

#[test]
fn armed_groups_and_agencies() {
    assert_eq!(
        found("the Houthis fired missiles"),
        [("the Houthis", org("NSA:HOUTHIS"))]
    );
    assert_eq!(
        found("The Houthis fired"),
        [("The Houthis", org("NSA:HOUTHIS"))]
    );
    assert_eq!(found("Houthis fired"), [("Houthis", org("NSA:HOUTHIS"))]);
    assert_eq!(
        found("the Security Service of Ukraine (SBU) said"),
        [
            ("Security Service of Ukraine", org("UKR:SBU")),
            ("SBU", org("UKR:SBU"))
        ]
    );
    assert_eq!(
        found("Ansar Allah claimed"),
        [("Ansar Allah", org("NSA:HOUTHIS"))]
    );
}

#[test]
fn places_of_the_wars() {
    let got = found("strikes on the Gaza Strip and El Fasher");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "Gaza Strip");
    assert_eq!(got[1].0, "El Fasher");
    assert_eq!(first_place("Gaza Strip").2, PlaceKind::Territory);
    assert_eq!(
        first_place("El Fasher"),
        ("El Fasher".into(), "SDN".into(), PlaceKind::City)
    );
    assert_eq!(first_place("Al-Fashir").0, "El Fasher");
    assert_eq!(
        first_place("Odessa").1,
        "UKR",
        "the Ukrainian city outranks Odessa, Texas"
    );
    assert_eq!(first_place("Khan Younis").1, "PSE");
    assert_eq!(first_place("Donetsk region").2, PlaceKind::Region);
    assert_eq!(
        first_place("Zaporizhzhia nuclear power plant").2,
        PlaceKind::Facility
    );
    assert_eq!(first_place("Strait of Hormuz").2, PlaceKind::Water);
    for name in [
        "Kharkov",
        "Zaporozhye",
        "Nikolaev",
        "Sana'a",
        "Hodeidah",
        "Huliaipole",
        "Kupiansk",
        "Avdiivka",
    ] {
        assert!(!lex().places_named(name).is_empty(), "{name} is a place");
    }
}

#[test]
fn no_match_inside_words() {
    assert_eq!(found("Russianness"), []);
    assert_eq!(found("Chadwick"), []);
    assert_eq!(
        found("an Omani envoy"),
        [("Omani", Entry::Demonym(country("OMN")))]
    );
    assert_eq!(
        found("Chad, Niger"),
        [
            ("Chad", Entry::Country(country("TCD"))),
            ("Niger", Entry::Country(country("NER")))
        ]
    );
}

#[test]
fn common_words_are_not_places() {
    for text in [
        "Of course",
        "Reading the statement",
        "Independence Day",
        "Sunday",
        "Police said",
        "Man",
    ] {
        assert_eq!(found(text), [], "{text}");
    }
    assert!(lex().places_named("Of").is_empty());
}

#[test]
fn datelines_in_capitals() {
    let got = found("KYIV, Sept 17 (Reuters) -");
    assert_eq!(got[0], ("KYIV", Entry::Metonym(country("UKR"))));
    assert_eq!(got[1], ("Reuters", org("MEDIA:REUTERS")));
    assert_eq!(first_place("KYIV").0, "Kyiv");
    assert_eq!(
        found("UKRAINE"),
        [("UKRAINE", Entry::Country(country("UKR")))]
    );
}

#[test]
fn preference_order_keeps_places_visible() {
    assert_eq!(
        found("Washington said"),
        [("Washington", Entry::Metonym(country("USA")))]
    );
    assert!(!lex().places_named("Washington").is_empty());
    assert_eq!(
        found("Moscow"),
        [("Moscow", Entry::Metonym(country("RUS")))]
    );
    assert_eq!(first_place("Moscow").1, "RUS");
    assert_eq!(
        found("Georgia"),
        [("Georgia", Entry::Country(country("GEO")))]
    );
    assert_eq!(
        found("Jordan Bardella"),
        [("Jordan Bardella", person("Jordan Bardella"))]
    );
}

#[test]
fn metonyms_with_and_without_the() {
    let usa = Entry::Metonym(country("USA"));
    assert_eq!(
        found("the White House said"),
        [("the White House", usa.clone())]
    );
    assert_eq!(
        found("The White House said"),
        [("The White House", usa.clone())]
    );
    assert_eq!(found("White House officials"), [("White House", usa)]);
}

#[test]
fn matches_are_ordered_and_disjoint() {
    let text =
        "Zelensky met Erdogan and Witkoff in Istanbul; Putin and Xi spoke by phone from Beijing.";
    let matches = lex().find(text);
    assert!(matches.len() >= 6, "{matches:?}");
    for pair in matches.windows(2) {
        assert!(pair[0].end <= pair[1].start);
    }
    for m in &matches {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
}

#[test]
fn a_shorter_name_is_taken_when_the_longest_ends_inside_a_word() {
    // "New York" is longest at "New Yorkers" but ends inside a word; nothing
    // shorter ("New") is a name, so no match.
    assert_eq!(found("New Yorkers"), []);
    assert_eq!(
        found("Gaza Stripes"),
        [("Gaza", Entry::Place(lex().places_named("Gaza").to_vec()))]
    );
}

#[test]
fn a_longer_name_at_a_later_word_wins_over_a_leading_article_alias() {
    assert_eq!(
        found("Syria called on the UN Security Council to act."),
        vec![
            ("Syria", Entry::Country(country("SYR"))),
            ("UN Security Council", org("IGO:UNSC"))
        ]
    );
    assert_eq!(found("the UN said"), vec![("the UN", org("IGO:UN"))]);
}
