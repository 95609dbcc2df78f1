//! The hostile-shape suite, full version: every shape of `tests/hostile/shapes.rs` parsed at two
//! sizes in one process, checking linear time (as a ratio), linear output (the JSON length
//! ratio), the memory bound (peak heap ≤ 4 × input + output, counted by a global allocator as in
//! `scaling.rs`) and losslessness (leaves rebuild the input, indicator text = input at span).
//!
//! ```text
//! cargo run --release -p baogao --example hostile                       # 1 MB and 4 MB
//! cargo run --release -p baogao --example hostile -- --small 250000 --factor 8
//! cargo run --release -p baogao --example hostile -- --shape breaks-cr  # one shape (substring)
//! ```
//!
//! Prints a markdown table and exits 1 when a check fails. The time check allows 1.75 × the
//! size ratio (a quadratic shape gives the square of the ratio); time is the CPU time of the
//! parsing thread (not counting the time other processes held the core), the best of at least 3
//! runs and half a second of runs.

#[path = "../tests/hostile/shapes.rs"]
mod shapes;

#[global_allocator]
static ALLOC: shapes::Counting = shapes::Counting;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let small: usize = arg("--small").map_or(1_000_000, |s| s.parse().expect("--small BYTES"));
    let factor: usize = arg("--factor").map_or(4, |s| s.parse().expect("--factor K"));
    let only = arg("--shape");

    println!("| shape | small (MB) | large (MB) | time small (ms) | time large (ms) | time ratio | MB/s (large) | JSON ratio | JSON ÷ input | indicators (large) | peak ÷ (4×input + output) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut failures = Vec::new();
    for shape in shapes::SHAPES {
        if only
            .as_ref()
            .is_some_and(|o| !shape.name.contains(o.as_str()))
        {
            continue;
        }
        let a = (shape.build)(small);
        let b = (shape.build)(small * factor);
        let ra = shapes::measure(shape.name, &a, 3, 0.5);
        drop(a);
        let rb = shapes::measure(shape.name, &b, 3, 0.5);
        drop(b);
        let v = shapes::judge(shape.name, &ra, &rb, 1.75);
        println!(
            "| {} | {:.2} | {:.2} | {:.1} | {:.1} | {:.2} | {:.1} | {:.2} | {:.2} | {} | {:.2} |",
            shape.name,
            ra.bytes as f64 / 1e6,
            rb.bytes as f64 / 1e6,
            ra.secs * 1e3,
            rb.secs * 1e3,
            v.time_ratio,
            rb.bytes as f64 / 1e6 / rb.secs,
            v.json_ratio,
            rb.json as f64 / rb.bytes as f64,
            rb.indicators,
            v.mem_ratio
        );
        failures.extend(v.failures);
    }
    if failures.is_empty() {
        println!("\nall hostile-shape checks passed (size ratio {factor})");
    } else {
        println!();
        for f in &failures {
            println!("FAILED: {f}");
        }
        std::process::exit(1);
    }
}
