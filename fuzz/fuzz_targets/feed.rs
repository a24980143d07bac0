//! Fuzz target: the feed reader on arbitrary bytes. Every input must give
//! articles or errors naming the source, never a panic, a hang or a
//! memory blow-up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storyline_ingest::{Config, Format, Source, SourceLocation, read_from};

fuzz_target!(|data: &[u8]| {
    let source = Source {
        location: SourceLocation::File("fuzz.input".into()),
        format: Format::Feed,
        size: data.len() as u64,
    };
    // Small caps, so the fuzzer meets them.
    let config = Config::default()
        .with_max_page_bytes(256 * 1024)
        .with_max_article_bytes(64 * 1024);
    read_from(&source, data, &config, &mut |item| {
        if let Err(err) = item {
            assert!(err.to_string().starts_with("fuzz.input"), "{err}");
        }
    });
});
