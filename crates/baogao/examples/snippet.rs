//! Prints what `baogao::indicators` (the snippet reader: no outline) finds in each file, one JSON
//! object per line; `scripts/wrap_check.py --snippet` compares it on wrapped and unwrapped text.
//!
//! ```text
//! cargo build --release -p baogao --example snippet
//! target/release/examples/snippet report.txt
//! ```

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("snippet: {path}: {e}");
            std::process::exit(2)
        });
        for found in baogao::indicators(&text) {
            println!(
                "{}",
                serde_json::to_string(&found).expect("an indicator serialises")
            );
        }
    }
}
