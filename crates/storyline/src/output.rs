//! Output formats: table, JSON, JSON Lines and CSV from one listing.

use std::io::Write;

use crate::cli::Format;

/// Rows ready to print: a JSON record per row (for json/jsonl) and the same
/// row flattened to text columns (for table/csv).
pub struct Listing {
    columns: Vec<&'static str>,
    records: Vec<serde_json::Value>,
    cells: Vec<Vec<String>>,
}

impl Listing {
    pub fn new(columns: &[&'static str]) -> Listing {
        Listing {
            columns: columns.to_vec(),
            records: Vec::new(),
            cells: Vec::new(),
        }
    }

    pub fn push(&mut self, record: serde_json::Value, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.records.push(record);
        self.cells.push(cells);
    }
}

/// Widest a table cell gets before it is cut with an ellipsis.
const MAX_CELL: usize = 60;

pub fn print_listing(
    listing: &Listing,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &listing.records)?;
            out.write_all(b"\n")?;
        }
        Format::Jsonl => {
            for record in &listing.records {
                serde_json::to_writer(&mut *out, record)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            writer.write_record(&listing.columns)?;
            for row in &listing.cells {
                writer.write_record(row)?;
            }
            writer.flush()?;
        }
        Format::Table => print_table(listing, out)?,
    }
    Ok(())
}

fn print_table(listing: &Listing, out: &mut impl Write) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = listing
        .cells
        .iter()
        .map(|row| row.iter().map(|cell| fit(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = listing.columns.iter().map(|c| c.chars().count()).collect();
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let header: Vec<String> = listing.columns.iter().map(|c| c.to_uppercase()).collect();
    write_row(out, &header, &widths)?;
    for row in &cells {
        write_row(out, row, &widths)?;
    }
    if cells.is_empty() {
        writeln!(out, "(nothing stored matches)")?;
    }
    Ok(())
}

fn write_row(out: &mut impl Write, row: &[String], widths: &[usize]) -> std::io::Result<()> {
    let mut line = String::new();
    for (i, (cell, width)) in row.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        if i + 1 < row.len() {
            line.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
        }
    }
    writeln!(out, "{}", line.trim_end())
}

/// One line, at most [`MAX_CELL`] characters.
fn fit(cell: &str) -> String {
    let flat: String = cell.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX_CELL {
        return flat;
    }
    let mut cut: String = flat.chars().take(MAX_CELL - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Listing {
        let mut listing = Listing::new(&["id", "text"]);
        listing.push(
            serde_json::json!({"id": "a", "text": "x, \"y\""}),
            vec!["a".into(), "x, \"y\"".into()],
        );
        listing.push(
            serde_json::json!({"id": "bb"}),
            vec!["bb".into(), "line\nbreak".into()],
        );
        listing
    }

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        print_listing(&sample(), format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_aligns_and_flattens() {
        assert_eq!(
            render(Format::Table),
            "ID  TEXT\na   x, \"y\"\nbb  line break\n"
        );
    }

    #[test]
    fn csv_quotes_and_jsonl_is_one_object_a_line() {
        assert_eq!(
            render(Format::Csv),
            "id,text\na,\"x, \"\"y\"\"\"\nbb,\"line\nbreak\"\n"
        );
        assert_eq!(
            render(Format::Jsonl),
            "{\"id\":\"a\",\"text\":\"x, \\\"y\\\"\"}\n{\"id\":\"bb\"}\n"
        );
        let json: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(json.as_array().unwrap().len(), 2);
    }

    #[test]
    fn long_cells_are_cut() {
        let long = "word ".repeat(40);
        let cut = fit(&long);
        assert_eq!(cut.chars().count(), MAX_CELL);
        assert!(cut.ends_with('…'));
    }
}
