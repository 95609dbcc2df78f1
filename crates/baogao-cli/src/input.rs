//! Turning one input's bytes into the text the parser reads: text, saved web pages or Word files
//! (.docx, and Word 97–2003 .doc).
//!
//! The format is told by content (`--from` overrides it), the encoding is detected (`--encoding`
//! forces it). What the parser reads is the text the reader extracted, so spans and line numbers
//! in the output refer to that text. A file that is none of the formats is an error naming what
//! it is (a PDF, an Excel .xls, binary data), and the run exits with status 2.

use std::borrow::Cow;

use baogao::document::{self, ReadOptions, SourceFormat};
use clap::ValueEnum;

/// The input options shared by every command.
#[derive(clap::Args, Debug, Default)]
pub(crate) struct InputOptions {
    /// Read the inputs as this format instead of telling it by content.
    #[arg(long, value_enum, global = true)]
    pub from: Option<FromFormat>,
    /// Decode with this encoding (utf-8, gbk, gb18030, utf-16le, big5 …) instead of detecting it;
    /// for a web page it overrides the page's <meta charset>.
    #[arg(long, global = true)]
    pub encoding: Option<String>,
}

/// The formats `--from` names.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub(crate) enum FromFormat {
    /// Plain text.
    Text,
    /// A saved web page.
    Html,
    /// A Word .docx file.
    Docx,
    /// A Word 97–2003 .doc file.
    Doc,
}

impl FromFormat {
    fn format(self) -> SourceFormat {
        match self {
            FromFormat::Text => SourceFormat::Text,
            FromFormat::Html => SourceFormat::Html,
            FromFormat::Docx => SourceFormat::Docx,
            FromFormat::Doc => SourceFormat::Doc,
        }
    }
}

impl InputOptions {
    /// The library's read options.
    pub(crate) fn read_options(&self) -> ReadOptions {
        ReadOptions {
            from: self.from.map(FromFormat::format),
            encoding: self.encoding.clone(),
        }
    }
}

/// The text of one input, or why there is none.
///
/// Takes the bytes by value: UTF-8 text (the common case) becomes the `String` in the same
/// buffer, so a 100 MB input is held once while it is parsed, not twice.
pub(crate) fn read_one(bytes: Vec<u8>, read: &ReadOptions) -> Result<String, String> {
    if read.from.is_none() {
        if let Some(what) = not_a_report_format(&bytes) {
            return Err(what);
        }
    }
    match read.from.unwrap_or_else(|| document::detect(&bytes)) {
        // plain text needs no reader: decode only (the output parses it)
        SourceFormat::Text => {
            // the byte-order mark the decoder skipped when the text is the input's own bytes
            let skipped = match baogao::decode_with(&bytes, read.encoding.as_deref()) {
                Ok(Cow::Borrowed(text)) => bytes.len() - text.len(),
                Ok(Cow::Owned(text)) => return Ok(text),
                Err(e) if read.from.is_none() && read.encoding.is_none() && looks_binary(&bytes) => {
                    return Err(format!(
                        "{e}: binary data, not text, an HTML page or a Word .docx or .doc file (use --from and --encoding to force one)"
                    ))
                }
                Err(e) => return Err(explain(e, read)),
            };
            let mut bytes = bytes;
            bytes.drain(..skipped);
            String::from_utf8(bytes).map_err(|e| format!("cannot decode input as UTF-8: {e}"))
        }
        // the reader's text only: the output parses it
        _ => match document::read_source(&bytes, read) {
            Ok(source) => Ok(source.text),
            Err(e) => Err(explain(e, read)),
        },
    }
}

fn explain(e: baogao::Error, read: &ReadOptions) -> String {
    match e {
        baogao::Error::Decode { .. } if read.encoding.is_none() => format!(
            "{e} (tried {}; force one with --encoding)",
            document::DETECTED_ENCODINGS
        ),
        _ => e.to_string(),
    }
}

/// What a file is when it is none of the formats baogao reads, by its magic bytes.
fn not_a_report_format(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"%PDF-") {
        return Some(
            "is a PDF, which baogao does not read: extract its text first (e.g. `pdftotext -layout FILE.pdf FILE.txt`) and parse that"
                .into(),
        );
    }
    None
}

/// Whether bytes that decode as no text are binary: NUL and other control bytes in the first 4 KB
/// (a text file in an unknown encoding has none).
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_formats_are_named() {
        assert!(not_a_report_format(b"%PDF-1.7\n...")
            .unwrap()
            .contains("pdftotext"));
        // an OLE file is read by the .doc reader, which names what it is when it is no Word file
        let ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0];
        assert_eq!(not_a_report_format(&ole), None);
        assert!(read_one(ole.to_vec(), &ReadOptions::default())
            .unwrap_err()
            .starts_with("cannot read input as doc:"));
        let png = [
            0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8,
        ];
        assert_eq!(
            read_one(png.to_vec(), &ReadOptions::default()).unwrap_err(),
            "cannot decode input as UTF-8: invalid byte at offset 0: binary data, not text, \
             an HTML page or a Word .docx or .doc file (use --from and --encoding to force one)"
        );
        // text with a NUL byte is still text
        assert!(read_one("一、工作\0\n".as_bytes().to_vec(), &ReadOptions::default()).is_ok());
        assert_eq!(not_a_report_format("一、总体情况\n".as_bytes()), None);
    }

    #[test]
    fn decode_errors_say_what_was_tried() {
        let mut bytes = "报告".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xff, 0x41, 0x80, 0x81]);
        let err = read_one(bytes.clone(), &ReadOptions::default()).unwrap_err();
        assert_eq!(
            err,
            "cannot decode input as UTF-8: invalid byte at offset 6 \
             (tried UTF-8, UTF-16 or UTF-32 with a byte-order mark, GB18030/GBK, Big5; force one with --encoding)"
        );
        let forced = ReadOptions {
            encoding: Some("gbk".into()),
            ..Default::default()
        };
        assert_eq!(
            read_one(bytes, &forced).unwrap_err(),
            "cannot decode input as gb18030: invalid byte at offset 6"
        );
    }
}
