//! Bytes → text with the rules of [`baogao::decode`], without linking `encoding_rs`.
//!
//! `baogao::decode` reaches GB18030 through `encoding_rs`, whose decoder dispatch pulls the tables
//! of every legacy encoding into the module (about 130 KB of incompressible data: the `.wasm`
//! went from 120 KB to 230 KB gzipped). Browsers and Node already carry WHATWG GB18030 and Big5
//! decoders (`TextDecoder`), the very standard `encoding_rs` implements, so the binding uses them.
//! UTF-8, the BOMs and UTF-16 are decoded here in Rust with exactly the core's rules and error
//! offsets; a host test compares [`decode_with`] with `baogao::decode` on many inputs.

use std::borrow::Cow;

/// Decodes `bytes` like [`baogao::decode`]; `legacy` is called only when the bytes are neither
/// UTF-8 nor BOM-marked UTF-16 or UTF-32, with the name [`baogao::legacy_encoding`] gives
/// (`"Big5"` or `"GB18030"`), and returns the strict reading in that encoding (`None` on any
/// error).
///
/// ```
/// use baogao_wasm::decode::decode_with;
/// assert_eq!(decode_with("\u{feff}报告".as_bytes(), |_| None).unwrap(), "报告");
/// let err = decode_with(&[0xe4, 0xb8, 0xad, 0xff], |_| None).unwrap_err();
/// assert_eq!(err, baogao::Error::Decode { encoding: "UTF-8", offset: 3 });
/// ```
pub fn decode_with(
    bytes: &[u8],
    legacy: impl Fn(&'static str) -> Option<String>,
) -> Result<Cow<'_, str>, baogao::Error> {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return std::str::from_utf8(rest)
            .map(Cow::Borrowed)
            .map_err(|e| baogao::Error::Decode {
                encoding: "UTF-8",
                offset: e.valid_up_to() + 3,
            });
    }
    if let Some(utf32) = baogao::decode_utf32(bytes) {
        return utf32.map(|(t, _)| Cow::Owned(t));
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return utf16(&bytes[2..], bytes[0] == 0xff).map(Cow::Owned);
    }
    let utf8_err = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok(Cow::Borrowed(s)),
        Err(e) => e,
    };
    let err = baogao::Error::Decode {
        encoding: "UTF-8",
        offset: utf8_err.valid_up_to(),
    };
    // damaged UTF-8 and implausible legacy text are errors; a Big5 guess that does not decode
    // falls back to GB18030 when that is plausible: as in the core
    match baogao::legacy_encoding(bytes) {
        Some("Big5") => legacy("Big5")
            .or_else(|| {
                baogao::gb18030_plausible(bytes)
                    .then(|| legacy("GB18030"))
                    .flatten()
            })
            .map(Cow::Owned)
            .ok_or(err),
        Some(name) => legacy(name).map(Cow::Owned).ok_or(err),
        None => Err(err),
    }
}

/// Strict UTF-16 (after the BOM); errors name the byte offset of the first bad unit, counted
/// from the start of the input (BOM included), as the core does.
fn utf16(body: &[u8], le: bool) -> Result<String, baogao::Error> {
    let encoding = if le { "UTF-16LE" } else { "UTF-16BE" };
    let units = body.chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut text = String::with_capacity(body.len());
    let mut at = 0usize; // byte offset in `body` of the unit being decoded
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => {
                return Err(baogao::Error::Decode {
                    encoding,
                    offset: at + 2,
                })
            }
        }
    }
    if !body.len().is_multiple_of(2) {
        return Err(baogao::Error::Decode {
            encoding,
            offset: (body.len() & !1) + 2,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::decode_with;

    /// The strict reading in the named encoding, as `baogao::decode` does it.
    fn legacy(bytes: &[u8], name: &str) -> Option<String> {
        let enc = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap();
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        (!had_errors).then(|| text.into_owned())
    }

    fn same(bytes: &[u8]) {
        assert_eq!(
            decode_with(bytes, |name| legacy(bytes, name)),
            baogao::decode(bytes),
            "{bytes:02x?}"
        );
    }

    #[test]
    fn agrees_with_the_core_on_chosen_inputs() {
        let mut cases: Vec<Vec<u8>> = vec![
            vec![],
            b"plain".to_vec(),
            "报告".as_bytes().to_vec(),
            vec![0xef, 0xbb, 0xbf],
            [&[0xef, 0xbb, 0xbf][..], "报告".as_bytes()].concat(),
            [&[0xef, 0xbb, 0xbf][..], &[0xe6, 0x8a, 0xa5, 0xff]].concat(),
            vec![0xb1, 0xa8, 0xb8, 0xe6],
            // 年度報告，增長 in Big5, and with a byte Big5 cannot read (GB18030 can)
            vec![
                0xa6, 0x7e, 0xab, 0xd7, 0xb3, 0xf8, 0xa7, 0x69, 0xa1, 0x41, 0xbc, 0x57, 0xaa, 0xf8,
            ],
            vec![
                0xa6, 0x7e, 0xab, 0xd7, 0xb3, 0xf8, 0xa7, 0x69, 0xa1, 0x41, 0x81, 0x57, 0xaa, 0xf8,
            ],
            vec![0xe4, 0xb8, 0xad, 0xff, 0xfe, 0x00, 0x80],
            vec![0xff, 0xfe],
            vec![0xfe, 0xff],
            vec![0xff, 0xfe, 0x41],
            vec![0xff, 0xfe, 0x41, 0x00, 0x42],
            vec![0xff, 0xfe, 0x00, 0xd8],
            vec![0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00],
            vec![0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc, 0x41, 0x00],
            vec![0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00],
            vec![0xfe, 0xff, 0xd8, 0x3d, 0xde],
            vec![0xfe, 0xff, 0xd8, 0x3d],
            vec![0x81, 0x30, 0x81, 0x30],
            vec![0x81],
            vec![0x80],
            vec![0xff],
            vec![0xff, 0xfe, 0, 0, 0x41, 0, 0, 0],
            vec![0xff, 0xfe, 0, 0, 0x41, 0, 0],
            vec![0xff, 0xfe, 0, 0, 0, 0xd8, 0, 0],
            vec![0, 0, 0xfe, 0xff, 0, 0, 0x62, 0x5],
            vec![0, 0, 0xfe, 0xff, 0, 0x11, 0, 0],
        ];
        for le in [true, false] {
            let mut b = if le {
                vec![0xff, 0xfe]
            } else {
                vec![0xfe, 0xff]
            };
            for u in "报告😀 94件".encode_utf16() {
                b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            cases.push(b);
        }
        for c in &cases {
            same(c);
        }
    }

    #[test]
    fn agrees_with_the_core_on_random_bytes() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let prefixes: [&[u8]; 4] = [&[], &[0xef, 0xbb, 0xbf], &[0xff, 0xfe], &[0xfe, 0xff]];
        for i in 0..20_000 {
            let len = (next() % 24) as usize;
            let mut b = prefixes[i % 4].to_vec();
            for _ in 0..len {
                let r = next();
                // Bias towards bytes that form real sequences (surrogates, GBK leads, ASCII).
                b.push(match r % 5 {
                    0 => 0xd8 + (r >> 8) as u8 % 8,
                    1 => 0x81 + (r >> 8) as u8 % 0x7e,
                    2 => 0x30 + (r >> 8) as u8 % 10,
                    _ => (r >> 16) as u8,
                });
            }
            same(&b);
        }
    }
}
