//! Countries and territories (ISO 3166-1 plus Kosovo), loaded from
//! `data/countries.tsv`.

use crate::tsv;

/// The embedded `data/countries.tsv`.
pub(crate) const COUNTRIES_TSV: &str = include_str!("../../../data/countries.tsv");

/// A country or territory.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code (`XKX` for Kosovo).
    pub code: String,
    /// Common English name ("Russia", "Turkey", "United States").
    pub name: String,
    /// Other names and spellings ("Türkiye", "U.S.", "DRC").
    pub aliases: Vec<String>,
    /// Adjective and plural forms used in news ("Russian", "Russians").
    pub demonyms: Vec<String>,
    /// Capital city.
    pub capital: Option<String>,
    /// Names that stand for the country's government in news: the capital
    /// and seats of power ("Moscow", "the Kremlin").
    pub metonyms: Vec<String>,
    /// Latitude of the country's centroid.
    pub lat: Option<f64>,
    /// Longitude of the country's centroid.
    pub lon: Option<f64>,
}

/// Parses the countries table.
pub(crate) fn parse(text: &'static str) -> Vec<Country> {
    tsv::rows("countries.tsv", text, 8)
        .into_iter()
        .map(|c| Country {
            code: c[0].to_owned(),
            name: c[1].to_owned(),
            aliases: tsv::list(c[2]),
            demonyms: with_plurals(tsv::list(c[3])),
            capital: tsv::opt(c[4]),
            metonyms: tsv::list(c[5]),
            lat: tsv::float(c[6]),
            lon: tsv::float(c[7]),
        })
        .collect()
}

/// Adds the plural of each demonym that forms it with a plain `s`
/// ("Israeli" → "Israelis", "German" → "Germans"), unless already listed.
fn with_plurals(demonyms: Vec<String>) -> Vec<String> {
    let mut out = demonyms.clone();
    for d in &demonyms {
        let word = d.rsplit(' ').next().unwrap_or(d);
        let pluralises = ["an", "i", "en", "er", "ot", "ar", "ek", "ik"]
            .iter()
            .any(|end| word.ends_with(end));
        let plural = format!("{d}s");
        if pluralises && !out.contains(&plural) {
            out.push(plural);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_are_added_once() {
        let got = with_plurals(vec![
            "Israeli".into(),
            "Swiss".into(),
            "Turk".into(),
            "Turks".into(),
        ]);
        assert_eq!(got, vec!["Israeli", "Swiss", "Turk", "Turks", "Israelis"]);
        let got = with_plurals(vec!["South Korean".into(), "Burmese".into()]);
        assert_eq!(got, vec!["South Korean", "Burmese", "South Koreans"]);
    }
}
