//! Places: GeoNames cities of 5,000+ people, villages and small towns of
//! 500+ whose names pass stricter filters, and hand-curated regions,
//! territories, waters and facilities, loaded from `data/places.tsv`.

use crate::tsv;

/// The embedded `data/places.tsv`.
pub(crate) const PLACES_TSV: &str = include_str!("../../../data/places.tsv");

/// What kind of place a [`Place`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A populated place (city, town, camp).
    City,
    /// An administrative or geographic region (oblast, province, Sahel).
    Region,
    /// A disputed or occupied territory (Crimea, Gaza Strip, Kashmir).
    Territory,
    /// A sea, strait, river or lake.
    Water,
    /// A plant, base, crossing, bridge or other installation.
    Facility,
}

impl PlaceKind {
    /// Parses the `kind` cell.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "city" => Self::City,
            "region" => Self::Region,
            "territory" => Self::Territory,
            "water" => Self::Water,
            "facility" => Self::Facility,
            _ => return None,
        })
    }

    /// The `kind` cell for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::Region => "region",
            Self::Territory => "territory",
            Self::Water => "water",
            Self::Facility => "facility",
        }
    }
}

/// A place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Main name.
    pub name: String,
    /// ISO alpha-3 code of the country it lies in; empty for places that
    /// span or lie between countries (Black Sea, Sahel, Kashmir).
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population (approximate for regions; 0 for waters and facilities).
    pub population: u64,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// Other names and spellings in Latin script ("Kiev", "Odessa").
    pub aliases: Vec<String>,
    /// GeoNames id, for places taken from GeoNames.
    pub geonameid: Option<u64>,
}

/// Parses the places table.
///
/// # Panics
///
/// Panics on a malformed row (a defect of the embedded data).
pub(crate) fn parse(text: &'static str) -> Vec<Place> {
    tsv::rows("places.tsv", text, 8)
        .into_iter()
        .map(|c| Place {
            name: c[0].to_owned(),
            country: c[1].to_owned(),
            lat: tsv::float(c[2]).unwrap_or_else(|| panic!("places.tsv: lat of {}", c[0])),
            lon: tsv::float(c[3]).unwrap_or_else(|| panic!("places.tsv: lon of {}", c[0])),
            population: c[4]
                .parse()
                .unwrap_or_else(|_| panic!("places.tsv: population of {}", c[0])),
            kind: PlaceKind::parse(c[5]).unwrap_or_else(|| panic!("places.tsv: kind of {}", c[0])),
            aliases: tsv::list(c[6]),
            geonameid: c[7].parse().ok(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in ["city", "region", "territory", "water", "facility"] {
            assert_eq!(PlaceKind::parse(k).unwrap().as_str(), k);
        }
        assert_eq!(PlaceKind::parse("town"), None);
    }
}
