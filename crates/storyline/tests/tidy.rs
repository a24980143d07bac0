//! Codebase hygiene, checked like rust-analyzer's tidy test: every module
//! says what it is for, and no test is skipped or expected to panic.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|n| n != "target" && n != "fixtures")
            {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn workspace_sources() -> Vec<PathBuf> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    rust_files(&crates, &mut files);
    assert!(files.len() > 10, "found the workspace sources");
    files
}

#[test]
fn every_module_starts_with_a_doc_comment() {
    let missing: Vec<String> = workspace_sources()
        .into_iter()
        .filter(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            !text.trim_start().starts_with("//!")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "modules without a `//!` doc comment: {missing:#?}"
    );
}

#[test]
fn no_ignored_or_should_panic_tests() {
    let needles = [concat!("#[", "ignore"), concat!("#[", "should_panic")];
    for path in workspace_sources() {
        let text = std::fs::read_to_string(&path).unwrap();
        for needle in needles {
            assert!(!text.contains(needle), "{} uses {needle}]", path.display());
        }
    }
}
