//! A scratch directory for the command-line tests that write files, removed when the test ends.

use std::path::{Path, PathBuf};

/// A fresh directory under the system's temporary directory, named for the test binary, the
/// process and the test (`baogao-cli-front-4242-dirs`), removed with what it holds when dropped.
pub struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `scratch("front", "dirs")` → an empty `…/baogao-cli-front-<pid>-dirs`.
pub fn scratch(binary: &str, name: &str) -> Scratch {
    let dir =
        std::env::temp_dir().join(format!("baogao-cli-{binary}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}
