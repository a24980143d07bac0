//! Prints every gazetteer match in the files named on the command line, one
//! per line: `cargo run -p storyline-lexicon --example lexicon_annotate -- FILE...`.

use storyline_lexicon::{Entry, lexicon};

fn main() {
    let lex = lexicon();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for m in lex.find(&text) {
            let what = match &m.entry {
                Entry::Country(i) => format!("country {}", lex.countries()[*i].code),
                Entry::Demonym(i) => format!("demonym {}", lex.countries()[*i].code),
                Entry::Metonym(i) => format!("metonym {}", lex.countries()[*i].code),
                Entry::Org(i) => format!("org {}", lex.orgs()[*i].code),
                Entry::Person(i) => format!("person {}", lex.people()[*i].name),
                Entry::Place(v) => {
                    let p = &lex.places()[v[0]];
                    format!(
                        "place {} {} {} (+{})",
                        p.name,
                        p.country,
                        p.kind.as_str(),
                        v.len() - 1
                    )
                }
            };
            println!("{path}:{}\t{}\t{what}", m.start, &text[m.start..m.end]);
        }
    }
}
