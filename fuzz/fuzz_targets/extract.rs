//! Fuzz target: extraction on arbitrary text (pure, must never panic).
#![no_main]

use libfuzzer_sys::fuzz_target;
use storyline_model::Article;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let mut article = Article::from_text(text.to_string());
        article.language = Some("en".into());
        let _ = storyline_extract::extract(&article);
    }
});
