//! Prints the whole `Report` of one file as pretty JSON with sorted keys: the format of
//! `tests/golden/*.json` (written by `scripts/update-golden.sh`).
//!
//! ```text
//! cargo run --release -q -p baogao --example golden -- tests/corpus/000_724b58d0bac912c8.txt
//! ```

fn main() {
    let path = std::env::args().nth(1).expect("usage: golden FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let report = baogao::parse_bytes(&bytes).expect("decodable file");
    // Through a `Value`, whose maps sort their keys: the golden files' layout.
    let value = serde_json::to_value(&report).expect("a report serialises");
    println!(
        "{}",
        serde_json::to_string_pretty(&value).expect("a value prints")
    );
}
