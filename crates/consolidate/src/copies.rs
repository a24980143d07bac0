//! Syndicated copies: near-duplicate article bodies found with MinHash.
//!
//! A body becomes a set of word 4-shingles (lower-cased letters and digits,
//! so punctuation, curly quotes and spacing do not matter). Its
//! [`Signature`] keeps, for each of [`HASHES`] hash functions, the smallest
//! shingle hash; the share of equal slots between two signatures estimates
//! the Jaccard similarity of the shingle sets. Signatures are cut into
//! [`BANDS`] bands: two bodies sharing one whole band are candidates
//! (locality-sensitive hashing), so finding copies costs one lookup per band
//! instead of a comparison with every stored article. A candidate whose
//! estimated similarity reaches [`COPY_THRESHOLD`] is a copy.
//!
//! ```
//! use storyline_consolidate::copies::{Signature, is_copy};
//! let a = Signature::of("Russia and Ukraine agreed on Wednesday to exchange 84 prisoners of war each, negotiators said after a short round of direct talks in Istanbul that produced no breakthrough.");
//! let b = Signature::of("SHARE THIS. Russia and Ukraine agreed on Wednesday to exchange 84 prisoners of war each, negotiators said after a short round of direct talks in Istanbul that produced no breakthrough.");
//! let c = Signature::of("Germany approved a new military aid package for Ukraine worth 500 million euros, mainly air defence, a government spokeswoman said on Thursday in Berlin.");
//! assert!(is_copy(&a, &b));
//! assert!(!is_copy(&a, &c));
//! ```

use rustc_hash::FxHasher;
use std::hash::Hasher;

/// Number of hash functions in a signature.
pub const HASHES: usize = 64;
/// Number of bands for candidate lookup.
pub const BANDS: usize = 16;
/// Rows (hashes) per band.
pub const ROWS: usize = HASHES / BANDS;
/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Estimated Jaccard similarity from which two bodies are copies.
pub const COPY_THRESHOLD: f64 = 0.5;
/// Fewer shingles than this: too short to call anything a copy.
pub const MIN_SHINGLES: usize = 12;

/// A MinHash signature of an article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Smallest hash per function; all `u32::MAX` for an empty body.
    pub mins: [u32; HASHES],
    /// Number of distinct shingles seen (an upper bound with duplicates).
    pub shingles: usize,
}

impl Signature {
    /// The signature of `text`.
    pub fn of(text: &str) -> Signature {
        let words: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut h = FxHasher::default();
                for c in w.chars().flat_map(char::to_lowercase) {
                    h.write_u32(c as u32);
                }
                h.finish()
            })
            .collect();
        let mut mins = [u32::MAX; HASHES];
        let mut shingles = 0;
        for window in words.windows(SHINGLE) {
            shingles += 1;
            let mut base = 0xcbf2_9ce4_8422_2325u64;
            for &w in window {
                base = mix(base ^ w);
            }
            for (i, slot) in mins.iter_mut().enumerate() {
                // One cheap independent-enough hash per slot: remix with
                // the slot number.
                let h = (mix(base ^ SEEDS[i]) >> 32) as u32;
                if h < *slot {
                    *slot = h;
                }
            }
        }
        Signature { mins, shingles }
    }

    /// Estimated Jaccard similarity with `other`.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / HASHES as f64
    }

    /// One key per band: `band index << 56 | hash of the band's rows`.
    /// Equal keys make two bodies candidate copies.
    pub fn band_keys(&self) -> Vec<u64> {
        if self.shingles < MIN_SHINGLES {
            return Vec::new();
        }
        self.mins
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut h = band as u64;
                for &r in rows {
                    h = mix(h ^ u64::from(r));
                }
                ((band as u64) << 56) | (h >> 8)
            })
            .collect()
    }

    /// The signature as bytes (little-endian `u32`s then the shingle count).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HASHES * 4 + 8);
        for m in self.mins {
            out.extend_from_slice(&m.to_le_bytes());
        }
        out.extend_from_slice(&(self.shingles as u64).to_le_bytes());
        out
    }

    /// Reads [`Signature::to_bytes`] back; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != HASHES * 4 + 8 {
            return None;
        }
        let mut mins = [0u32; HASHES];
        for (i, chunk) in bytes[..HASHES * 4].chunks_exact(4).enumerate() {
            mins[i] = u32::from_le_bytes(chunk.try_into().ok()?);
        }
        let shingles = u64::from_le_bytes(bytes[HASHES * 4..].try_into().ok()?) as usize;
        Some(Signature { mins, shingles })
    }
}

/// Whether two bodies are copies of one story.
pub fn is_copy(a: &Signature, b: &Signature) -> bool {
    a.shingles >= MIN_SHINGLES && b.shingles >= MIN_SHINGLES && a.similarity(b) >= COPY_THRESHOLD
}

/// SplitMix64 finaliser.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Per-slot seeds, fixed forever: stored signatures depend on them.
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0u64; HASHES];
    let mut i = 0;
    let mut x = 0x5851_f42d_4c95_7f2du64;
    while i < HASHES {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        seeds[i] = x;
        i += 1;
    }
    seeds
};

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "ISTANBUL, Sept 17 (Meridian) - Russia and Ukraine agreed on Wednesday to \
        exchange 84 prisoners of war each, negotiators said after a short round of direct talks in \
        Istanbul that produced no breakthrough on a ceasefire. The meeting at Ciragan Palace, hosted \
        by Turkey, lasted less than two hours. It came hours after a Russian missile and drone \
        attack on Dnipro killed at least 13 people, according to local authorities. Ukraine had \
        asked for a full and unconditional 30-day ceasefire on land, in the air and at sea.";

    #[test]
    fn a_lightly_edited_repost_is_a_copy() {
        let edited = BODY
            .replace("ISTANBUL, Sept 17 (Meridian) - ", "By staff. ")
            .replace("less than two hours", "under two hours")
            + " Share this article. Read more: Dnipro mourns its dead.";
        let (a, b) = (Signature::of(BODY), Signature::of(&edited));
        assert!(is_copy(&a, &b), "similarity {}", a.similarity(&b));
        // Copies share at least one band, so the lookup finds them.
        let keys = b.band_keys();
        assert!(a.band_keys().iter().any(|k| keys.contains(k)));
    }

    #[test]
    fn a_different_story_on_the_same_topic_is_not_a_copy() {
        let other = "Russian and Ukrainian negotiators met in Istanbul on Wednesday for a second \
            day, officials said, after a deadly missile strike on Dnipro. Kyiv again asked for a \
            30-day truce on land, in the air and at sea, which Moscow rejected, while both sides \
            agreed to swap prisoners of war in the coming days, Turkish mediators said.";
        let (a, b) = (Signature::of(BODY), Signature::of(other));
        assert!(!is_copy(&a, &b), "similarity {}", a.similarity(&b));
    }

    #[test]
    fn short_texts_are_never_copies() {
        let a = Signature::of("Talks resumed.");
        assert!(!is_copy(&a, &a.clone()));
        assert!(a.band_keys().is_empty());
    }

    #[test]
    fn bytes_round_trip() {
        let a = Signature::of(BODY);
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(Signature::from_bytes(b"short"), None);
    }
}
