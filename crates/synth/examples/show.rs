//! Prints a few articles: `cargo run -p storyline-synth --example show -- SEED FIRST COUNT`.

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().unwrap_or(0))
        .collect();
    let generator = storyline_synth::Generator::new(*args.first().unwrap_or(&1));
    let first = *args.get(1).unwrap_or(&0);
    for i in first..first + args.get(2).copied().unwrap_or(3) {
        let a = generator.article(i);
        println!(
            "=== #{i} [{:?}/{}] {}\n{}\n{}\n",
            a.topic,
            a.conflict,
            a.title,
            a.url,
            a.to_seed_format()
        );
    }
}
