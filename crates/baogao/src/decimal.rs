//! Exact decimal numbers for indicator values.
//!
//! `2590.69万元` must normalise to exactly 25906900, which `2590.69_f64 * 1e4` does not give
//! (it gives 25906900.000000004). [`Decimal`] keeps a base-10 mantissa and scale, multiplies
//! exactly, and only becomes an `f64` when serialised (the nearest double to the exact value).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An exact decimal: `mantissa × 10^-scale`.
///
/// ```
/// use baogao::Decimal;
/// let v: Decimal = "2590.69".parse().unwrap();
/// let n = v.checked_mul(&Decimal::from(10_000)).unwrap();
/// assert_eq!(n.to_string(), "25906900");
/// assert_eq!(n.to_f64(), 25906900.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: Wide,
    scale: u32,
}

/// An `i128` kept as two `u64` halves: 8-byte aligned, so a `Decimal` takes 24 bytes and an
/// `Option<Decimal>` 32 (with a 16-byte aligned `i128`: 32 and 48). An indicator holds six.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
struct Wide {
    lo: u64,
    hi: u64,
}

impl Wide {
    const fn new(v: i128) -> Self {
        Wide {
            lo: v as u64,
            hi: (v >> 64) as u64,
        }
    }

    const fn get(self) -> i128 {
        ((self.hi as i128) << 64) | self.lo as i128
    }
}

impl fmt::Debug for Wide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.get(), f)
    }
}

/// The largest scale kept; longer fractions are rejected by [`Decimal::from_str`](std::str::FromStr).
const MAX_SCALE: u32 = 28;

impl Decimal {
    /// A decimal `mantissa × 10^-scale`, normalised (trailing fractional zeros removed).
    ///
    /// ```
    /// assert_eq!(baogao::Decimal::new(15, 1).to_string(), "1.5");
    /// ```
    pub fn new(mantissa: i128, scale: u32) -> Self {
        let (mut mantissa, mut scale) = (mantissa, scale);
        // Most mantissas fit an `i64`: its division is one instruction, an `i128` remainder a
        // library call (about 60 instructions, once per number read).
        if let Ok(mut m) = i64::try_from(mantissa) {
            while scale > 0 && m % 10 == 0 {
                m /= 10;
                scale -= 1;
            }
            mantissa = i128::from(m);
        } else {
            while scale > 0 && mantissa % 10 == 0 {
                mantissa /= 10;
                scale -= 1;
            }
        }
        Decimal {
            mantissa: Wide::new(mantissa),
            scale,
        }
    }

    /// Zero.
    ///
    /// ```
    /// assert!(baogao::Decimal::ZERO.is_zero());
    /// ```
    pub const ZERO: Decimal = Decimal {
        mantissa: Wide::new(0),
        scale: 0,
    };

    /// Whether the value is zero.
    ///
    /// ```
    /// assert!(!baogao::Decimal::from(3).is_zero());
    /// ```
    pub fn is_zero(&self) -> bool {
        self.mantissa.get() == 0
    }

    fn rescale(&self, scale: u32) -> Option<i128> {
        let up = scale.checked_sub(self.scale)?;
        self.mantissa.get().checked_mul(10i128.checked_pow(up)?)
    }

    /// Exact product, or `None` on overflow.
    ///
    /// ```
    /// use baogao::Decimal;
    /// let a: Decimal = "208.74".parse().unwrap();
    /// assert_eq!(a.checked_mul(&Decimal::from(10_000)).unwrap().to_string(), "2087400");
    /// ```
    #[cfg_attr(feature = "fine-labels", inline)]
    pub fn checked_mul(&self, other: &Decimal) -> Option<Decimal> {
        let (a, b) = (self.mantissa.get(), other.mantissa.get());
        // Two mantissas that fit an i64 multiply in one instruction when the product fits too;
        // the checked i128 product is a library call.
        let small = i64::try_from(a)
            .ok()
            .zip(i64::try_from(b).ok())
            .and_then(|(a, b)| a.checked_mul(b));
        let m = match small {
            Some(m) => i128::from(m),
            None => a.checked_mul(b)?,
        };
        let s = self.scale + other.scale;
        if s > MAX_SCALE * 2 {
            return None;
        }
        Some(Decimal::new(m, s))
    }

    /// Exact sum, or `None` on overflow.
    ///
    /// ```
    /// use baogao::Decimal;
    /// let a: Decimal = "0.5".parse().unwrap();
    /// assert_eq!(a.checked_add(&Decimal::from(2)).unwrap().to_string(), "2.5");
    /// ```
    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        // Two values at one scale (a sum of whole numbers, `三千五百` = 3000 + 500, as numerals in
        // words are read) add as they are: rescaling each is a checked `i128` product by 10⁰, a
        // library call.
        if self.scale == other.scale {
            let m = self.mantissa.get().checked_add(other.mantissa.get())?;
            return Some(Decimal::new(m, self.scale));
        }
        let s = self.scale.max(other.scale);
        let m = self.rescale(s)?.checked_add(other.rescale(s)?)?;
        Some(Decimal::new(m, s))
    }

    /// Exact quotient when it terminates within 28 fractional digits (`1/3` gives `None`).
    ///
    /// ```
    /// use baogao::Decimal;
    /// assert_eq!(Decimal::from(1).checked_div(&Decimal::from(4)).unwrap().to_string(), "0.25");
    /// assert!(Decimal::from(1).checked_div(&Decimal::from(3)).is_none());
    /// ```
    pub fn checked_div(&self, other: &Decimal) -> Option<Decimal> {
        if other.mantissa.get() == 0 {
            return None;
        }
        // self/other = (ma / mb) * 10^(sb - sa)
        let mut num = self.mantissa.get();
        let den = other.mantissa.get();
        let mut extra = 0u32;
        while num % den != 0 {
            num = num.checked_mul(10)?;
            extra += 1;
            if extra > MAX_SCALE {
                return None;
            }
        }
        let q = num / den;
        let scale = self.scale as i64 + extra as i64 - other.scale as i64;
        if scale >= 0 {
            Some(Decimal::new(q, scale as u32))
        } else {
            Some(Decimal::new(
                q.checked_mul(10i128.checked_pow((-scale) as u32)?)?,
                0,
            ))
        }
    }

    /// The nearest `f64` to this exact value.
    ///
    /// ```
    /// assert_eq!("93.3".parse::<baogao::Decimal>().unwrap().to_f64(), 93.3);
    /// ```
    pub fn to_f64(&self) -> f64 {
        let m = self.mantissa.get();
        let v = nearest_f64(m.unsigned_abs(), self.scale);
        if m < 0 {
            -v
        } else {
            v
        }
    }

    /// The value as an integer, when it is one.
    ///
    /// ```
    /// assert_eq!(baogao::Decimal::from(21).to_i128(), Some(21));
    /// assert_eq!("2.5".parse::<baogao::Decimal>().unwrap().to_i128(), None);
    /// ```
    pub fn to_i128(&self) -> Option<i128> {
        (self.scale == 0).then_some(self.mantissa.get())
    }

    /// A power of ten, `10^exp`, or `None` when it does not fit.
    ///
    /// ```
    /// assert_eq!(baogao::Decimal::pow10(8).unwrap().to_string(), "100000000");
    /// ```
    pub fn pow10(exp: u32) -> Option<Decimal> {
        Some(Decimal::new(10i128.checked_pow(exp)?, 0))
    }

    /// The negated value.
    ///
    /// ```
    /// assert_eq!(baogao::Decimal::from(5).neg().to_string(), "-5");
    /// ```
    pub fn neg(&self) -> Decimal {
        Decimal {
            mantissa: Wide::new(-self.mantissa.get()),
            scale: self.scale,
        }
    }
}

/// The double nearest to `m × 10^-scale` (ties to even), computed exactly with integers.
///
/// The standard library's string-to-float parser gives the same double (the tests compare them),
/// but it links a 10 KB table of powers of five and its code into every binary, a twentieth of
/// the gzipped WebAssembly module; and the numbers here are simple: an integer, or a mantissa
/// below 2^53 over a power of ten that a double holds exactly, for nearly every value.
fn nearest_f64(m: u128, scale: u32) -> f64 {
    // Powers of ten that are exact doubles.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if m == 0 {
        return 0.0;
    }
    // An integer: the cast rounds to nearest, ties to even.
    if scale == 0 {
        return m as f64;
    }
    // Both operands exact, so the one rounding of the division is the only one (Clinger's fast
    // path).
    if m < 1 << 53 && (scale as usize) < POW10.len() {
        return m as f64 / POW10[scale as usize];
    }
    // Below 2^128 / 10^401 < 2^-1200: rounds to zero (and 10^scale is not built).
    if scale > 400 {
        return 0.0;
    }
    // Otherwise a long division in binary: q = floor(m · 2^k / 10^scale) with 66 or 67
    // significant bits, the remainder kept as a sticky bit.
    let den = Big::pow10(scale);
    let (mbits, dbits) = (128 - m.leading_zeros(), den.bits());
    // Below half the smallest subnormal double: rounds to zero.
    if dbits > mbits + 1076 {
        return 0.0;
    }
    let k0 = 66 + dbits as i64 - mbits as i64;
    if k0 >= 1088 {
        // A subnormal result: round q = m · 2^1074 / 10^scale (below 2^53) to an integer, which
        // is the double's bit pattern.
        let (q, rem) = den.divide(m, 1074);
        let twice = rem.shl1();
        let q = match twice.cmp(&den) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal => q + (q & 1),
            std::cmp::Ordering::Less => q,
        };
        return f64::from_bits(q as u64);
    }
    let k = k0.max(0) as u32;
    let (q, rem) = den.divide(m, k);
    // q has at least 66 bits, so an odd last bit for a non-zero remainder moves a tie-looking
    // value off the tie in the right direction, and the cast rounds once, correctly.
    let q = q | u128::from(!rem.is_zero());
    // q · 2^-k, in two exact steps when 2^-k alone is not a normal double.
    let (a, b) = (k / 2, k - k / 2);
    q as f64 * pow2_neg(a) * pow2_neg(b)
}

/// 2^-e as a double, for `e` up to 1022.
fn pow2_neg(e: u32) -> f64 {
    f64::from_bits(u64::from(1023 - e) << 52)
}

/// An unsigned integer of any size, little-endian 64-bit limbs: only what [`nearest_f64`] needs.
#[derive(PartialEq, Eq)]
struct Big(Vec<u64>);

impl Big {
    fn pow10(e: u32) -> Big {
        let mut limbs = vec![1u64];
        for _ in 0..e {
            let mut carry = 0u128;
            for l in &mut limbs {
                let v = u128::from(*l) * 10 + carry;
                *l = v as u64;
                carry = v >> 64;
            }
            if carry > 0 {
                limbs.push(carry as u64);
            }
        }
        Big(limbs)
    }

    fn bits(&self) -> u32 {
        let top = self.0.len() - 1;
        64 * top as u32 + (64 - self.0[top].leading_zeros())
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    /// `2 · self` plus `bit`.
    fn shl1_add(&self, bit: u64) -> Big {
        let mut out = Vec::with_capacity(self.0.len() + 1);
        let mut carry = bit;
        for &l in &self.0 {
            out.push((l << 1) | carry);
            carry = l >> 63;
        }
        if carry > 0 {
            out.push(carry);
        }
        Big(out)
    }

    fn shl1(&self) -> Big {
        self.shl1_add(0)
    }

    /// `self - other`, for `other <= self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = false;
        for (i, l) in self.0.iter_mut().enumerate() {
            let o = other.0.get(i).copied().unwrap_or(0);
            let (v, b1) = l.overflowing_sub(o);
            let (v, b2) = v.overflowing_sub(u64::from(borrow));
            *l = v;
            borrow = b1 || b2;
        }
    }

    /// `(floor(m · 2^k / self), remainder)`, one quotient bit at a time. The caller keeps the
    /// quotient below 2^128.
    fn divide(&self, m: u128, k: u32) -> (u128, Big) {
        let mbits = 128 - m.leading_zeros();
        let mut q = 0u128;
        let mut rem = Big(vec![0]);
        for i in (0..mbits + k).rev() {
            let bit = if i >= k { (m >> (i - k)) as u64 & 1 } else { 0 };
            rem = rem.shl1_add(bit);
            q <<= 1;
            if rem.cmp(self) != std::cmp::Ordering::Less {
                rem.sub(self);
                q |= 1;
            }
        }
        (q, rem)
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    /// Compares the values (a limb vector may carry high zero limbs).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let n = self.0.len().max(other.0.len());
        (0..n)
            .rev()
            .map(|i| {
                let a = self.0.get(i).copied().unwrap_or(0);
                let b = other.0.get(i).copied().unwrap_or(0);
                a.cmp(&b)
            })
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }
}

impl From<i64> for Decimal {
    fn from(v: i64) -> Self {
        Decimal::new(v as i128, 0)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The digits written by hand into a buffer: `u128`'s own formatting is 1.5 KB of
        // WebAssembly that nothing else needs (benches/wasm.md).
        let mut buf = [0u8; 40];
        let mut at = buf.len();
        let mut m = self.mantissa.get().unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let digits = std::str::from_utf8(&buf[at..]).map_err(|_| fmt::Error)?;
        let scale = self.scale as usize;
        if self.mantissa.get() < 0 {
            f.write_str("-")?;
        }
        if scale == 0 {
            return f.write_str(digits);
        }
        if digits.len() > scale {
            let (int, frac) = digits.split_at(digits.len() - scale);
            f.write_str(int)?;
            f.write_str(".")?;
            f.write_str(frac)
        } else {
            f.write_str("0.")?;
            for _ in digits.len()..scale {
                f.write_str("0")?;
            }
            f.write_str(digits)
        }
    }
}

/// Why a string is not a [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecimalError {
    /// Not a plain decimal numeral (digits with at most one `.`).
    #[error("not a decimal number")]
    Invalid,
    /// Too many digits to hold exactly (more than 38 significant digits).
    #[error("number too large to hold exactly")]
    Overflow,
}

/// Builds a [`Decimal`] digit by digit (the integer digits, then the fraction's), with the same
/// limits as [`Decimal::from_str`](std::str::FromStr): the numeral parsers read digits of either
/// width straight into it instead of copying them into a string first.
#[derive(Debug, Default)]
pub(crate) struct Digits {
    mantissa: i128,
    scale: u32,
    /// Fraction zeros not yet known to be followed by another digit (trailing zeros are dropped).
    zeros: u32,
    overflow: bool,
}

impl Digits {
    fn push(&mut self, d: u32) {
        // The mantissa is never negative (digits only add): below this bound ×10 + 9 fits, and
        // one comparison spares the checked i128 product (a library call) for every digit.
        const FITS: i128 = (i128::MAX - 9) / 10;
        if self.mantissa <= FITS {
            self.mantissa = self.mantissa * 10 + i128::from(d);
            return;
        }
        self.mantissa = match self
            .mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(d)))
        {
            Some(m) => m,
            None => {
                self.overflow = true;
                0
            }
        };
    }

    /// An integer digit.
    pub fn int(&mut self, d: u32) {
        self.push(d);
    }

    /// A fraction digit.
    pub fn frac(&mut self, d: u32) {
        if d == 0 {
            self.zeros += 1;
            return;
        }
        for _ in 0..self.zeros {
            self.push(0);
        }
        self.push(d);
        self.scale += self.zeros + 1;
        self.zeros = 0;
    }

    /// The number, or an overflow error when it does not fit.
    pub fn finish(self) -> Result<Decimal, DecimalError> {
        if self.overflow || self.scale > MAX_SCALE {
            return Err(DecimalError::Overflow);
        }
        Ok(Decimal::new(self.mantissa, self.scale))
    }
}

impl std::str::FromStr for Decimal {
    type Err = DecimalError;

    /// Parses `-12.50`, `1050`, `0.5` (ASCII digits, optional sign and one point).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() && frac.is_empty() {
            return Err(DecimalError::Invalid);
        }
        if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(DecimalError::Invalid);
        }
        let mut digits = Digits::default();
        int.bytes().for_each(|b| digits.int(u32::from(b - b'0')));
        frac.bytes().for_each(|b| digits.frac(u32::from(b - b'0')));
        let d = digits.finish()?;
        Ok(if neg { d.neg() } else { d })
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.to_i128() {
            Some(i) if i.unsigned_abs() <= (1u128 << 53) => s.serialize_i64(i as i64),
            _ => s.serialize_f64(self.to_f64()),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        if !v.is_finite() {
            return Err(serde::de::Error::custom("non-finite number"));
        }
        // The shortest round-trip representation is the decimal that was serialised.
        let text = format!("{v}");
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn digits_agree_with_from_str() {
        for text in [
            "0",
            "12.50",
            "0.05",
            "1.000",
            "007",
            "99999999999999999999999999999999999999",
        ] {
            let (int, frac) = text.split_once('.').unwrap_or((text, ""));
            let mut d = Digits::default();
            int.bytes().for_each(|b| d.int(u32::from(b - b'0')));
            frac.bytes().for_each(|b| d.frac(u32::from(b - b'0')));
            assert_eq!(d.finish().ok(), text.parse::<Decimal>().ok(), "{text}");
        }
        let long = format!("1.{}", "0".repeat(40));
        assert_eq!(long.parse::<Decimal>().unwrap().to_string(), "1");
        let deep = format!("0.{}1", "0".repeat(28));
        assert!(deep.parse::<Decimal>().is_err());
        assert!("9".repeat(40).parse::<Decimal>().is_err());
    }

    #[test]
    fn compact() {
        assert_eq!(std::mem::size_of::<Decimal>(), 24);
        assert_eq!(std::mem::size_of::<Option<Decimal>>(), 32);
        for v in [0i128, -1, 1 << 70, -(1 << 70), i128::MAX, i128::MIN + 1] {
            assert_eq!(Wide::new(v).get(), v);
        }
    }

    use super::*;

    #[test]
    fn digits_and_products_at_the_edges_of_the_fast_paths() {
        // The largest mantissa: 39 digits of i128::MAX read, one more overflows.
        let max = i128::MAX.to_string();
        let mut d = Digits::default();
        max.bytes().for_each(|b| d.int(u32::from(b - b'0')));
        assert_eq!(d.finish().unwrap().to_string(), max);
        let mut d = Digits::default();
        max.bytes().for_each(|b| d.int(u32::from(b - b'0')));
        d.int(0);
        assert!(d.finish().is_err());
        // i128::MAX with its last digit 8 instead of 7: no longer fits.
        let mut d = Digits::default();
        max[..max.len() - 1]
            .bytes()
            .for_each(|b| d.int(u32::from(b - b'0')));
        d.int(8);
        assert!(d.finish().is_err());
        // Products: both i64, i64 overflowing into i128, and beyond i128.
        let big = Decimal::from(i64::MAX);
        assert_eq!(
            big.checked_mul(&Decimal::from(2)).unwrap().to_string(),
            (i128::from(i64::MAX) * 2).to_string()
        );
        assert_eq!(
            big.checked_mul(&big).unwrap().to_string(),
            (i128::from(i64::MAX) * i128::from(i64::MAX)).to_string()
        );
        let huge = big.checked_mul(&big).unwrap();
        assert!(huge.checked_mul(&Decimal::from(4)).is_none());
        assert_eq!(
            Decimal::from(-3)
                .checked_mul(&Decimal::new(25, 1))
                .unwrap()
                .to_string(),
            "-7.5"
        );
    }

    #[test]
    fn new_strips_trailing_zeros_in_either_width() {
        // Mantissas that fit an i64 (the fast path) and that do not.
        assert_eq!(Decimal::new(150, 2).to_string(), "1.5");
        assert_eq!(Decimal::new(-1200, 3).to_string(), "-1.2");
        assert_eq!(Decimal::new(7, 0).to_string(), "7");
        assert_eq!(
            Decimal::new(10i128.pow(25), 5).to_string(),
            "100000000000000000000"
        );
        assert_eq!(Decimal::new(-(10i128.pow(22)) * 3, 22).to_string(), "-3");
        assert_eq!(
            Decimal::new(i128::from(i64::MAX) * 100, 2),
            Decimal::from(i64::MAX)
        );
    }

    #[test]
    fn multiplies_exactly() {
        let v: Decimal = "2590.69".parse().unwrap();
        let n = v.checked_mul(&Decimal::from(10_000)).unwrap();
        assert_eq!(n.to_string(), "25906900");
        assert_eq!(serde_json::to_string(&n).unwrap(), "25906900");
        let half: Decimal = "53887.5".parse().unwrap();
        assert_eq!(serde_json::to_string(&half).unwrap(), "53887.5");
    }

    #[test]
    fn rejects_garbage_and_overflow() {
        assert_eq!("1.2.3".parse::<Decimal>(), Err(DecimalError::Invalid));
        assert_eq!("".parse::<Decimal>(), Err(DecimalError::Invalid));
        assert_eq!(
            "9".repeat(400).parse::<Decimal>(),
            Err(DecimalError::Overflow)
        );
    }

    #[test]
    fn to_f64_is_the_nearest_double() {
        use proptest::prelude::*;
        let parsed =
            |m: i128, scale: u32| Decimal::new(m, scale).to_string().parse::<f64>().unwrap();
        // The three paths: integers, the exact division, the long division (mantissas past 2^53,
        // scales past 22, subnormal results, results that round to zero).
        for (m, scale) in [
            (0, 3),
            (933, 1),
            (-25_906_900, 0),
            (i128::MAX, 0),
            (i128::MIN + 1, 7),
            ((1 << 53) + 1, 1),
            (9_007_199_254_740_993, 0),
            (123_456_789, 30),
            (1, 56),
            (-7, 84),
            (17_976_931_348_623_157, 16),
            (24_703_282_292_062_327, 343),
            (49_406_564_584_124_654, 342),
            (1, 330),
            (22_250_738_585_072_011, 324),
            (1, 400),
            (1, u32::MAX),
        ] {
            let d = Decimal::new(m, scale);
            let want = if scale > 400 { 0.0 } else { parsed(m, scale) };
            assert_eq!(d.to_f64().to_bits(), want.to_bits(), "{m}e-{scale}");
        }
        proptest!(ProptestConfig::with_cases(4_000), |(m in any::<i128>(), scale in 0u32..120)| {
            let m = m.max(i128::MIN + 1);
            prop_assert_eq!(Decimal::new(m, scale).to_f64().to_bits(), parsed(m, scale).to_bits());
        });
        proptest!(ProptestConfig::with_cases(4_000), |(m in 1i128..(1 << 60), scale in 0u32..30)| {
            prop_assert_eq!(Decimal::new(m, scale).to_f64().to_bits(), parsed(m, scale).to_bits());
        });
        // Halfway cases: 2^53 + 1 (a tie between two doubles) times 10^e, divided back.
        for e in 0..20u32 {
            let m = ((1i128 << 53) + 1) * 10i128.pow(e);
            assert_eq!(
                Decimal::new(m, e).to_f64().to_bits(),
                parsed(m, e).to_bits(),
                "{e}"
            );
            assert_eq!(
                Decimal::new(m + 1, e).to_f64().to_bits(),
                parsed(m + 1, e).to_bits()
            );
        }
    }

    #[test]
    fn round_trips_through_json() {
        for s in ["0", "93.3", "-4", "0.25", "208.74"] {
            let d: Decimal = s.parse().unwrap();
            let j = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Decimal>(&j).unwrap(), d, "{s}");
        }
    }
}
