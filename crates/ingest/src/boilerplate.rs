//! Lines of an extracted page that are not article prose, as rules with ids.
//!
//! Two kinds of rule: a *line* rule drops one line ("Advertisement", "Share
//! this article", "© 2025 Example News", a lone date); a *tail* rule drops
//! the line and everything after it, for the blocks of related links that
//! close many pages ("You may also like", "More in World", "Related").
//! Each rule matches a whole line (trimmed, case-insensitive) by its start.

/// What a rule does to the lines it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// Drop the line.
    Line,
    /// Drop the line and every line after it.
    Tail,
}

/// `(id, action, the line starts with, longest line matched in chars)`.
const RULES: &[(&str, Action, &str, usize)] = &[
    ("boilerplate/advertisement", Action::Line, "advert", 20),
    ("boilerplate/advertisement", Action::Line, "sponsored", 30),
    ("boilerplate/share", Action::Line, "share this", 60),
    ("boilerplate/share", Action::Line, "like this story", 60),
    ("boilerplate/share", Action::Line, "share on", 40),
    ("boilerplate/copyright", Action::Line, "©", 120),
    ("boilerplate/copyright", Action::Line, "copyright", 120),
    (
        "boilerplate/copyright",
        Action::Line,
        "all rights reserved",
        80,
    ),
    ("boilerplate/tags", Action::Line, "tags", 6),
    ("boilerplate/tags", Action::Line, "tags:", 100),
    (
        "boilerplate/promo",
        Action::Line,
        "this slideshow requires",
        40,
    ),
    ("boilerplate/read-more", Action::Line, "read more", 200),
    ("boilerplate/read-more", Action::Line, "also on ", 60),
    ("boilerplate/updated", Action::Line, "updated at", 40),
    ("boilerplate/updated", Action::Line, "last updated", 60),
    ("boilerplate/related", Action::Line, "related:", 200),
    ("boilerplate/related", Action::Line, "related post:", 200),
    ("boilerplate/navigation", Action::Line, "back to ", 25),
    ("boilerplate/author", Action::Tail, "about the author", 20),
    ("boilerplate/related", Action::Tail, "you may also like", 40),
    (
        "boilerplate/related",
        Action::Tail,
        "you may also be interested",
        50,
    ),
    (
        "boilerplate/related",
        Action::Tail,
        "you might also like",
        40,
    ),
    ("boilerplate/related", Action::Tail, "more in ", 40),
    ("boilerplate/related", Action::Tail, "more from ", 40),
    ("boilerplate/related", Action::Tail, "related articles", 30),
    ("boilerplate/related", Action::Tail, "related stories", 30),
    ("boilerplate/related", Action::Tail, "related coverage", 30),
    (
        "boilerplate/related",
        Action::Tail,
        "recommended for you",
        30,
    ),
];

/// The rule a line matches, if any.
fn rule(line: &str) -> Option<(&'static str, Action)> {
    let l = line.trim().trim_end_matches(['.', ':', '…']).to_lowercase();
    if l.is_empty() {
        return None;
    }
    if is_lone_date(&l) {
        return Some(("boilerplate/date-line", Action::Line));
    }
    RULES
        .iter()
        .find(|(_, _, start, max)| l.starts_with(start) && l.chars().count() <= *max)
        .map(|(id, action, _, _)| (*id, *action))
}

/// A line that is only a date and perhaps a time ("20 Nov, 2019 05:47",
/// "2018-08-16", "11/20/2019 01:14 PM").
fn is_lone_date(l: &str) -> bool {
    let words: Vec<&str> = l
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let has_digit = words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()));
    has_digit
        && words.iter().all(|w| {
            w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b':' | b'.'))
                || MONTHS.iter().any(|m| w.starts_with(m))
                || matches!(
                    *w,
                    "am" | "pm" | "gmt" | "utc" | "et" | "edt" | "est" | "bst"
                )
        })
}

/// Longest line (chars) that can be a headline, kicker or link rather than
/// prose.
const SHORT_LINE: usize = 100;
/// Short lines in a row at the end that make a list of links.
const LINK_LIST: usize = 5;

/// A line that reads like a headline or a link, not a sentence: short and
/// not ending like one.
fn is_headline(line: &str) -> bool {
    let l = line.trim();
    l.chars().count() < SHORT_LINE
        && !l.ends_with([
            '.', '!', '?', '"', '”', '’', '\'', ')', ':', ';', '。', '」', '…', '！', '？',
        ])
}

/// A byline: "By Jane Doe", "By STAFF".
fn is_byline(line: &str) -> bool {
    let l = line.trim();
    l.chars().count() < 60 && (l.starts_with("By ") || l.starts_with("BY "))
}

/// A short line in capitals ("BREAKING NEWS", "WORLD").
fn is_kicker(line: &str) -> bool {
    let l = line.trim();
    l.chars().count() < 40
        && l.chars().any(char::is_alphabetic)
        && !l.chars().any(char::is_lowercase)
}

/// Whether `line` holds the words of `title` (a page title often adds
/// " | Site name" or " - Section").
fn same_words(line: &str, title: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (l, t) = (words(line), words(title));
    let (short, long) = if l.len() <= t.len() {
        (&l, &t)
    } else {
        (&t, &l)
    };
    // One holds the other, give or take a few words ("Live:", "| Site").
    !short.is_empty()
        && long.len() - short.len() <= 4
        && long.windows(short.len()).any(|w| w == &short[..])
}

/// A paragraph cut short with an ellipsis: the excerpt of another story in
/// a list of teasers.
fn is_excerpt(line: &str) -> bool {
    let l = line.trim();
    l.chars().count() >= SHORT_LINE && (l.ends_with('…') || l.ends_with("...") || l.ends_with("…]"))
}

/// Where a closing run of teasers (excerpts of other stories and their
/// titles) starts in `lines`, or `lines.len()` (`boilerplate/excerpts`):
/// from the first excerpt after the first paragraph, when at least two of
/// the paragraphs from there and one in three are excerpts.
fn excerpts_start(lines: &[&str], first_long: usize) -> usize {
    let Some(first) = lines
        .iter()
        .skip(first_long + 1)
        .position(|l| is_excerpt(l))
        .map(|p| first_long + 1 + p)
    else {
        return lines.len();
    };
    let rest = &lines[first..];
    let excerpts = rest.iter().filter(|l| is_excerpt(l)).count();
    let paragraphs = rest
        .iter()
        .filter(|l| l.trim().chars().count() >= SHORT_LINE)
        .count();
    if excerpts < 2 || excerpts * 3 < paragraphs {
        return lines.len();
    }
    // The teasers' titles and section heading go with them.
    let mut start = first;
    while start > first_long + 1 && is_headline(lines[start - 1]) {
        start -= 1;
    }
    start
}

/// Words of a text for comparing lines with link texts: runs of letters and
/// digits, lowercased, one space apart.
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The texts of the links in the extracted part of a page, as [`words`],
/// to tell a line that is a link ("Markets fall") from one that is prose.
#[derive(Debug, Default)]
pub(crate) struct Links(Vec<String>);

impl Links {
    /// The texts of the `<a>` elements of `html` (the extractor's HTML of
    /// the main text: well-formed, links not nested).
    pub(crate) fn from_html(html: &str) -> Self {
        let mut texts = Vec::new();
        let mut rest = html;
        while let Some(at) = rest.find("<a") {
            rest = &rest[at + 2..];
            if !rest.starts_with(['>', ' ', '\t', '\n', '\r']) {
                continue;
            }
            let Some(open_end) = rest.find('>') else {
                break;
            };
            rest = &rest[open_end + 1..];
            let end = rest.find("</a>").unwrap_or(rest.len());
            let text = words(&inner_text(&rest[..end]));
            if !text.is_empty() {
                texts.push(text);
            }
            rest = &rest[end..];
        }
        texts.sort();
        texts.dedup();
        Links(texts)
    }

    /// Whether most words of `line` are the text of links.
    fn covers(&self, line: &str) -> bool {
        let line = words(line);
        if line.is_empty() {
            return false;
        }
        let padded = format!(" {line} ");
        let linked: usize = self
            .0
            .iter()
            .filter(|l| padded.contains(&format!(" {l} ")))
            .map(String::len)
            .sum();
        linked * 5 >= line.len() * 3
    }
}

/// The text of an HTML fragment: tags dropped, the common entities read.
fn inner_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// The text without its boilerplate lines (rules `boilerplate/*`), without
/// the page title and kickers ("BREAKING NEWS") before the first paragraph
/// (`boilerplate/head`), and without a closing run of headline-like lines
/// (`boilerplate/link-list`).
pub(crate) fn strip(
    text: &str,
    title: Option<&str>,
    author: Option<&str>,
    links: &Links,
) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for line in text.lines() {
        match rule(line) {
            Some((_, Action::Tail)) => break,
            Some((_, Action::Line)) => continue,
            None if line.trim().is_empty() => continue,
            None => kept.push(line),
        }
    }
    let long = |l: &&str| l.trim().chars().count() >= SHORT_LINE;
    // Without one long paragraph there is no telling prose from headlines.
    let (Some(first_long), Some(last_long)) =
        (kept.iter().position(long), kept.iter().rposition(long))
    else {
        return kept.iter().map(|l| format!("{}\n\n", l.trim())).collect();
    };
    let head = kept[..first_long]
        .iter()
        .take_while(|l| {
            is_kicker(l)
                || title.is_some_and(|t| same_words(l, t))
                || author.is_some_and(|a| same_words(l, a))
                || is_byline(l)
        })
        .count();
    // After the last paragraph, from the first headline-like line: a list
    // of other stories when two thirds of it reads like headlines and most
    // of it are links, or many lines are bylines (headlines with their
    // authors). Lists that are neither (tour dates, results, a shopping
    // list) belong to the article.
    let start = kept[last_long + 1..]
        .iter()
        .position(|l| is_headline(l))
        .map_or(kept.len(), |p| last_long + 1 + p);
    let rest = &kept[start..];
    let headlines = rest.iter().filter(|l| is_headline(l)).count();
    let worded = rest.iter().filter(|l| !words(l).is_empty()).count();
    let linked = rest.iter().filter(|l| links.covers(l)).count();
    let bylines = rest.iter().filter(|l| is_byline(l)).count();
    let end = if rest.len() >= LINK_LIST
        && headlines * 3 >= rest.len() * 2
        && (linked * 5 >= worded * 3 || bylines * 3 >= worded)
    {
        start
    } else {
        kept.len()
    };
    let end = excerpts_start(&kept[..end], first_long);
    let kept = &kept[head..end.max(head)];
    let mut out = String::with_capacity(text.len());
    for line in kept {
        out.push_str(line.trim());
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_lines_go_and_prose_stays() {
        let text = "Talks resumed in Istanbul on Wednesday.\nADVERTISEMENT\n20 Nov, 2019 05:47\n\
                    © Reuters\nThe two sides met for two hours.\nLike this story? Share it with a friend!\n\
                    You may also like...\nDnipro mourns its dead\nEU readies sanctions";
        assert_eq!(
            strip(text, None, None, &Links::default()),
            "Talks resumed in Istanbul on Wednesday.\n\nThe two sides met for two hours.\n\n"
        );
    }

    #[test]
    fn headlines_before_the_text_and_link_lists_after_it_go() {
        let text = "BREAKING NEWS\nTalks end without a truce\n\
                    Negotiators met for two hours on Wednesday and agreed to swap prisoners, officials from both delegations said.\nA second paragraph ends here.\n\
                    Dnipro mourns its dead\nBy STAFF\nEU readies new sanctions\nMarkets fall\nBy STAFF";
        assert_eq!(
            strip(
                text,
                Some("Talks end without a truce | Example News"),
                None,
                &Links::default()
            ),
            "Negotiators met for two hours on Wednesday and agreed to swap prisoners, officials from both delegations said.\n\nA second paragraph ends here.\n\n"
        );
        // Short lines alone (a calendar) are kept: nothing tells them from prose.
        let calendar =
            "Round 1: 10 March – Interlagos\nRound 2: 8 April – Curitiba\nRound 3: 22 April";
        assert_eq!(
            strip(calendar, None, None, &Links::default())
                .lines()
                .filter(|l| !l.is_empty())
                .count(),
            3
        );
        // Two short closing lines are not a list: a sign-off stays.
        let text = "Negotiators met on Wednesday.\nReporting by Jane Doe\nEditing by John Roe";
        assert!(strip(text, None, None, &Links::default()).contains("Editing by John Roe"));
    }

    #[test]
    fn prose_that_starts_like_a_rule_is_kept() {
        // Long lines are prose even when they start like a rule.
        let line = "More in sorrow than in anger, the minister said the talks had failed because neither side would move on the question of the occupied territories.";
        assert_eq!(
            strip(line, None, None, &Links::default()),
            format!("{line}\n\n")
        );
        assert_eq!(rule("Tags"), Some(("boilerplate/tags", Action::Line)));
        assert_eq!(
            rule("2018-08-16"),
            Some(("boilerplate/date-line", Action::Line))
        );
        assert_eq!(rule("In 2019 the talks failed"), None);
    }

    #[test]
    fn a_closing_list_goes_when_its_lines_are_links_or_bylines() {
        let text = "Negotiators met for two hours on Wednesday and agreed to swap prisoners, officials from both delegations said.\n\
                    Tour dates\nJune 9 – Tampa, FL\nJune 10 – Atlanta, GA\nJune 14 – Nashville, TN\nJune 17 – Raleigh, NC";
        // Not links: the article's own list.
        assert!(strip(text, None, None, &Links::default()).contains("June 17 – Raleigh"));
        let links = Links::from_html(
            "<p>Negotiators met.</p><p><a href=\"/1\">June 9 &ndash; Tampa, FL</a></p>\
             <p><a>June 10 – Atlanta, GA</a></p><p><a>June 14 – Nashville, TN</a></p>\
             <p><abbr>x</abbr><a class=\"x\"><b>June 17</b> – Raleigh, NC</a></p>",
        );
        assert!(links.covers("June 17 – Raleigh, NC"));
        assert!(!links.covers("Tour dates"));
        assert!(!strip(text, None, None, &links).contains("June"));
        // Headlines with their bylines are teasers even without links.
        let text = "Negotiators met for two hours on Wednesday and agreed to swap prisoners, officials from both delegations said.\n\
                    Markets fall\nBy REUTERS\nEU readies sanctions\nBy STAFF\nDnipro mourns\nBy STAFF";
        assert!(!strip(text, None, None, &Links::default()).contains("Markets"));
    }

    #[test]
    fn closing_excerpts_of_other_stories_go() {
        let long = "Negotiators met for two hours on Wednesday and agreed to swap prisoners, officials from both delegations said";
        let text = format!(
            "{long}.\n{long} again.\nMore from Example\n{long} and then …\nAnother story\n{long} and later...\n{long} to end."
        );
        assert_eq!(
            strip(&text, None, None, &Links::default()),
            format!("{long}.\n\n{long} again.\n\n")
        );
        // One paragraph trailing off is prose.
        let text = format!("{long}.\n{long} and then …\n{long} to end.");
        assert!(strip(&text, None, None, &Links::default()).contains("to end."));
    }
}
