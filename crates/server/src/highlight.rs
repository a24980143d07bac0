//! Article text with extracted spans marked.
//!
//! Spans overlap (a quote inside an event's sentence, a name inside a
//! quote), so the text is cut at every span boundary and each piece is
//! wrapped in one `<span>` naming every kind of span covering it. Nothing
//! nests, so overlapping spans never produce broken markup.

use crate::html::Html;

/// A span of the text to mark.
#[derive(Debug, Clone)]
pub(crate) struct Mark {
    pub start: usize,
    pub end: usize,
    /// CSS class: one of the fixed `hl-*` classes.
    pub class: &'static str,
    /// An anchor id placed where the span starts (`ev-3`).
    pub anchor: Option<String>,
}

/// Writes `text[from..to]` as paragraphs (one per non-empty line) with
/// `marks` (byte offsets into `text`) highlighted.
pub(crate) fn paragraphs(h: &mut Html, text: &str, from: usize, to: usize, marks: &[Mark]) {
    let to = to.min(text.len());
    let mut line_start = from;
    while line_start < to {
        let line_end = text[line_start..to]
            .find('\n')
            .map_or(to, |i| line_start + i);
        if !text[line_start..line_end].trim().is_empty() {
            h.raw("<p>");
            marked(h, text, line_start, line_end, marks);
            h.raw("</p>");
        }
        line_start = line_end + 1;
    }
}

/// Writes `text[from..to]` with `marks` highlighted, without paragraphs.
pub(crate) fn marked(h: &mut Html, text: &str, from: usize, to: usize, marks: &[Mark]) {
    let usable: Vec<&Mark> = marks
        .iter()
        .filter(|m| {
            m.start < m.end
                && m.end > from
                && m.start < to
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
        })
        .collect();
    let mut cuts: Vec<usize> = vec![from, to];
    for m in &usable {
        cuts.push(m.start.clamp(from, to));
        cuts.push(m.end.clamp(from, to));
    }
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        for m in usable.iter().filter(|m| m.start == a) {
            if let Some(anchor) = &m.anchor {
                h.raw("<a class=\"anchor\"").attr("id", anchor).raw("></a>");
            }
        }
        let mut classes: Vec<&'static str> = usable
            .iter()
            .filter(|m| m.start <= a && m.end >= b)
            .map(|m| m.class)
            .collect();
        classes.sort_unstable();
        classes.dedup();
        let piece = &text[a..b];
        if classes.is_empty() {
            h.text(piece);
        } else {
            h.raw("<span")
                .attr("class", &classes.join(" "))
                .raw(">")
                .text(piece)
                .raw("</span>");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, class: &'static str) -> Mark {
        Mark {
            start,
            end,
            class,
            anchor: None,
        }
    }

    #[test]
    fn overlapping_marks_never_nest() {
        let text = "Peskov said <b>no</b> today.";
        let mut h = Html::new();
        marked(
            &mut h,
            text,
            0,
            text.len(),
            &[mark(0, 11, "hl-event"), mark(0, 6, "hl-person")],
        );
        assert_eq!(
            h.into_string(),
            "<span class=\"hl-event hl-person\">Peskov</span><span class=\"hl-event\"> said</span> &lt;b&gt;no&lt;/b&gt; today."
        );
    }

    #[test]
    fn marks_off_char_boundaries_are_dropped() {
        let text = "Türkiye";
        let mut h = Html::new();
        marked(&mut h, text, 0, text.len(), &[mark(0, 2, "hl-place")]);
        assert_eq!(h.into_string(), "Türkiye");
    }

    #[test]
    fn lines_become_paragraphs() {
        let text = "One.\n\nTwo <x>.";
        let mut h = Html::new();
        paragraphs(&mut h, text, 0, text.len(), &[]);
        assert_eq!(h.into_string(), "<p>One.</p><p>Two &lt;x&gt;.</p>");
    }
}
