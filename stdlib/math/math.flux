// Package math provides mathematical constants and functions on floats. Results
// are Go's to the last bit, as Go Flux computes them (on x86-64).
//
// ## Examples
//
// ```
// import "math"
//
// math.sqrt(x: math.pow(x: 3.0, y: 2.0) + math.pow(x: 4.0, y: 2.0))
// // => 5
// ```
package math

// Mathematical constants and the limits of Flux's number types: π, e, the golden
// ratio φ, square roots (`sqrt2`, `sqrte`, `sqrtpi`, `sqrtphi`), natural and binary
// logarithms (`ln2`, `log2e`, `ln10`, `log10e`), the largest finite float and the
// smallest positive one, and the extremes of `int` and `uint`.
//
// ## Examples
//
// ```
// import "math"
//
// math.pi
// // => 3.141592653589793
// math.maxint
// // => 9223372036854775807
// math.maxuint
// // => 18446744073709551615
// ```
builtin pi : float
builtin e : float
builtin phi : float
builtin sqrt2 : float
builtin sqrte : float
builtin sqrtpi : float
builtin sqrtphi : float
builtin ln2 : float
builtin log2e : float
builtin ln10 : float
builtin log10e : float
builtin maxfloat : float
builtin smallestNonzeroFloat : float
builtin maxint : int
builtin minint : int
builtin maxuint : uint

// abs returns `x` without its sign.
//
// ## Examples
//
// ```
// import "math"
//
// math.abs(x: -1.5)
// // => 1.5
// ```
builtin abs : (x: float) => float

// acos returns the arccosine of `x` in radians; NaN outside [-1, 1].
//
// ## Examples
//
// ```
// import "math"
//
// math.acos(x: 0.5)
// // => 1.0471975511965976
// ```
builtin acos : (x: float) => float

// acosh returns the inverse hyperbolic cosine of `x`; NaN below 1.
//
// ## Examples
//
// ```
// import "math"
//
// math.acosh(x: 2.0)
// // => 1.3169578969248166
// ```
builtin acosh : (x: float) => float

// asin returns the arcsine of `x` in radians; NaN outside [-1, 1].
//
// ## Examples
//
// ```
// import "math"
//
// math.asin(x: 0.5)
// // => 0.5235987755982989
// ```
builtin asin : (x: float) => float

// asinh returns the inverse hyperbolic sine of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.asinh(x: 1.0)
// // => 0.881373587019543
// ```
builtin asinh : (x: float) => float

// atan returns the arctangent of `x` in radians, between -π/2 and π/2.
//
// ## Examples
//
// ```
// import "math"
//
// math.atan(x: 1.0)
// // => 0.7853981633974483
// ```
builtin atan : (x: float) => float

// atan2 returns the angle in radians of the point (`x`, `y`) from the positive x axis,
// between -π and π: the quadrant follows the signs of both arguments.
//
// ## Examples
//
// ```
// import "math"
//
// math.atan2(y: 1.0, x: -1.0)
// // => 2.356194490192345
// ```
builtin atan2 : (y: float, x: float) => float

// atanh returns the inverse hyperbolic tangent of `x`; ±Inf at ±1, NaN beyond.
//
// ## Examples
//
// ```
// import "math"
//
// math.atanh(x: 0.5)
// // => 0.5493061443340548
// ```
builtin atanh : (x: float) => float

// cbrt returns the cube root of `x` (negative for negative `x`).
//
// ## Examples
//
// ```
// import "math"
//
// math.cbrt(x: 27.0)
// // => 3
// ```
builtin cbrt : (x: float) => float

// ceil rounds `x` up to the nearest whole number.
//
// ## Examples
//
// ```
// import "math"
//
// math.ceil(x: 1.2)
// // => 2
// ```
builtin ceil : (x: float) => float

// copysign returns the magnitude of `x` with the sign of `y`.
//
// ## Examples
//
// ```
// import "math"
//
// math.copysign(x: 3.0, y: -1.0)
// // => -3
// ```
builtin copysign : (x: float, y: float) => float

// cos returns the cosine of `x` radians.
//
// ## Examples
//
// ```
// import "math"
//
// math.cos(x: math.pi)
// // => -1
// ```
builtin cos : (x: float) => float

// cosh returns the hyperbolic cosine of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.cosh(x: 1.0)
// // => 1.5430806348152437
// ```
builtin cosh : (x: float) => float

// dim returns `x - y` when that is positive, and 0 otherwise.
//
// ## Examples
//
// ```
// import "math"
//
// math.dim(x: 5.0, y: 3.0)
// // => 2
// math.dim(x: 3.0, y: 5.0)
// // => 0
// ```
builtin dim : (x: float, y: float) => float

// erf returns the error function of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.erf(x: 0.5)
// // => 0.5204998778130465
// ```
builtin erf : (x: float) => float

// erfc returns the complementary error function of `x`, `1 - erf(x)` without the loss
// of precision for large `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.erfc(x: 0.5)
// // => 0.4795001221869535
// ```
builtin erfc : (x: float) => float

// erfcinv returns the inverse of `erfc`: the `y` with `erfc(y) == x`, for `x` in (0, 2).
//
// ## Examples
//
// ```
// import "math"
//
// math.erfcinv(x: 0.5)
// // => 0.4769362762044699
// ```
builtin erfcinv : (x: float) => float

// erfinv returns the inverse of `erf`: the `y` with `erf(y) == x`, for `x` in (-1, 1).
//
// ## Examples
//
// ```
// import "math"
//
// math.erfinv(x: 0.5)
// // => 0.4769362762044699
// ```
builtin erfinv : (x: float) => float

// exp returns e raised to the power `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.exp(x: 1.0)
// // => 2.718281828459045
// ```
builtin exp : (x: float) => float

// exp2 returns 2 raised to the power `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.exp2(x: 10.0)
// // => 1024
// ```
builtin exp2 : (x: float) => float

// expm1 returns `e^x - 1`, accurate even when `x` is close to zero.
//
// ## Examples
//
// ```
// import "math"
//
// math.expm1(x: 0.01)
// // => 0.010050167084168058
// ```
builtin expm1 : (x: float) => float

// float64bits returns the IEEE 754 bits of `f` as an unsigned integer.
//
// ## Examples
//
// ```
// import "math"
//
// math.float64bits(f: 1.0)
// // => 4607182418800017408
// ```
builtin float64bits : (f: float) => uint

// float64frombits reads the unsigned integer `b` as IEEE 754 bits of a float
// (the inverse of `float64bits`).
//
// ## Examples
//
// ```
// import "math"
//
// math.float64frombits(b: uint(v: 4607182418800017408))
// // => 1
// ```
builtin float64frombits : (b: uint) => float

// floor rounds `x` down to the nearest whole number.
//
// ## Examples
//
// ```
// import "math"
//
// math.floor(x: -1.5)
// // => -2
// ```
builtin floor : (x: float) => float

// frexp splits `f` into a fraction and a power of two, `f == frac × 2^exp`, with the
// fraction's magnitude in [0.5, 1). Zero, infinities and NaN come back as `frac` with `exp` 0.
//
// ## Examples
//
// ```
// import "math"
//
// math.frexp(f: 8.0).frac
// // => 0.5
// math.frexp(f: 8.0).exp
// // => 4
// ```
builtin frexp : (f: float) => {frac: float, exp: int}

// gamma returns the Gamma function of `x` (`(x-1)!` for whole `x`); NaN at negative integers.
//
// ## Examples
//
// ```
// import "math"
//
// math.gamma(x: 5.0)
// // => 24
// math.gamma(x: 0.5)
// // => 1.7724538509055159
// ```
builtin gamma : (x: float) => float

// hypot returns `sqrt(p² + q²)`, the length of the hypotenuse, without overflowing early.
//
// ## Examples
//
// ```
// import "math"
//
// math.hypot(p: 3.0, q: 4.0)
// // => 5
// ```
builtin hypot : (p: float, q: float) => float

// ilogb returns the binary exponent of `x` as an integer.
//
// ## Examples
//
// ```
// import "math"
//
// math.ilogb(x: 8.0)
// // => 3
// ```
builtin ilogb : (x: float) => int

// mInf returns positive infinity when `sign >= 0` and negative infinity otherwise.
//
// ## Examples
//
// ```
// import "math"
//
// math.mInf(sign: -1)
// // => -Inf
// ```
builtin mInf : (sign: int) => float

// isInf reports whether `f` is an infinity: positive when `sign > 0`, negative when
// `sign < 0`, either when `sign == 0`.
//
// ## Examples
//
// ```
// import "math"
//
// math.isInf(f: math.mInf(sign: 1), sign: 0)
// // => true
// ```
builtin isInf : (f: float, sign: int) => bool

// isNaN reports whether `f` is NaN, the "not a number" value.
//
// ## Examples
//
// ```
// import "math"
//
// math.isNaN(f: math.NaN())
// // => true
// ```
builtin isNaN : (f: float) => bool

// j0 returns the Bessel function of the first kind of order zero at `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.j0(x: 1.0)
// // => 0.7651976865579666
// ```
builtin j0 : (x: float) => float

// j1 returns the Bessel function of the first kind of order one at `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.j1(x: 1.0)
// // => 0.4400505857449335
// ```
builtin j1 : (x: float) => float

// jn returns the Bessel function of the first kind of order `n` at `x`.
// Orders beyond ±16777216 are an error in flux-rs (Go would run for minutes or longer).
//
// ## Examples
//
// ```
// import "math"
//
// math.jn(n: 2, x: 1.0)
// // => 0.11490348493190049
// ```
builtin jn : (n: int, x: float) => float

// ldexp returns `frac × 2^exp`, the inverse of `frexp`.
//
// ## Examples
//
// ```
// import "math"
//
// math.ldexp(frac: 0.5, exp: 4)
// // => 8
// ```
builtin ldexp : (frac: float, exp: int) => float

// lgamma returns the natural logarithm of the magnitude of Gamma(`x`) and the sign
// of Gamma(`x`) (1 or -1).
//
// ## Examples
//
// ```
// import "math"
//
// math.lgamma(x: 10.0).lgamma
// // => 12.80182748008147
// math.lgamma(x: 10.0).sign
// // => 1
// ```
builtin lgamma : (x: float) => {lgamma: float, sign: int}

// log returns the natural logarithm of `x`; -Inf at 0 and NaN for negative `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.log(x: 10.0)
// // => 2.302585092994046
// ```
builtin log : (x: float) => float

// log10 returns the base-10 logarithm of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.log10(x: 1000.0)
// // => 3
// ```
builtin log10 : (x: float) => float

// log1p returns the natural logarithm of `1 + x`, accurate even when `x` is close to zero.
//
// ## Examples
//
// ```
// import "math"
//
// math.log1p(x: 0.01)
// // => 0.009950330853168083
// ```
builtin log1p : (x: float) => float

// log2 returns the binary logarithm of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.log2(x: 8.0)
// // => 3
// ```
builtin log2 : (x: float) => float

// logb returns the binary exponent of `x` as a float.
//
// ## Examples
//
// ```
// import "math"
//
// math.logb(x: 8.0)
// // => 3
// ```
builtin logb : (x: float) => float

// mMax returns the larger of `x` and `y`; +Inf wins over NaN, NaN over any number.
//
// ## Examples
//
// ```
// import "math"
//
// math.mMax(x: 1.0, y: 2.0)
// // => 2
// ```
builtin mMax : (x: float, y: float) => float

// mMin returns the smaller of `x` and `y`; -Inf wins over NaN, NaN over any number.
//
// ## Examples
//
// ```
// import "math"
//
// math.mMin(x: 1.0, y: 2.0)
// // => 1
// ```
builtin mMin : (x: float, y: float) => float

// mod returns the remainder of `x / y`, with the sign of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.mod(x: 7.0, y: 4.0)
// // => 3
// math.mod(x: -7.0, y: 4.0)
// // => -3
// ```
builtin mod : (x: float, y: float) => float

// modf splits `f` into its whole part and its fractional part, both with the sign of `f`.
//
// ## Examples
//
// ```
// import "math"
//
// math.modf(f: 3.25).int
// // => 3
// math.modf(f: 3.25).frac
// // => 0.25
// ```
builtin modf : (f: float) => {int: float, frac: float}

// NaN returns the IEEE 754 "not a number" value.
//
// ## Examples
//
// ```
// import "math"
//
// math.NaN()
// // => NaN
// ```
builtin NaN : () => float

// nextafter returns the float next to `x` in the direction of `y`.
//
// ## Examples
//
// ```
// import "math"
//
// math.nextafter(x: 1.0, y: 2.0)
// // => 1.0000000000000002
// ```
builtin nextafter : (x: float, y: float) => float

// pow returns `x` raised to the power `y`.
//
// ## Examples
//
// ```
// import "math"
//
// math.pow(x: 2.0, y: 10.0)
// // => 1024
// ```
builtin pow : (x: float, y: float) => float

// pow10 returns 10 raised to the integer power `n`: +Inf above 308, 0 below -323.
//
// ## Examples
//
// ```
// import "math"
//
// math.pow10(n: 3)
// // => 1000
// ```
builtin pow10 : (n: int) => float

// remainder returns the IEEE 754 remainder of `x / y`: `x - n×y` where `n` is the
// whole number nearest to `x / y` (ties to even).
//
// ## Examples
//
// ```
// import "math"
//
// math.remainder(x: 7.0, y: 4.0)
// // => -1
// ```
builtin remainder : (x: float, y: float) => float

// round rounds `x` to the nearest whole number, halves away from zero.
//
// ## Examples
//
// ```
// import "math"
//
// math.round(x: 2.5)
// // => 3
// ```
builtin round : (x: float) => float

// roundtoeven rounds `x` to the nearest whole number, halves to the even one.
//
// ## Examples
//
// ```
// import "math"
//
// math.roundtoeven(x: 2.5)
// // => 2
// ```
builtin roundtoeven : (x: float) => float

// signbit reports whether the sign bit of `x` is set (true for negative numbers and -0).
//
// ## Examples
//
// ```
// import "math"
//
// math.signbit(x: -0.5)
// // => true
// ```
builtin signbit : (x: float) => bool

// sin returns the sine of `x` radians.
//
// ## Examples
//
// ```
// import "math"
//
// math.sin(x: math.pi / 2.0)
// // => 1
// ```
builtin sin : (x: float) => float

// sincos returns both the sine and the cosine of `x` radians.
//
// ## Examples
//
// ```
// import "math"
//
// math.sincos(x: 0.0).cos
// // => 1
// ```
builtin sincos : (x: float) => {sin: float, cos: float}

// sinh returns the hyperbolic sine of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.sinh(x: 1.0)
// // => 1.1752011936438014
// ```
builtin sinh : (x: float) => float

// sqrt returns the square root of `x`; NaN for negative `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.sqrt(x: 2.0)
// // => 1.4142135623730951
// ```
builtin sqrt : (x: float) => float

// tan returns the tangent of `x` radians.
//
// ## Examples
//
// ```
// import "math"
//
// math.tan(x: math.pi / 4.0)
// // => 1
// ```
builtin tan : (x: float) => float

// tanh returns the hyperbolic tangent of `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.tanh(x: 0.5)
// // => 0.46211715726000974
// ```
builtin tanh : (x: float) => float

// trunc drops the fractional part of `x`, rounding towards zero.
//
// ## Examples
//
// ```
// import "math"
//
// math.trunc(x: -3.7)
// // => -3
// ```
builtin trunc : (x: float) => float

// y0 returns the Bessel function of the second kind of order zero at `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.y0(x: 1.0)
// // => 0.08825696421567697
// ```
builtin y0 : (x: float) => float

// y1 returns the Bessel function of the second kind of order one at `x`.
//
// ## Examples
//
// ```
// import "math"
//
// math.y1(x: 1.0)
// // => -0.7812128213002887
// ```
builtin y1 : (x: float) => float

// yn returns the Bessel function of the second kind of order `n` at `x`.
// Orders beyond ±16777216 are an error in flux-rs, as for `jn`.
//
// ## Examples
//
// ```
// import "math"
//
// math.yn(n: 2, x: 1.0)
// // => -1.6506826068162543
// ```
builtin yn : (n: int, x: float) => float
