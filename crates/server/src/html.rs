//! A small HTML writer that escapes by construction.
//!
//! Markup can only be written from `&'static str` literals ([`Html::raw`]);
//! every string that comes from data (article text, titles, names, ids,
//! numbers) goes through [`Html::text`] or [`Html::attr`], which escape it.
//! So no article text can open a tag or an attribute, whatever it holds.

use std::fmt::Write as _;

/// An HTML document being written.
#[derive(Debug, Default)]
pub(crate) struct Html(String);

impl Html {
    pub(crate) fn new() -> Html {
        Html(String::with_capacity(16 * 1024))
    }

    /// Literal markup from the program text, never from data.
    pub(crate) fn raw(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Text content, escaped.
    pub(crate) fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.0, text);
        self
    }

    /// A number or other displayable value, escaped like text.
    pub(crate) fn show(&mut self, value: impl std::fmt::Display) -> &mut Html {
        let mut s = String::new();
        let _ = write!(s, "{value}");
        self.text(&s)
    }

    /// ` name="value"` with the value escaped.
    pub(crate) fn attr(&mut self, name: &'static str, value: &str) -> &mut Html {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape_into(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// `<a href="href">text</a>`, both escaped; `href` is built by the
    /// server ([`Href`]), never taken from data.
    pub(crate) fn link(&mut self, href: &Href, text: &str) -> &mut Html {
        self.raw("<a")
            .attr("href", &href.0)
            .raw(">")
            .text(text)
            .raw("</a>")
    }

    /// A link to an article's own URL when it is an `http(s)` URL; other
    /// schemes (`javascript:`, `data:`) are shown as text, not linked.
    pub(crate) fn external_link(&mut self, url: &str) -> &mut Html {
        if is_web_url(url) {
            self.raw("<a rel=\"noopener noreferrer nofollow\"")
                .attr("href", url)
                .raw(">")
                .text(url)
                .raw("</a>")
        } else {
            self.raw("<span class=\"unlinked\">")
                .text(url)
                .raw("</span>")
        }
    }

    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

/// Whether `url` is an absolute `http:` or `https:` URL (any case).
pub(crate) fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// Escapes `& < > " '` so text is safe in content and quoted attributes.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A link target inside the server: a path whose dynamic segments are
/// percent-encoded and a query string of encoded pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Href(pub(crate) String);

impl Href {
    /// `base` (a literal path) followed by one encoded segment.
    pub(crate) fn to(base: &'static str, segment: &str) -> Href {
        Href(format!("{base}{}", encode_component(segment)))
    }

    /// A literal path.
    pub(crate) fn path(path: &'static str) -> Href {
        Href(path.to_string())
    }

    /// `path` with a query of the non-empty pairs.
    pub(crate) fn query(path: &str, pairs: &[(&str, String)]) -> Href {
        let query = query_string(pairs);
        if query.is_empty() {
            Href(path.to_string())
        } else {
            Href(format!("{path}?{query}"))
        }
    }

    /// With a fragment (`#id`), encoded.
    pub(crate) fn fragment(mut self, fragment: &str) -> Href {
        self.0.push('#');
        self.0.push_str(&encode_component(fragment));
        self
    }
}

/// `k=v&k=v` of the pairs whose value is not empty, both encoded.
pub(crate) fn query_string(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub(crate) fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::new();
        h.raw("<p").attr("title", "\"><script>").raw(">");
        h.text("<img src=x onerror='alert(1)'> & co");
        h.raw("</p>");
        assert_eq!(
            h.into_string(),
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; co</p>"
        );
    }

    #[test]
    fn only_web_urls_are_linked() {
        for bad in [
            "javascript:alert(1)",
            " JAVASCRIPT:alert(1)",
            "data:text/html,x",
            "http://a b",
        ] {
            let mut h = Html::new();
            h.external_link(bad);
            assert!(!h.into_string().contains("href"), "{bad}");
        }
        let mut h = Html::new();
        h.external_link("https://example.org/a?b=1&c=2");
        assert!(
            h.into_string()
                .contains("href=\"https://example.org/a?b=1&amp;c=2\"")
        );
    }

    #[test]
    fn hrefs_encode_their_parts() {
        assert_eq!(
            Href::to("/people/", "Olena Marchuk/../x").0,
            "/people/Olena%20Marchuk%2F..%2Fx"
        );
        let q = Href::query("/", &[("actor", "A&B".into()), ("type", String::new())]);
        assert_eq!(q.0, "/?actor=A%26B");
    }
}
