//! The Word 97–2003 reader (feature `doc`): turns a binary .doc into the text the parser reads.
//!
//! A .doc is an OLE compound file (read with `cfb`) whose `WordDocument` stream starts with the
//! File Information Block (FIB, [MS-DOC] 2.5). The reader follows what [MS-DOC] calls the
//! retrieval of text (2.4.1):
//!
//! - The FIB: `wIdent` must be 0xA5EC; an encrypted file ([`Error::Encrypted`]) and a Word 6/95
//!   file (`nFib` below Word 97's, [`Error::Unsupported`]) are refused by name; `fWhichTblStm`
//!   picks the `0Table` or `1Table` stream, `fcClx`/`lcbClx` locate the piece table there.
//! - The CLX: its `Prc` entries are skipped, its `PlcPcd` lists the pieces of the main document
//!   (the first `ccpText` characters): 8-bit cp1252 at `fc / 2` when bit 30 of `fc` is set,
//!   UTF-16LE at `fc` otherwise.
//! - The characters: 0x0D ends a paragraph (a line), 0x0B (line break) and 0x0C (page or section
//!   break) end a line, a tab is a space, 0x1E (non-breaking hyphen) is `-`, 0x1F (optional
//!   hyphen) is dropped, U+00A0 is a space; of a field (0x13 instruction 0x14 result 0x15, nested
//!   too) only the result is kept; object anchors (0x01 picture, 0x02 note reference, 0x05
//!   comment, 0x08 drawing …) and other control characters are dropped.
//! - Tables: a cell ends with 0x07 and its row with one more 0x07, a paragraph whose properties
//!   (PAPX, found through the `PlcBtePapx` and its FKP pages) set `sprmPFTtp`; rows become
//!   `| a | b |` lines as in the .docx reader. The row's `sprmTDefTable` gives its cells' edges:
//!   a cell as wide as several columns of the table (the edges of all its rows) is repeated over
//!   them, and a vertically merged cell (`vertMerge` of its TC, `sprmTVertMerge`) takes the text of
//!   the cell above, so that merged header cells stand in every column they head. A file
//!   without paragraph properties falls back on the characters: a 0x07 right after a 0x07 ends
//!   the row (which misreads an empty last cell).
//! - The [`SourceMap`] leads to byte offsets in the `WordDocument` stream, one anchor per run of
//!   text (characters of one piece between two control characters); the text is UTF-16 there,
//!   so an offset inside a run maps to the run's start.
//! - Automatic numbering, which is not in the paragraph's text, is rendered in front of it as the
//!   .docx reader does: the paragraph's list instance and level (`sprmPIlfo`, `sprmPIlvl`) lead
//!   through the LFO to its list (PlfLst) and the level's template (`%1、` is `\x00、` there) and
//!   number format (MSONFC: 一, 1, ① …), counting per list instance, restarting deeper levels.
//!   A paragraph style's numbering (its UPX in the style sheet, through its base styles) counts
//!   when the paragraph sets none, and a list instance's overrides of its list (LFOLVL: another
//!   start, or a whole level) count.
//!
//! Not read: headers, footers, notes, comments and text boxes (other parts of the character
//! stream), revision marks (deleted text stays), nested tables as tables (their text joins the
//! cell that holds them).
//!
//! ```no_run
//! let bytes = std::fs::read("report.doc").unwrap();
//! let doc = baogao::doc::parse_doc(&bytes).unwrap();
//! for h in doc.report.headings() {
//!     println!("{} {}{}", h.level, h.marker.raw, h.title);
//! }
//! ```

use crate::document::{Document, SourceFormat, SourceMap, TextBuilder};
use crate::error::Error;
use std::io::Read;

/// Reads a Word 97–2003 .doc and parses the report in it.
///
/// ```
/// let err = baogao::doc::parse_doc(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 truncated").unwrap_err();
/// assert_eq!(err.kind(), "format");
/// ```
pub fn parse_doc(bytes: &[u8]) -> Result<Document, Error> {
    let (text, map) = extract(bytes)?;
    Ok(crate::document::finish(
        SourceFormat::Doc,
        "UTF-16LE",
        text,
        map,
    ))
}

fn format_error(reason: impl Into<String>) -> Error {
    Error::Format {
        format: "doc",
        reason: reason.into(),
    }
}

/// The text of a .doc and its map to the `WordDocument` stream.
pub(crate) fn extract(bytes: &[u8]) -> Result<(String, SourceMap), Error> {
    let streams = Streams::open(bytes)?;
    let fib = Fib::read(&streams.word)?;
    let table = if fib.one_table {
        streams.one_table.as_deref()
    } else {
        streams.zero_table.as_deref()
    }
    .ok_or_else(|| {
        format_error(format!(
            "no {}Table stream (the FIB names it)",
            u8::from(fib.one_table)
        ))
    })?;
    let pieces = pieces(table, fib.clx)?;
    let props = Papx::read(&streams.word, table, &streams.data, fib.bte_papx);
    let mut body = Body::new(props);
    body.lists = Lists::read(table, fib.lst, fib.lfo);
    body.styles = style_numbering(table, fib.stsh);
    let limit = if fib.ccp_text == 0 {
        u32::MAX
    } else {
        fib.ccp_text
    };
    for piece in &pieces {
        if piece.cp >= limit {
            break;
        }
        let chars = piece.cp_end.min(limit) - piece.cp;
        body.read_piece(&streams.word, piece, chars as usize);
    }
    Ok(body.finish())
}

/// The streams of the compound file that the reader uses.
struct Streams {
    word: Vec<u8>,
    zero_table: Option<Vec<u8>>,
    one_table: Option<Vec<u8>>,
    data: Vec<u8>,
}

impl Streams {
    /// Opens the compound file: a file without a `WordDocument` stream is some other Office file.
    fn open(bytes: &[u8]) -> Result<Self, Error> {
        let mut cf = cfb::CompoundFile::open(std::io::Cursor::new(bytes))
            .map_err(|e| format_error(format!("not a readable OLE compound file ({e})")))?;
        if !cf.is_stream("/WordDocument") {
            return Err(not_word(&cf));
        }
        // No stream can be longer than the file: reading stops there whatever the directory says.
        let limit = bytes.len() as u64;
        let mut read = |name: &str| -> Option<Vec<u8>> {
            let s = cf.open_stream(name).ok()?;
            let mut out = Vec::new();
            s.take(limit).read_to_end(&mut out).ok()?;
            Some(out)
        };
        let word = read("/WordDocument")
            .ok_or_else(|| format_error("the WordDocument stream cannot be read"))?;
        Ok(Streams {
            word,
            zero_table: read("/0Table"),
            one_table: read("/1Table"),
            data: read("/Data").unwrap_or_default(),
        })
    }
}

/// The error for a compound file that is not a Word document, naming what it is by its streams.
fn not_word<F>(cf: &cfb::CompoundFile<F>) -> Error {
    let what = if cf.is_stream("/Workbook") || cf.is_stream("/Book") {
        "an Excel workbook (.xls)"
    } else if cf.is_stream("/PowerPoint Document") {
        "a PowerPoint presentation (.ppt)"
    } else {
        "an OLE compound file that is not a Word document"
    };
    Error::Unsupported {
        format: "doc",
        reason: format!("{what}: it has no WordDocument stream"),
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// The FIB's `nFib` of Word 97; Word 6.0 and Word 95 files (0x0065–0x0068) store their text
/// another way.
const NFIB_WORD97: u16 = 0x00C0;

/// What the reader takes from the File Information Block.
#[derive(Debug, Clone, Copy)]
struct Fib {
    /// `fWhichTblStm`: the table stream is `1Table` (else `0Table`).
    one_table: bool,
    /// Characters of the main document (`ccpText`).
    ccp_text: u32,
    /// `fcClx`, `lcbClx`: the piece table in the table stream.
    clx: (u32, u32),
    /// `fcPlcfBtePapx`, `lcbPlcfBtePapx`: where the paragraph properties' pages are.
    bte_papx: (u32, u32),
    /// `fcStshf`, `lcbStshf`: the style sheet.
    stsh: (u32, u32),
    /// `fcPlfLst`, `lcbPlfLst`: the list definitions (their levels follow them).
    lst: (u32, u32),
    /// `fcPlfLfo`, `lcbPlfLfo`: the list instances paragraphs refer to.
    lfo: (u32, u32),
}

impl Fib {
    /// Reads the FIB at the start of the `WordDocument` stream ([MS-DOC] 2.5.1): `FibBase`, then
    /// the counted `FibRgW97`, `FibRgLw97` and `FibRgFcLcb` arrays.
    fn read(word: &[u8]) -> Result<Fib, Error> {
        let short = || format_error("the WordDocument stream is too short for its FIB");
        let ident = u16_at(word, 0).ok_or_else(short)?;
        if ident != 0xA5EC {
            return Err(format_error(format!(
                "the WordDocument stream has no Word FIB (wIdent {ident:#06x}, not 0xa5ec)"
            )));
        }
        let nfib = u16_at(word, 2).ok_or_else(short)?;
        if nfib < NFIB_WORD97 {
            return Err(Error::Unsupported {
                format: "doc",
                reason: format!(
                    "a Word 6.0/95 file (nFib {nfib:#06x}): only Word 97–2003 files are read; save it again from Word"
                ),
            });
        }
        let flags = u16_at(word, 0x0A).ok_or_else(short)?;
        if flags & 0x0100 != 0 {
            return Err(Error::Encrypted { format: "doc" });
        }
        let mut at = 32;
        let csw = usize::from(u16_at(word, at).ok_or_else(short)?);
        at += 2 + csw * 2;
        let cslw = usize::from(u16_at(word, at).ok_or_else(short)?);
        let lw = at + 2;
        at = lw + cslw * 4;
        let pairs = usize::from(u16_at(word, at).ok_or_else(short)?);
        let fclcb = at + 2;
        let pair = |i: usize| -> Option<(u32, u32)> {
            if i >= pairs {
                return None;
            }
            Some((
                u32_at(word, fclcb + i * 8)?,
                u32_at(word, fclcb + i * 8 + 4)?,
            ))
        };
        let ccp_text = if cslw > 3 {
            u32_at(word, lw + 12).ok_or_else(short)?
        } else {
            0
        };
        Ok(Fib {
            one_table: flags & 0x0200 != 0,
            ccp_text,
            clx: pair(33).ok_or_else(short)?,
            bte_papx: pair(13).unwrap_or((0, 0)),
            stsh: pair(1).unwrap_or((0, 0)),
            lst: pair(73).unwrap_or((0, 0)),
            lfo: pair(74).unwrap_or((0, 0)),
        })
    }
}

/// One piece of the text: characters `cp..cp_end` stored at byte `fc` of the `WordDocument`
/// stream, one byte each (`compressed`, cp1252) or two (UTF-16LE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    cp: u32,
    cp_end: u32,
    fc: usize,
    compressed: bool,
}

/// The pieces of the CLX at `clx` (offset, length) in the table stream ([MS-DOC] 2.9.38): the
/// `Prc` entries (clxt 0x01, a counted grpprl) skipped, then the `Pcdt` (clxt 0x02) and its
/// `PlcPcd`: n + 1 character positions, then n 8-byte piece descriptors.
fn pieces(table: &[u8], (fc, lcb): (u32, u32)) -> Result<Vec<Piece>, Error> {
    let (fc, lcb) = (fc as usize, lcb as usize);
    let clx = fc
        .checked_add(lcb)
        .and_then(|end| table.get(fc..end))
        .ok_or_else(|| {
            format_error(format!(
                "the piece table (fcClx {fc}, lcbClx {lcb}) lies past the {}-byte table stream",
                table.len()
            ))
        })?;
    let mut at = 0;
    while clx.get(at) == Some(&0x01) {
        let cb = u16_at(clx, at + 1).ok_or_else(|| format_error("a cut Prc in the CLX"))?;
        at += 3 + usize::from(cb);
    }
    if clx.get(at) != Some(&0x02) {
        return Err(format_error("no piece table (Pcdt) in the CLX"));
    }
    let len = u32_at(clx, at + 1).ok_or_else(|| format_error("a cut Pcdt in the CLX"))? as usize;
    let plc = clx
        .get(at + 5..)
        .and_then(|rest| rest.get(..len))
        .ok_or_else(|| format_error(format!("the PlcPcd's {len} bytes run past the CLX")))?;
    if len < 4 || (len - 4) % 12 != 0 {
        return Err(format_error(format!(
            "a PlcPcd of {len} bytes (4 + 12 per piece)"
        )));
    }
    let n = (len - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (cp, cp_end) = (u32_at(plc, i * 4), u32_at(plc, i * 4 + 4));
        let raw = u32_at(plc, (n + 1) * 4 + i * 8 + 2);
        let (Some(cp), Some(cp_end), Some(raw)) = (cp, cp_end, raw) else {
            break;
        };
        if cp_end <= cp {
            continue;
        }
        let compressed = raw & 0x4000_0000 != 0;
        let fc = (raw & 0x3FFF_FFFF) as usize;
        out.push(Piece {
            cp,
            cp_end,
            fc: if compressed { fc / 2 } else { fc },
            compressed,
        });
    }
    Ok(out)
}

/// The character of an 8-bit ("compressed") piece: cp1252, as [MS-DOC] 2.4.1 lists it (0x80–0x9F
/// that it does not list stay as they are).
fn compressed_char(b: u8) -> u16 {
    const HIGH: [u16; 32] = [
        0x80, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0x8D, 0x8E, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x9E, 0x0178,
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => u16::from(b),
    }
}

/// One cell of a row as `sprmTDefTable` and `sprmTVertMerge` describe it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct CellDef {
    /// `horzMerge` of the TC: 2 is a cell merged into the one before it (Word 97's way).
    horz: u8,
    /// `vertMerge`: 1 continues the cell above, 3 starts a merged range.
    vert: u8,
}

/// The layout of a table row: its cells' edges (twips, one more than cells) and merges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct RowDef {
    edges: Vec<i16>,
    cells: Vec<CellDef>,
}

/// The properties of a paragraph that the reader needs (from its PAPX grpprl).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct ParaProps {
    /// `sprmPFInTable`: the paragraph is in a table cell.
    in_table: bool,
    /// `sprmPFTtp`: the paragraph is a row's end mark.
    ttp: bool,
    /// The row layout, on a row's end mark.
    row: Option<RowDef>,
    /// The paragraph's style (`istd`).
    istd: u16,
    /// `sprmPIlfo`: the list instance (1-based; 0 is none) the paragraph is numbered in, when the
    /// paragraph sets it (else its style's).
    ilfo: Option<u16>,
    /// `sprmPIlvl`: the paragraph's level in its list, when the paragraph sets it.
    ilvl: Option<u8>,
}

const SPRM_P_F_IN_TABLE: u16 = 0x2416;
const SPRM_P_F_TTP: u16 = 0x2417;
const SPRM_P_ITAP: u16 = 0x6649;
const SPRM_P_HUGE_PAPX: u16 = 0x6646;
const SPRM_T_DEF_TABLE: u16 = 0xD608;
const SPRM_T_VERT_MERGE: u16 = 0xD62B;
const SPRM_P_CHG_TABS: u16 = 0xC615;
const SPRM_P_ILFO: u16 = 0x460B;
const SPRM_P_ILVL: u16 = 0x260A;

/// The Prls of a grpprl, as (sprm, operand): the operand's size is in the sprm's `spra` bits
/// (1, 2, 4 or 3 bytes, or counted by its first byte; `sprmTDefTable` by a 16-bit count).
fn prls(grpprl: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let sprm = u16_at(grpprl, at)?;
        let op = at + 2;
        let len = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            _ if sprm == SPRM_T_DEF_TABLE => usize::from(u16_at(grpprl, op)?) + 1,
            // a tab deletion list too long for one count byte: stop reading this grpprl
            _ if sprm == SPRM_P_CHG_TABS && grpprl.get(op) == Some(&255) => return None,
            _ => usize::from(*grpprl.get(op)?) + 1,
        };
        let operand = grpprl.get(op..op.checked_add(len)?)?;
        at = op + len;
        Some((sprm, operand))
    })
}

/// The row layout in a `sprmTDefTable` operand: a 16-bit count, `itcMac`, `itcMac + 1` cell
/// edges, then up to `itcMac` 20-byte TC80s whose first 16 bits (`tcgrf`) hold the merges.
fn def_table(op: &[u8]) -> Option<RowDef> {
    let n = usize::from(*op.get(2)?).min(64);
    let edges: Vec<i16> = (0..=n)
        .map_while(|i| u16_at(op, 3 + i * 2).map(|v| v as i16))
        .collect();
    let tcs = 3 + (n + 1) * 2;
    let cells = (0..n)
        .map(|i| {
            let grf = u16_at(op, tcs + i * 20).unwrap_or(0);
            CellDef {
                horz: (grf & 0x3) as u8,
                vert: ((grf >> 5) & 0x3) as u8,
            }
        })
        .collect();
    Some(RowDef { edges, cells })
}

/// The paragraph properties a grpprl sets; `data` is the Data stream, where `sprmPHugePapx`
/// points to a grpprl too long for its page.
fn para_props(grpprl: &[u8], data: &[u8], props: &mut ParaProps, depth: u8) {
    for (sprm, op) in prls(grpprl) {
        match sprm {
            SPRM_P_F_IN_TABLE => props.in_table = op[0] != 0,
            SPRM_P_F_TTP => props.ttp = op[0] != 0,
            SPRM_P_ITAP => props.in_table |= u32_at(op, 0).unwrap_or(0) > 0,
            SPRM_P_ILFO => props.ilfo = u16_at(op, 0),
            SPRM_P_ILVL => props.ilvl = Some(op[0].min(8)),
            SPRM_T_DEF_TABLE => props.row = def_table(op),
            SPRM_T_VERT_MERGE => {
                if let (Some(row), Some(&itc), Some(&flag)) =
                    (props.row.as_mut(), op.get(1), op.get(2))
                {
                    if let Some(c) = row.cells.get_mut(usize::from(itc)) {
                        c.vert = flag;
                    }
                }
            }
            SPRM_P_HUGE_PAPX if depth == 0 => {
                let at = u32_at(op, 0).unwrap_or(u32::MAX) as usize;
                if let Some(cb) = u16_at(data, at) {
                    let huge = data.get(at.saturating_add(2)..).unwrap_or(&[]);
                    let huge = &huge[..usize::from(cb).min(huge.len())];
                    para_props(huge, data, props, 1);
                }
            }
            _ => {}
        }
    }
}

/// The paragraph properties by stream offset: the runs of the PAPX FKP pages (512-byte pages of
/// the `WordDocument` stream that `PlcBtePapx` lists), each a byte range and its properties.
#[derive(Debug, Default)]
struct Papx {
    /// (first byte, byte after the last, properties), in stream order.
    runs: Vec<(u32, u32, ParaProps)>,
}

impl Papx {
    /// Reads every FKP page of the `PlcBtePapx` at `bte` in the table stream. A page or a run
    /// that lies outside the streams is skipped.
    fn read(word: &[u8], table: &[u8], data: &[u8], (fc, lcb): (u32, u32)) -> Papx {
        let mut runs = Vec::new();
        let Some(plc) = table.get(fc as usize..(fc as usize).saturating_add(lcb as usize)) else {
            return Papx { runs };
        };
        let n = plc.len().saturating_sub(4) / 8;
        for i in 0..n {
            let Some(pn) = u32_at(plc, (n + 1) * 4 + i * 4) else {
                break;
            };
            let start = ((pn & 0x3F_FFFF) as usize) * 512;
            if let Some(page) = word.get(start..start + 512) {
                Self::read_page(page, data, &mut runs);
            }
        }
        Papx { runs }
    }

    /// One PapxFkp page ([MS-DOC] 2.9.175): `crun` in its last byte, `crun + 1` stream offsets,
    /// `crun` 13-byte BxPap whose first byte is the PAPX's offset in the page, in words.
    fn read_page(page: &[u8], data: &[u8], runs: &mut Vec<(u32, u32, ParaProps)>) {
        let crun = usize::from(page[511]).min(29);
        for j in 0..crun {
            let (Some(from), Some(to)) = (u32_at(page, j * 4), u32_at(page, j * 4 + 4)) else {
                break;
            };
            let mut props = ParaProps::default();
            let b = usize::from(page[(crun + 1) * 4 + j * 13]) * 2;
            if b != 0 {
                let (start, len) = match page.get(b) {
                    Some(0) => (b + 2, page.get(b + 1).map_or(0, |&c| usize::from(c) * 2)),
                    Some(&cb) => (b + 1, usize::from(cb) * 2 - 1),
                    None => (b, 0),
                };
                let papx = page.get(start..(start + len).min(511)).unwrap_or(&[]);
                // the style index (2 bytes) before the grpprl
                props.istd = u16_at(papx, 0).unwrap_or(0);
                para_props(papx.get(2..).unwrap_or(&[]), data, &mut props, 0);
            }
            runs.push((from, to, props));
        }
    }

    /// The properties of the paragraph whose mark is at stream offset `fc`; `None` when no page
    /// covers it.
    fn at(&self, fc: usize) -> Option<&ParaProps> {
        let fc = u32::try_from(fc).ok()?;
        let i = self.runs.partition_point(|r| r.0 <= fc);
        let r = self.runs.get(i.checked_sub(1)?)?;
        (fc < r.1).then_some(&r.2)
    }
}

/// One level of a list ([MS-DOC] 2.9.150 LVL): its start, number format and label template
/// (`xst`: characters 0–8 stand for the counters of those levels).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Level {
    start: u32,
    nfc: u8,
    text: Vec<u16>,
}

/// A list instance's override of one level of its list (LFOLVL): (level, its start when
/// `fStartAt`, the whole level when `fFormatting`).
type LevelOverride = (u8, Option<u32>, Option<Level>);

/// Word's automatic numbering: the levels of each list, and the list of each list instance
/// (LFO) that paragraphs name with `sprmPIlfo`.
#[derive(Debug, Default)]
struct Lists {
    /// per list (in PlfLst order): its id (`lsid`) and 1 or 9 levels
    lists: Vec<(i32, Vec<Level>)>,
    /// per LFO, 1-based: the `lsid` of its list
    lfos: Vec<i32>,
    /// per LFO, its overrides of levels of its list
    overrides: Vec<Vec<LevelOverride>>,
    /// counters per LFO and level, as Word counts (the .docx reader counts per numId)
    counters: std::collections::HashMap<u16, [u32; 9]>,
}

impl Lists {
    /// Reads the PlfLst at `lst` (a count, then 28-byte LSTFs, then each list's LVLs) and the
    /// PlfLfo at `lfo` (a count, then 16-byte LFOs, then per LFO its LFOData: a CP and
    /// `clfolvl` LFOLVLs, each a start, the level and flags, and a whole LVL when `fFormatting`)
    /// in the table stream. What lies outside the stream is left out.
    fn read(table: &[u8], (fc_lst, _): (u32, u32), (fc_lfo, _): (u32, u32)) -> Lists {
        let mut out = Lists::default();
        let fc = fc_lst as usize;
        let count = u16_at(table, fc).map_or(0, |c| usize::from(c).min(table.len() / 28));
        let mut at = fc + 2 + count * 28;
        for i in 0..count {
            let lstf = fc + 2 + i * 28;
            let (Some(lsid), Some(&flags)) = (u32_at(table, lstf), table.get(lstf + 26)) else {
                break;
            };
            let n = if flags & 1 != 0 { 1 } else { 9 };
            let mut levels = Vec::with_capacity(n);
            for _ in 0..n {
                let Some((level, next)) = read_level(table, at) else {
                    break;
                };
                levels.push(level);
                at = next;
            }
            out.lists.push((lsid as i32, levels));
        }
        let fc = fc_lfo as usize;
        let count = u32_at(table, fc).map_or(0, |c| (c as usize).min(table.len() / 16));
        out.lfos = (0..count)
            .map_while(|i| u32_at(table, fc + 4 + i * 16).map(|v| v as i32))
            .collect();
        let mut at = fc + 4 + out.lfos.len() * 16;
        for i in 0..out.lfos.len() {
            let n = table
                .get(fc + 4 + i * 16 + 12)
                .map_or(0, |&n| usize::from(n).min(9));
            at += 4; // the CP
            let mut levels = Vec::new();
            for _ in 0..n {
                let (Some(start), Some(flags)) = (u32_at(table, at), u32_at(table, at + 4)) else {
                    break;
                };
                at += 8;
                let whole = if flags & 0x20 != 0 {
                    let Some((level, next)) = read_level(table, at) else {
                        break;
                    };
                    at = next;
                    Some(level)
                } else {
                    None
                };
                let start = (flags & 0x10 != 0).then_some(start.min(100_000));
                levels.push(((flags & 0xF).min(8) as u8, start, whole));
            }
            out.overrides.push(levels);
        }
        out
    }

    /// The label of a paragraph numbered at level `ilvl` of list instance `ilfo` (counting it),
    /// or `""`: the level's template with each counter in its level's number format.
    fn label(&mut self, ilfo: u16, ilvl: u8) -> String {
        let Some(&lsid) = usize::from(ilfo)
            .checked_sub(1)
            .and_then(|i| self.lfos.get(i))
        else {
            return String::new();
        };
        let Some((_, levels)) = self.lists.iter().find(|(id, _)| *id == lsid) else {
            return String::new();
        };
        let overrides = self.overrides.get(usize::from(ilfo) - 1);
        let over = |l: usize| overrides.and_then(|o| o.iter().find(|v| usize::from(v.0) == l));
        // a level as the list instance has it: overridden whole, or the list's
        let level_at = |l: usize| over(l).and_then(|o| o.2.as_ref()).or(levels.get(l));
        let start = |l: usize| {
            over(l)
                .and_then(|o| o.1)
                .or(level_at(l).map(|v| v.start))
                .unwrap_or(1)
        };
        let i = usize::from(ilvl).min(8);
        let Some(level) = level_at(i) else {
            return String::new();
        };
        let counters = self.counters.entry(ilfo).or_insert([0; 9]);
        counters[i] = if counters[i] == 0 {
            start(i)
        } else {
            counters[i] + 1
        };
        for c in counters.iter_mut().skip(i + 1) {
            *c = 0;
        }
        if level.nfc == 0x17 {
            return String::new(); // a bullet
        }
        let mut out = String::new();
        for c in char::decode_utf16(level.text.iter().copied()) {
            match c {
                Ok(c) if (c as u32) < 9 => {
                    let l = c as usize;
                    let n = if counters[l] == 0 {
                        start(l)
                    } else {
                        counters[l]
                    };
                    let nfc = level_at(l).map_or(0, |v| v.nfc);
                    out.push_str(&crate::numbering::format_number(n, nfc_name(nfc)));
                }
                Ok(c) => out.push(c),
                Err(_) => {}
            }
        }
        out
    }
}

/// The list instance and level of each paragraph style of the STSH at `stsh` in the table stream
/// ([MS-DOC] 2.9.271): after the counted `Stshi` (`cstd`, `cbSTDBaseInFile`), `cstd` counted STDs,
/// each its `StdfBase` (`stk` and `istdBase` at 2), its name, then for a paragraph style
/// (`stk` = 1) the paragraph UPX first: a 16-bit count, the style index, the grpprl. A style
/// without its own `sprmPIlfo`/`sprmPIlvl` takes its base style's.
fn style_numbering(table: &[u8], (fc, lcb): (u32, u32)) -> Vec<(Option<u16>, Option<u8>)> {
    let (fc, lcb) = (fc as usize, lcb as usize);
    let Some(stsh) = table.get(fc..fc.saturating_add(lcb)) else {
        return Vec::new();
    };
    let Some(cb_stshi) = u16_at(stsh, 0).map(usize::from) else {
        return Vec::new();
    };
    let cstd = u16_at(stsh, 2).map_or(0, usize::from).min(stsh.len() / 2);
    let base_len = u16_at(stsh, 4).map_or(10, usize::from);
    // per style: (own ilfo, own ilvl, istdBase)
    let mut own: Vec<(Option<u16>, Option<u8>, usize)> = Vec::with_capacity(cstd);
    let mut at = 2 + cb_stshi;
    for _ in 0..cstd {
        let Some(cb) = u16_at(stsh, at).map(usize::from) else {
            break;
        };
        let std = stsh
            .get(at + 2..(at + 2 + cb).min(stsh.len()))
            .unwrap_or(&[]);
        at += 2 + cb;
        let mut props = ParaProps::default();
        let word = u16_at(std, 2).unwrap_or(0);
        let (stk, base) = (word & 0xF, usize::from(word >> 4));
        if stk == 1 {
            let cch = u16_at(std, base_len).map_or(0, usize::from);
            let upx = base_len + 2 + cch * 2 + 2;
            if let Some(cb_upx) = u16_at(std, upx).map(usize::from) {
                let grpprl = std.get(upx + 4..(upx + 2 + cb_upx).min(std.len()));
                para_props(grpprl.unwrap_or(&[]), &[], &mut props, 1);
            }
        }
        own.push((props.ilfo, props.ilvl, base));
    }
    (0..own.len())
        .map(|i| {
            let (mut ilfo, mut ilvl, mut base) = own[i];
            for _ in 0..16 {
                let Some(b) = own.get(base) else { break };
                ilfo = ilfo.or(b.0);
                ilvl = ilvl.or(b.1);
                base = b.2;
            }
            (ilfo, ilvl)
        })
        .collect()
}

/// One LVL at `at`: the 28-byte LVLF (`iStartAt`, `nfc`, … `cbGrpprlChpx` at 24, `cbGrpprlPapx`
/// at 25), the two grpprls, then the template (`xst`: a 16-bit count of UTF-16 units). Returns the
/// level and where the next one starts.
fn read_level(table: &[u8], at: usize) -> Option<(Level, usize)> {
    let start = u32_at(table, at)?;
    let nfc = *table.get(at + 4)?;
    let grpprls = usize::from(*table.get(at + 24)?) + usize::from(*table.get(at + 25)?);
    let xst = at + 28 + grpprls;
    let cch = usize::from(u16_at(table, xst)?);
    let text = (0..cch)
        .map_while(|k| u16_at(table, xst + 2 + k * 2))
        .collect::<Vec<_>>();
    let level = Level {
        start: start.min(100_000),
        nfc,
        text,
    };
    Some((level, xst + 2 + cch * 2))
}

/// The name ([ECMA-376] ST_NumberFormat) of a list level's `nfc` code ([MS-DOC] 2.2.1.3 MSONFC),
/// for the formats the .docx reader renders.
fn nfc_name(nfc: u8) -> &'static str {
    match nfc {
        0x01 => "upperRoman",
        0x02 => "lowerRoman",
        0x03 => "upperLetter",
        0x04 => "lowerLetter",
        0x0B => "japaneseCounting",
        0x0E | 0x13 => "decimalFullWidth",
        0x12 => "decimalEnclosedCircle",
        0x1C => "decimalEnclosedCircleChinese",
        0x1E => "ideographTraditional",
        0x21 => "taiwaneseCounting",
        // taiwaneseCountingThousand: LibreOffice writes it for 一, 二, 三
        0x23 | 0x27 => "chineseCountingThousand",
        0x25 => "chineseCounting",
        0x26 => "chineseLegalSimplified",
        0x17 => "bullet",
        0xFF => "none",
        _ => "decimal",
    }
}

/// A table cell being read: its text and where it starts in the stream.
#[derive(Debug, Default, Clone)]
struct Cell {
    text: String,
    source: Option<usize>,
}

/// The reader of the character stream: a paragraph's runs, the cells of the row and the rows of
/// the table being read, and the fields open.
struct Body {
    props: Papx,
    b: TextBuilder,
    /// (text, stream offset) per run; `"\n"` with no offset for a line break
    para: Vec<(String, Option<usize>)>,
    /// the run being read: UTF-16 code units and the offset of the first
    run: Vec<u16>,
    run_source: Option<usize>,
    cell: Cell,
    row: Vec<Cell>,
    rows: Vec<(Vec<Cell>, Option<RowDef>)>,
    /// one entry per open field: whether its result (after 0x14) is being read
    fields: Vec<bool>,
    /// the last character read was a cell mark (for the fallback row ends)
    after_cell_mark: bool,
    /// automatic numbering
    lists: Lists,
    /// the list instance and level each paragraph style numbers in (by `istd`)
    styles: Vec<(Option<u16>, Option<u8>)>,
}

/// Fields nested deeper than this are read as text (a corrupt file cannot grow the stack).
const MAX_FIELD_DEPTH: usize = 64;

impl Body {
    fn new(props: Papx) -> Self {
        Body {
            props,
            b: TextBuilder::new(),
            para: Vec::new(),
            run: Vec::new(),
            run_source: None,
            cell: Cell::default(),
            row: Vec::new(),
            rows: Vec::new(),
            fields: Vec::new(),
            after_cell_mark: false,
            lists: Lists::default(),
            styles: Vec::new(),
        }
    }

    /// Reads the first `chars` characters of a piece (fewer where the stream ends).
    fn read_piece(&mut self, word: &[u8], piece: &Piece, chars: usize) {
        let width = if piece.compressed { 1 } else { 2 };
        let avail = word.len().saturating_sub(piece.fc) / width;
        for k in 0..chars.min(avail) {
            let at = piece.fc + k * width;
            let unit = if piece.compressed {
                compressed_char(word[at])
            } else {
                u16::from_le_bytes([word[at], word[at + 1]])
            };
            self.char(unit, at);
        }
        // a run does not go on into the next piece: its offsets are elsewhere
        self.flush_run();
    }

    /// One character of the main document at stream offset `at`.
    fn char(&mut self, unit: u16, at: usize) {
        let cell_mark = unit == 0x07;
        match unit {
            0x13 if self.fields.len() < MAX_FIELD_DEPTH => {
                self.flush_run();
                self.fields.push(false);
            }
            0x14 => {
                if let Some(f) = self.fields.last_mut() {
                    *f = true;
                }
            }
            0x15 => {
                self.flush_run();
                self.fields.pop();
            }
            // inside a field's instruction
            _ if self.fields.iter().any(|r| !r) => {}
            0x0D => self.end_paragraph(at),
            0x07 => self.cell_mark(at),
            0x0B | 0x0C => {
                self.flush_run();
                self.para.push(("\n".into(), None));
            }
            0x09 | 0xA0 => self.push(0x20, at),
            0x1E => self.push(u16::from(b'-'), at),
            0x00..=0x1F => {}
            _ => self.push(unit, at),
        }
        self.after_cell_mark = cell_mark;
    }

    fn push(&mut self, unit: u16, at: usize) {
        if self.run.is_empty() {
            self.run_source = Some(at);
        }
        self.run.push(unit);
    }

    fn flush_run(&mut self) {
        if !self.run.is_empty() {
            let text = String::from_utf16_lossy(&self.run);
            self.para.push((text, self.run_source.take()));
            self.run.clear();
        }
    }

    /// A paragraph mark: the paragraph is a line, or text of the cell it is in.
    fn end_paragraph(&mut self, at: usize) {
        self.flush_run();
        let (in_table, label) = match self.props.at(at) {
            Some(p) => (p.in_table, label(&mut self.lists, &self.styles, p)),
            None => (false, String::new()),
        };
        if in_table {
            self.para_into_cell(&label);
        } else {
            self.flush_table();
            self.emit_paragraph(&label);
        }
    }

    /// A 0x07: the end of a cell, or of a row when the mark's paragraph is a row end (TTP).
    fn cell_mark(&mut self, at: usize) {
        self.flush_run();
        let (ttp, row, label) = match self.props.at(at) {
            Some(p) if p.ttp => (true, p.row.clone(), String::new()),
            Some(p) => (false, None, label(&mut self.lists, &self.styles, p)),
            // no paragraph properties: a second 0x07 in a row ends the row
            None => (self.after_cell_mark, None, String::new()),
        };
        if ttp {
            self.para.clear();
            let cells = std::mem::take(&mut self.row);
            self.rows.push((cells, row));
        } else {
            self.para_into_cell(&label);
            let cell = std::mem::take(&mut self.cell);
            self.row.push(cell);
        }
    }

    /// Appends the paragraph read to the current cell: whitespace collapsed, a line break a
    /// space, and paragraphs joined by a space except between two hanzi (as the .docx reader).
    fn para_into_cell(&mut self, label: &str) {
        let runs = std::mem::take(&mut self.para);
        if self.cell.source.is_none() {
            self.cell.source = runs.iter().find_map(|r| r.1);
        }
        let joined: String = std::iter::once(label)
            .chain(
                runs.iter()
                    .map(|(s, _)| if s == "\n" { " " } else { s.as_str() }),
            )
            .collect();
        let text = joined.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return;
        }
        let cell = &mut self.cell.text;
        if !cell.is_empty()
            && crate::document::space_between(cell.chars().last(), text.chars().next())
        {
            cell.push(' ');
        }
        cell.push_str(&text);
    }

    /// Writes the paragraph read as a line (or lines, at its breaks), with its list label in
    /// front unless its text starts with it already; the label maps to the paragraph's text.
    fn emit_paragraph(&mut self, label: &str) {
        let runs = std::mem::take(&mut self.para);
        self.b.break_line();
        let text: String = runs.iter().map(|r| r.0.as_str()).collect();
        if !label.is_empty()
            && !text.trim_start().starts_with(label.trim())
            && !text.trim().is_empty()
        {
            let first = runs.iter().find_map(|r| r.1);
            self.b.push_inline(label, first.map(|o| (o, false)));
        }
        for (s, src) in runs {
            if s == "\n" {
                self.b.break_line();
            } else {
                self.b.push_inline(&s, src.map(|o| (o, false)));
            }
        }
        self.b.break_line();
    }

    /// Writes the table read so far (if any) as `| a | b |` lines, one per row.
    fn flush_table(&mut self) {
        if !self.row.is_empty() {
            // cells after the last row end: a row whose end mark is missing
            let cells = std::mem::take(&mut self.row);
            self.rows.push((cells, None));
        }
        if self.rows.is_empty() {
            return;
        }
        let rows = expand(std::mem::take(&mut self.rows));
        self.b.break_line();
        for row in rows {
            for (i, cell) in row.iter().enumerate() {
                self.b.push_raw(if i == 0 { "| " } else { " | " });
                if let Some(src) = cell.source {
                    self.b.map.push(self.b.text.len(), src, false);
                }
                self.b.push_raw(&cell.text.replace('|', "｜"));
            }
            self.b.push_raw(" |");
            self.b.break_line();
        }
    }

    fn finish(mut self) -> (String, SourceMap) {
        self.flush_run();
        if !self.para.is_empty() {
            self.emit_paragraph("");
        }
        self.flush_table();
        self.b.break_line();
        (self.b.text, self.b.map)
    }
}

/// The list label of a paragraph: numbered by its own `sprmPIlfo` or by its style's (`styles`:
/// the list instance and level of each style).
fn label(lists: &mut Lists, styles: &[(Option<u16>, Option<u8>)], p: &ParaProps) -> String {
    let style = styles.get(usize::from(p.istd)).copied();
    let ilfo = p.ilfo.or(style.and_then(|s| s.0)).unwrap_or(0);
    let ilvl = p.ilvl.or(style.and_then(|s| s.1)).unwrap_or(0);
    if ilfo == 0 {
        return String::new();
    }
    lists.label(ilfo, ilvl)
}

/// Largest number of columns a row expands to.
const MAX_COLUMNS: usize = 64;

/// Rows on the table's grid: the columns are the cell edges of all its rows, a cell as wide as
/// several columns stands in each of them (the first with its source), a cell merged into the one
/// before it (`horzMerge` 2) repeats that one's text and a vertically merged continuation
/// (`vertMerge` 1) takes the text of the cell above it.
fn expand(rows: Vec<(Vec<Cell>, Option<RowDef>)>) -> Vec<Vec<Cell>> {
    let mut grid: Vec<i16> = rows
        .iter()
        .filter_map(|(_, d)| d.as_ref())
        .flat_map(|d| d.edges.iter().copied())
        .collect();
    grid.sort_unstable();
    grid.dedup();
    let mut out: Vec<Vec<Cell>> = Vec::with_capacity(rows.len());
    for (cells, def) in rows {
        let mut row: Vec<Cell> = Vec::new();
        for (i, cell) in cells.into_iter().enumerate() {
            let cd = def
                .as_ref()
                .and_then(|d| d.cells.get(i))
                .copied()
                .unwrap_or_default();
            let span = def
                .as_ref()
                .and_then(|d| Some((*d.edges.get(i)?, *d.edges.get(i + 1)?)))
                .map_or(1, |(l, r)| {
                    grid.iter()
                        .filter(|&&g| g >= l.min(r) && g < l.max(r))
                        .count()
                })
                .max(1);
            for k in 0..span {
                if row.len() >= MAX_COLUMNS {
                    break;
                }
                let col = row.len();
                let text = if cd.vert == 1 {
                    out.last().and_then(|r| r.get(col)).map(|c| c.text.clone())
                } else if cd.horz == 2 && cell.text.is_empty() {
                    row.last().map(|c| c.text.clone())
                } else {
                    None
                };
                row.push(Cell {
                    text: text.unwrap_or_else(|| cell.text.clone()),
                    source: if k == 0 { cell.source } else { None },
                });
            }
        }
        out.push(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_text_is_cp1252() {
        assert_eq!(compressed_char(b'A'), 0x41);
        assert_eq!(compressed_char(0x93), 0x201C);
        assert_eq!(compressed_char(0xA0), 0xA0);
    }

    #[test]
    fn pieces_after_a_prc_in_both_widths() {
        // WordDocument: "一、" in UTF-16 at 0, "Total 12%\r" in 8 bits at 16
        let mut word: Vec<u8> = "一、\r".encode_utf16().flat_map(u16::to_le_bytes).collect();
        word.resize(16, 0);
        word.extend_from_slice(b"Total \x93x\x94 12%\r");
        // CLX: a Prc (3-byte grpprl), then the Pcdt: CPs 0, 3, 19 (two past the stream's end)
        // and two PCDs
        let mut clx = vec![0x01, 3, 0, 0x16, 0x24, 1, 0x02];
        let mut plc = Vec::new();
        for cp in [0u32, 3, 19] {
            plc.extend_from_slice(&cp.to_le_bytes());
        }
        for fc in [0u32, 0x4000_0000 | 32] {
            plc.extend_from_slice(&[0, 0]);
            plc.extend_from_slice(&fc.to_le_bytes());
            plc.extend_from_slice(&[0, 0]);
        }
        clx.extend_from_slice(&(plc.len() as u32).to_le_bytes());
        clx.extend_from_slice(&plc);
        let mut table = vec![0xAA; 5];
        table.extend_from_slice(&clx);
        let ps = pieces(&table, (5, clx.len() as u32)).unwrap();
        assert_eq!(
            ps[1],
            Piece {
                cp: 3,
                cp_end: 19,
                fc: 16,
                compressed: true
            }
        );
        let mut body = Body::new(Papx::default());
        for p in &ps {
            body.read_piece(&word, p, (p.cp_end - p.cp) as usize);
        }
        let (text, map) = body.finish();
        assert_eq!(text, "一、\nTotal “x” 12%\n");
        // the second line maps to its byte in the 8-bit piece
        assert_eq!(map.to_source(text.find("Total").unwrap()), Some(16));
        // a count past the table stream, a CLX without a Pcdt
        assert!(pieces(&table, (5, 1 << 30)).is_err());
        assert!(pieces(&[0x01, 0, 0, 0x07], (0, 4)).is_err());
    }

    #[test]
    fn prls_take_their_operand_sizes() {
        // sprmPFInTable 1, sprmPItap 1 (4 bytes), sprmTVertMerge (counted: 2 bytes)
        let grpprl = [0x16, 0x24, 1, 0x49, 0x66, 1, 0, 0, 0, 0x2B, 0xD6, 2, 0, 3];
        let got: Vec<(u16, usize)> = prls(&grpprl).map(|(s, o)| (s, o.len())).collect();
        assert_eq!(got, [(0x2416, 1), (0x6649, 4), (0xD62B, 3)]);
        // a cut operand ends the list
        assert_eq!(prls(&grpprl[..7]).count(), 1);
    }

    #[test]
    fn fields_keep_their_result_only() {
        let mut body = Body::new(Papx::default());
        let text = "共\u{13} PAGE \u{13}x\u{14}y\u{15}\u{14}12\u{15}件\u{1e}\u{1f}甲\u{1}\r";
        for (i, u) in text.encode_utf16().enumerate() {
            body.char(u, i * 2);
        }
        let (text, _) = body.finish();
        assert_eq!(text, "共12件-甲\n");
    }

    #[test]
    fn without_paragraph_properties_a_double_cell_mark_ends_the_row() {
        let mut body = Body::new(Papx::default());
        for (i, u) in "甲\u{7}乙\u{7}\u{7}丙\u{7}丁\u{7}\u{7}完\r"
            .encode_utf16()
            .enumerate()
        {
            body.char(u, i * 2);
        }
        let (text, _) = body.finish();
        assert_eq!(text, "| 甲 | 乙 |\n| 丙 | 丁 |\n完\n");
    }

    #[test]
    fn list_labels_count_per_instance_and_restart_deeper_levels() {
        let level = |nfc: u8, text: &str| Level {
            start: 1,
            nfc,
            text: text.encode_utf16().collect(),
        };
        let mut lists = Lists {
            lists: vec![(
                7,
                vec![
                    level(0x23, "\u{0}、"),
                    level(0x25, "（\u{1}）"),
                    level(0, "\u{0}.\u{2}"),
                ],
            )],
            lfos: vec![7],
            ..Default::default()
        };
        let got: Vec<String> = [
            (1, 0),
            (1, 1),
            (1, 1),
            (1, 0),
            (1, 1),
            (1, 2),
            (0, 0),
            (2, 0),
        ]
        .iter()
        .map(|&(ilfo, ilvl)| lists.label(ilfo, ilvl))
        .collect();
        assert_eq!(
            got,
            ["一、", "（一）", "（二）", "二、", "（一）", "二.1", "", ""]
        );
        // a second instance of the list that starts its first level at 5 (LFOLVL fStartAt)
        lists.lfos.push(7);
        lists.overrides = vec![vec![], vec![(0, Some(5), None)]];
        assert_eq!(lists.label(2, 0), "五、");
        assert_eq!(lists.label(2, 1), "（一）");
        assert_eq!(lists.label(1, 0), "三、");
    }

    #[test]
    fn a_style_numbers_its_paragraphs_and_those_of_the_styles_based_on_it() {
        // one STD: StdfBase (10 bytes: stk and istdBase at 2), its name, the paragraph UPX
        let std = |stk_base: u16, grpprl: &[u8]| -> Vec<u8> {
            let mut std = vec![0, 0];
            std.extend_from_slice(&stk_base.to_le_bytes());
            std.extend_from_slice(&[0; 6]);
            std.extend_from_slice(&[1, 0, b'H', 0, 0, 0]); // cch 1, "H", NUL
            std.extend_from_slice(&(grpprl.len() as u16 + 2).to_le_bytes());
            std.extend_from_slice(&[0, 0]); // istd
            std.extend_from_slice(grpprl);
            std
        };
        let mut stsh = vec![4, 0, 3, 0, 10, 0]; // cbStshi 4: cstd 3, cbSTDBaseInFile 10
                                                // 0: Normal, no base (0xFFF); 1: Heading 1, list 2 level 0; 2: based on 1, level 1
        for d in [
            std(0xFFF1, &[]),
            std(0x0001, &[0x0B, 0x46, 2, 0, 0x0A, 0x26, 0]),
            std(0x0011, &[0x0A, 0x26, 1]),
        ] {
            stsh.extend_from_slice(&(d.len() as u16).to_le_bytes());
            stsh.extend_from_slice(&d);
        }
        let got = style_numbering(&stsh, (0, stsh.len() as u32));
        assert_eq!(got, [(None, None), (Some(2), Some(0)), (Some(2), Some(1))]);
        let mut body = Body::new(Papx::default());
        body.styles = got;
        body.lists = Lists {
            lists: vec![(
                9,
                vec![Level {
                    start: 1,
                    nfc: 0x25,
                    text: vec![0, 0x3001],
                }],
            )],
            lfos: vec![8, 9],
            ..Default::default()
        };
        let heading = ParaProps {
            istd: 1,
            ..Default::default()
        };
        let mut lab = |p: &ParaProps| label(&mut body.lists, &body.styles, p);
        assert_eq!(lab(&heading), "一、");
        assert_eq!(lab(&heading), "二、");
        // the paragraph's own sprmPIlfo 0 turns its style's numbering off
        let off = ParaProps {
            ilfo: Some(0),
            ..heading
        };
        assert_eq!(lab(&off), "");
    }

    #[test]
    fn wide_and_merged_cells_expand_over_the_grid() {
        let cell = |t: &str| Cell {
            text: t.into(),
            source: None,
        };
        let def = |edges: &[i16], vert: &[u8]| RowDef {
            edges: edges.to_vec(),
            cells: vert.iter().map(|&v| CellDef { horz: 0, vert: v }).collect(),
        };
        let rows = vec![
            (
                vec![cell("单位"), cell("申请数")],
                Some(def(&[0, 100, 300], &[3, 0])),
            ),
            (
                vec![cell(""), cell("自然人"), cell("法人")],
                Some(def(&[0, 100, 200, 300], &[1, 0, 0])),
            ),
        ];
        let out: Vec<Vec<String>> = expand(rows)
            .into_iter()
            .map(|r| r.into_iter().map(|c| c.text).collect())
            .collect();
        assert_eq!(
            out,
            [["单位", "申请数", "申请数"], ["单位", "自然人", "法人"]]
        );
    }
}
