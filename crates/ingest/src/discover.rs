//! Turns command-line inputs (files, folders, `-`) into a list of sources.

use std::path::{Path, PathBuf};

use crate::Error;

/// How a source's bytes are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article: optional `date YYYY-MM-DD` first line, then text.
    Text,
    /// One JSON object per line: `{"id", "url", "title", "date", "text"}`.
    JsonLines,
    /// An HTML page (possibly gzip-compressed: `.html.gz`).
    Html,
    /// An RSS or Atom feed: one article per item.
    Feed,
    /// Decided from the content (stdin): JSON Lines when it starts with `{`,
    /// HTML when it starts with `<`.
    Sniff,
}

impl Format {
    /// The format a file of this name holds, or `None` when a folder walk
    /// should skip it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" => Some(Format::Text),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "rss" | "atom" | "xml" => Some(Format::Feed),
            _ => None,
        }
    }
}

/// Where a source's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceLocation {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// A web page or feed, fetched over HTTP(S).
    Url(String),
}

/// One input file (or stdin) to read articles from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Where to read.
    pub location: SourceLocation,
    /// How to read it.
    pub format: Format,
    /// Size in bytes when known (0 for stdin), for progress reporting.
    pub size: u64,
}

impl Source {
    /// The path or URL as users wrote it, or `-` for stdin.
    pub fn display(&self) -> String {
        match &self.location {
            SourceLocation::File(path) => path.display().to_string(),
            SourceLocation::Stdin => "-".to_string(),
            SourceLocation::Url(url) => url.clone(),
        }
    }
}

/// The result of walking the inputs.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Sources to read, in a stable order: inputs in the order given,
    /// folder contents sorted by name.
    pub sources: Vec<Source>,
    /// Inputs that do not exist or cannot be listed.
    pub errors: Vec<Error>,
    /// Files inside folders skipped because their type is not an article format.
    pub skipped: Vec<PathBuf>,
}

/// Walks `inputs`: `-` is stdin, `scheme://…` a URL (fetched when read;
/// other schemes than http and https are reported then), a folder is walked recursively (hidden
/// entries and symbolic links to folders are not followed), a file is taken
/// whatever its extension (`.jsonl`/`.ndjson` as JSON Lines, anything else as
/// text).
pub fn discover<P: AsRef<Path>>(inputs: &[P]) -> Discovery {
    let mut found = Discovery::default();
    for input in inputs {
        let path = input.as_ref();
        if let Some(url) = path.to_str().filter(|p| crate::is_url(p)) {
            // Fetched when read; its format is known from the response.
            found.sources.push(Source {
                location: SourceLocation::Url(url.to_string()),
                format: Format::Sniff,
                size: 0,
            });
            continue;
        }
        if path == Path::new("-") {
            found.sources.push(Source {
                location: SourceLocation::Stdin,
                format: Format::Sniff,
                size: 0,
            });
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut found),
            Ok(meta) => found.sources.push(Source {
                location: SourceLocation::File(path.to_path_buf()),
                format: Format::from_path(path).unwrap_or(Format::Text),
                size: meta.len(),
            }),
            Err(err) => found
                .errors
                .push(Error::io(path.display().to_string(), err)),
        }
    }
    found
}

fn walk(dir: &Path, found: &mut Discovery) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => return found.errors.push(Error::io(dir.display().to_string(), err)),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(err) => found.errors.push(Error::io(dir.display().to_string(), err)),
        }
    }
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // symlink_metadata: a link to a folder is not followed (no cycles);
        // a link to a file is read through.
        let Ok(link_meta) = std::fs::symlink_metadata(&path) else {
            found.errors.push(Error::io(
                path.display().to_string(),
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
            continue;
        };
        if link_meta.is_dir() {
            walk(&path, found);
            continue;
        }
        let Some(format) = Format::from_path(&path) else {
            found.skipped.push(path);
            continue;
        };
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {}
            Ok(meta) => found.sources.push(Source {
                location: SourceLocation::File(path),
                format,
                size: meta.len(),
            }),
            Err(err) => found
                .errors
                .push(Error::io(path.display().to_string(), err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_sorted_skipping_hidden_and_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/inner")).unwrap();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::write(root.join("b/inner/z.txt"), "z").unwrap();
        std::fs::write(root.join("a.jsonl"), "{}").unwrap();
        std::fs::write(root.join("c.TXT"), "c").unwrap();
        std::fs::write(root.join(".hidden.txt"), "h").unwrap();
        std::fs::write(root.join(".git/x.txt"), "x").unwrap();
        std::fs::write(root.join("photo.jpg"), "j").unwrap();

        let found = discover(&[root]);
        let names: Vec<String> = found
            .sources
            .iter()
            .map(|s| {
                s.display()
                    .strip_prefix(&root.display().to_string())
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(names, ["/a.jsonl", "/b/inner/z.txt", "/c.TXT"]);
        assert_eq!(found.sources[0].format, Format::JsonLines);
        assert_eq!(found.skipped, [root.join("photo.jpg")]);
        assert!(found.errors.is_empty());
    }

    #[test]
    fn missing_input_is_an_error_naming_it() {
        let found = discover(&["/no/such/article.txt"]);
        assert!(found.sources.is_empty());
        assert_eq!(found.errors.len(), 1);
        let message = found.errors[0].to_string();
        assert!(
            message.starts_with("/no/such/article.txt: cannot read:"),
            "{message}"
        );
    }

    #[test]
    fn explicit_file_of_any_extension_is_read_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.article");
        std::fs::write(&path, "Talks resumed.").unwrap();
        let found = discover(&[&path]);
        assert_eq!(found.sources[0].format, Format::Text);
    }
}
