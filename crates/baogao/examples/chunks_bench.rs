//! Time of `baogao::chunks` on the sample reports and the devset (native, in process): parse
//! alone, then parse + chunks, best of 5, and the chunking's own throughput.
//!
//! ```sh
//! cargo run --release -p baogao --example chunks_bench -- [max_chars=500] [repeat=20]
//! ```

use std::time::Instant;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let max_chars = args.first().copied().unwrap_or(500);
    let repeat = args.get(1).copied().unwrap_or(20);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut texts = Vec::new();
    for dir in ["tests/corpus", "tests/devset/texts"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("corpus directory")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        for p in paths {
            texts.push(std::fs::read_to_string(p).expect("UTF-8 text"));
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
    let opts = baogao::ChunkOptions {
        max_chars,
        ..Default::default()
    };
    let reports: Vec<_> = texts.iter().map(|t| baogao::parse(t)).collect();
    let best = |f: &dyn Fn() -> usize| {
        (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let parse = best(&|| {
        (0..repeat)
            .flat_map(|_| texts.iter())
            .map(|t| baogao::parse(t).indicators.len())
            .sum()
    });
    let chunk_only = best(&|| {
        (0..repeat)
            .flat_map(|_| texts.iter().zip(&reports))
            .map(|(t, r)| baogao::chunks(r, t, &opts).len())
            .sum()
    });
    let n: usize = texts
        .iter()
        .zip(&reports)
        .map(|(t, r)| baogao::chunks(r, t, &opts).len())
        .sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} texts x{repeat} = {mb:.1} MB, max_chars {max_chars}: {n} chunks per pass",
        texts.len()
    );
    println!("parse alone:  {parse:.3} s  {:.1} MB/s", mb / parse);
    println!(
        "chunks alone: {chunk_only:.3} s  {:.1} MB/s (on parsed reports)",
        mb / chunk_only
    );
    println!(
        "parse + chunks: {:.3} s  {:.1} MB/s",
        parse + chunk_only,
        mb / (parse + chunk_only)
    );
}
