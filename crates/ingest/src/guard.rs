//! Cheap checks that run before a parser sees a page or a feed, so hostile
//! input is a clear error instead of a crash, a hang or a memory blow-up.
//!
//! - HTML: the page parser and main-text extraction walk the document tree
//!   recursively and in time that grows with the depth of every element, so
//!   a page nested 50,000 levels deep overflows the stack and one of a few
//!   thousand levels takes minutes. A single pass over the bytes counts
//!   elements still open (start tags minus end tags; void elements, and
//!   elements whose end tag is optional, `p`, `li`, `td`..., do not count)
//!   and refuses a page deeper than [`MAX_HTML_DEPTH`] or whose elements
//!   add up to more than [`MAX_HTML_WORK`] levels in all. Real pages nest
//!   a few dozen levels. Pages with NUL bytes (binary data, UTF-16) are
//!   refused too: the parser would read them as noise.
//! - XML feeds: the feed parser never expands entity declarations, so a
//!   "billion laughs" or an external entity would come out as literal
//!   `&name;` text. A feed whose prolog declares entities (`<!ENTITY`) is
//!   refused by name instead.

use crate::ErrorKind;

/// Most elements open at once in a page (see the module documentation).
pub const MAX_HTML_DEPTH: usize = 512;

/// Most element-levels in a page: the sum, over its start tags, of the
/// elements open there. The extraction's time grows with it.
pub const MAX_HTML_WORK: u64 = 2_000_000;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose end tag may be left out (the next sibling closes them) and
/// the document's own elements: they are not counted, open or closed.
const OPTIONAL_END: &[&str] = &[
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p",
    "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// Checks an HTML page before it is parsed.
pub(crate) fn html(bytes: &[u8]) -> Result<(), ErrorKind> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(ErrorKind::Html(
            "UTF-16 pages are not supported (save the page as UTF-8)".into(),
        ));
    }
    if bytes.contains(&0) {
        return Err(ErrorKind::Binary);
    }
    let Nesting { depth, work } = nesting(bytes);
    if depth > MAX_HTML_DEPTH {
        return Err(ErrorKind::Html(format!(
            "markup nested more than {MAX_HTML_DEPTH} elements deep (refused: it would take \
             the parser too long or overflow its stack)"
        )));
    }
    if work > MAX_HTML_WORK {
        return Err(ErrorKind::Html(format!(
            "too much deeply nested markup ({work} element-levels, limit {MAX_HTML_WORK}; \
             refused: it would take the parser too long)"
        )));
    }
    Ok(())
}

/// How deep a page's markup goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Nesting {
    /// Most counted elements open at once.
    pub depth: usize,
    /// Sum over start tags of the counted elements open there.
    pub work: u64,
}

/// Counts open elements over the bytes of a page: a tokenizer for tags,
/// comments, doctypes and raw-text elements, and a counter. End tags that
/// match nothing open never take the count below zero.
pub(crate) fn nesting(bytes: &[u8]) -> Nesting {
    let mut open = 0usize;
    let mut most = 0usize;
    let mut work = 0u64;
    let mut i = 0;
    let n = bytes.len();
    while let Some(lt) = memchr(b'<', &bytes[i..]) {
        i += lt + 1;
        let Some(&next) = bytes.get(i) else { break };
        if next == b'!' {
            // Comment, doctype, CDATA: skip to their end.
            i = if bytes[i..].starts_with(b"!--") {
                find(&bytes[i + 3..], b"-->").map_or(n, |e| i + 3 + e + 3)
            } else {
                memchr(b'>', &bytes[i..]).map_or(n, |e| i + e + 1)
            };
            continue;
        }
        if next == b'?' {
            i = memchr(b'>', &bytes[i..]).map_or(n, |e| i + e + 1);
            continue;
        }
        let end_tag = next == b'/';
        let start = if end_tag { i + 1 } else { i };
        if !bytes.get(start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_len = bytes[start..]
            .iter()
            .position(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
            .unwrap_or(n - start);
        let name = String::from_utf8_lossy(&bytes[start..start + name_len]).to_ascii_lowercase();
        i = skip_attributes(bytes, start + name_len);
        let counted = !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str());
        if end_tag {
            if counted {
                open = open.saturating_sub(1);
            }
            continue;
        }
        work += open as u64;
        // `<div/>` is an open div to an HTML parser (only void and SVG or
        // MathML elements close themselves): a self-closing tag counts as
        // open, overcounting being the safe side.
        if counted {
            open += 1;
            most = most.max(open);
        }
        if RAW_TEXT.contains(&name.as_str()) {
            // Skip to the matching end tag, whatever the case.
            let close = format!("</{name}");
            i = find_ignore_case(&bytes[i..], close.as_bytes()).map_or(n, |e| i + e);
        }
    }
    Nesting { depth: most, work }
}

/// Skips a tag's attributes from `i` (quoted values may hold `>`); returns
/// the index after the tag's `>`.
fn skip_attributes(bytes: &[u8], mut i: usize) -> usize {
    let n = bytes.len();
    while i < n {
        match bytes[i] {
            b'>' => return i + 1,
            b'=' => {
                i += 1;
                while i < n && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = bytes.get(i) {
                    i = memchr(q, &bytes[i + 1..]).map_or(n, |e| i + 1 + e + 1);
                }
                continue;
            }
            _ => i += 1,
        }
    }
    n
}

/// Checks the prolog of an XML feed (everything before its root element)
/// for entity declarations.
pub(crate) fn xml(bytes: &[u8]) -> Result<(), ErrorKind> {
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &bytes[i..]) {
        i += lt;
        let rest = &bytes[i + 1..];
        if rest.first().is_some_and(u8::is_ascii_alphabetic) {
            // The root element: the prolog is over.
            return Ok(());
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"!ENTITY") {
            return Err(ErrorKind::Feed(
                "the feed declares XML entities (<!ENTITY>); refused, as entity expansion \
                 (\"billion laughs\") and external entities are attacks, never needed by a feed"
                    .into(),
            ));
        }
        if rest.starts_with(b"!--") {
            i = find(rest, b"-->").map_or(bytes.len(), |e| i + 1 + e + 3);
        } else {
            i += 1;
        }
    }
    Ok(())
}

/// Whether the input starts with the gzip magic number (looked at, not
/// consumed).
pub(crate) fn is_gzip(reader: &mut impl std::io::BufRead) -> std::io::Result<bool> {
    Ok(reader.fill_buf()?.starts_with(&[0x1f, 0x8b]))
}

/// A reader that fails, rather than end quietly, when its input goes on
/// past `limit` bytes.
pub(crate) struct Capped<R> {
    inner: R,
    left: usize,
}

/// The error [`Capped`] fails with.
#[derive(Debug)]
struct OverCap;

impl std::fmt::Display for OverCap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("input over the page limit")
    }
}

impl std::error::Error for OverCap {}

impl<R: std::io::Read> Capped<R> {
    pub(crate) fn new(inner: R, limit: usize) -> Capped<R> {
        Capped { inner, left: limit }
    }
}

impl<R: std::io::Read> std::io::Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if self.left == 0 {
            return match self.inner.read(&mut [0u8])? {
                0 => Ok(0),
                _ => Err(std::io::Error::other(OverCap)),
            };
        }
        let want = buf.len().min(self.left);
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n;
        Ok(n)
    }
}

/// Turns the error a reader gave on [`Capped`] input into
/// [`ErrorKind::PageTooLarge`]; other errors pass.
pub(crate) fn page_cap(mut err: crate::Error, limit: usize) -> crate::Error {
    let over = |io: &std::io::Error| io.get_ref().is_some_and(|e| e.is::<OverCap>());
    if matches!(&err.kind, ErrorKind::Io(io) if over(io)) {
        err.kind = ErrorKind::PageTooLarge { limit };
    }
    err
}

fn memchr(byte: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == byte)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn find_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        nesting(html.as_bytes()).depth
    }

    #[test]
    fn counts_open_elements_not_void_or_optional_ones() {
        assert_eq!(
            depth("<html><body><div><span>x</span></div></body></html>"),
            2
        );
        assert_eq!(depth("<p>a<p>b<li>c<br><img src=x><hr>"), 0);
        assert_eq!(depth("<div><div><div></div></div></div>"), 3);
        assert_eq!(
            depth("</div></div><div>"),
            1,
            "stray end tags never go below zero"
        );
        assert_eq!(depth(&"<b>".repeat(600)), 600, "unclosed elements nest");
    }

    #[test]
    fn comments_scripts_and_quoted_attributes_hold_no_tags() {
        assert_eq!(depth("<!-- <div><div> --><div></div>"), 1);
        assert_eq!(depth("<script>if (a<b) x='<div><div>'</script><div>"), 1);
        assert_eq!(depth("<SCRIPT>'<div>'</Script ><div>"), 1);
        assert_eq!(depth("<a title='x > <div>' href=\"<div>\">t</a><div>"), 1);
        assert_eq!(depth("<!DOCTYPE html><?xml x?><div>"), 1);
    }

    #[test]
    fn deep_or_heavy_pages_are_refused_normal_ones_pass() {
        let deep = "<div>".repeat(MAX_HTML_DEPTH + 1);
        let err = html(deep.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, ErrorKind::Html(m) if m.contains("nested more than 512")),
            "{err:?}"
        );
        assert!(html("<div>".repeat(MAX_HTML_DEPTH).as_bytes()).is_ok());
        // Chains of 300 levels, each fine alone, add up.
        let chain = format!("{}x{}", "<div>".repeat(300), "</div>".repeat(300));
        let heavy = chain.repeat(100);
        assert!(nesting(heavy.as_bytes()).work > MAX_HTML_WORK);
        assert!(
            matches!(html(heavy.as_bytes()), Err(ErrorKind::Html(m)) if m.contains("element-levels"))
        );
        assert!(html(b"<html><body><p>Text.</p></body></html>").is_ok());
    }

    #[test]
    fn nul_bytes_and_utf16_are_refused() {
        assert!(matches!(html(b"<p>a\0b</p>"), Err(ErrorKind::Binary)));
        assert!(
            matches!(html(b"\xff\xfe<\0p\0>\0"), Err(ErrorKind::Html(m)) if m.contains("UTF-16"))
        );
    }

    #[test]
    fn entity_declarations_in_the_prolog_are_refused() {
        let bomb =
            br#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss/>"#;
        assert!(matches!(xml(bomb), Err(ErrorKind::Feed(m)) if m.contains("<!ENTITY>")));
        let external = br#"<!DOCTYPE r [ <!entity x SYSTEM "file:///etc/passwd"> ]><rss>&x;</rss>"#;
        assert!(xml(external).is_err());
        assert!(xml(br#"<?xml version="1.0"?><!-- <!ENTITY in a comment --><rss/>"#).is_ok());
        assert!(xml(br#"<rss><item><![CDATA[<!ENTITY is text here]]></item></rss>"#).is_ok());
        assert!(xml(br#"<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>"#).is_ok());
    }
}
