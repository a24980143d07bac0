//! The SVG chart of canonical events per day, stacked by type, drawn by
//! the server: no script, no external library.

use chrono::NaiveDate;
use storyline_model::PloverType;

use crate::html::Html;

/// At most this many bars; longer spans put several days in one bar.
const MAX_BARS: i64 = 120;
const WIDTH: i64 = 960;
const PLOT_HEIGHT: i64 = 180;
const LEFT: i64 = 40;
const TOP: i64 = 10;

/// A colour per type, in `PloverType::ALL` order (a qualitative palette
/// readable on white).
const COLOURS: [&str; 16] = [
    "#1b9e77", "#377eb8", "#66a61e", "#a6761d", "#7570b3", "#1f78b4", "#999999", "#e6ab02",
    "#e7298a", "#d95f02", "#b2182b", "#f781bf", "#8c510a", "#4d4d4d", "#fb9a99", "#e41a1c",
];

fn colour(kind: PloverType) -> &'static str {
    let i = PloverType::ALL.iter().position(|t| *t == kind).unwrap_or(0);
    COLOURS[i]
}

/// The chart of `counts` (day, type, events) as an SVG document.
pub(crate) fn events_per_day(counts: &[(NaiveDate, PloverType, u64)]) -> String {
    let mut svg = Html::new();
    let (Some(first), Some(last)) = (
        counts.iter().map(|c| c.0).min(),
        counts.iter().map(|c| c.0).max(),
    ) else {
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"40\" role=\"img\"><title>No dated events</title>")
            .raw("<text x=\"10\" y=\"25\" font-family=\"sans-serif\" font-size=\"14\">No dated events match.</text></svg>");
        return svg.into_string();
    };
    let days = (last - first).num_days() + 1;
    let per_bar = (days + MAX_BARS - 1) / MAX_BARS;
    let bars = (days + per_bar - 1) / per_bar;
    // stacks[bar][type] = events
    let mut stacks = vec![[0u64; 16]; bars as usize];
    for (day, kind, n) in counts {
        let bar = ((*day - first).num_days() / per_bar) as usize;
        let t = PloverType::ALL.iter().position(|k| k == kind).unwrap_or(0);
        stacks[bar][t] += n;
    }
    let max = stacks
        .iter()
        .map(|s| s.iter().sum::<u64>())
        .max()
        .unwrap_or(1)
        .max(1);
    let present: Vec<usize> = (0..16)
        .filter(|t| stacks.iter().any(|s| s[*t] > 0))
        .collect();
    let legend_rows = (present.len() as i64 + 5) / 6;
    let height = TOP + PLOT_HEIGHT + 30 + legend_rows * 18 + 6;
    let bar_width = ((WIDTH - LEFT - 10) / bars).max(1);
    svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\"")
        .attr("width", &WIDTH.to_string())
        .attr("height", &height.to_string())
        .attr("viewBox", &format!("0 0 {WIDTH} {height}"))
        .raw("><title>Events per day by type</title>");
    // Axes and the scale.
    svg.raw("<line stroke=\"#444\"")
        .attr("x1", &LEFT.to_string())
        .attr("y1", &(TOP + PLOT_HEIGHT).to_string())
        .attr("x2", &(WIDTH - 5).to_string())
        .attr("y2", &(TOP + PLOT_HEIGHT).to_string())
        .raw("/>");
    svg.raw("<text text-anchor=\"end\"")
        .attr("x", &(LEFT - 4).to_string())
        .attr("y", &(TOP + 10).to_string())
        .raw(">")
        .show(max)
        .raw("</text><text text-anchor=\"end\"")
        .attr("x", &(LEFT - 4).to_string())
        .attr("y", &(TOP + PLOT_HEIGHT).to_string())
        .raw(">0</text>");
    for (bar, stack) in stacks.iter().enumerate() {
        let x = LEFT + bar as i64 * bar_width;
        let from = first + chrono::Duration::days(bar as i64 * per_bar);
        let mut y = TOP + PLOT_HEIGHT;
        for (t, &n) in stack.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let h = ((n as f64 / max as f64) * PLOT_HEIGHT as f64)
                .round()
                .max(1.0) as i64;
            y -= h;
            let kind = PloverType::ALL[t];
            svg.raw("<rect")
                .attr("x", &x.to_string())
                .attr("y", &y.to_string())
                .attr("width", &(bar_width - 1).max(1).to_string())
                .attr("height", &h.to_string())
                .attr("fill", colour(kind))
                .raw("><title>")
                .show(from)
                .text(if per_bar > 1 {
                    " (+ following days)"
                } else {
                    ""
                })
                .raw(": ")
                .show(n)
                .raw(" ")
                .text(kind.as_str())
                .raw("</title></rect>");
        }
    }
    let label_y = (TOP + PLOT_HEIGHT + 14).to_string();
    svg.raw("<text")
        .attr("x", &LEFT.to_string())
        .attr("y", &label_y)
        .raw(">")
        .show(first)
        .raw("</text>");
    svg.raw("<text text-anchor=\"end\"")
        .attr("x", &(WIDTH - 5).to_string())
        .attr("y", &label_y)
        .raw(">")
        .show(last)
        .raw("</text>");
    if per_bar > 1 {
        svg.raw("<text text-anchor=\"middle\"")
            .attr("x", &(WIDTH / 2).to_string())
            .attr("y", &label_y)
            .raw(">")
            .show(per_bar)
            .raw(" days per bar</text>");
    }
    for (i, t) in present.iter().enumerate() {
        let x = LEFT + (i as i64 % 6) * 150;
        let y = TOP + PLOT_HEIGHT + 30 + (i as i64 / 6) * 18;
        let kind = PloverType::ALL[*t];
        svg.raw("<rect width=\"10\" height=\"10\"")
            .attr("x", &x.to_string())
            .attr("y", &(y - 9).to_string())
            .attr("fill", colour(kind))
            .raw("/><text")
            .attr("x", &(x + 14).to_string())
            .attr("y", &y.to_string())
            .raw(">")
            .text(kind.as_str())
            .raw("</text>");
    }
    svg.raw("</svg>");
    svg.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    #[test]
    fn draws_one_rect_per_type_and_day_and_a_legend() {
        let svg = events_per_day(&[
            (day("2025-09-16"), PloverType::Assault, 2),
            (day("2025-09-16"), PloverType::Consult, 1),
            (day("2025-09-18"), PloverType::Assault, 4),
        ]);
        assert!(svg.starts_with("<svg"));
        assert!(svg.ends_with("</svg>"));
        // three bars' pieces and two legend swatches
        assert_eq!(svg.matches("<rect").count(), 5);
        assert!(svg.contains("2025-09-18: 4 ASSAULT"));
        assert!(
            svg.contains(">4</text>"),
            "the scale shows the tallest stack"
        );
    }

    #[test]
    fn long_spans_are_binned() {
        let counts: Vec<_> = (0..1000)
            .map(|i| {
                (
                    day("2020-01-01") + chrono::Duration::days(i),
                    PloverType::Assault,
                    1,
                )
            })
            .collect();
        let svg = events_per_day(&counts);
        assert!(svg.matches("<rect").count() <= MAX_BARS as usize + 1);
        assert!(svg.contains("9 days per bar"));
    }

    #[test]
    fn empty_chart_says_so() {
        assert!(events_per_day(&[]).contains("No dated events"));
    }
}
