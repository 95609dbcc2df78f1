//! A compact "tape" of a serde value, turned into JS objects by `src/tape.js` in one call.
//!
//! Building the result with `serde-wasm-bindgen` crosses the JS/wasm boundary for every object,
//! property and value (thousands per report); writing JSON and calling `JSON.parse` re-scans a
//! long text of mostly two-byte strings. The tape instead is three flat buffers that JS reads
//! directly from wasm memory:
//!
//! - `ops` (`u32`): one opcode per value, followed by its operands:
//!   `0` null, `1` true, `2` false, `3` the next `f64` of `nums`, `4 n` the integer `n`,
//!   `5 start end` the string `strs.slice(start, end)`, `6 id [start end]` an interned
//!   `&'static str` (field names, enum variants: the operands follow only on its first use, when
//!   `id` is the number of strings interned so far), `7 len` an array of the `len` values that
//!   follow, `8 len` an object of the `len` key/value pairs that follow;
//! - `nums` (`f64`): the numbers that are not small non-negative integers, in order;
//! - `strs`: all strings, concatenated; offsets count UTF-16 code units.
//!
//! The values are those `serde-wasm-bindgen` built before (with `serialize_missing_as_null` and
//! maps as objects): `None` and `()` are `null`, integers and floats are numbers (an integer beyond
//! 2^53 is rounded, as `JSON.parse` would), enum variants follow serde's externally tagged layout.

use serde::ser::{self, Serialize};
use std::fmt;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/tape.js")]
extern "C" {
    #[wasm_bindgen(js_name = fromTape)]
    fn from_tape(ops: &[u32], nums: &[f64], strs: &str) -> JsValue;
}

const NULL: u32 = 0;
const TRUE: u32 = 1;
const FALSE: u32 = 2;
const NUM: u32 = 3;
const INT: u32 = 4;
const STR: u32 = 5;
const STATIC: u32 = 6;
const ARRAY: u32 = 7;
const OBJECT: u32 = 8;

/// Why a value could not be written: serde's own error (never happens for baogao's types), or a
/// tape that would outgrow its limit or wasm32's address space ([`Error::too_large`]).
///
/// One byte, so that the `Result` of every value written (hundreds of inlined call sites in the
/// serialisation of a report) is returned in a register: a `String` message here cost about
/// 1.2 KB of gzipped module (benches/wasm.md, 2026-12-02).
///
/// ```
/// use baogao_wasm::tape::Tape;
/// let err = Tape::of_limited(&["报告"; 10], 8).unwrap_err();
/// assert!(err.too_large());
/// assert_eq!(err.to_string(), "the result is too large to build in WebAssembly memory (byte limit)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error(Why);

/// What [`Error`] says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    /// `serde::ser::Error::custom`: a type whose `Serialize` fails (none of baogao's).
    Custom,
    ByteLimit,
    Opcodes,
    Offsets,
    Strings,
    Numbers,
    Entries,
}

impl Error {
    /// Whether the tape would have outgrown its byte limit, a `u32` offset or the memory
    /// (a typed error instead of the `capacity overflow` panic of an unchecked buffer).
    pub fn too_large(&self) -> bool {
        self.0 != Why::Custom
    }

    fn full(why: Why) -> Self {
        Error(why)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.0 {
            Why::Custom => return f.write_str("a value that serde cannot write"),
            Why::ByteLimit => "byte limit",
            Why::Opcodes => "opcodes",
            Why::Offsets => "string offsets beyond u32",
            Why::Strings => "strings",
            Why::Numbers => "numbers",
            Why::Entries => "more than u32::MAX entries",
        };
        write!(
            f,
            "the result is too large to build in WebAssembly memory ({what})"
        )
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    /// The message is dropped: no type that the binding writes has a `Serialize` that fails.
    fn custom<T: fmt::Display>(_: T) -> Self {
        Error(Why::Custom)
    }
}

/// The three buffers of a tape (see the module documentation).
#[derive(Default, Debug)]
pub struct Tape {
    /// Opcodes and operands.
    pub ops: Vec<u32>,
    /// Numbers other than small non-negative integers.
    pub nums: Vec<f64>,
    /// Every string, concatenated.
    pub strs: String,
    units: u32,
    /// Address and length of each interned `&'static str`, by id.
    statics: Vec<(usize, usize)>,
    /// Bytes the three buffers may hold together.
    limit: usize,
}

/// The default [`Tape::of_limited`] limit: 1 GiB, a quarter of a wasm32 instance's memory (the
/// JS objects built from the tape need more than the tape itself).
pub const MAX_TAPE_BYTES: usize = 1 << 30;

impl Tape {
    /// The tape of `value`.
    ///
    /// ```
    /// let t = baogao_wasm::tape::Tape::of(&(Some("报告"), None::<u8>, 7u32, -1.5f64)).unwrap();
    /// assert_eq!(t.ops, [7, 4, 5, 0, 2, 0, 4, 7, 3]);
    /// assert_eq!(t.nums, [-1.5]);
    /// assert_eq!(t.strs, "报告");
    /// ```
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Result<Tape, Error> {
        Tape::of_limited(value, MAX_TAPE_BYTES)
    }

    /// The tape of `value` if its buffers hold at most `limit` bytes together; every growth is
    /// checked (`try_reserve`, checked `u32` offsets and counts), so a result too large is an
    /// error, never a panic.
    ///
    /// ```
    /// use baogao_wasm::tape::Tape;
    /// let big = vec!["报告"; 1000];
    /// assert!(Tape::of_limited(&big, 100_000).is_ok());
    /// assert!(Tape::of_limited(&big, 1_000).unwrap_err().too_large());
    /// ```
    pub fn of_limited<T: Serialize + ?Sized>(value: &T, limit: usize) -> Result<Tape, Error> {
        let mut tape = Tape {
            limit,
            ..Tape::default()
        };
        value.serialize(&mut tape)?;
        Ok(tape)
    }

    /// Bytes held by the three buffers.
    fn bytes(&self) -> usize {
        self.ops.len() * 4 + self.nums.len() * 8 + self.strs.len()
    }

    /// Checks that `more` bytes fit under the limit.
    fn room(&self, more: usize) -> Result<(), Error> {
        match self.bytes().checked_add(more) {
            Some(n) if n <= self.limit => Ok(()),
            _ => Err(Error::full(Why::ByteLimit)),
        }
    }

    /// Appends opcodes and operands.
    fn put(&mut self, ops: &[u32]) -> Result<(), Error> {
        self.room(ops.len() * 4)?;
        self.ops
            .try_reserve(ops.len())
            .map_err(|_| Error::full(Why::Opcodes))?;
        self.ops.extend_from_slice(ops);
        Ok(())
    }

    /// The JS value of the tape.
    pub fn to_js(&self) -> JsValue {
        from_tape(&self.ops, &self.nums, &self.strs)
    }

    /// Appends `s` to `strs`; returns its start and end in UTF-16 units.
    fn append(&mut self, s: &str) -> Result<[u32; 2], Error> {
        let start = self.units;
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.chars().map(char::len_utf16).sum()
        };
        let end = u32::try_from(units)
            .ok()
            .and_then(|u| start.checked_add(u))
            .ok_or_else(|| Error::full(Why::Offsets))?;
        self.room(s.len())?;
        self.strs
            .try_reserve(s.len())
            .map_err(|_| Error::full(Why::Strings))?;
        self.strs.push_str(s);
        self.units = end;
        Ok([start, end])
    }

    fn str(&mut self, s: &str) -> Result<(), Error> {
        let [start, end] = self.append(s)?;
        self.put(&[STR, start, end])
    }

    /// Field names and variants: a handful of distinct strings, each written out once.
    fn static_str(&mut self, s: &'static str) -> Result<(), Error> {
        let key = (s.as_ptr() as usize, s.len());
        match self.statics.iter().position(|k| *k == key) {
            // Fewer than a hundred distinct field names and variants: the id fits.
            Some(id) => self.put(&[STATIC, id as u32]),
            None => {
                let id = self.statics.len() as u32;
                self.statics.push(key);
                let [start, end] = self.append(s)?;
                self.put(&[STATIC, id, start, end])
            }
        }
    }

    fn f64(&mut self, v: f64) -> Result<(), Error> {
        self.put(&[NUM])?;
        self.room(8)?;
        self.nums
            .try_reserve(1)
            .map_err(|_| Error::full(Why::Numbers))?;
        self.nums.push(v);
        Ok(())
    }

    fn u64(&mut self, v: u64) -> Result<(), Error> {
        match u32::try_from(v) {
            Ok(v) => self.put(&[INT, v]),
            Err(_) => self.f64(v as f64),
        }
    }

    fn i64(&mut self, v: i64) -> Result<(), Error> {
        match u64::try_from(v) {
            Ok(v) => self.u64(v),
            Err(_) => self.f64(v as f64),
        }
    }

    /// Starts an array or object; returns where its length goes.
    fn open(&mut self, op: u32) -> Result<usize, Error> {
        self.put(&[op, 0])?;
        Ok(self.ops.len() - 1)
    }
}

/// An array or object being written: where its length goes and how many entries it has.
pub struct Compound<'a> {
    tape: &'a mut Tape,
    at: usize,
    len: u32,
}

impl Compound<'_> {
    fn end(self) -> Result<(), Error> {
        self.tape.ops[self.at] = self.len;
        Ok(())
    }

    fn count(&mut self) -> Result<(), Error> {
        self.len = self
            .len
            .checked_add(1)
            .ok_or_else(|| Error::full(Why::Entries))?;
        Ok(())
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.count()?;
        value.serialize(&mut *self.tape)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.key(key)?;
        value.serialize(&mut *self.tape)
    }

    /// Counts an object's entry and writes its key: one function for the ~40 field types that
    /// [`field`](Self::field) is instantiated for (each copy had this inlined: size only).
    #[inline(never)]
    fn key(&mut self, key: &'static str) -> Result<(), Error> {
        self.count()?;
        self.tape.static_str(key)
    }
}

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.put(&[if v { TRUE } else { FALSE }])
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.i64(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        match i64::try_from(v) {
            Ok(v) => self.i64(v),
            Err(_) => self.f64(v as f64),
        }
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.u64(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        match u64::try_from(v) {
            Ok(v) => self.u64(v),
            Err(_) => self.f64(v as f64),
        }
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.f64(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        v.iter().try_for_each(|b| seq.serialize_element(b))?;
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.put(&[NULL])
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.put(&[NULL])
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.put(&[NULL])
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.static_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.put(&[OBJECT, 1])?;
        self.static_str(variant)?;
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        let at = self.open(ARRAY)?;
        Ok(Compound {
            tape: self,
            at,
            len: 0,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.put(&[OBJECT, 1])?;
        self.static_str(variant)?;
        let at = self.open(ARRAY)?;
        Ok(Compound {
            tape: self,
            at,
            len: 0,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        let at = self.open(OBJECT)?;
        Ok(Compound {
            tape: self,
            at,
            len: 0,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.put(&[OBJECT, 1])?;
        self.static_str(variant)?;
        let at = self.open(OBJECT)?;
        Ok(Compound {
            tape: self,
            at,
            len: 0,
        })
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys become property names, as in serde-wasm-bindgen with maps as objects.
        self.element(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.tape)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tape_bytes(text: &str) -> usize {
        let mut r = baogao::parse(text);
        baogao::offsets::convert_report(text, &mut r, baogao::offsets::Unit::Utf16);
        Tape::of(&r).expect("a tape").bytes()
    }

    #[test]
    fn a_long_heading_line_of_numbers_builds_a_linear_tape() {
        // Issue 11, failure 2: 72 KB of this panicked with `capacity overflow` (every indicator
        // copied the whole line as its section title). Now linear, and checked in any case.
        let unit = "一、立案12件罚款3.5万元处理45人次";
        let small = tape_bytes(&unit.repeat(18_000 / unit.len()));
        let large = tape_bytes(&unit.repeat(72_000 / unit.len()));
        assert!(
            large < 5 * small,
            "tape {small} → {large} bytes for 4× the input"
        );
    }

    #[test]
    fn a_tape_over_its_limit_is_a_typed_error() {
        let value: Vec<(String, f64, u64)> = (0..1000)
            .map(|i| ("报告".repeat(i % 7), -0.5, u64::MAX))
            .collect();
        let full = Tape::of(&value).unwrap().bytes();
        for limit in [0, 1, full / 2, full - 1] {
            let err = Tape::of_limited(&value, limit).unwrap_err();
            assert!(err.too_large(), "{err}");
            assert!(err.to_string().contains("too large"), "{err}");
        }
        assert_eq!(Tape::of_limited(&value, full).unwrap().bytes(), full);
    }
}
