//! Errors.

/// What can go wrong before parsing starts (parsing text itself never fails).
///
/// ```
/// let err = baogao::parse_bytes(&[0xe4, 0xb8, 0xad, 0xff, 0xfe, 0x00, 0x80]).unwrap_err();
/// assert_eq!(err.kind(), "decode");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The bytes are not text in any supported encoding.
    #[error("cannot decode input as {encoding}: invalid byte at offset {offset}")]
    Decode {
        /// The encoding that was tried last.
        encoding: &'static str,
        /// Byte offset of the first byte that does not decode.
        offset: usize,
    },
    /// The file is not what its format promises (a .docx that is not a readable Word archive, a
    /// .doc whose piece table lies past its streams).
    #[error("cannot read input as {format}: {reason}")]
    Format {
        /// The format that was read (`docx`, `doc`, `html`).
        format: &'static str,
        /// What is wrong, in words.
        reason: String,
    },
    /// The file is encrypted (a password-protected Word .doc): its text cannot be read without
    /// the password.
    #[error("cannot read input as {format}: the file is encrypted (password-protected); save an unprotected copy")]
    Encrypted {
        /// The format that was read (`doc`).
        format: &'static str,
    },
    /// The file is of a kind or version the reader does not read (a Word 6/95 file, an Excel
    /// workbook where a Word .doc was expected).
    #[error("cannot read input as {format}: {reason}")]
    Unsupported {
        /// The format that was read (`doc`).
        format: &'static str,
        /// What the file is, in words.
        reason: String,
    },
    /// A forced encoding label that names no known encoding.
    #[error("unknown encoding {label:?} (try utf-8, gb18030, gbk, utf-16le or utf-16be)")]
    UnknownEncoding {
        /// The label as given.
        label: String,
    },
}

impl Error {
    /// A stable identifier of the error kind, for bindings to branch on.
    ///
    /// ```
    /// let e = baogao::Error::Decode { encoding: "UTF-8", offset: 3 };
    /// assert_eq!(e.kind(), "decode");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Decode { .. } => "decode",
            Error::Format { .. } => "format",
            Error::UnknownEncoding { .. } => "unknown_encoding",
            Error::Encrypted { .. } => "encrypted",
            Error::Unsupported { .. } => "unsupported",
        }
    }
}
