//! Criterion benches over the real-report corpus (tests/corpus/*.txt), in MB/s of UTF-8 input.
//!
//! ```text
//! cargo bench -p baogao --bench parse            # all groups
//! cargo bench -p baogao --bench parse -- full    # one group
//! ```
//!
//! Groups:
//! - `outline`: the outline alone, [`baogao::parse_with`] with `indicators: false`.
//! - `indicators`: [`baogao::indicators`] on the whole text (no outline).
//! - `full`: [`baogao::parse`], and [`baogao::parse_bytes`] (decode + parse) on the same bytes.
//!
//! Each group has one bench per report and one over all reports concatenated (`corpus`).

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// The corpus reports (name, text), sorted by name, plus their concatenation as `corpus`.
fn inputs() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy();
            (
                name.chars().take(3).collect(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    let all = out
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    out.push(("corpus".into(), all));
    out
}

fn configure<M: criterion::measurement::Measurement>(g: &mut BenchmarkGroup<'_, M>) {
    g.sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
}

fn benches(c: &mut Criterion) {
    let inputs = inputs();

    let outline_only = baogao::ParseOptions { indicators: false };
    let mut g = c.benchmark_group("outline");
    configure(&mut g);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name.as_str(), |b| {
            b.iter(|| baogao::parse_with(black_box(text), &outline_only))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("indicators");
    configure(&mut g);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name.as_str(), |b| {
            b.iter(|| baogao::indicators(black_box(text)))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("full");
    configure(&mut g);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name.as_str(), |b| b.iter(|| baogao::parse(black_box(text))));
    }
    let (_, all) = inputs.last().unwrap();
    g.throughput(Throughput::Bytes(all.len() as u64));
    g.bench_function("corpus_bytes", |b| {
        b.iter(|| baogao::parse_bytes(black_box(all.as_bytes())).unwrap())
    });
    g.finish();
}

criterion_group!(parse, benches);
criterion_main!(parse);
