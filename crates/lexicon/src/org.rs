//! Organisations: international bodies, national agencies and militaries,
//! armed groups, parties and media, loaded from `data/orgs.tsv`.

use crate::tsv;

/// The embedded `data/orgs.tsv`.
pub(crate) const ORGS_TSV: &str = include_str!("../../../data/orgs.tsv");

/// What kind of body an [`Org`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// Intergovernmental organisation or international body (UN, NATO, ICRC).
    Igo,
    /// Non-state armed group (Hamas, M23, Islamic State).
    Nsa,
    /// National government body: ministry, intelligence service, parliament.
    Agency,
    /// National armed forces or one of their branches.
    Military,
    /// News outlet or agency.
    Media,
    /// Political party.
    Party,
}

impl OrgKind {
    /// Parses the `kind` cell (`igo`, `nsa`, `agency`, `military`, `media`,
    /// `party`).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "igo" => Self::Igo,
            "nsa" => Self::Nsa,
            "agency" => Self::Agency,
            "military" => Self::Military,
            "media" => Self::Media,
            "party" => Self::Party,
            _ => return None,
        })
    }

    /// The `kind` cell for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Igo => "igo",
            Self::Nsa => "nsa",
            Self::Agency => "agency",
            Self::Military => "military",
            Self::Media => "media",
            Self::Party => "party",
        }
    }
}

/// An organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    /// Code: `IGO:UN`, `NSA:HAMAS`, `MEDIA:REUTERS`, or `ISO3:ABBR` for
    /// national bodies (`UKR:SBU`).
    pub code: String,
    /// Main name.
    pub name: String,
    /// Other names, abbreviations and descriptions used in news.
    pub aliases: Vec<String>,
    /// What kind of body it is.
    pub kind: OrgKind,
    /// The country (ISO alpha-3) or organisation code it belongs to or
    /// operates in.
    pub side: Option<String>,
}

/// Parses the organisations table.
///
/// # Panics
///
/// Panics on an unknown kind (a defect of the embedded data).
pub(crate) fn parse(text: &'static str) -> Vec<Org> {
    tsv::rows("orgs.tsv", text, 5)
        .into_iter()
        .map(|c| Org {
            code: c[0].to_owned(),
            name: c[1].to_owned(),
            aliases: tsv::list(c[2]),
            kind: OrgKind::parse(c[3]).unwrap_or_else(|| panic!("orgs.tsv: kind {:?}", c[3])),
            side: tsv::opt(c[4]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in ["igo", "nsa", "agency", "military", "media", "party"] {
            assert_eq!(OrgKind::parse(k).unwrap().as_str(), k);
        }
        assert_eq!(OrgKind::parse("club"), None);
    }
}
