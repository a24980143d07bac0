//! Writing a generated corpus to disk, in parallel.
//!
//! Plain text goes to `DIR/NNNN/NNNNNNN.txt`, 1000 articles per folder;
//! JSON Lines to `DIR/part-NNNN.jsonl`, 10,000 records per file. Work is split
//! by folder or part file across threads; the output does not depend on the
//! number of threads.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::Generator;

/// Articles per sub-folder in the text layout.
pub const TXT_PER_DIR: u64 = 1000;
/// Records per file in the JSON Lines layout.
pub const JSONL_PER_FILE: u64 = 10_000;

/// On-disk format of a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One seed-format `.txt` file per article.
    Txt,
    /// JSON Lines part files.
    Jsonl,
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "txt" => Ok(Format::Txt),
            "jsonl" => Ok(Format::Jsonl),
            other => Err(format!("unknown format {other:?} (expected txt or jsonl)")),
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorpusStats {
    /// Articles written.
    pub articles: u64,
    /// Files written.
    pub files: u64,
    /// Bytes written.
    pub bytes: u64,
}

/// Writes articles `0..count` of `generator` under `dir` (created if needed)
/// using up to `threads` threads (at least one).
pub fn write_corpus(
    generator: &Generator,
    count: u64,
    format: Format,
    dir: &Path,
    threads: usize,
) -> io::Result<CorpusStats> {
    fs::create_dir_all(dir)?;
    let per_chunk = match format {
        Format::Txt => TXT_PER_DIR,
        Format::Jsonl => JSONL_PER_FILE,
    };
    let chunks = count.div_ceil(per_chunk);
    let next = AtomicU64::new(0);
    let bytes = AtomicU64::new(0);
    let files = AtomicU64::new(0);
    let threads = threads.clamp(1, chunks.max(1) as usize);
    std::thread::scope(|scope| -> io::Result<()> {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> io::Result<()> {
                    loop {
                        let chunk = next.fetch_add(1, Ordering::Relaxed);
                        if chunk >= chunks {
                            return Ok(());
                        }
                        let start = chunk * per_chunk;
                        let end = (start + per_chunk).min(count);
                        let (b, f) = match format {
                            Format::Txt => write_txt_chunk(generator, dir, chunk, start..end)?,
                            Format::Jsonl => write_jsonl_chunk(generator, dir, chunk, start..end)?,
                        };
                        bytes.fetch_add(b, Ordering::Relaxed);
                        files.fetch_add(f, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        for worker in workers {
            worker
                .join()
                .map_err(|_| io::Error::other("corpus writer thread panicked"))??;
        }
        Ok(())
    })?;
    Ok(CorpusStats {
        articles: count,
        files: files.into_inner(),
        bytes: bytes.into_inner(),
    })
}

fn write_txt_chunk(
    generator: &Generator,
    dir: &Path,
    chunk: u64,
    range: std::ops::Range<u64>,
) -> io::Result<(u64, u64)> {
    let sub = dir.join(format!("{chunk:04}"));
    fs::create_dir_all(&sub)?;
    let (mut bytes, mut files) = (0, 0);
    for index in range {
        let text = generator.article(index).to_seed_format();
        fs::write(sub.join(format!("{index:07}.txt")), &text)?;
        bytes += text.len() as u64;
        files += 1;
    }
    Ok((bytes, files))
}

fn write_jsonl_chunk(
    generator: &Generator,
    dir: &Path,
    chunk: u64,
    range: std::ops::Range<u64>,
) -> io::Result<(u64, u64)> {
    let mut out = BufWriter::with_capacity(
        1 << 20,
        File::create(dir.join(format!("part-{chunk:04}.jsonl")))?,
    );
    let mut bytes = 0;
    for index in range {
        let line = generator.article(index).to_jsonl();
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        bytes += line.len() as u64 + 1;
    }
    out.flush()?;
    Ok((bytes, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_and_thread_independence() {
        let generator = Generator::new(3);
        let one = tempfile::tempdir().unwrap();
        let four = tempfile::tempdir().unwrap();
        let a = write_corpus(&generator, 2500, Format::Txt, one.path(), 1).unwrap();
        let b = write_corpus(&generator, 2500, Format::Txt, four.path(), 4).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.files, 2500);
        let last = fs::read_to_string(one.path().join("0002/0002499.txt")).unwrap();
        assert_eq!(last, generator.to_seed_format(2499));
        assert!(!one.path().join("0003").exists());

        let j = tempfile::tempdir().unwrap();
        let s = write_corpus(&generator, 12, Format::Jsonl, j.path(), 2).unwrap();
        assert_eq!(s.files, 1);
        let part = fs::read_to_string(j.path().join("part-0000.jsonl")).unwrap();
        assert_eq!(part.lines().count(), 12);
        assert_eq!(part.len() as u64, s.bytes);
        assert_eq!("jsonl".parse::<Format>(), Ok(Format::Jsonl));
        assert!("csv".parse::<Format>().is_err());
    }
}
