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

/// The error of a value serde cannot write (never happens for baogao's types).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
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
}

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
        let mut tape = Tape::default();
        value.serialize(&mut tape)?;
        Ok(tape)
    }

    /// The JS value of the tape.
    pub fn to_js(&self) -> JsValue {
        from_tape(&self.ops, &self.nums, &self.strs)
    }

    /// Appends `s` to `strs`; returns its start and end in UTF-16 units.
    fn append(&mut self, s: &str) -> [u32; 2] {
        let start = self.units;
        self.strs.push_str(s);
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.chars().map(char::len_utf16).sum()
        };
        self.units += units as u32;
        [start, self.units]
    }

    fn str(&mut self, s: &str) {
        let [start, end] = self.append(s);
        self.ops.extend_from_slice(&[STR, start, end]);
    }

    /// Field names and variants: a handful of distinct strings, each written out once.
    fn static_str(&mut self, s: &'static str) {
        let key = (s.as_ptr() as usize, s.len());
        match self.statics.iter().position(|k| *k == key) {
            Some(id) => self.ops.extend_from_slice(&[STATIC, id as u32]),
            None => {
                let id = self.statics.len() as u32;
                self.statics.push(key);
                let [start, end] = self.append(s);
                self.ops.extend_from_slice(&[STATIC, id, start, end]);
            }
        }
    }

    fn f64(&mut self, v: f64) {
        self.ops.push(NUM);
        self.nums.push(v);
    }

    fn u64(&mut self, v: u64) {
        match u32::try_from(v) {
            Ok(v) => self.ops.extend_from_slice(&[INT, v]),
            Err(_) => self.f64(v as f64),
        }
    }

    fn i64(&mut self, v: i64) {
        match u64::try_from(v) {
            Ok(v) => self.u64(v),
            Err(_) => self.f64(v as f64),
        }
    }

    /// Starts an array or object; returns where its length goes.
    fn open(&mut self, op: u32) -> usize {
        self.ops.extend_from_slice(&[op, 0]);
        self.ops.len() - 1
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

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.len += 1;
        value.serialize(&mut *self.tape)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.len += 1;
        self.tape.static_str(key);
        value.serialize(&mut *self.tape)
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
        self.ops.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.i64(v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.i64(v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.i64(v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.i64(v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        match i64::try_from(v) {
            Ok(v) => self.i64(v),
            Err(_) => self.f64(v as f64),
        }
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.u64(v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.u64(v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.u64(v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.u64(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        match u64::try_from(v) {
            Ok(v) => self.u64(v),
            Err(_) => self.f64(v as f64),
        }
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.f64(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.f64(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        v.iter().try_for_each(|b| seq.serialize_element(b))?;
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.ops.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.ops.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.ops.push(NULL);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.static_str(variant);
        Ok(())
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
        self.ops.extend_from_slice(&[OBJECT, 1]);
        self.static_str(variant);
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        let at = self.open(ARRAY);
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
        self.ops.extend_from_slice(&[OBJECT, 1]);
        self.static_str(variant);
        let at = self.open(ARRAY);
        Ok(Compound {
            tape: self,
            at,
            len: 0,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        let at = self.open(OBJECT);
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
        self.ops.extend_from_slice(&[OBJECT, 1]);
        self.static_str(variant);
        let at = self.open(OBJECT);
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
