//! The language of an article's text, detected offline (whatlang: script,
//! then letter trigrams).
//!
//! Only English articles are extracted, so a wrong "not English" would
//! silently lose an article's events: detection says so only when the text
//! is long enough and whatlang calls its answer reliable. Anything shorter
//! or uncertain counts as English.

/// Fewer letters than this and detection is not trusted (a headline, a
/// feed teaser): the article counts as English.
const MIN_LETTERS: usize = 80;

/// How much of the text is looked at: the start of an article says its
/// language as well as the whole, and long texts stay cheap.
const SAMPLE_BYTES: usize = 4096;

/// The language of `text`: an ISO 639-1 code (`en`, `fr`, `ru`), or the
/// ISO 639-3 code of a language without a two-letter one. `en` when the
/// text is short or detection is unsure.
pub fn detect_language(text: &str) -> &'static str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return "en";
    }
    // Most articles are English; their function words say so in a few
    // microseconds, where whatlang spends about 0.2 ms comparing every
    // language's trigrams.
    if looks_english(sample) {
        return "en";
    }
    match whatlang::detect(sample) {
        Some(info) if info.is_reliable() => two_letter(info.lang().code()),
        _ => "en",
    }
}

/// English function words that are rare words or no words at all in the
/// other languages of the Latin script.
const ENGLISH_WORDS: &[&str] = &[
    "and", "by", "from", "has", "have", "is", "of", "said", "that", "the", "was", "were", "which",
    "will", "with",
];

/// Whether at least one word in ten is one of [`ENGLISH_WORDS`] (English
/// news prose has about one in five; other languages next to none).
fn looks_english(sample: &str) -> bool {
    let mut words = 0usize;
    let mut english = 0usize;
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if word.len() <= 5 && ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(word)) {
            english += 1;
        }
    }
    words > 0 && english * 10 >= words
}

/// The ISO 639-1 code of an ISO 639-3 code whatlang gives, or the code
/// itself when the language has no two-letter code.
fn two_letter(code: &'static str) -> &'static str {
    match code {
        "afr" => "af",
        "aka" => "ak",
        "amh" => "am",
        "ara" => "ar",
        "aze" => "az",
        "bel" => "be",
        "ben" => "bn",
        "bul" => "bg",
        "cat" => "ca",
        "ces" => "cs",
        "dan" => "da",
        "deu" => "de",
        "ell" => "el",
        "eng" => "en",
        "epo" => "eo",
        "est" => "et",
        "fin" => "fi",
        "fra" => "fr",
        "guj" => "gu",
        "heb" => "he",
        "hin" => "hi",
        "hrv" => "hr",
        "hun" => "hu",
        "hye" => "hy",
        "ind" => "id",
        "ita" => "it",
        "jav" => "jv",
        "jpn" => "ja",
        "kan" => "kn",
        "kat" => "ka",
        "khm" => "km",
        "kor" => "ko",
        "lat" => "la",
        "lav" => "lv",
        "lit" => "lt",
        "mal" => "ml",
        "mar" => "mr",
        "mkd" => "mk",
        "mya" => "my",
        "nep" => "ne",
        "nld" => "nl",
        "nob" => "nb",
        "ori" => "or",
        "pan" => "pa",
        "pes" => "fa",
        "pol" => "pl",
        "por" => "pt",
        "ron" => "ro",
        "rus" => "ru",
        "sin" => "si",
        "slk" => "sk",
        "slv" => "sl",
        "sna" => "sn",
        "spa" => "es",
        "srp" => "sr",
        "swe" => "sv",
        "tam" => "ta",
        "tel" => "te",
        "tgl" => "tl",
        "tha" => "th",
        "tuk" => "tk",
        "tur" => "tr",
        "ukr" => "uk",
        "urd" => "ur",
        "uzb" => "uz",
        "vie" => "vi",
        "yid" => "yi",
        "zul" => "zu",
        // Mandarin (cmn) and any language added later keep their
        // three-letter code.
        other => other,
    }
}

/// Whether `code` looks like a language code a record may carry: two or
/// three ASCII letters.
pub(crate) fn is_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_french_and_russian_are_told_apart() {
        let english = "The foreign ministers of both countries met in the capital on Tuesday \
            and agreed to reopen the border crossing for aid convoys, officials said.";
        let french = "Les ministres des affaires étrangères des deux pays se sont réunis mardi \
            dans la capitale et ont convenu de rouvrir le point de passage aux convois d'aide.";
        let russian = "Министры иностранных дел двух стран встретились во вторник в столице и \
            договорились вновь открыть пограничный переход для гуманитарных колонн.";
        assert_eq!(detect_language(english), "en");
        assert_eq!(detect_language(french), "fr");
        assert_eq!(detect_language(russian), "ru");
    }

    #[test]
    fn function_words_tell_english_quickly_and_only_english() {
        assert!(looks_english(
            "The talks were held in the capital, and the delegations said that a deal was near."
        ));
        for other in [
            "Les ministres des affaires étrangères se sont réunis mardi dans la capitale.",
            "Die Außenminister beider Länder trafen sich am Dienstag in der Hauptstadt.",
            "Los ministros de exteriores de ambos países se reunieron el martes en la capital.",
            "Udenrigsministrene fra de to lande mødtes tirsdag i hovedstaden for at tale.",
        ] {
            assert!(!looks_english(other), "{other}");
        }
    }

    #[test]
    fn short_or_unsure_text_counts_as_english() {
        assert_eq!(detect_language("Talks resume."), "en");
        assert_eq!(detect_language("Les négociations reprennent."), "en");
        assert_eq!(detect_language(""), "en");
        assert_eq!(detect_language("1234 5678 — 42%"), "en");
    }

    #[test]
    fn the_sample_ends_on_a_character_boundary() {
        // One ASCII letter, then two-byte letters: byte SAMPLE_BYTES falls
        // inside a letter. Must not panic, whatever the verdict.
        let text = format!("a{}", "é".repeat(SAMPLE_BYTES));
        assert!(!text.is_char_boundary(SAMPLE_BYTES));
        let _ = detect_language(&text);
        assert!(is_code("fr") && is_code("cmn") && !is_code("french") && !is_code("f1"));
    }
}
