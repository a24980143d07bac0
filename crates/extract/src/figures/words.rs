//! Closed word lists the figure rules consult: bound phrases, currencies,
//! months and the small function words that end or join a noun phrase.
//!
//! What a figure *counts* is not here but in `data/figure_kinds.tsv`.

use storyline_model::Bound;

use super::lex::Cx;

/// Phrases written before a number and the bound they give. Longest match
/// wins ("no more than" before "more than").
pub(super) const BOUNDS: &[(&[&str], Bound)] = &[
    (&["more", "than"], Bound::MoreThan),
    (&["well", "over"], Bound::MoreThan),
    (&["over"], Bound::MoreThan),
    (&["in", "excess", "of"], Bound::MoreThan),
    (&["upwards", "of"], Bound::MoreThan),
    (&["greater", "than"], Bound::MoreThan),
    (&["above"], Bound::MoreThan),
    (&["well", "above"], Bound::MoreThan),
    (&["at", "least"], Bound::AtLeast),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["not", "less", "than"], Bound::AtLeast),
    (&["not", "fewer", "than"], Bound::AtLeast),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["some"], Bound::About),
    (&["roughly"], Bound::About),
    (&["approximately"], Bound::About),
    (&["nearly"], Bound::About),
    (&["almost"], Bound::About),
    (&["an", "estimated"], Bound::About),
    (&["estimated"], Bound::About),
    (&["close", "to"], Bound::About),
    (&["just", "under"], Bound::About),
    (&["just", "over"], Bound::About),
    (&["just", "shy", "of"], Bound::About),
    (&["circa"], Bound::About),
    (&["approx"], Bound::About),
    (&["up", "to"], Bound::AtMost),
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["at", "most"], Bound::AtMost),
    (&["no", "more", "than"], Bound::AtMost),
    (&["not", "more", "than"], Bound::AtMost),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["less", "than"], Bound::LessThan),
    (&["fewer", "than"], Bound::LessThan),
    (&["under"], Bound::LessThan),
    (&["below"], Bound::LessThan),
    (&["well", "under"], Bound::LessThan),
    (&["well", "below"], Bound::LessThan),
];

/// The bound phrase ending just before token `i`: its bound and first token.
pub(super) fn bound_before(cx: &Cx, i: usize) -> Option<(Bound, usize)> {
    // Most numbers have no bound: only the last word of a phrase can start one.
    let last = cx.word(i.checked_sub(1)?)?;
    if !BOUNDS.iter().any(|(words, _)| words.last() == Some(&last)) {
        return None;
    }
    let mut best: Option<(Bound, usize)> = None;
    for (words, bound) in BOUNDS {
        let Some(first) = i.checked_sub(words.len()) else {
            continue;
        };
        let hit = words.iter().enumerate().all(|(k, w)| cx.is(first + k, w));
        let particle = *words == ["over"] && first > 0 && cx.is_in(first - 1, HANDED);
        if hit && !particle && best.is_none_or(|(_, s)| first < s) {
            best = Some((*bound, first));
        }
    }
    best
}

/// Verbs whose particle "over" is no bound ("handed over 84 captives").
const HANDED: &[&str] = &[
    "handed", "hand", "hands", "handing", "turned", "turn", "turning", "took", "take", "taking",
    "taken", "passed", "won", "signed", "left", "fought",
];

/// Currency signs written before a number and their ISO 4217 codes.
pub(super) fn currency_sign(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₴' => "UAH",
        '₽' => "RUB",
        '₪' => "ILS",
        '₹' => "INR",
        _ => return None,
    })
}

/// Codes written as words ("USD 300 million", "300 million EUR").
pub(super) const CODES: &[&str] = &[
    "usd", "eur", "gbp", "uah", "rub", "ils", "jpy", "cny", "inr", "chf", "sdg", "egp", "htg",
    "mmk", "cdf", "xof", "yer", "sar", "aed", "try", "ngn", "zar",
];

/// Currency names written after a number ("500 million euros").
pub(super) const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnas", "UAH"),
    ("hryvnya", "UAH"),
    ("hryvnyas", "UAH"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("gourdes", "HTG"),
    ("kyat", "MMK"),
    ("riyals", "SAR"),
    ("dirhams", "AED"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
];

/// Adjective + currency name pairs that change the code ("Sudanese pounds").
pub(super) const CURRENCY_PAIRS: &[(&str, &str, &str)] = &[
    ("sudanese", "pounds", "SDG"),
    ("egyptian", "pounds", "EGP"),
    ("lebanese", "pounds", "LBP"),
    ("syrian", "pounds", "SYP"),
    ("canadian", "dollars", "CAD"),
    ("australian", "dollars", "AUD"),
    ("us", "dollars", "USD"),
    ("american", "dollars", "USD"),
    ("congolese", "francs", "CDF"),
    ("cfa", "francs", "XOF"),
    ("swiss", "francs", "CHF"),
    ("yemeni", "rials", "YER"),
    ("iranian", "rials", "IRR"),
    ("turkish", "lira", "TRY"),
];

/// Month names and abbreviations (matched only when capitalised, so the verb
/// "may" and "march" stay words).
#[rustfmt::skip]
pub(super) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Whether token `i` is a capitalised month name.
pub(super) fn is_month(cx: &Cx, i: usize) -> bool {
    cx.capitalized(i) && cx.is_in(i, MONTHS)
}

/// Words that make the number after them an age ("aged 12").
pub(super) const AGE: &[&str] = &["aged", "age", "ages"];

/// Labels whose number is an identifier, not a count ("Resolution 2334").
#[rustfmt::skip]
pub(super) const LABELS: &[&str] = &[
    "resolution", "resolutions", "article", "articles", "section", "paragraph", "chapter", "clause",
    "number", "route", "highway", "motorway", "flight", "platform", "gate", "room", "page", "pages",
    "level", "phase", "round", "version", "unit", "ward", "sector", "zone", "district", "terminal",
    "line", "channel", "item", "category", "grade", "code", "model", "protocol", "decree", "law",
    "covid",
];

/// Words after which a four-digit number is a year ("since 2022").
#[rustfmt::skip]
pub(super) const YEAR_PREP: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "before", "after", "during", "early", "late",
    "mid", "through", "throughout", "year", "summer", "winter", "spring", "autumn", "end",
];

/// Words after a number that make it a clock time ("3 p.m." is handled apart).
#[rustfmt::skip]
pub(super) const CLOCK: &[&str] = &[
    "am", "pm", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "pst",
    "pdt", "hrs", "o'clock", "o’clock",
];

/// Street-type words: "12 Khreshchatyk Street" is an address.
#[rustfmt::skip]
pub(super) const STREET: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "square",
    "prospekt", "drive",
];

/// Verbs of change: "rose from 12 to 14" is not a range.
#[rustfmt::skip]
pub(super) const CHANGE: &[&str] = &[
    "rose", "risen", "rising", "climbed", "increased", "jumped", "grew", "fell", "dropped",
    "declined", "up", "down", "revised", "raised", "soared",
];

/// Words linking a toll to its number ("the death toll rose to 14").
#[rustfmt::skip]
pub(super) const LINK: &[&str] = &[
    "to", "at", "of", "reached", "hit", "passed", "exceeded", "surpassed", "topped", "stood",
    "stands", "is", "was", "now", "totalled", "totaled", "numbered",
];

/// Words that may sit between a counted noun and its participle
/// ("20 people *were* injured", "two children *were among the* dead").
#[rustfmt::skip]
pub(super) const AUX: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "reportedly", "also",
    "still", "all", "both", "later", "subsequently", "then", "now", "seriously", "critically",
    "badly", "slightly", "lightly", "severely", "mortally", "fatally", "among", "the", "those",
    "believed", "feared", "thought", "confirmed", "reported", "said", "listed", "as", "remain",
    "remained", "remains", "allegedly", "apparently", "to", "who", "that", "got", "initially",
    "officially", "forced", "left", "either", "each", "may", "might", "could", "would", "will",
    "more",
];

/// Words that start the object of an active verb ("killed *the* mayor",
/// "killed *at least* nine").
#[rustfmt::skip]
pub(super) const OBJECT: &[&str] = &[
    "the", "at", "more", "some", "about", "over", "up", "nearly", "almost", "around", "his", "her",
    "their", "its", "our", "him", "them", "us", "me", "dozens", "hundreds", "thousands", "scores",
    "several", "many", "most", "all", "two", "an", "a", "as", "no", "roughly",
];

/// Words that end a noun phrase after a number.
#[rustfmt::skip]
pub(super) const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but",
    "nor", "that", "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been",
    "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can",
    "must", "said", "says", "say", "they", "them", "their", "it", "its", "he", "she", "his", "her",
    "we", "our", "you", "i", "this", "these", "those", "there", "here", "when", "where", "while",
    "as", "than", "after", "before", "during", "since", "until", "into", "onto", "over", "under",
    "about", "around", "per", "each", "every", "including", "across", "against", "between", "among",
    "if", "so", "not", "no", "all", "only", "just", "also", "up", "out", "off", "down", "less",
    "fewer", "remains", "includes", "seems", "means", "did", "do", "does", "got", "get", "whereas",
    "unless", "towards", "afterwards", "always", "perhaps", "besides", "news", "needs", "faces",
    "wants", "makes", "takes", "gives", "goes", "comes", "looks", "holds", "keeps", "calls",
    "shows", "plans", "hopes", "believes", "knows", "thinks", "tells", "asks", "seeks", "lies",
    "stands", "runs", "works",
];

/// Pronouns and determiners after "of" in a partitive ("six of the missiles").
pub(super) const PARTITIVE: &[&str] = &[
    "the", "them", "those", "these", "its", "their", "our", "his", "her", "which", "whom", "all",
];

/// Words in a sentence that show a prisoner exchange ("84 each").
pub(super) const EXCHANGE: &[&str] = &["swap", "exchang", "prisoner", "pows", "captive"];

/// Whether lower-case word `w` looks like a plural noun.
pub(super) fn looks_plural(w: &str) -> bool {
    w.len() >= 4
        && w.is_ascii()
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.contains('\'')
        && !is_stop(w)
}

/// Whether lower-case word `w` is in [`STOP`] (a hash set built once).
pub(super) fn is_stop(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| STOP.iter().copied().collect());
    SET.contains(w)
}
