//! A fixed workload for profilers: parse the corpus (tests/corpus/*.txt) repeated N times.
//!
//! ```text
//! cargo build --release -p baogao --example profile
//! valgrind --tool=callgrind target/release/examples/profile 20 full     # or: outline
//! ```
//!
//! Prints the bytes parsed, the wall time and MB/s of the best of three passes (the first pass is
//! included: under callgrind one pass is enough, pass `1` as the third argument).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let times: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let full = args.next().as_deref() != Some("outline");
    let passes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let docs: Vec<String> = names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("utf-8 report"))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum::<usize>() * times;
    let options = baogao::ParseOptions { indicators: full };
    let mut best = f64::INFINITY;
    let mut found = 0;
    for _ in 0..passes {
        let start = Instant::now();
        found = 0;
        for _ in 0..times {
            for doc in &docs {
                found += baogao::parse_with(doc, &options).indicators.len();
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} bytes, {} indicators, best {:.4} s, {:.1} MB/s ({})",
        bytes,
        found,
        best,
        bytes as f64 / best / 1e6,
        if full { "full" } else { "outline" }
    );
}
