//! Past or future? The tense around a temporal expression.
//!
//! The nearest tense cue before the expression wins ("Peskov told reporters
//! on Tuesday" → past; "talks are set to resume on Wednesday" → future);
//! failing that, the nearest cue after it in its own clause ("On Monday the
//! talks will resume"); failing that, the nearest cue further on that is not
//! a reporting verb ("On Monday, Russian forces launched ..., officials
//! said"). News reports mostly the past, so the default is past.

/// How far (in words) to look back, and forward.
const BACK: usize = 20;
const AHEAD: usize = 12;
/// How far (in bytes) to tokenise either side of the expression.
const WINDOW_BYTES: usize = 400;

/// Verbs and particles that, before "to"/"until", move an event forward.
#[rustfmt::skip]
const MOVED: &[&str] = &[
    "postponed", "delayed", "moved", "adjourned", "deferred", "rescheduled", "back", "off",
    "forward", "extended", "prolonged",
];

/// Verbs of attribution: after the expression they report, not date, it.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "said", "says", "told", "added", "reported", "announced", "stated", "confirmed", "wrote",
    "tweeted", "posted", "claimed", "according",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// Whether the expression at `start..end` of `s` is read as future; `low`
/// is `s` ASCII-lowercased.
pub(super) fn is_future(s: &str, low: &str, start: usize, end: usize) -> bool {
    // Only words near the expression matter; the window keeps huge
    // "sentences" (unsplit tables, feeds) linear.
    let words = words(
        s,
        start.saturating_sub(WINDOW_BYTES),
        end.saturating_add(WINDOW_BYTES),
    );
    let before = words.iter().take_while(|w| w.1 <= start).count();
    // "postponed to Friday", "pushed back until March".
    let (w1, w2) = (
        word(low, &words, before.wrapping_sub(1)),
        word(low, &words, before.wrapping_sub(2)),
    );
    if matches!(w1, "to" | "until" | "till") && MOVED.contains(&w2) {
        return true;
    }
    for i in (before.saturating_sub(BACK)..before).rev() {
        if let Some(t) = cue(s, low, &words, i) {
            return t == Tense::Future;
        }
    }
    let after = words.iter().position(|w| w.0 >= end).unwrap_or(words.len());
    let ahead = after..words.len().min(after + AHEAD);
    let mut gap_start = end;
    for i in ahead.clone() {
        let Some(&(a, _)) = words.get(i) else { break };
        if s.get(gap_start..a).is_some_and(|gap| gap.contains(BREAKS)) {
            break;
        }
        if let Some(t) = cue(s, low, &words, i) {
            return t == Tense::Future;
        }
        gap_start = words.get(i).map_or(a, |w| w.1);
    }
    for i in ahead {
        if REPORTING.contains(&word(low, &words, i)) {
            continue;
        }
        if let Some(t) = cue(s, low, &words, i) {
            return t == Tense::Future;
        }
    }
    false
}

/// Punctuation that ends a clause.
const BREAKS: &[char] = &[',', ';', ':', '—', '–', '"', '“', '”', '(', ')'];

/// Whether a superlative, "first" or a negation precedes `start`: "the
/// first talks in three years", "the heaviest attack in two years".
pub(super) fn superlative_before(low: &str, start: usize) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "first", "last", "worst", "best", "most", "least", "biggest", "largest", "highest",
        "lowest", "deadliest", "heaviest", "longest", "strongest", "fewest", "fastest", "sharpest",
        "steepest", "greatest", "smallest", "weakest", "bloodiest", "fiercest", "closest", "not",
        "never", "no", "since",
    ];
    words(low, start.saturating_sub(WINDOW_BYTES), start)
        .iter()
        .any(|&(a, b)| {
            let w = low.get(a..b).unwrap_or("");
            WORDS.contains(&w) || w.ends_with("n't") || w.ends_with("n’t")
        })
}

/// Byte ranges of the words of `s` between bytes `lo` and `hi`: ASCII
/// letters, with apostrophes between letters ("didn't", "won’t").
fn words(s: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let b = b.get(..hi.min(b.len())).unwrap_or(b);
    let mut out = Vec::with_capacity(b.len().saturating_sub(lo) / 5);
    let mut i = lo;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            let apostrophe = match b.get(i..i + 3).or_else(|| b.get(i..i + 1)) {
                Some([b'\'', ..]) => 1,
                Some([0xE2, 0x80, 0x99]) => 3,
                _ => 0,
            };
            if apostrophe > 0 && b.get(i + apostrophe).is_some_and(u8::is_ascii_alphabetic) {
                i += apostrophe;
            } else {
                break;
            }
        }
        out.push((start, i));
    }
    out
}

fn word<'s>(s: &'s str, words: &[(usize, usize)], i: usize) -> &'s str {
    words.get(i).and_then(|&(a, b)| s.get(a..b)).unwrap_or("")
}

/// Words that point to the future.
#[rustfmt::skip]
fn future_word(w: &str) -> bool {
    matches!(
        w,
        "will" | "shall" | "would" | "won't" | "won’t" | "upcoming" | "forthcoming" | "scheduled"
        | "slated" | "planned" | "plans" | "planning" | "expected" | "expects" | "expect"
        | "intends" | "intend" | "aims" | "ahead" | "await" | "awaits" | "awaiting" | "prepare"
        | "prepares" | "preparing" | "tomorrow"
        // Present tense of schedules: "voting ends on Sunday".
        | "ends" | "begins" | "starts" | "opens" | "closes" | "expires" | "resumes" | "convenes"
    )
}

/// Past-tense verbs and other words that point to the past.
#[rustfmt::skip]
fn past_word(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "had" | "did" | "didn't" | "didn’t" | "said" | "told" | "ago" | "yesterday"
        | "last" | "struck" | "hit" | "met" | "began" | "came" | "went" | "took" | "made" | "gave"
        | "held" | "fled" | "fought" | "shot" | "saw" | "spoke" | "wrote" | "sent" | "led" | "left"
        | "lost" | "won" | "fell" | "broke" | "brought" | "thought" | "found" | "rose" | "drove"
        | "flew" | "ran" | "sought" | "stood" | "chose" | "knew" | "got" | "overran" | "shelled"
        | "hid" | "swept" | "spent" | "tore" | "blew" | "threw" | "withdrew" | "undertook"
        | "overtook" | "became" | "heard" | "meant" | "paid" | "laid" | "slew" | "sank" | "stole"
        | "woke" | "froze" | "bore" | "burnt" | "dealt" | "felt" | "kept" | "sold" | "swore"
        | "wept"
    )
}

/// Verbs that after "to" point to the future ("agreed to meet").
#[rustfmt::skip]
fn to_verb(w: &str) -> bool {
    matches!(
        w,
        "meet" | "hold" | "resume" | "visit" | "sign" | "travel" | "start" | "begin" | "vote"
        | "attend" | "host" | "discuss" | "return" | "launch" | "continue" | "take" | "hear"
        | "decide" | "open" | "announce" | "deliver" | "present" | "review" | "address" | "convene"
        | "consider" | "be" | "arrive" | "fly" | "speak" | "receive" | "sit" | "brief" | "finalise"
        | "finalize" | "conclude" | "reopen" | "unveil" | "release" | "publish" | "debate"
        | "approve" | "hand" | "go" | "come"
    )
}

/// Words after "due to" that make it causal ("due to the attack").
#[rustfmt::skip]
fn causal_after_due_to(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "these" | "those"
        | "heavy" | "bad" | "security" | "ongoing" | "continued" | "poor" | "lack"
    )
}

/// Words in -ed that are not past tenses.
#[rustfmt::skip]
fn not_a_past(w: &str) -> bool {
    matches!(
        w,
        "indeed" | "proceed" | "succeed" | "exceed" | "hundred" | "kindred" | "sacred" | "naked"
        | "wicked" | "rugged" | "armed" | "united" | "based" | "related" | "limited" | "detailed"
        | "advanced" | "supposed" | "alleged" | "proposed" | "unprecedented" | "embed" | "breed"
        | "greed" | "speed" | "need" | "so-called" | "interested" | "concerned" | "worried"
        | "tired" | "scared" | "displaced" | "wounded" | "injured" | "disputed" | "occupied"
        | "contested" | "besieged"
    )
}

/// The tense word `i` signals, if any.
fn cue(s: &str, low: &str, words: &[(usize, usize)], i: usize) -> Option<Tense> {
    let w = word(low, words, i);
    let next = word(low, words, i + 1);
    let lower_start = word(s, words, i)
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_lowercase());
    if future_word(w) || w.ends_with("'ll") || w.ends_with("’ll") {
        return Some(Tense::Future);
    }
    match w {
        "next" if next != "to" => return Some(Tense::Future),
        "set" if next == "to" || next == "for" => return Some(Tense::Future),
        "going" if next == "to" => return Some(Tense::Future),
        "to" if to_verb(next) => return Some(Tense::Future),
        "due" => {
            let after = word(low, words, i + 2);
            let causal = next == "to" && causal_after_due_to(after);
            return (!causal).then_some(Tense::Future);
        }
        "is" | "are" | "am" | "was" | "were" if next == "to" => return Some(Tense::Future),
        "is" | "are" | "am" if next.ends_with("ing") && next.len() > 5 => {
            return Some(Tense::Future);
        }
        _ => {}
    }
    let ed = lower_start && w.len() >= 5 && w.ends_with("ed") && !not_a_past(w);
    if !(ed || past_word(w)) {
        return None;
    }
    // A participle after "be" ("will be held") says nothing: read on.
    let prev = i.checked_sub(1).map(|p| word(low, words, p));
    let passive = matches!(prev, Some("be" | "being" | "get"));
    (!passive).then_some(Tense::Past)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fut(s: &str, expr: &str) -> bool {
        let start = s.find(expr).unwrap();
        is_future(s, &s.to_ascii_lowercase(), start, start + expr.len())
    }

    #[test]
    fn nearest_cue_decides() {
        assert!(fut(
            "Talks are set to resume on Wednesday, officials said.",
            "on Wednesday"
        ));
        assert!(!fut(
            "Peskov told reporters on Tuesday that talks will resume.",
            "on Tuesday"
        ));
        assert!(fut(
            "Peskov said on Tuesday that talks will resume on Friday.",
            "on Friday"
        ));
        assert!(!fut(
            "On Monday, Russian forces launched drones.",
            "On Monday"
        ));
        assert!(fut("On Monday, the delegations will meet.", "On Monday"));
        assert!(!fut("Russian missiles struck Kyiv on Monday.", "on Monday"));
        assert!(fut("The summit is due to open on Friday.", "on Friday"));
        assert!(!fut(
            "Flights were halted due to the attack on Friday.",
            "on Friday"
        ));
        assert!(!fut("Nothing on Friday", "on Friday"));
    }

    #[test]
    fn superlatives() {
        let s = "the first talks in three years";
        assert!(superlative_before(s, s.find("in three").unwrap()));
        assert!(!superlative_before("they will meet in two days", 15));
    }
}
