//! Native throughput of the work behind the JavaScript `parse()`, for `benches/wasm_bench.mjs`.
//!
//! ```text
//! cargo run --release -p baogao-wasm --example native_bench -- tests/corpus/*.txt
//! ```
//!
//! Prints one JSON line: the corpus size, and seconds per pass over the corpus for `parse` alone
//! and for `parse` + UTF-16 span conversion + JSON (what the binding does in wasm).

use baogao::offsets::{convert_report, Unit};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Seconds per pass of `f` over the corpus: the fastest of 10 batches of at least 200 ms each
/// (the minimum is the figure least disturbed by other work on the machine).
fn per_pass(mut f: impl FnMut()) -> f64 {
    for _ in 0..3 {
        f();
    }
    let mut best = f64::INFINITY;
    for _ in 0..10 {
        let start = Instant::now();
        let mut passes = 0u32;
        while start.elapsed() < Duration::from_millis(200) {
            f();
            passes += 1;
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(passes));
    }
    best
}

fn main() -> std::io::Result<()> {
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        texts.push(std::fs::read_to_string(&path)?);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let parse = per_pass(|| {
        for t in &texts {
            black_box(baogao::parse(black_box(t)));
        }
    });
    let parse_json = per_pass(|| {
        for t in &texts {
            let mut r = baogao::parse(black_box(t));
            convert_report(t, &mut r, Unit::Utf16);
            black_box(serde_json::to_string(&r).map(|s| s.len()).unwrap_or(0));
        }
    });
    println!(
        "{{\"files\":{},\"bytes\":{bytes},\"parse_s\":{parse},\"parse_utf16_json_s\":{parse_json}}}",
        texts.len()
    );
    Ok(())
}
