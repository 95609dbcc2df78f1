//! Scaling check: does `baogao::parse` stay linear in time and bounded in memory?
//!
//! ```text
//! cargo run --release -p baogao --example scaling            # all cases, markdown table
//! cargo run --release -p baogao --example scaling -- --quick # up to 10 MB only
//! cargo run --release -p baogao --example scaling -- --case corpus-1MB   # one case
//! cargo run --release -p baogao --example scaling -- --files a.txt b.txt  # time parse on files
//! ```
//!
//! `--files` (used by benches/peers/run.py) reads the files, then times one `baogao::parse` of
//! each, in process, and prints `<bytes>\t<seconds>`.
//!
//! Inputs: the real-report corpus (tests/corpus/*.txt) concatenated and repeated to 10 KB, 1 MB,
//! 10 MB and 100 MB, and three pathological inputs: a single 10 MB line without punctuation,
//! 100,000 headings, and 1,000,000 numbers.
//!
//! Each case runs in a child process (this program re-executed with `--case`), so that the
//! process's peak resident memory (VmHWM) belongs to that case alone. Heap use during the parse
//! is also counted exactly by a counting global allocator.
//!
//! Checks (exit status 1 when one fails):
//! - time grows linearly: the 100 MB parse takes at most 12× the 10 MB parse;
//! - memory: peak heap (the input plus everything allocated during the parse) stays under
//!   4 × the input + the output (the heap the returned `Report` holds).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const KB: usize = 1000;
const MB: usize = 1000 * KB;

/// The cases, in table order.
const CASES: &[&str] = &[
    "corpus-10KB",
    "corpus-1MB",
    "corpus-10MB",
    "corpus-100MB",
    "one-line-10MB",
    "headings-100k",
    "numbers-1M",
];

fn corpus() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The corpus repeated up to `size` bytes, cut at the last line break before `size`.
fn corpus_of(size: usize) -> String {
    let one = corpus() + "\n\n";
    let mut s = String::with_capacity(size + one.len());
    while s.len() < size {
        s.push_str(&one);
    }
    let cut = s.as_bytes()[..size]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    s.truncate(cut);
    s
}

/// Builds the input of a case.
fn input(case: &str) -> String {
    match case {
        "corpus-10KB" => corpus_of(10 * KB),
        "corpus-1MB" => corpus_of(MB),
        "corpus-10MB" => corpus_of(10 * MB),
        "corpus-100MB" => corpus_of(100 * MB),
        "one-line-10MB" => {
            // Text, digits and units, but no punctuation and no line break at all.
            let piece = "依法行政工作全年立案94件行政罚款208万元执法检查2345家次";
            piece.repeat(10 * MB / piece.len())
        }
        "headings-100k" => {
            let mut s = String::new();
            for i in 1..=100_000u32 {
                match i % 4 {
                    0 => s.push_str(&format!("{}、加强组织领导\n", i / 4)),
                    1 => s.push_str(&format!("({})完善工作机制\n", i % 97 + 1)),
                    2 => s.push_str(&format!("{}.落实执法责任\n", i % 13 + 1)),
                    _ => s.push_str("(一)(二)(一)推进依法决策\n"),
                }
            }
            s
        }
        "numbers-1M" => {
            let mut s = String::new();
            for i in 0..1_000_000u32 {
                s.push_str(&format!(
                    "立案{}件，",
                    i.wrapping_mul(2_654_435_761) % 100_000
                ));
                if i % 50 == 49 {
                    s.push_str("罚款12.5万元。\n");
                }
            }
            s
        }
        other => panic!("unknown case {other}"),
    }
}

/// What a child reports for its case.
struct Measured {
    bytes: usize,
    secs: f64,
    runs: usize,
    peak_heap: usize,
    output_heap: usize,
    hwm_kb: usize,
    headings: usize,
    indicators: usize,
}

fn vm_hwm_kb() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Runs one case in this process and prints its measurements on one line.
fn run_case(case: &str) {
    let text = input(case);
    // Memory: one parse, counting the heap from just before it (the input is already live).
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let report = baogao::parse(&text);
    let peak_heap = PEAK.load(Relaxed) - before + text.len();
    let output_heap = LIVE.load(Relaxed) - before;
    let (headings, indicators) = (report.headings().len(), report.indicators.len());
    drop(report);
    // Time: the best of several runs (at least 3, and at least one second in all).
    let (mut best, mut runs, started) = (Duration::MAX, 0, Instant::now());
    while runs < 3 || (started.elapsed() < Duration::from_secs(1) && runs < 10_000) {
        let t = Instant::now();
        let r = baogao::parse(std::hint::black_box(&text));
        best = best.min(t.elapsed());
        drop(std::hint::black_box(r));
        runs += 1;
    }
    println!(
        "{case}\t{}\t{}\t{runs}\t{peak_heap}\t{output_heap}\t{}\t{headings}\t{indicators}",
        text.len(),
        best.as_secs_f64(),
        vm_hwm_kb()
    );
}

/// Times one parse of each file (read beforehand), for run.py's in-process figure.
fn time_files(paths: &[String]) {
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    let t = Instant::now();
    for text in &texts {
        std::hint::black_box(baogao::parse(std::hint::black_box(text)));
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{}\t{secs}", texts.iter().map(String::len).sum::<usize>());
}

fn child(case: &str) -> Measured {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--case", case])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "case {case} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = String::from_utf8(out.stdout).unwrap();
    let f: Vec<&str> = line.trim().split('\t').collect();
    let n = |i: usize| f[i].parse::<usize>().unwrap();
    Measured {
        bytes: n(1),
        secs: f[2].parse().unwrap(),
        runs: n(3),
        peak_heap: n(4),
        output_heap: n(5),
        hwm_kb: n(6),
        headings: n(7),
        indicators: n(8),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        run_case(&args[i + 1]);
        return;
    }
    if args.first().is_some_and(|a| a == "--files") {
        time_files(&args[1..]);
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let cases: Vec<&str> = CASES
        .iter()
        .copied()
        .filter(|c| !quick || *c != "corpus-100MB")
        .collect();

    println!("| input | size (MB) | best time (ms) | runs | MB/s | peak heap (MB) | output (MB) | peak ÷ (4×input + output) | max RSS (MB) | headings | indicators |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut failed = Vec::new();
    let mut times = std::collections::HashMap::new();
    for case in cases {
        let m = child(case);
        let mb = m.bytes as f64 / MB as f64;
        let bound = 4 * m.bytes + m.output_heap;
        let mem_ratio = m.peak_heap as f64 / bound as f64;
        if mem_ratio > 1.0 {
            failed.push(format!(
                "{case}: peak heap {} B > 4×input + output = {bound} B",
                m.peak_heap
            ));
        }
        times.insert(case, m.secs);
        println!(
            "| {case} | {mb:.3} | {:.3} | {} | {:.1} | {:.1} | {:.1} | {mem_ratio:.2} | {:.1} | {} | {} |",
            m.secs * 1e3,
            m.runs,
            mb / m.secs,
            m.peak_heap as f64 / MB as f64,
            m.output_heap as f64 / MB as f64,
            m.hwm_kb as f64 * 1024.0 / MB as f64,
            m.headings,
            m.indicators
        );
    }
    if let (Some(t10), Some(t100)) = (times.get("corpus-10MB"), times.get("corpus-100MB")) {
        let ratio = t100 / t10;
        println!("\ntime(100 MB) / time(10 MB) = {ratio:.2} (linear: 10, limit 12)");
        if ratio > 12.0 {
            failed.push(format!(
                "100 MB took {ratio:.2}× the 10 MB time (limit 12×)"
            ));
        }
    }
    if failed.is_empty() {
        println!("all scaling checks passed");
    } else {
        for f in &failed {
            println!("FAILED: {f}");
        }
        std::process::exit(1);
    }
}
