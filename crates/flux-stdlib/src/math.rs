//! `import "math"`: constants and functions on floats, Go's to the last bit (the work
//! is done in [`crate::go::math`]).

use flux_eval::{ErrorKind, NativeFunction, Record, Result, Value, native};

use crate::go::math as go;
use crate::natives::error;

/// The package's natives (declarations in stdlib/math/math.flux).
pub const NATIVES: &[NativeFunction] = &[
    native!("pi", || go::PI),
    native!("e", || go::E),
    native!("phi", || go::PHI),
    native!("sqrt2", || go::SQRT2),
    native!("sqrte", || go::SQRTE),
    native!("sqrtpi", || go::SQRTPI),
    native!("sqrtphi", || go::SQRTPHI),
    native!("ln2", || go::LN2),
    native!("log2e", || go::LOG2E),
    native!("ln10", || go::LN10),
    native!("log10e", || go::LOG10E),
    native!("maxfloat", || go::MAXFLOAT),
    native!("smallestNonzeroFloat", || go::SMALLEST_NONZERO_FLOAT),
    native!("maxint", || go::MAXINT),
    native!("minint", || go::MININT),
    native!("maxuint", || go::MAXUINT),
    native!("abs", |x: f64| go::abs(x)),
    native!("acos", |x: f64| go::acos(x)),
    native!("acosh", |x: f64| go::acosh(x)),
    native!("asin", |x: f64| go::asin(x)),
    native!("asinh", |x: f64| go::asinh(x)),
    native!("atan", |x: f64| go::atan(x)),
    native!("atan2", |y: f64, x: f64| go::atan2(y, x)),
    native!("atanh", |x: f64| go::atanh(x)),
    native!("cbrt", |x: f64| go::cbrt(x)),
    native!("ceil", |x: f64| go::ceil(x)),
    native!("copysign", |x: f64, y: f64| go::copysign(x, y)),
    native!("cos", |x: f64| go::cos(x)),
    native!("cosh", |x: f64| go::cosh(x)),
    native!("dim", |x: f64, y: f64| go::dim(x, y)),
    native!("erf", |x: f64| go::erf(x)),
    native!("erfc", |x: f64| go::erfc(x)),
    native!("erfcinv", |x: f64| go::erfcinv(x)),
    native!("erfinv", |x: f64| go::erfinv(x)),
    native!("exp", |x: f64| go::exp(x)),
    native!("exp2", |x: f64| go::exp2(x)),
    native!("expm1", |x: f64| go::expm1(x)),
    native!("float64bits", |f: f64| go::float64bits(f)),
    native!("float64frombits", |b: u64| go::float64frombits(b)),
    native!("floor", |x: f64| go::floor(x)),
    native!("frexp", |f: f64| {
        let (frac, exp) = go::frexp(f);
        record([("frac", frac.into()), ("exp", exp.into())])
    }),
    native!("gamma", |x: f64| go::gamma(x)),
    native!("hypot", |p: f64, q: f64| go::hypot(p, q)),
    native!("ilogb", |x: f64| go::ilogb(x)),
    native!("mInf", |sign: i64| go::inf(sign)),
    native!("isInf", |f: f64, sign: i64| go::is_inf(f, sign)),
    native!("isNaN", |f: f64| go::is_nan(f)),
    native!("j0", |x: f64| go::j0(x)),
    native!("j1", |x: f64| go::j1(x)),
    native!("jn", |n: i64, x: f64| bessel_order(go::jn(n, x), n)?),
    native!("ldexp", |frac: f64, exp: i64| go::ldexp(frac, exp)),
    native!("lgamma", |x: f64| {
        let (lgamma, sign) = go::lgamma(x);
        record([("lgamma", lgamma.into()), ("sign", sign.into())])
    }),
    native!("log", |x: f64| go::log(x)),
    native!("log10", |x: f64| go::log10(x)),
    native!("log1p", |x: f64| go::log1p(x)),
    native!("log2", |x: f64| go::log2(x)),
    native!("logb", |x: f64| go::logb(x)),
    native!("mMax", |x: f64, y: f64| go::m_max(x, y)),
    native!("mMin", |x: f64, y: f64| go::m_min(x, y)),
    native!("mod", |x: f64, y: f64| go::fmod(x, y)),
    native!("modf", |f: f64| {
        let (int, frac) = go::modf(f);
        record([("int", int.into()), ("frac", frac.into())])
    }),
    native!("NaN", || go::NAN),
    native!("nextafter", |x: f64, y: f64| go::nextafter(x, y)),
    native!("pow", |x: f64, y: f64| go::pow(x, y)),
    native!("pow10", |n: i64| go::pow10(n)),
    native!("remainder", |x: f64, y: f64| go::remainder(x, y)),
    native!("round", |x: f64| go::round(x)),
    native!("roundtoeven", |x: f64| go::roundtoeven(x)),
    native!("signbit", |x: f64| go::signbit(x)),
    native!("sin", |x: f64| go::sin(x)),
    native!("sincos", |x: f64| record([
        ("sin", go::sin(x).into()),
        ("cos", go::cos(x).into())
    ])),
    native!("sinh", |x: f64| go::sinh(x)),
    native!("sqrt", |x: f64| go::sqrt(x)),
    native!("tan", |x: f64| go::tan(x)),
    native!("tanh", |x: f64| go::tanh(x)),
    native!("trunc", |x: f64| go::trunc(x)),
    native!("y0", |x: f64| go::y0(x)),
    native!("y1", |x: f64| go::y1(x)),
    native!("yn", |n: i64, x: f64| bessel_order(go::yn(n, x), n)?),
];

fn record<const N: usize>(fields: [(&str, Value); N]) -> Record {
    Record::from_fields(fields)
}

/// `jn`/`yn` refuse orders beyond [`go::MAX_ORDER`] (Go would loop `n` times).
fn bessel_order(result: Option<f64>, n: i64) -> Result<f64> {
    result.ok_or_else(|| {
        error(
            ErrorKind::Runtime,
            format!(
                "order {n} is out of range: at most ±{} is supported",
                go::MAX_ORDER
            ),
        )
    })
}
