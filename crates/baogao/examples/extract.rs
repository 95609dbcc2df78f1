//! Prints the text a document reader extracts from a file (a saved web page, a .docx, or text),
//! the text every span of the parsed report indexes.
//!
//! ```text
//! cargo run --release -p baogao --features html,docx --example extract -- page.html
//! ```

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("extract: {path}: {e}");
        std::process::exit(2)
    });
    match baogao::document::parse_document(&bytes) {
        Ok(doc) => print!("{}", doc.text),
        Err(e) => {
            eprintln!("extract: {path}: {e}");
            std::process::exit(2);
        }
    }
}
