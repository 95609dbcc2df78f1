//! The gold scorer with score.py's command line (minus `--bin`: it calls the library directly).
//!
//! ```text
//! cargo run --release -p baogao --example score -- --gold tests/gold --texts tests/corpus
//! cargo run --release -p baogao --example score -- --gold tests/devset/gold \
//!     --texts tests/devset/texts --part prose --min-heading-f1 0.98
//! ```
//! Prints a line per file and score.py's SUMMARY line; exits 1 when a `--min-*` / `--max-trap-rate`
//! threshold is missed or a file could not be scored, 2 on a usage error.

#[path = "../tests/scorer/mod.rs"]
mod scorer;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: score --gold DIR --texts DIR [--part all|prose|tables] \
[--min-heading-f1 X] [--min-heading-titles X] [--min-indicator-recall X] \
[--min-indicator-precision X] [--min-value-acc X] [--min-label-acc X] [--max-trap-rate X]";

fn main() -> ExitCode {
    let mut gold = None;
    let mut texts = None;
    let mut part = scorer::Part::All;
    let mut mins: Vec<(String, f64)> = Vec::new();
    let mut max_trap_rate = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--gold" => gold = Some(PathBuf::from(value)),
            "--texts" => texts = Some(PathBuf::from(value)),
            "--part" => match scorer::Part::from_name(&value) {
                Some(p) => part = p,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            f => {
                let Ok(x) = value.parse::<f64>() else {
                    eprintln!("{f}: not a number: {value}\n{USAGE}");
                    return ExitCode::from(2);
                };
                match f.strip_prefix("--min-") {
                    Some(name) => mins.push((name.replace('-', "_"), x)),
                    None if f == "--max-trap-rate" => max_trap_rate = Some(x),
                    None => {
                        eprintln!("{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
        }
    }
    let (Some(gold), Some(texts)) = (gold, texts) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let results = scorer::score_dir(&gold, &texts, part);
    for r in &results {
        for line in scorer::file_lines(r) {
            println!("{line}");
        }
    }
    let summary = scorer::Summary::of(&results);
    println!("{}", summary.line());
    let mut failed = summary.errors > 0;
    for (name, want) in &mins {
        let got = match name.as_str() {
            "heading_f1" => summary.heading_f1,
            "heading_titles" => summary.heading_titles,
            "indicator_recall" => summary.indicator_recall,
            "indicator_precision" => summary.indicator_precision.unwrap_or(0.0),
            "value_acc" => summary.value_acc,
            "label_acc" => summary.label_acc,
            _ => {
                eprintln!("unknown threshold --min-{name}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        if got < *want {
            println!("below threshold: {name} {got:.3} < {want}");
            failed = true;
        }
    }
    if let Some(max) = max_trap_rate {
        if summary.trap_rate() > max {
            println!(
                "above threshold: trap_rate {:.3} > {max}",
                summary.trap_rate()
            );
            failed = true;
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
