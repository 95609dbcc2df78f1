//! Raising the package's exceptions (`baogao.DecodeError`, `baogao.FileError`).
//!
//! The classes are plain Python (`python/baogao/_errors.py`) so that `FileError` can derive from
//! both `BaogaoError` (a `ValueError`) and `OSError`, and so that they pickle like any exception.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyType};

/// Why reading or decoding one input failed, before it becomes a Python exception (this value
/// crosses threads in `parse_many`, a `PyErr` is built only once the GIL is held again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The file could not be read.
    Io {
        /// The file as given.
        file: String,
        /// The OS error number, when there is one.
        errno: Option<i32>,
        /// Why, in words.
        reason: String,
    },
    /// The bytes are not text in a supported encoding.
    Decode {
        /// The file as given, if the bytes came from one.
        file: Option<String>,
        /// The encoding tried last.
        encoding: String,
        /// The offset of the first undecodable byte.
        offset: usize,
    },
}

impl Failure {
    /// From a core decoding error.
    ///
    /// ```
    /// use baogao_python::errors::Failure;
    /// let e = baogao::decode(&[0xff, 0xff]).unwrap_err();
    /// let f = Failure::decode(Some("a.txt"), &e);
    /// assert_eq!(f.message(), "a.txt: cannot decode input as UTF-8: invalid byte at offset 0");
    /// ```
    pub fn decode(file: Option<&str>, e: &baogao::Error) -> Self {
        match e {
            baogao::Error::Decode { encoding, offset } => Failure::Decode {
                file: file.map(str::to_string),
                encoding: encoding.to_string(),
                offset: *offset,
            },
            // a file the document readers cannot read (a .docx that is not a Word archive, an
            // encrypted .doc, an .xls)
            other => Failure::Io {
                file: file.unwrap_or("<bytes>").to_string(),
                errno: None,
                reason: other.to_string(),
            },
        }
    }

    /// From an I/O error on `file`.
    pub fn io(file: &str, e: &std::io::Error) -> Self {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
            _ => e.to_string(),
        };
        Failure::Io {
            file: file.to_string(),
            errno: e.raw_os_error(),
            reason,
        }
    }

    /// The sentence shown to people: it names the file (or `<bytes>`) and, for decoding, the
    /// byte offset.
    pub fn message(&self) -> String {
        match self {
            Failure::Io { file, reason, .. } => format!("{file}: {reason}"),
            Failure::Decode {
                file,
                encoding,
                offset,
            } => format!(
                "{}: cannot decode input as {encoding}: invalid byte at offset {offset}",
                file.as_deref().unwrap_or("<bytes>")
            ),
        }
    }

    /// The Python exception.
    pub fn to_pyerr(&self, py: Python<'_>) -> PyErr {
        match self.build(py) {
            Ok(e) => e,
            Err(e) => e,
        }
    }

    fn build(&self, py: Python<'_>) -> PyResult<PyErr> {
        let kwargs = PyDict::new(py);
        let obj = match self {
            Failure::Io { file, errno, .. } => {
                let cls = FILE_ERROR.import(py, "baogao._errors", "FileError")?;
                kwargs.set_item("message", self.message())?;
                cls.call((*errno, self.reason_only(), file), Some(&kwargs))?
            }
            Failure::Decode {
                file,
                encoding,
                offset,
            } => {
                let cls = DECODE_ERROR.import(py, "baogao._errors", "DecodeError")?;
                kwargs.set_item("file", file)?;
                kwargs.set_item("encoding", encoding)?;
                kwargs.set_item("offset", offset)?;
                cls.call((self.message(),), Some(&kwargs))?
            }
        };
        Ok(PyErr::from_value(obj))
    }

    fn reason_only(&self) -> &str {
        match self {
            Failure::Io { reason, .. } => reason,
            Failure::Decode { .. } => "cannot decode",
        }
    }
}

static FILE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DECODE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Reads a file as the CLI does: a saved web page, a Word .docx or a Word 97–2003 .doc (told by
/// content) through its
/// reader, text decoded (UTF-8, BOM, UTF-16 with BOM, GB18030, Big5).
///
/// ```
/// let err = baogao_python::errors::read_text("/no/such/file.txt").unwrap_err();
/// assert_eq!(err.message(), "/no/such/file.txt: no such file");
/// ```
pub fn read_text(path: &str) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::io(path, &e))?;
    match baogao::document::detect(&bytes) {
        baogao::document::SourceFormat::Text => decode_owned(Some(path), &bytes),
        _ => baogao::document::read_source(&bytes, &Default::default())
            .map(|s| s.text)
            .map_err(|e| Failure::decode(Some(path), &e)),
    }
}

/// Decodes bytes into an owned string, naming `file` in the error.
pub fn decode_owned(file: Option<&str>, bytes: &[u8]) -> Result<String, Failure> {
    baogao::decode(bytes)
        .map(|t| t.into_owned())
        .map_err(|e| Failure::decode(file, &e))
}
