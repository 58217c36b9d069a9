//! Go's `math` package, as Go Flux's `math` package calls it on linux/amd64.
//!
//! Go's results differ from glibc's or musl's libm in the last bit for many
//! functions, and Flux users see Go's digits, so the algorithms here follow Go's
//! sources (Go 1.26, `src/math`; BSD-licensed, themselves from FreeBSD's msun and
//! Cephes). Where Go uses amd64 assembly (`Exp`, `Log`, `Hypot`) we follow the
//! assembly, taking the FMA path that Go takes on every x86-64 CPU with AVX and FMA.
//!
//! NaN results carry Go's bit pattern (`0x7FF8000000000001` where Go returns
//! `NaN()`), so `math.float64bits(f: math.NaN())` agrees too.
//!
//! Portions derived from the Go project: Copyright (c) 2009 The Go Authors.
//! All rights reserved. Used under the BSD-style license of Go.

// The coefficient tables keep the digits Go's sources (and their msun and Cephes
// origins) print; the compiler rounds them to the same doubles Go's does.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

mod bessel;
mod explog;
mod lgamma;
mod special;
mod trig;

pub use bessel::{MAX_ORDER, j0, j1, jn, y0, y1, yn};
pub use explog::{cbrt, exp, exp2, expm1, hypot, log, log1p, log2, log10, pow, pow10};
pub use lgamma::lgamma;
pub use special::{erf, erfc, erfcinv, erfinv, gamma};
pub use trig::{acos, acosh, asin, asinh, atan, atan2, atanh, cos, cosh, sin, sinh, tan, tanh};

/// Go's `math.NaN()`: a quiet NaN with payload 1.
pub const NAN: f64 = f64::from_bits(0x7FF8_0000_0000_0001);
/// Go's `math.Pi`.
pub const PI: f64 = std::f64::consts::PI;
/// Go's `math.E`.
pub const E: f64 = std::f64::consts::E;
/// Go's `math.Phi`, the golden ratio.
pub const PHI: f64 = f64::from_bits(0x3FF9_E377_9B97_F4A8);
/// Go's `math.Sqrt2`.
pub const SQRT2: f64 = std::f64::consts::SQRT_2;
/// Go's `math.SqrtE`.
pub const SQRTE: f64 = f64::from_bits(0x3FFA_6129_8E1E_069C);
/// Go's `math.SqrtPi`.
pub const SQRTPI: f64 = f64::from_bits(0x3FFC_5BF8_91B4_EF6B);
/// Go's `math.SqrtPhi`.
pub const SQRTPHI: f64 = f64::from_bits(0x3FF4_5A31_46A8_8456);
/// Go's `math.Ln2`.
pub const LN2: f64 = std::f64::consts::LN_2;
/// Go's `math.Log2E`.
pub const LOG2E: f64 = std::f64::consts::LOG2_E;
/// Go's `math.Ln10`.
pub const LN10: f64 = std::f64::consts::LN_10;
/// Go's `math.Log10E`.
pub const LOG10E: f64 = std::f64::consts::LOG10_E;
/// Go's `math.MaxFloat64`.
pub const MAXFLOAT: f64 = f64::MAX;
/// Go's `math.SmallestNonzeroFloat64` (the smallest subnormal).
pub const SMALLEST_NONZERO_FLOAT: f64 = f64::from_bits(1);
/// Go's `math.MaxInt64`.
pub const MAXINT: i64 = i64::MAX;
/// Go's `math.MinInt64`.
pub const MININT: i64 = i64::MIN;
/// Go's `math.MaxUint64`.
pub const MAXUINT: u64 = u64::MAX;

const SIGN_MASK: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << 52) - 1;
const BIAS: i64 = 1023;
const UV_ONE: u64 = 0x3FF0_0000_0000_0000;

/// `math.Inf(sign)`: +Inf for `sign >= 0`, -Inf otherwise.
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

/// `math.IsInf(f, sign)`: any infinity for `sign == 0`, else the one of that sign.
pub fn is_inf(f: f64, sign: i64) -> bool {
    (sign >= 0 && f == f64::INFINITY) || (sign <= 0 && f == f64::NEG_INFINITY)
}

/// `math.IsNaN`.
pub fn is_nan(f: f64) -> bool {
    f.is_nan()
}

/// `math.Signbit`: whether the sign bit is set (also for -0 and negative NaNs).
pub fn signbit(x: f64) -> bool {
    x.to_bits() & SIGN_MASK != 0
}

/// `math.Abs`.
pub fn abs(x: f64) -> f64 {
    x.abs()
}

/// `math.Copysign`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.Ceil` (exact, as Go's SSE4.1 instruction).
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

/// `math.Floor`.
pub fn floor(x: f64) -> f64 {
    x.floor()
}

/// `math.Trunc`.
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// `math.Sqrt` (IEEE-754 square root, as Go's instruction).
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// `math.Round`: halves round away from zero.
pub fn round(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let e = ((bits >> 52) & 0x7FF) as i64;
    if e < BIAS {
        bits &= SIGN_MASK;
        if e == BIAS - 1 {
            bits |= UV_ONE;
        }
    } else if e < BIAS + 52 {
        let e = e - BIAS;
        bits += (1u64 << 51) >> e;
        bits &= !(FRAC_MASK >> e);
    }
    f64::from_bits(bits)
}

/// `math.RoundToEven`: halves round to the even neighbour.
pub fn roundtoeven(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let e = ((bits >> 52) & 0x7FF) as i64;
    if e >= BIAS {
        let e = (e - BIAS) as u32;
        if e < 52 {
            let half_minus_ulp = (1u64 << 51) - 1;
            bits += (half_minus_ulp + ((bits >> (52 - e)) & 1)) >> e;
            bits &= !(FRAC_MASK >> e);
        }
    } else if e == BIAS - 1 && bits & FRAC_MASK != 0 {
        bits = (bits & SIGN_MASK) | UV_ONE;
    } else {
        bits &= SIGN_MASK;
    }
    f64::from_bits(bits)
}

/// `math.Dim`: `x - y` when positive, else 0.
pub fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 { 0.0 } else { v }
}

/// `math.Max`: +Inf wins over NaN, NaN over numbers, +0 over -0.
pub fn m_max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        f64::INFINITY
    } else if x.is_nan() || y.is_nan() {
        NAN
    } else if x == 0.0 && y == 0.0 {
        if signbit(x) { y } else { x }
    } else if x > y {
        x
    } else {
        y
    }
}

/// `math.Min`: -Inf wins over NaN, NaN over numbers, -0 over +0.
pub fn m_min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        f64::NEG_INFINITY
    } else if x.is_nan() || y.is_nan() {
        NAN
    } else if x == 0.0 && y == 0.0 {
        if signbit(x) { x } else { y }
    } else if x < y {
        x
    } else {
        y
    }
}

/// Scales a subnormal up to a normal number, returning the power of two taken.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < f64::MIN_POSITIVE {
        (x * (1u64 << 52) as f64, -52)
    } else {
        (x, 0)
    }
}

/// `math.Frexp`: `f == frac × 2^exp` with `|frac|` in [0.5, 1); 0, ±Inf and NaN give `(f, 0)`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let (f, e) = normalize(f);
    let bits = f.to_bits();
    let exp = e + ((bits >> 52) & 0x7FF) as i64 - BIAS + 1;
    let bits = (bits & !(0x7FF << 52)) | (((BIAS - 1) as u64) << 52);
    (f64::from_bits(bits), exp)
}

/// `math.Ldexp`: `frac × 2^exp`, rounded once.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let bits = frac.to_bits();
    // Go's int is 64 bits and these sums wrap as Go's do.
    let exp = exp
        .wrapping_add(e)
        .wrapping_add(((bits >> 52) & 0x7FF) as i64 - BIAS);
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let (exp, m) = if exp < -1022 {
        (exp + 53, 1.0 / (1u64 << 53) as f64)
    } else {
        (exp, 1.0)
    };
    let bits = (bits & !(0x7FF << 52)) | (((exp + BIAS) as u64) << 52);
    m * f64::from_bits(bits)
}

/// `math.Modf`: the integer part and the fractional part, both with `f`'s sign.
pub fn modf(f: f64) -> (f64, f64) {
    // Inside Modf, Go's Trunc is the SSE4.1 instruction, which quiets a signaling NaN.
    let int = if f.is_nan() {
        f64::from_bits(f.to_bits() | 1 << 51)
    } else {
        f.trunc()
    };
    (int, (f - int).copysign(f))
}

/// `math.Mod`: the remainder of `x / y` with `x`'s sign (exact).
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return NAN;
    }
    let y = y.abs();
    let (yfr, yexp) = frexp(y);
    let mut r = if x < 0.0 { -x } else { x };
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 { -r } else { r }
}

/// `math.Remainder`: IEEE-754 remainder, `x - n×y` with `n` the nearest integer to `x/y`.
pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.450_147_717_014_402_766_18e-308;
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let mut x = if sign { -x } else { x };
    let y = y.abs();
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = fmod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let half = 0.5 * y;
        if x > half {
            x -= y;
            if x >= half {
                x -= y;
            }
        }
    }
    if sign { -x } else { x }
}

/// `math.Nextafter`: the next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        NAN
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

/// `math.Ilogb`: the binary exponent; `i32::MIN` for 0 and `i32::MAX` for NaN and ±Inf, as Go.
pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        i64::from(i32::MIN)
    } else if !x.is_finite() {
        i64::from(i32::MAX)
    } else {
        exponent(x)
    }
}

fn exponent(x: f64) -> i64 {
    let (x, e) = normalize(x);
    ((x.to_bits() >> 52) & 0x7FF) as i64 - BIAS + e
}

/// `math.Logb`: the binary exponent as a float; -Inf for 0, +Inf for ±Inf.
pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_infinite() {
        f64::INFINITY
    } else if x.is_nan() {
        x
    } else {
        exponent(x) as f64
    }
}

/// `math.Float64bits`.
pub fn float64bits(f: f64) -> u64 {
    f.to_bits()
}

/// `math.Float64frombits`.
pub fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

/// Go's `int64(f)` on amd64: truncation, and `i64::MIN` for NaN and out-of-range values.
fn go_int(f: f64) -> i64 {
    if (-9.223_372_036_854_775_808e18..9.223_372_036_854_775_808e18).contains(&f) {
        f as i64
    } else {
        i64::MIN
    }
}
