//! Size statistics of a corpus: `cargo run --release -p storyline-synth --example stats -- SEED COUNT`.

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().unwrap_or(0))
        .collect();
    let generator = storyline_synth::Generator::new(*args.first().unwrap_or(&1));
    let n = args.get(1).copied().unwrap_or(10_000);
    let start = std::time::Instant::now();
    let mut sizes: Vec<usize> = (0..n)
        .map(|i| generator.article(i).to_seed_format().len())
        .collect();
    let elapsed = start.elapsed();
    sizes.sort_unstable();
    let total: usize = sizes.iter().sum();
    let pct = |p: usize| sizes[(sizes.len() - 1) * p / 100];
    println!(
        "{n} articles in {elapsed:.2?}: mean {} B, min {}, p5 {}, p50 {}, p95 {}, p99 {}, max {}, >10KB {}, <800 {}",
        total / sizes.len(),
        sizes[0],
        pct(5),
        pct(50),
        pct(95),
        pct(99),
        sizes[sizes.len() - 1],
        sizes.iter().filter(|&&s| s > 10_000).count(),
        sizes.iter().filter(|&&s| s < 800).count(),
    );
}
