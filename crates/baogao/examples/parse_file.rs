//! Reads, decodes and parses one file and prints how many indicators it holds: the library's
//! share of `baogao indicators FILE`, to time the CLI against.
//!
//! ```text
//! cargo build --release -p baogao --example parse_file
//! target/release/examples/parse_file big.txt
//! ```

fn main() {
    let path = std::env::args().nth(1).expect("usage: parse_file FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let text = baogao::decode(&bytes).expect("decodable file");
    let report = baogao::parse(&text);
    println!("{} indicators", report.indicators.len());
}
