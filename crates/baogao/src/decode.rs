//! Turning bytes into text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM,
//! GB18030/GBK and Big5.

use crate::error::Error;
use std::borrow::Cow;

/// Decodes `bytes` to text.
///
/// UTF-8 is tried first (a BOM is dropped); a UTF-32 or UTF-16 BOM selects that form (UTF-32's
/// `FF FE 00 00` before UTF-16's `FF FE`); otherwise the bytes must be valid Big5 or GB18030 (a
/// superset of GBK and GB2312) *and* read as plausible Chinese in it ([`legacy_encoding`] says
/// which). An input that is none of these is an [`Error::Decode`] naming the first bad byte's
/// offset in the UTF-8 reading (the error's text says what was tried).
///
/// Damaged UTF-8 (a file cut in the middle of a character, a few bad bytes in a UTF-8 report) is
/// an error, never GB18030 mojibake: bytes that are mostly well-formed UTF-8 multi-byte
/// sequences are UTF-8 with a bad byte, and GB18030 is accepted only when most of its two-byte
/// characters are common ones (GB2312 level 1 and punctuation), which the lead bytes of UTF-8
/// Chinese (0xE4–0xE9, GB2312 level 2) are not. To read such a file anyway, force an encoding
/// ([`decode_with`]) or repair the bytes.
///
/// ```
/// // "报告" in GBK
/// assert_eq!(baogao::decode(&[0xb1, 0xa8, 0xb8, 0xe6]).unwrap(), "报告");
/// assert_eq!(baogao::decode("\u{feff}报告".as_bytes()).unwrap(), "报告");
/// // "年度報告，增長5%" in Big5 (traditional characters)
/// let big5 = [0xa6, 0x7e, 0xab, 0xd7, 0xb3, 0xf8, 0xa7, 0x69, 0xa1, 0x41, 0xbc, 0x57, 0xaa, 0xf8, b'5', b'%'];
/// assert_eq!(baogao::decode(&big5).unwrap(), "年度報告，增長5%");
/// // UTF-8 cut in the middle of its last character: an error at that byte, not mojibake
/// let cut = &"按照《法》".as_bytes()[..14];
/// assert_eq!(baogao::decode(cut).unwrap_err().to_string(),
///     "cannot decode input as UTF-8: invalid byte at offset 12");
/// ```
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    decode_named(bytes).map(|(t, _)| t)
}

/// What [`decode`] tries, in order, for messages.
///
/// ```
/// assert!(baogao::document::DETECTED_ENCODINGS.contains("GB18030"));
/// ```
pub const TRIED: &str = "UTF-8, UTF-16 or UTF-32 with a byte-order mark, GB18030/GBK, Big5";

/// Decodes `bytes` as the encoding named by `label` (any WHATWG label: `utf-8`, `gbk`, `gb2312`,
/// `gb18030`, `utf-16le`, `utf-16be`, `big5` …); `None` detects as [`decode`] does. A BOM of the
/// forced encoding is dropped; an undecodable byte is an error at its offset.
///
/// ```
/// assert_eq!(baogao::decode_with(&[0xb1, 0xa8], Some("GB2312")).unwrap(), "报");
/// assert_eq!(baogao::decode_with(&[0xb1, 0xa8], Some("utf-8")).unwrap_err().kind(), "decode");
/// assert_eq!(baogao::decode_with(b"x", Some("klingon")).unwrap_err().kind(), "unknown_encoding");
/// ```
pub fn decode_with<'a>(bytes: &'a [u8], encoding: Option<&str>) -> Result<Cow<'a, str>, Error> {
    match encoding {
        None => decode(bytes),
        Some(label) => decode_forced(bytes, encoding_for_label(label)?),
    }
}

/// The encoding a label names (GBK and GB2312 are read as their superset GB18030).
pub(crate) fn encoding_for_label(label: &str) -> Result<&'static encoding_rs::Encoding, Error> {
    let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        Error::UnknownEncoding {
            label: label.to_string(),
        }
    })?;
    Ok(if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    })
}

/// Decodes with one encoding, strictly.
pub(crate) fn decode_forced<'a>(
    bytes: &'a [u8],
    enc: &'static encoding_rs::Encoding,
) -> Result<Cow<'a, str>, Error> {
    if enc == encoding_rs::UTF_8 {
        let rest = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
        let skip = bytes.len() - rest.len();
        return std::str::from_utf8(rest)
            .map(Cow::Borrowed)
            .map_err(|e| Error::Decode {
                encoding: "UTF-8",
                offset: e.valid_up_to() + skip,
            });
    }
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        let le = enc == encoding_rs::UTF_16LE;
        let bom: &[u8] = if le { &[0xff, 0xfe] } else { &[0xfe, 0xff] };
        let rest = bytes.strip_prefix(bom).unwrap_or(bytes);
        let skip = bytes.len() - rest.len();
        let (text, had_errors) = enc.decode_without_bom_handling(rest);
        if had_errors || rest.len() % 2 != 0 {
            return Err(Error::Decode {
                encoding: enc.name(),
                offset: first_bad_utf16(rest, le) + skip,
            });
        }
        return Ok(Cow::Owned(text.into_owned()));
    }
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(Cow::Owned(text.into_owned())),
        None => Err(Error::Decode {
            encoding: enc.name(),
            offset: first_bad_legacy(bytes, enc),
        }),
    }
}

/// The offset of the first byte `enc` cannot decode (found by halving: linear overall).
fn first_bad_legacy(bytes: &[u8], enc: &'static encoding_rs::Encoding) -> usize {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(64);
    let mut at = 0;
    while at < bytes.len() {
        out.clear();
        let end = (at + 16).min(bytes.len());
        let (result, read) = decoder.decode_to_string_without_replacement(
            &bytes[at..end],
            &mut out,
            end == bytes.len(),
        );
        match result {
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                return (at + read).saturating_sub(bad as usize);
            }
            encoding_rs::DecoderResult::OutputFull => {
                out.reserve(64);
                at += read;
            }
            encoding_rs::DecoderResult::InputEmpty => at += read,
        }
    }
    bytes.len()
}

/// [`decode`], also naming the encoding the text was read as.
pub(crate) fn decode_named(bytes: &[u8]) -> Result<(Cow<'_, str>, &'static str), Error> {
    if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        return decode_forced(bytes, encoding_rs::UTF_8).map(|t| (t, "UTF-8"));
    }
    if let Some(utf32) = decode_utf32(bytes) {
        return utf32.map(|(t, name)| (Cow::Owned(t), name));
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        let enc = if bytes[0] == 0xff {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        return decode_forced(bytes, enc).map(|t| (t, enc.name()));
    }
    let utf8_err = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok((Cow::Borrowed(s), "UTF-8")),
        Err(e) => e,
    };
    let err = Error::Decode {
        encoding: "UTF-8",
        offset: utf8_err.valid_up_to(),
    };
    let strict = |enc: &'static encoding_rs::Encoding| {
        enc.decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| (Cow::Owned(text.into_owned()), enc.name()))
    };
    match legacy_encoding(bytes) {
        // Big5 is told by its byte shape only; a strict decoding confirms it, else GB18030 is
        // asked as before (GBK's traditional characters share that shape).
        Some("Big5") => strict(encoding_rs::BIG5)
            .or_else(|| {
                plausible_gb(bytes)
                    .then(|| strict(encoding_rs::GB18030))
                    .flatten()
            })
            .ok_or(err),
        Some(_) => strict(encoding_rs::GB18030).ok_or(err),
        None => Err(err),
    }
}

/// The legacy encoding [`decode`] reads bytes that are not UTF-8 as: `Some("Big5")`, `Some("GB18030")`,
/// or `None` when they are damaged UTF-8 or read as neither (see [`gb18030_plausible`]). The rule
/// alone, without decoding, for front ends that decode with another implementation (the WASM
/// binding uses the engine's `TextDecoder`, which takes these names as labels); the caller still
/// decodes strictly, and a Big5 guess that does not decode falls back to GB18030.
///
/// Big5 is told by its trail bytes: one in `0x40..=0x7E` ends about 45 % of Big5's two-byte
/// characters (both the frequent and the less frequent hanzi blocks use it), while GB2312, the
/// part of GB18030 simplified text is written in, never uses it (its characters are
/// `A1–FE A1–FE`) and GBK's extension characters are rare in simplified text (at most 0.2 % of
/// the two-byte characters of the 83 reports here written as GB18030, 42–52 % written as Big5).
///
/// ```
/// assert_eq!(baogao::legacy_encoding(&[0xb1, 0xa8, 0xb8, 0xe6]), Some("GB18030")); // 报告, GBK
/// // 年度報告，增長 in Big5
/// let big5 = [0xa6, 0x7e, 0xab, 0xd7, 0xb3, 0xf8, 0xa7, 0x69, 0xa1, 0x41, 0xbc, 0x57, 0xaa, 0xf8];
/// assert_eq!(baogao::legacy_encoding(&big5), Some("Big5"));
/// assert_eq!(baogao::legacy_encoding("报告".as_bytes()), None); // UTF-8
/// ```
pub fn legacy_encoding(bytes: &[u8]) -> Option<&'static str> {
    if std::str::from_utf8(bytes).is_ok() || nearly_utf8(bytes) {
        return None;
    }
    if big5_shaped(bytes) {
        return Some("Big5");
    }
    plausible_gb(bytes).then_some("GB18030")
}

/// Whether the two-byte characters look like Big5's: at least four of them, and at least one in
/// five ending in a byte of `0x40..=0x7E` (see [`legacy_encoding`]).
fn big5_shaped(bytes: &[u8]) -> bool {
    let (mut pairs, mut low) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(&t) => {
                pairs += 1;
                low += usize::from((0x40..=0x7e).contains(&t));
            }
            None => break,
        }
        i += 2;
    }
    pairs >= 4 && low * 5 >= pairs
}

/// Bytes that open with a UTF-32 byte-order mark (`FF FE 00 00` little-endian, `00 00 FE FF`
/// big-endian) decoded strictly, with the encoding's name; `None` without such a mark. (Without
/// it, UTF-16's `FF FE` would read every character as two, the second a NUL.) An invalid code
/// point or a length that is no multiple of four is an [`Error::Decode`] at its byte offset.
///
/// ```
/// let mut b = vec![0xff, 0xfe, 0, 0];
/// b.extend("报告".chars().flat_map(|c| (c as u32).to_le_bytes()));
/// assert_eq!(baogao::decode_utf32(&b).unwrap().unwrap(), ("报告".to_string(), "UTF-32LE"));
/// assert_eq!(baogao::decode(&b).unwrap(), "报告");
/// assert!(baogao::decode_utf32("报告".as_bytes()).is_none());
/// ```
pub fn decode_utf32(bytes: &[u8]) -> Option<Result<(String, &'static str), Error>> {
    let (le, encoding) = match bytes {
        [0xff, 0xfe, 0, 0, ..] => (true, "UTF-32LE"),
        [0, 0, 0xfe, 0xff, ..] => (false, "UTF-32BE"),
        _ => return None,
    };
    let body = &bytes[4..];
    let mut text = String::with_capacity(body.len() / 2);
    for (i, c) in body.chunks(4).enumerate() {
        let unit = match *c {
            [a, b, c, d] if le => Some(u32::from_le_bytes([a, b, c, d])),
            [a, b, c, d] => Some(u32::from_be_bytes([a, b, c, d])),
            _ => None,
        };
        match unit.and_then(char::from_u32) {
            Some(ch) => text.push(ch),
            None => {
                return Some(Err(Error::Decode {
                    encoding,
                    offset: 4 + 4 * i,
                }))
            }
        }
    }
    Some(Ok((text, encoding)))
}

/// Whether bytes that are not UTF-8 may be read as GB18030 by [`decode`]: they are not damaged
/// UTF-8 (at least four well-formed multi-byte sequences per bad one) and most of their two-byte
/// characters are common ones (GB2312 level 1 or punctuation). The rule alone, without decoding,
/// for front ends that decode GB18030 with another implementation (the WASM binding uses the
/// browser's `TextDecoder`).
///
/// ```
/// assert!(baogao::gb18030_plausible(&[0xb1, 0xa8, 0xb8, 0xe6])); // 报告 in GBK
/// assert!(!baogao::gb18030_plausible(&"报告书".as_bytes()[..8])); // UTF-8 cut mid-character
/// ```
pub fn gb18030_plausible(bytes: &[u8]) -> bool {
    !nearly_utf8(bytes) && plausible_gb(bytes)
}

/// Whether the bytes are UTF-8 with a few bad bytes: at least four well-formed multi-byte
/// characters for every malformed sequence, or well-formed UTF-8 cut inside its last character
/// (a truncated file).
fn nearly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut cut = false;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good += s.bytes().filter(|&b| b >= 0xc0).count();
                break;
            }
            Err(e) => {
                let (ok, tail) = rest.split_at(e.valid_up_to());
                good += ok.iter().filter(|&&b| b >= 0xc0).count();
                bad += 1;
                // a sequence cut by the end of the input is one bad sequence
                cut = e.error_len().is_none();
                let skip = e.error_len().unwrap_or(tail.len()).max(1);
                rest = &tail[skip..];
            }
        }
    }
    bad > 0 && (good >= 4 * bad || (cut && bad == 1 && good >= 1))
}

/// Whether the bytes read as plausible Chinese in GB18030: most two-byte characters in the GB2312
/// area are punctuation or level-1 (common) hanzi, not the level-2 rarities UTF-8 lead bytes make.
fn plausible_gb(bytes: &[u8]) -> bool {
    let (mut common, mut rare) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(0x30..=0x39) => i += 4,
            Some(&t) => {
                if (0xa1..=0xfe).contains(&t) {
                    match b {
                        0xa1..=0xa9 | 0xb0..=0xd7 => common += 1,
                        0xd8..=0xf7 => rare += 1,
                        _ => {}
                    }
                }
                i += 2;
            }
            None => break,
        }
    }
    common + rare < 4 || common >= rare
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
    fn utf32_with_a_byte_order_mark_is_read_not_taken_for_utf16() {
        for le in [true, false] {
            let mut b = if le {
                vec![0xff, 0xfe, 0, 0]
            } else {
                vec![0, 0, 0xfe, 0xff]
            };
            for c in "一、报告\n😀 94件".chars() {
                let u = c as u32;
                b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            assert_eq!(decode(&b).unwrap(), "一、报告\n😀 94件");
            // A surrogate is no character; a cut unit is an error at its offset.
            let mut bad = b.clone();
            bad.extend_from_slice(&if le {
                0xd800u32.to_le_bytes()
            } else {
                0xd800u32.to_be_bytes()
            });
            let n = b.len();
            assert_eq!(
                decode(&bad).unwrap_err(),
                Error::Decode {
                    encoding: if le { "UTF-32LE" } else { "UTF-32BE" },
                    offset: n
                }
            );
            assert_eq!(decode(&b[..n - 1]).unwrap_err().kind(), "decode");
        }
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xff, 0xfe];
        for u in "报告1".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b).unwrap(), "报告1");
    }

    #[test]
    fn utf8_damaged_in_the_middle_is_not_read_as_gb18030() {
        let mut b = "按照《政府信息公开条例》的要求，现将报告如下"
            .as_bytes()
            .to_vec();
        b[9] = 0xff;
        assert_eq!(
            decode(&b),
            Err(Error::Decode {
                encoding: "UTF-8",
                offset: 9
            })
        );
    }

    #[test]
    fn a_utf8_report_cut_after_34_bytes_is_an_error_not_mojibake() {
        // issue 11, item 7: the cut fell inside the 12th character
        let text = "按照《中华人民共和国政府信息公开条例》要求";
        let cut = &text.as_bytes()[..34];
        assert_eq!(
            decode(cut),
            Err(Error::Decode {
                encoding: "UTF-8",
                offset: 33
            })
        );
    }

    #[test]
    fn gbk_report_is_read() {
        let (gbk, _, _) = encoding_rs::GBK.encode("一、总体情况\n全年主动公开政府信息1234条。\n");
        let (text, name) = decode_named(&gbk).unwrap();
        assert_eq!(text, "一、总体情况\n全年主动公开政府信息1234条。\n");
        assert_eq!(name, "gb18030");
    }

    #[test]
    fn forced_encodings() {
        let (gbk, _, _) = encoding_rs::GBK.encode("报告");
        assert_eq!(decode_with(&gbk, Some("gbk")).unwrap(), "报告");
        assert_eq!(
            decode_with(&[0xb1, 0xa8, 0xff], Some("gb18030")),
            Err(Error::Decode {
                encoding: "gb18030",
                offset: 2
            })
        );
        assert_eq!(decode_with(b"\xef\xbb\xbfab", Some("utf8")).unwrap(), "ab");
        let le: Vec<u8> = "报".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode_with(&le, Some("utf-16le")).unwrap(), "报");
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

    /// Encodes `text` with `enc` (no unmappable characters in these tests).
    fn encoded(text: &str, enc: &'static encoding_rs::Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = enc.encode(text);
        assert!(!unmappable, "{text}");
        bytes.into_owned()
    }

    #[test]
    fn big5_is_told_from_gbk_by_its_trail_bytes() {
        // Traditional characters in Big5: read as Big5, not as GB18030 mojibake.
        let trad = "一、總體情況\n全年受理政府信息公開申請1234件，同比增長5.3%，辦結率100%。\n";
        let big5 = encoded(trad, encoding_rs::BIG5);
        assert_eq!(legacy_encoding(&big5), Some("Big5"));
        assert_eq!(
            decode_named(&big5).unwrap(),
            (Cow::Owned(trad.into()), "Big5")
        );
        // The same characters in GBK (its extension holds them): Big5's strict reading fails,
        // GB18030's is taken.
        let gbk = encoded(trad, encoding_rs::GBK);
        assert_eq!(
            decode_named(&gbk).unwrap(),
            (Cow::Owned(trad.into()), "gb18030")
        );
        // Simplified text with a few GBK extension characters (names) stays GB18030.
        let simp = "二、工作情况\n朱镕基同志和王喆、李堃两位代表出席会议，全年办理建议123件，满意率98%。\n";
        let gbk = encoded(simp, encoding_rs::GBK);
        assert_eq!(legacy_encoding(&gbk), Some("GB18030"));
        assert_eq!(decode(&gbk).unwrap(), simp);
        // Too few two-byte characters to tell: GB18030, as before.
        assert_eq!(
            legacy_encoding(&encoded("報告", encoding_rs::BIG5)),
            Some("GB18030")
        );
        // Damaged UTF-8 is neither.
        assert_eq!(legacy_encoding(&"報告書全文".as_bytes()[..14]), None);
    }
}
