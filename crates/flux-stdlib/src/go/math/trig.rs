//! Circular and hyperbolic functions and their inverses, as Go computes them
//! (Cephes polynomials with Payne-Hanek reduction for huge arguments).

use super::{LN2, NAN, exp, log, log1p};

const PI: f64 = std::f64::consts::PI;
const PI_2: f64 = std::f64::consts::FRAC_PI_2;
const PI_4: f64 = std::f64::consts::FRAC_PI_4;
/// Go's constant `4 / Pi`, rounded once.
const FOUR_OVER_PI: f64 = f64::from_bits(0x3FF4_5F30_6DC9_C883);
/// Go's constant `3 * Pi / 4`, rounded once.
const THREE_PI_4: f64 = f64::from_bits(0x4002_D97C_7F33_21D2);

const SIN: [f64; 6] = [
    1.589_623_015_765_465_680_60e-10,
    -2.505_074_776_285_780_728_66e-8,
    2.755_731_362_138_572_452_13e-6,
    -1.984_126_982_958_953_859_96e-4,
    8.333_333_333_322_118_588_78e-3,
    -1.666_666_666_666_663_072_95e-1,
];
const COS: [f64; 6] = [
    -1.135_853_652_138_768_173_00e-11,
    2.087_570_084_197_473_167_78e-9,
    -2.755_731_417_929_673_881_12e-7,
    2.480_158_728_885_170_453_48e-5,
    -1.388_888_888_887_305_641_16e-3,
    4.166_666_666_666_659_292_18e-2,
];
const PI4A: f64 = 7.853_981_256_484_985_351_56e-1;
const PI4B: f64 = 3.774_894_707_930_798_176_68e-8;
const PI4C: f64 = 2.695_151_429_079_059_526_45e-15;
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

fn shl(x: u64, n: u32) -> u64 {
    x.checked_shl(n).unwrap_or(0)
}

fn shr(x: u64, n: u32) -> u64 {
    x.checked_shr(n).unwrap_or(0)
}

/// Bits of 4/π, for the Payne-Hanek reduction of huge arguments.
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Reduces `x >= 2^29` to an octant `j` and a remainder `z` in [0, π/4).
fn trig_reduce(x: f64) -> (u64, f64) {
    if x < PI_4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = ((ix >> 52) & 0x7FF) as i64 - 1023 - 52;
    ix &= !(0x7FF << 52);
    ix |= 1 << 52;
    let (digit, bitshift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    let word = |i: usize| shl(M_PI4[i], bitshift) | shr(M_PI4[i + 1], 64 - bitshift);
    let (z0, z1, z2) = (word(digit), word(digit + 1), word(digit + 2));
    let z2hi = ((u128::from(z2) * u128::from(ix)) >> 64) as u64;
    let z1full = u128::from(z1) * u128::from(ix);
    let (z1hi, z1lo) = ((z1full >> 64) as u64, z1full as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(u64::from(carry));
    let mut j = hi >> 61;
    let mut hi = (hi << 3) | (lo >> 61);
    let lz = hi.leading_zeros();
    let e = (1023 - (i64::from(lz) + 1)) as u64;
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - 52;
    hi |= e << 52;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI_4)
}

/// The octant of `x >= 0` and the remainder, as Go's sin, cos and tan reduce.
fn reduce(x: f64) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z * zz * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz
        + zz * zz * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// `math.Cos`.
pub fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return NAN;
    }
    let (j, z) = reduce(x.abs());
    let mut j = j & 7;
    let mut sign = false;
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        sin_poly(z, zz)
    } else {
        cos_poly(zz)
    };
    if sign { -y } else { y }
}

/// `math.Sin`.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return NAN;
    }
    let mut sign = x < 0.0;
    let (j, z) = reduce(x.abs());
    let mut j = j & 7;
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        cos_poly(zz)
    } else {
        sin_poly(z, zz)
    };
    if sign { -y } else { y }
}

/// `math.Tan`.
pub fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.309_369_391_813_837_776_46e4,
        1.153_516_648_385_874_161_40e6,
        -1.795_652_519_764_848_779_88e7,
    ];
    const Q: [f64; 5] = [
        1.0,
        1.368_129_634_706_929_546_78e4,
        -1.320_892_344_402_109_674_47e6,
        2.500_838_018_233_579_158_39e7,
        -5.386_957_559_294_546_298_81e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return NAN;
    }
    let sign = x < 0.0;
    let (j, z) = reduce(x.abs());
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * ((P[0] * zz + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign { -y } else { y }
}

fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750_608_600_031_904_122_785e-1,
        -1.615_753_718_733_365_076_637e1,
        -7.500_855_792_314_704_667_340e1,
        -1.228_866_684_490_136_173_410e2,
        -6.485_021_904_942_025_371_773e1,
    ];
    const Q: [f64; 5] = [
        2.485_846_490_142_306_297_962e1,
        1.650_270_098_316_988_542_046e2,
        4.328_810_604_912_902_668_951e2,
        4.853_903_996_359_136_964_868e2,
        1.945_506_571_482_613_964_425e2,
    ];
    let z = x * x;
    let z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4])
        / (((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4]);
    x * z + x
}

fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123_233_995_736_765_886_130e-17;
    const TAN3PIO8: f64 = 2.414_213_562_373_095_048_80;
    if x <= 0.66 {
        xatan(x)
    } else if x > TAN3PIO8 {
        PI_2 - xatan(1.0 / x) + MOREBITS
    } else {
        PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
    }
}

/// `math.Atan`.
pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else if x > 0.0 {
        satan(x)
    } else {
        -satan(-x)
    }
}

/// `math.Asin`.
pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let sign = x < 0.0;
    // Go negates only when x < 0, so -0 keeps its sign.
    let x = if sign { -x } else { x };
    if x > 1.0 {
        return NAN;
    }
    let temp = (1.0 - x * x).sqrt();
    let temp = if x > 0.7 {
        PI_2 - satan(temp / x)
    } else {
        satan(x / temp)
    };
    if sign { -temp } else { temp }
}

/// `math.Acos`.
pub fn acos(x: f64) -> f64 {
    PI_2 - asin(x)
}

/// `math.Atan2`: the angle of the point (x, y).
pub fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return NAN;
    }
    if y == 0.0 {
        return if x >= 0.0 && !x.is_sign_negative() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    if x == 0.0 {
        return PI_2.copysign(y);
    }
    if x.is_infinite() {
        return if x == f64::INFINITY {
            if y.is_infinite() {
                PI_4.copysign(y)
            } else {
                0.0f64.copysign(y)
            }
        } else if y.is_infinite() {
            THREE_PI_4.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    if y.is_infinite() {
        return PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 { q + PI } else { q - PI }
    } else {
        q
    }
}

/// `math.Sinh`.
pub fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.630_767_364_049_771_699_118_478_725_1e6,
        -0.899_127_202_203_950_935_539_801_351_1e5,
        -0.289_421_135_598_956_380_728_466_036_6e4,
        -0.263_056_321_339_749_706_281_948_9e2,
    ];
    const Q: [f64; 3] = [
        -0.630_767_364_049_771_699_121_207_727_7e6,
        0.152_151_737_879_001_907_069_648_517_6e5,
        -0.173_678_953_558_233_699_533_450_911e3,
    ];
    let sign = x < 0.0;
    // Go negates only when x < 0, so -0 keeps its sign.
    let x = if sign { -x } else { x };
    let temp = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        let t = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x;
        t / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if sign { -temp } else { temp }
}

/// `math.Cosh`.
pub fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

/// `math.Tanh`.
pub fn tanh(x: f64) -> f64 {
    const P: [f64; 3] = [
        -9.643_991_794_250_522_386_28e-1,
        -9.928_772_310_019_185_865_64e1,
        -1.614_687_684_417_084_479_52e3,
    ];
    const Q: [f64; 3] = [
        1.128_116_784_916_329_314_02e2,
        2.235_488_390_601_004_485_83e3,
        4.844_063_053_251_254_860_48e3,
    ];
    const MAXLOG: f64 = 8.802_969_193_111_305_429_598_8e1;
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// `math.Asinh`.
pub fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if !x.is_finite() {
        return x;
    }
    let sign = x < 0.0;
    // Go negates only when x < 0, so -0 keeps its sign.
    let x = if sign { -x } else { x };
    let temp = if x > LARGE {
        log(x) + LN2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if sign { -temp } else { temp }
}

/// `math.Acosh`.
pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        NAN
    } else if x == 1.0 {
        0.0
    } else if x >= LARGE {
        log(x) + LN2
    } else if x > 2.0 {
        log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()))
    } else {
        let t = x - 1.0;
        log1p(t + (2.0 * t + t * t).sqrt())
    }
}

/// `math.Atanh`.
pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if !(-1.0..=1.0).contains(&x) || x.is_nan() {
        return NAN;
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let sign = x < 0.0;
    // Go negates only when x < 0, so -0 keeps its sign.
    let x = if sign { -x } else { x };
    let temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign { -temp } else { temp }
}
