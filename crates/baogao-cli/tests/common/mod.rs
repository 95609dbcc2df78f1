//! Helpers shared by the CLI's integration tests.

use std::process::Command;

/// Runs the `baogao` binary with `args`, asserts that it succeeded (showing its stderr if not) and
/// returns its standard output.
pub fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
