//! Turning bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and GB18030/GBK.

use crate::error::Error;
use std::borrow::Cow;

/// Decodes `bytes` to text.
///
/// UTF-8 is tried first (a BOM is dropped); a UTF-16 BOM selects UTF-16; otherwise the bytes
/// must be valid GB18030 (a superset of GBK and GB2312), with most of the text Chinese. An input
/// that is none of these is an [`Error::Decode`] naming the first bad byte's offset in the UTF-8
/// reading.
///
/// ```
/// // "报告" in GBK
/// assert_eq!(baogao::decode(&[0xb1, 0xa8, 0xb8, 0xe6]).unwrap(), "报告");
/// assert_eq!(baogao::decode("\u{feff}报告".as_bytes()).unwrap(), "报告");
/// ```
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return std::str::from_utf8(rest)
            .map(Cow::Borrowed)
            .map_err(|e| Error::Decode {
                encoding: "UTF-8",
                offset: e.valid_up_to() + 3,
            });
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        let enc = if bytes[0] == 0xff {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors || bytes.len() % 2 != 0 {
            return Err(Error::Decode {
                encoding: enc.name(),
                offset: first_bad_utf16(&bytes[2..], enc == encoding_rs::UTF_16LE) + 2,
            });
        }
        return Ok(Cow::Owned(text.into_owned()));
    }
    let utf8_err = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok(Cow::Borrowed(s)),
        Err(e) => e,
    };
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if !had_errors {
        return Ok(Cow::Owned(text.into_owned()));
    }
    Err(Error::Decode {
        encoding: "UTF-8",
        offset: utf8_err.valid_up_to(),
    })
}

fn first_bad_utf16(bytes: &[u8], le: bool) -> usize {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| {
            if c.len() < 2 {
                0xdc00
            } else if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        })
        .collect();
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if (0xd800..0xdc00).contains(&u) {
            if i + 1 < units.len()
                && (0xdc00..0xe000).contains(&units[i + 1])
                && bytes.len() >= (i + 2) * 2
            {
                i += 2;
                continue;
            }
            return i * 2;
        }
        if (0xdc00..0xe000).contains(&u) {
            return i * 2;
        }
        i += 1;
    }
    bytes.len() & !1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xff, 0xfe];
        for u in "报告1".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b).unwrap(), "报告1");
    }

    #[test]
    fn invalid_names_offset() {
        let mut b = "报告".as_bytes().to_vec();
        b.extend_from_slice(&[0xff, 0xff, 0xff]);
        assert_eq!(
            decode(&b),
            Err(Error::Decode {
                encoding: "UTF-8",
                offset: 6
            })
        );
    }
}
