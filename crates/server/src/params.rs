//! Query parameters shared by the API and the pages: the CLI's filters,
//! pagination, and the links to the next page.

use chrono::NaiveDate;
use serde::Deserialize;
use storyline_model::PloverType;
use storyline_store::{Filter, SqliteStore};

use crate::error::AppError;
use crate::html::{Href, query_string};

/// Rows per page unless `limit` says otherwise.
pub(crate) const DEFAULT_LIMIT: usize = 50;
/// The most rows one page may ask for.
pub(crate) const MAX_LIMIT: usize = 500;

/// Every query parameter any route reads. Empty values (as an HTML form
/// sends for fields left blank) count as absent.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct Params {
    pub actor: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub place: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// One day: `since` and `until` both.
    pub date: Option<String>,
    pub story: Option<String>,
    pub text: Option<String>,
    /// The search query of `/search`.
    pub q: Option<String>,
    pub limit: Option<String>,
    pub cursor: Option<String>,
    pub offset: Option<String>,
}

fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| v.chars().take(200).collect())
}

fn date(name: &str, value: &Option<String>) -> Result<Option<NaiveDate>, AppError> {
    given(value)
        .map(|v| {
            NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                .map_err(|_| AppError::BadRequest(format!("{name}: expected a date YYYY-MM-DD")))
        })
        .transpose()
}

impl Params {
    /// The store filter of the event filters (`actor`, `type`, `place`,
    /// `since`, `until`, `date`, `story`, `text`).
    pub(crate) fn filter(&self) -> Result<Filter, AppError> {
        let kind = given(&self.kind)
            .map(|k| {
                PloverType::parse(&k)
                    .map(|t| t.as_str().to_string())
                    .ok_or_else(|| {
                        AppError::BadRequest(
                            "type: expected a PLOVER type such as ASSAULT or CONSULT".into(),
                        )
                    })
            })
            .transpose()?;
        let day = date("date", &self.date)?;
        let since = date("since", &self.since)?.or(day);
        let until = date("until", &self.until)?.or(day);
        Ok(Filter {
            actor: given(&self.actor),
            kind,
            place: given(&self.place),
            since,
            until,
            story: given(&self.story),
            text: given(&self.text),
            ..Filter::default()
        })
    }

    /// Rows per page, 1 to [`MAX_LIMIT`].
    pub(crate) fn limit(&self) -> Result<usize, AppError> {
        match given(&self.limit) {
            None => Ok(DEFAULT_LIMIT),
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_LIMIT).contains(n))
                .ok_or_else(|| {
                    AppError::BadRequest(format!("limit: expected a number from 1 to {MAX_LIMIT}"))
                }),
        }
    }

    /// Rows to skip in offset-paginated lists.
    pub(crate) fn offset(&self) -> Result<usize, AppError> {
        match given(&self.offset) {
            None => Ok(0),
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= 1_000_000)
                .ok_or_else(|| AppError::BadRequest("offset: expected a number".into())),
        }
    }

    /// The timeline cursor, checked.
    pub(crate) fn cursor(&self) -> Result<Option<String>, AppError> {
        match given(&self.cursor) {
            Some(c) if !SqliteStore::is_timeline_cursor(&c) => Err(AppError::BadRequest(
                "cursor: not a cursor this server made".into(),
            )),
            cursor => Ok(cursor),
        }
    }

    /// The search text: `q`, or `text`.
    pub(crate) fn query(&self) -> Option<String> {
        given(&self.q).or_else(|| given(&self.text))
    }

    /// The filter parameters as query pairs (for links that keep them).
    pub(crate) fn filter_pairs(&self) -> Vec<(&'static str, String)> {
        let v = |value: &Option<String>| given(value).unwrap_or_default();
        vec![
            ("actor", v(&self.actor)),
            ("type", v(&self.kind)),
            ("place", v(&self.place)),
            ("since", v(&self.since)),
            ("until", v(&self.until)),
            ("date", v(&self.date)),
            ("story", v(&self.story)),
            ("text", v(&self.text)),
            ("q", v(&self.q)),
        ]
    }

    /// The filter query string, `limit` kept when given.
    pub(crate) fn filter_query(&self) -> String {
        let mut pairs = self.filter_pairs();
        pairs.push(("limit", given(&self.limit).unwrap_or_default()));
        query_string(&pairs)
    }

    /// `path` with these filters and the next page's `cursor`.
    pub(crate) fn next_by_cursor(&self, path: &str, cursor: &str) -> Href {
        let mut pairs = self.filter_pairs();
        pairs.push(("limit", given(&self.limit).unwrap_or_default()));
        pairs.push(("cursor", cursor.to_string()));
        Href::query(path, &pairs)
    }

    /// `path` with these filters and the next page's `offset`.
    pub(crate) fn next_by_offset(&self, path: &str, offset: usize) -> Href {
        let mut pairs = self.filter_pairs();
        pairs.push(("limit", given(&self.limit).unwrap_or_default()));
        pairs.push(("offset", offset.to_string()));
        Href::query(path, &pairs)
    }
}

/// One page of an offset-paginated list: `rows` were fetched with a limit
/// of `offset + limit + 1`; keeps the page and says whether more follow.
pub(crate) fn page_of<T>(rows: Vec<T>, offset: usize, limit: usize) -> (Vec<T>, bool) {
    let more = rows.len() > offset + limit;
    let items = rows.into_iter().skip(offset).take(limit).collect();
    (items, more)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_fields_are_absent_and_dates_are_checked() {
        let params = Params {
            actor: Some("  ".into()),
            kind: Some("assault".into()),
            date: Some("2025-09-17".into()),
            ..Params::default()
        };
        let filter = params.filter().unwrap();
        assert_eq!(filter.actor, None);
        assert_eq!(filter.kind.as_deref(), Some("ASSAULT"));
        assert_eq!(filter.since, filter.until);
        let bad = Params {
            since: Some("17/09/2025".into()),
            ..Params::default()
        };
        assert!(matches!(bad.filter(), Err(AppError::BadRequest(_))));
        let bad = Params {
            kind: Some("BOMBARD".into()),
            ..Params::default()
        };
        assert!(matches!(bad.filter(), Err(AppError::BadRequest(_))));
    }

    #[test]
    fn limits_are_bounded() {
        let with = |l: &str| Params {
            limit: Some(l.into()),
            ..Params::default()
        };
        assert_eq!(Params::default().limit().unwrap(), DEFAULT_LIMIT);
        assert_eq!(with("10").limit().unwrap(), 10);
        assert!(with("0").limit().is_err());
        assert!(with("501").limit().is_err());
        assert!(with("x").limit().is_err());
    }

    #[test]
    fn pages_say_whether_more_follow() {
        assert_eq!(page_of(vec![1, 2, 3, 4], 1, 2), (vec![2, 3], true));
        assert_eq!(page_of(vec![1, 2, 3], 1, 2), (vec![2, 3], false));
    }
}
