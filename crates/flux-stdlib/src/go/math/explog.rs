//! Exponentials, logarithms, powers, roots and `hypot`, as Go computes them on amd64.

use super::{NAN, frexp, go_int, ldexp, modf};

/// `math.Exp`, following Go's amd64 assembly on its FMA path.
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const OVERFLOW: f64 = 7.097_827_128_933_84e2;
    const T: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.666_666_666_666_666_666_7e-1,
        4.166_666_666_666_666_666_7e-2,
        8.333_333_333_333_333_333_3e-3,
        1.388_888_888_888_888_888_9e-3,
        1.984_126_984_126_984_127e-4,
        2.480_158_730_158_730_158_7e-5,
    ];
    if !x.is_finite() {
        return if x == f64::NEG_INFINITY { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out of i32 range gives i32::MIN.
    let t = (LOG2E * x).round_ties_even();
    let k = if (-2_147_483_648.0..=2_147_483_647.0).contains(&t) {
        t as i64
    } else {
        i64::from(i32::MIN)
    };
    let kf = k as f64;
    let mut r = (-kf).mul_add(LN2U, x);
    r = (-kf).mul_add(LN2L, r);
    r *= 0.0625;
    let mut p = T[8].mul_add(r, T[7]);
    for c in [T[6], T[5], T[4], T[3], T[0], T[1]] {
        p = p.mul_add(r, c);
    }
    r *= p;
    for _ in 0..3 {
        r *= r + T[2];
    }
    r = r.mul_add(r + T[2], T[1]);
    let mut e = k + 0x3FF;
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        r *= f64::from_bits(((e + 0x3FE) as u64) << 52);
        e = 1;
    } else if e >= 0x7FF {
        return f64::INFINITY;
    }
    r * f64::from_bits((e as u64) << 52)
}

/// `math.Exp2`.
pub fn exp2(x: f64) -> f64 {
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    if x.is_nan() {
        return x;
    }
    if x > 1.023_999_999_999_999_9e3 {
        return f64::INFINITY;
    }
    if x < -1.074e3 {
        return 0.0;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    expmulti(t * LN2_HI, -t * LN2_LO, k)
}

/// `e^(hi - lo) × 2^k`, the last step of Go's pure `exp`.
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.666_666_666_666_666_574_15e-1;
    const P2: f64 = -2.777_777_777_701_559_338_42e-3;
    const P3: f64 = 6.613_756_321_437_934_361_17e-5;
    const P4: f64 = -1.653_390_220_546_525_153_90e-6;
    const P5: f64 = 4.138_136_797_057_238_460_39e-8;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// `math.Expm1`: `e^x - 1`, accurate near zero.
pub fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.097_827_128_933_839_730_96e2;
    const LN2X56: f64 = 3.881_624_211_135_693_732_74e1;
    const LN2_HALF_X3: f64 = 1.039_720_770_839_917_964_13;
    const LN2_HALF: f64 = 3.465_735_902_799_726_547_09e-1;
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const INV_LN2: f64 = 1.442_695_040_888_963_387;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q: [f64; 5] = [
        -3.333_333_333_333_313_164_28e-2,
        1.587_301_587_254_814_601_65e-3,
        -7.936_507_578_674_879_424_73e-5,
        4.008_217_827_329_362_395_52e-6,
        -2.010_992_181_836_243_713_26e-7,
    ];
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let mut x = x;
    let sign = x < 0.0;
    let absx = x.abs();
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2_HALF {
        let (hi, lo);
        if absx < LN2_HALF_X3 {
            if sign {
                (hi, lo, k) = (x + LN2_HI, -LN2_LO, -1);
            } else {
                (hi, lo, k) = (x - LN2_HI, LN2_LO, 1);
            }
        } else {
            k = if sign {
                (INV_LN2 * x - 0.5) as i64
            } else {
                (INV_LN2 * x + 0.5) as i64
            };
            let t = k as f64;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q[0] + hxs * (Q[1] + hxs * (Q[2] + hxs * (Q[3] + hxs * Q[4]))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    let shifted = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        return shifted(1.0 - (e - x)) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0_0000_0000_0000 - (0x20_0000_0000_0000 >> k));
        return shifted(t - (e - x));
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    shifted(x - (e + t) + 1.0)
}

/// `math.Log`, following Go's amd64 assembly.
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.071_067_811_865_475_244_01e-1;
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const L: [f64; 7] = [
        6.666_666_666_666_735_130e-1,
        3.999_999_999_940_941_908e-1,
        2.857_142_874_366_239_149e-1,
        2.222_219_843_214_978_396e-1,
        1.818_357_216_161_805_012e-1,
        1.531_383_769_920_937_332e-1,
        1.479_819_860_511_658_591e-1,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return NAN;
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x;
    }
    // The assembly's frexp ignores subnormals: it reads the exponent field as is.
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7FF) as i64 - 0x3FE) as f64;
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L[6] * s4 + L[4]) * s4 + L[2]) * s4 + L[0]);
    let t2 = s4 * ((L[5] * s4 + L[3]) * s4 + L[1]);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

/// `math.Log10`.
pub fn log10(x: f64) -> f64 {
    log(x) * f64::from_bits(0x3FDB_CB7B_1526_E50E)
}

/// `math.Log2`: exact for powers of two.
pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * f64::from_bits(0x3FF7_1547_652B_82FE) + exp as f64
}

/// `math.Log1p`: `ln(1 + x)`, accurate near zero.
pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142_135_623_730_950_488_017e-1;
    const SQRT2_HALF_M1: f64 = -2.928_932_188_134_524_755_992e-1;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const LP: [f64; 7] = [
        6.666_666_666_666_735_130e-1,
        3.999_999_999_940_941_908e-1,
        2.857_142_874_366_239_149e-1,
        2.222_219_843_214_978_396e-1,
        1.818_357_216_161_805_012e-1,
        1.531_383_769_920_937_332e-1,
        1.479_819_860_511_658_591e-1,
    ];
    if x < -1.0 || x.is_nan() {
        return NAN;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2_HALF_M1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = ((iu >> 52) as i64) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = ((iu >> 52) as i64) - 1023;
            c = 0.0;
        }
        iu &= 0x000F_FFFF_FFFF_FFFF;
        if iu < 0x0006_A09E_667F_3BCD {
            u = f64::from_bits(iu | 0x3FF0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3FE0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2_LO;
            return kf * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.666_666_666_666_666_66 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2_HI - ((r - (kf * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * LN2_LO + c))) - f)
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && go_int(xi) & 1 == 1
}

/// `math.Pow`.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return NAN;
    }
    if x == 0.0 {
        let odd = x.is_sign_negative() && is_odd_int(y);
        return if y < 0.0 {
            if odd { f64::NEG_INFINITY } else { f64::INFINITY }
        } else if odd {
            x
        } else {
            0.0
        };
    }
    if y.is_infinite() {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y == f64::INFINITY) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if x.is_infinite() {
        if x == f64::NEG_INFINITY {
            return pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return NAN;
    }
    if yi >= 9.223_372_036_854_775_808e18 {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// `math.Pow10`: `10^n`, +Inf above 308 and 0 below -323.
pub fn pow10(n: i64) -> f64 {
    const TAB: [f64; 32] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
        1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ];
    const POS32: [f64; 10] = [1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288];
    const NEG32: [f64; 11] = [
        1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
    ];
    if (0..=308).contains(&n) {
        let n = n as usize;
        return POS32[n / 32] * TAB[n % 32];
    }
    if (-323..=0).contains(&n) {
        let n = (-n) as usize;
        return NEG32[n / 32] / TAB[n % 32];
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}

/// `math.Cbrt`: the cube root.
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715_094_163;
    const B2: u64 = 696_219_795;
    const C: f64 = 5.428_571_428_571_428_159_06e-1;
    const D: f64 = -7.053_061_224_489_796_110_50e-1;
    const E: f64 = 1.414_285_714_285_714_368_19;
    const F: f64 = 1.607_142_857_142_857_206_30;
    const G: f64 = 3.571_428_571_428_571_507_87e-1;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let sign = x < 0.0;
    // Go negates only when x < 0, so -0 keeps its sign.
    let x = if sign { -x } else { x };
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < f64::MIN_POSITIVE {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFC << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign { -t } else { t }
}

/// `math.Hypot`, following Go's amd64 assembly: `max × sqrt(1 + (min/max)²)`.
pub fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if !p.is_finite() || !q.is_finite() {
        return if p.is_infinite() || q.is_infinite() {
            f64::INFINITY
        } else {
            NAN
        };
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p > q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (1.0 + r * r).sqrt()
}
