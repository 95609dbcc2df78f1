//! Replays the committed fuzz corpus (fuzz/corpus/parse) and the regression inputs
//! (fuzz/regressions) through the same checks as the fuzz target, on the stable toolchain:
//!
//! ```text
//! cargo test --manifest-path fuzz/Cargo.toml --no-default-features --release
//! ```

use std::path::Path;

fn replay(dir: &str) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    for path in &paths {
        let data = std::fs::read(path).unwrap();
        if std::panic::catch_unwind(|| baogao_fuzz::check(&data)).is_err() {
            panic!(
                "fuzz input {} breaks an invariant (see the panic above)",
                path.display()
            );
        }
    }
    paths.len()
}

#[test]
fn corpus_replays_cleanly() {
    let n = replay("corpus/parse");
    assert!(n > 0, "the committed fuzz corpus is missing");
    eprintln!("replayed {n} corpus inputs");
}

#[test]
fn regressions_replay_cleanly() {
    replay("regressions");
}

#[test]
fn seed_reports_replay_cleanly() {
    // The real reports themselves (the fuzzer's seeds).
    let n = replay("../tests/corpus");
    assert!(n >= 5);
}
