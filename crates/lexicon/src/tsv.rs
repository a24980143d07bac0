//! Reading the embedded TSV data files: comment lines, the header row and
//! `|`-separated list cells.

/// The data rows of a TSV text: lines starting with `#` and the header row
/// are skipped, and each row is split into exactly `columns` cells (missing
/// trailing cells are empty).
///
/// # Panics
///
/// Panics when a row has more cells than the header names, or when the
/// header does not have `columns` cells: the data is embedded at compile
/// time, so such a file is a build defect caught by the crate's tests.
pub(crate) fn rows(
    file: &'static str,
    text: &'static str,
    columns: usize,
) -> Vec<Vec<&'static str>> {
    let mut lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty());
    let header = lines.next().unwrap_or_default();
    assert_eq!(
        header.split('\t').count(),
        columns,
        "{file}: header {header:?}"
    );
    lines
        .map(|line| {
            let mut cells: Vec<&str> = line.split('\t').collect();
            assert!(cells.len() <= columns, "{file}: too many cells in {line:?}");
            cells.resize(columns, "");
            cells
        })
        .collect()
}

/// The items of a `|`-separated list cell; an empty cell is an empty list.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `None` for an empty cell, the cell otherwise.
pub(crate) fn opt(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_owned())
}

/// A coordinate or other float cell; `None` when empty or not a number.
pub(crate) fn float(cell: &str) -> Option<f64> {
    cell.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_header_and_pads_rows() {
        let rows = rows("t", "# comment\na\tb\tc\n1\t2\n", 3);
        assert_eq!(rows, vec![vec!["1", "2", ""]]);
    }

    #[test]
    fn lists_and_options() {
        assert_eq!(list("a|b"), vec!["a", "b"]);
        assert!(list("").is_empty());
        assert_eq!(opt(""), None);
        assert_eq!(float("1.5"), Some(1.5));
        assert_eq!(float(""), None);
    }
}
