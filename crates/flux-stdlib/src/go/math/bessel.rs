//! Bessel functions of the first and second kind, as Go computes them
//! (FreeBSD msun's e_j0.c, e_j1.c and e_jn.c on Go's own sin, cos and log).

use super::{NAN, cos, log, sin};

/// Go's constant `1 / SqrtPi`, rounded once.
const INV_SQRT_PI: f64 = f64::from_bits(0x3FE2_0DD7_5042_9B6D);
/// Go's constant `2 / Pi`, rounded once.
const TWO_OVER_PI: f64 = f64::from_bits(0x3FE4_5F30_6DC9_C883);
const TWO_M27: f64 = 1.0 / (1u64 << 27) as f64;
const TWO129: f64 = f64::from_bits(0x4800_0000_0000_0000);
const TWO302: f64 = f64::from_bits(0x52D0_0000_0000_0000);

const P0R8: [f64; 6] = [
    0.00000000000000000000,
    -7.03124999999900357484e-2,
    -8.08167041275349795626,
    -2.57063105679704847262e2,
    -2.48521641009428822144e3,
    -5.25304380490729545272e3,
];
const P0S8: [f64; 5] = [
    1.16534364619668181717e2,
    3.83374475364121826715e3,
    4.05978572648472545552e4,
    1.16752972564375915681e5,
    4.76277284146730962675e4,
];
const P0R5: [f64; 6] = [
    -1.14125464691894502584e-11,
    -7.03124940873599280078e-2,
    -4.15961064470587782438,
    -6.76747652265167261021e1,
    -3.31231299649172967747e2,
    -3.46433388365604912451e2,
];
const P0S5: [f64; 5] = [
    6.07539382692300335975e1,
    1.05125230595704579173e3,
    5.97897094333855784498e3,
    9.62544514357774460223e3,
    2.40605815922939109441e3,
];
const P0R3: [f64; 6] = [
    -2.54704601771951915620e-9,
    -7.03119616381481654654e-2,
    -2.40903221549529611423,
    -2.19659774734883086467e1,
    -5.80791704701737572236e1,
    -3.14479470594888503854e1,
];
const P0S3: [f64; 5] = [
    3.58560338055209726349e1,
    3.61513983050303863820e2,
    1.19360783792111533330e3,
    1.12799679856907414432e3,
    1.73580930813335754692e2,
];
const P0R2: [f64; 6] = [
    -8.87534333032526411254e-8,
    -7.03030995483624743247e-2,
    -1.45073846780952986357,
    -7.63569613823527770791,
    -1.11931668860356747786e1,
    -3.23364579351335335033,
];
const P0S2: [f64; 5] = [
    2.22202997532088808441e1,
    1.36206794218215208048e2,
    2.70470278658083486789e2,
    1.53875394208320329881e2,
    1.46576176948256193810e1,
];
const Q0R8: [f64; 6] = [
    0.00000000000000000000,
    7.32421874999935051953e-2,
    1.17682064682252693899e1,
    5.57673380256401856059e2,
    8.85919720756468632317e3,
    3.70146267776887834771e4,
];
const Q0S8: [f64; 6] = [
    1.63776026895689824414e2,
    8.09834494656449805916e3,
    1.42538291419120476348e5,
    8.03309257119514397345e5,
    8.40501579819060512818e5,
    -3.43899293537866615225e5,
];
const Q0R5: [f64; 6] = [
    1.84085963594515531381e-11,
    7.32421766612684765896e-2,
    5.83563508962056953777,
    1.35111577286449829671e2,
    1.02724376596164097464e3,
    1.98997785864605384631e3,
];
const Q0S5: [f64; 6] = [
    8.27766102236537761883e1,
    2.07781416421392987104e3,
    1.88472887785718085070e4,
    5.67511122894947329769e4,
    3.59767538425114471465e4,
    -5.35434275601944773371e3,
];
const Q0R3: [f64; 6] = [
    4.37741014089738620906e-9,
    7.32411180042911447163e-2,
    3.34423137516170720929,
    4.26218440745412650017e1,
    1.70808091340565596283e2,
    1.66733948696651168575e2,
];
const Q0S3: [f64; 6] = [
    4.87588729724587182091e1,
    7.09689221056606015736e2,
    3.70414822620111362994e3,
    6.46042516752568917582e3,
    2.51633368920368957333e3,
    -1.49247451836156386662e2,
];
const Q0R2: [f64; 6] = [
    1.50444444886983272379e-7,
    7.32234265963079278272e-2,
    1.99819174093815998816,
    1.44956029347885735348e1,
    3.16662317504781540833e1,
    1.62527075710929267416e1,
];
const Q0S2: [f64; 6] = [
    3.03655848355219184498e1,
    2.69348118608049844624e2,
    8.44783757595320139444e2,
    8.82935845112488550512e2,
    2.12666388511798828631e2,
    -5.31095493882666946917,
];
const P1R8: [f64; 6] = [
    0.00000000000000000000,
    1.17187499999988647970e-1,
    1.32394806593073575129e1,
    4.12051854307378562225e2,
    3.87474538913960532227e3,
    7.91447954031891731574e3,
];
const P1S8: [f64; 5] = [
    1.14207370375678408436e2,
    3.65093083420853463394e3,
    3.69562060269033463555e4,
    9.76027935934950801311e4,
    3.08042720627888811578e4,
];
const P1R5: [f64; 6] = [
    1.31990519556243522749e-11,
    1.17187493190614097638e-1,
    6.80275127868432871736,
    1.08308182990189109773e2,
    5.17636139533199752805e2,
    5.28715201363337541807e2,
];
const P1S5: [f64; 5] = [
    5.92805987221131331921e1,
    9.91401418733614377743e2,
    5.35326695291487976647e3,
    7.84469031749551231769e3,
    1.50404688810361062679e3,
];
const P1R3: [f64; 6] = [
    3.02503916137373618024e-9,
    1.17186865567253592491e-1,
    3.93297750033315640650,
    3.51194035591636932736e1,
    9.10550110750781271918e1,
    4.85590685197364919645e1,
];
const P1S3: [f64; 5] = [
    3.47913095001251519989e1,
    3.36762458747825746741e2,
    1.04687139975775130551e3,
    8.90811346398256432622e2,
    1.03787932439639277504e2,
];
const P1R2: [f64; 6] = [
    1.07710830106873743082e-7,
    1.17176219462683348094e-1,
    2.36851496667608785174,
    1.22426109148261232917e1,
    1.76939711271687727390e1,
    5.07352312588818499250,
];
const P1S2: [f64; 5] = [
    2.14364859363821409488e1,
    1.25290227168402751090e2,
    2.32276469057162813669e2,
    1.17679373287147100768e2,
    8.36463893371618283368,
];
const Q1R8: [f64; 6] = [
    0.00000000000000000000,
    -1.02539062499992714161e-1,
    -1.62717534544589987888e1,
    -7.59601722513950107896e2,
    -1.18498066702429587167e4,
    -4.84385124285750353010e4,
];
const Q1S8: [f64; 6] = [
    1.61395369700722909556e2,
    7.82538599923348465381e3,
    1.33875336287249578163e5,
    7.19657723683240939863e5,
    6.66601232617776375264e5,
    -2.94490264303834643215e5,
];
const Q1R5: [f64; 6] = [
    -2.08979931141764104297e-11,
    -1.02539050241375426231e-1,
    -8.05644828123936029840,
    -1.83669607474888380239e2,
    -1.37319376065508163265e3,
    -2.61244440453215656817e3,
];
const Q1S5: [f64; 6] = [
    8.12765501384335777857e1,
    1.99179873460485964642e3,
    1.74684851924908907677e4,
    4.98514270910352279316e4,
    2.79480751638918118260e4,
    -4.71918354795128470869e3,
];
const Q1R3: [f64; 6] = [
    -5.07831226461766561369e-9,
    -1.02537829820837089745e-1,
    -4.61011581139473403113,
    -5.78472216562783643212e1,
    -2.28244540737631695038e2,
    -2.19210128478909325622e2,
];
const Q1S3: [f64; 6] = [
    4.76651550323729509273e1,
    6.73865112676699709482e2,
    3.38015286679526343505e3,
    5.54772909720722782367e3,
    1.90311919338810798763e3,
    -1.35201191444307340817e2,
];
const Q1R2: [f64; 6] = [
    -1.78381727510958865572e-7,
    -1.02517042607985553460e-1,
    -2.75220568278187460720,
    -1.96636162643703720221e1,
    -4.23253133372830490089e1,
    -2.13719211703704061733e1,
];
const Q1S2: [f64; 6] = [
    2.95333629060523854548e1,
    2.52981549982190529136e2,
    7.57502834868645436472e2,
    7.39393205320467245656e2,
    1.55949003336666123687e2,
    -4.95949898822628210127,
];

/// Picks the rational approximation's coefficients for x >= 2.
fn pick<T>(x: f64, tables: [&T; 4]) -> &T {
    if x >= 8.0 {
        tables[0]
    } else if x >= 4.5454 {
        tables[1]
    } else if x >= 2.8571 {
        tables[2]
    } else {
        tables[3]
    }
}

fn ratio5(p: &[f64; 6], q: &[f64; 5], z: f64) -> f64 {
    let r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
    let s = 1.0 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * q[4]))));
    r / s
}

fn ratio6(p: &[f64; 6], q: &[f64; 6], z: f64) -> f64 {
    let r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
    let s = 1.0 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * (q[4] + z * q[5])))));
    r / s
}

fn pzero(x: f64) -> f64 {
    let p = pick(x, [&P0R8, &P0R5, &P0R3, &P0R2]);
    let q = pick(x, [&P0S8, &P0S5, &P0S3, &P0S2]);
    1.0 + ratio5(p, q, 1.0 / (x * x))
}

fn qzero(x: f64) -> f64 {
    let p = pick(x, [&Q0R8, &Q0R5, &Q0R3, &Q0R2]);
    let q = pick(x, [&Q0S8, &Q0S5, &Q0S3, &Q0S2]);
    (-0.125 + ratio6(p, q, 1.0 / (x * x))) / x
}

fn pone(x: f64) -> f64 {
    let p = pick(x, [&P1R8, &P1R5, &P1R3, &P1R2]);
    let q = pick(x, [&P1S8, &P1S5, &P1S3, &P1S2]);
    1.0 + ratio5(p, q, 1.0 / (x * x))
}

fn qone(x: f64) -> f64 {
    let p = pick(x, [&Q1R8, &Q1R5, &Q1R3, &Q1R2]);
    let q = pick(x, [&Q1S8, &Q1S5, &Q1S3, &Q1S2]);
    (0.375 + ratio6(p, q, 1.0 / (x * x))) / x
}

/// The (ss, cc) pair of order 0 for x >= 2, refined as Go does.
fn order0_phase(x: f64) -> (f64, f64) {
    let (s, c) = (sin(x), cos(x));
    let (mut ss, mut cc) = (s - c, s + c);
    if x < f64::MAX / 2.0 {
        let z = -cos(x + x);
        if s * c < 0.0 {
            cc = z / ss;
        } else {
            ss = z / cc;
        }
    }
    (ss, cc)
}

/// The (ss, cc) pair of order 1 for x >= 2, refined as Go does.
fn order1_phase(x: f64) -> (f64, f64) {
    let (s, c) = (sin(x), cos(x));
    let (mut ss, mut cc) = (-s - c, s - c);
    if x < f64::MAX / 2.0 {
        let z = cos(x + x);
        if s * c > 0.0 {
            cc = z / ss;
        } else {
            ss = z / cc;
        }
    }
    (ss, cc)
}

/// `math.J0`: the Bessel function of the first kind of order 0.
pub fn j0(x: f64) -> f64 {
    const TWO_M13: f64 = 1.0 / (1u64 << 13) as f64;
    const R: [f64; 4] = [
        1.562_499_999_999_999_479_58e-2,
        -1.899_792_942_388_547_217_51e-4,
        1.829_540_495_327_006_656_70e-6,
        -4.618_326_885_321_031_891_99e-9,
    ];
    const S: [f64; 4] = [
        1.561_910_294_648_900_104_92e-2,
        1.169_267_846_633_374_502_60e-4,
        5.135_465_502_073_181_114_46e-7,
        1.166_140_033_337_900_002_05e-9,
    ];
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return 0.0;
    }
    if x == 0.0 {
        return 1.0;
    }
    let x = x.abs();
    if x >= 2.0 {
        let (ss, cc) = order0_phase(x);
        if x > TWO129 {
            return INV_SQRT_PI * cc / x.sqrt();
        }
        return INV_SQRT_PI * (pzero(x) * cc - qzero(x) * ss) / x.sqrt();
    }
    if x < TWO_M13 {
        if x < TWO_M27 {
            return 1.0;
        }
        return 1.0 - 0.25 * x * x;
    }
    let z = x * x;
    let r = z * (R[0] + z * (R[1] + z * (R[2] + z * R[3])));
    let s = 1.0 + z * (S[0] + z * (S[1] + z * (S[2] + z * S[3])));
    if x < 1.0 {
        return 1.0 + z * (-0.25 + (r / s));
    }
    let u = 0.5 * x;
    (1.0 + u) * (1.0 - u) + z * (r / s)
}

/// `math.Y0`: the Bessel function of the second kind of order 0.
pub fn y0(x: f64) -> f64 {
    const U: [f64; 7] = [
        -7.380_429_510_868_723_175_23e-2,
        1.766_664_525_091_811_155_38e-1,
        -1.381_856_719_455_968_988_96e-2,
        3.474_534_320_936_836_502_38e-4,
        -3.814_070_537_243_641_611_25e-6,
        1.955_901_370_350_229_202_06e-8,
        -3.982_051_941_321_033_984_53e-11,
    ];
    const V: [f64; 4] = [
        1.273_048_348_341_236_993_28e-2,
        7.600_686_273_503_532_537_02e-5,
        2.591_508_518_404_578_054_67e-7,
        4.411_103_113_326_754_674_03e-10,
    ];
    if x < 0.0 || x.is_nan() {
        return NAN;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x >= 2.0 {
        let (ss, cc) = order0_phase(x);
        if x > TWO129 {
            return INV_SQRT_PI * ss / x.sqrt();
        }
        return INV_SQRT_PI * (pzero(x) * ss + qzero(x) * cc) / x.sqrt();
    }
    if x <= TWO_M27 {
        return U[0] + TWO_OVER_PI * log(x);
    }
    let z = x * x;
    let u = U[0] + z * (U[1] + z * (U[2] + z * (U[3] + z * (U[4] + z * (U[5] + z * U[6])))));
    let v = 1.0 + z * (V[0] + z * (V[1] + z * (V[2] + z * V[3])));
    u / v + TWO_OVER_PI * j0(x) * log(x)
}

/// `math.J1`: the Bessel function of the first kind of order 1.
pub fn j1(x: f64) -> f64 {
    const R: [f64; 4] = [
        -6.25e-2,
        1.407_056_669_551_897_060_48e-3,
        -1.599_556_310_840_355_975_20e-5,
        4.967_279_996_095_844_484_12e-8,
    ];
    const S: [f64; 5] = [
        1.915_375_995_383_634_608_05e-2,
        1.859_467_855_886_309_155_60e-4,
        1.177_184_640_426_236_832_63e-6,
        5.046_362_570_762_170_427_15e-9,
        1.235_422_744_261_379_139_08e-11,
    ];
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() || x == 0.0 {
        return 0.0;
    }
    let sign = x < 0.0;
    // Go negates only when x < 0, so -0 keeps its sign.
    let x = if sign { -x } else { x };
    let z = if x >= 2.0 {
        let (ss, cc) = order1_phase(x);
        if x > TWO129 {
            INV_SQRT_PI * cc / x.sqrt()
        } else {
            INV_SQRT_PI * (pone(x) * cc - qone(x) * ss) / x.sqrt()
        }
    } else if x < TWO_M27 {
        // Go returns here without restoring the sign: j1 of a tiny negative x is positive.
        return 0.5 * x;
    } else {
        let z = x * x;
        let r = z * (R[0] + z * (R[1] + z * (R[2] + z * R[3])));
        let s = 1.0 + z * (S[0] + z * (S[1] + z * (S[2] + z * (S[3] + z * S[4]))));
        0.5 * x + r * x / s
    };
    if sign { -z } else { z }
}

/// `math.Y1`: the Bessel function of the second kind of order 1.
pub fn y1(x: f64) -> f64 {
    const TWO_M54: f64 = 1.0 / (1u64 << 54) as f64;
    const U: [f64; 5] = [
        -1.960_570_906_462_389_406_68e-1,
        5.044_387_166_398_112_826_16e-2,
        -1.912_568_958_757_635_472_98e-3,
        2.352_526_005_616_104_959_28e-5,
        -9.190_991_580_398_788_745_04e-8,
    ];
    const V: [f64; 5] = [
        1.991_673_182_366_499_039_73e-2,
        2.025_525_810_251_351_714_96e-4,
        1.356_088_010_975_162_294_04e-6,
        6.227_414_523_646_215_012_95e-9,
        1.665_592_462_079_920_791_14e-11,
    ];
    if x < 0.0 || x.is_nan() {
        return NAN;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x >= 2.0 {
        let (ss, cc) = order1_phase(x);
        if x > TWO129 {
            return INV_SQRT_PI * ss / x.sqrt();
        }
        return INV_SQRT_PI * (pone(x) * ss + qone(x) * cc) / x.sqrt();
    }
    if x <= TWO_M54 {
        return -TWO_OVER_PI / x;
    }
    let z = x * x;
    let u = U[0] + z * (U[1] + z * (U[2] + z * (U[3] + z * U[4])));
    let v = 1.0 + z * (V[0] + z * (V[1] + z * (V[2] + z * (V[3] + z * V[4]))));
    x * (u / v) + TWO_OVER_PI * (j1(x) * log(x) - 1.0 / x)
}

/// Orders beyond this are refused: Go's recurrences take `n` steps, minutes for huge orders.
pub const MAX_ORDER: i64 = 1 << 24;

/// `math.Jn`: the Bessel function of the first kind of order `n`.
/// `None` when `|n|` exceeds [`MAX_ORDER`].
pub fn jn(n: i64, x: f64) -> Option<f64> {
    const TWO_M29: f64 = 1.0 / (1u64 << 29) as f64;
    if !(-MAX_ORDER..=MAX_ORDER).contains(&n) {
        return None;
    }
    if x.is_nan() {
        return Some(x);
    }
    if x.is_infinite() {
        return Some(0.0);
    }
    if n == 0 {
        return Some(j0(x));
    }
    if x == 0.0 {
        return Some(0.0);
    }
    let (n, x) = if n < 0 { (-n, -x) } else { (n, x) };
    if n == 1 {
        return Some(j1(x));
    }
    let sign = x < 0.0 && n & 1 == 1;
    let x = x.abs();
    let b;
    if n as f64 <= x {
        if x >= TWO302 {
            let (s, c) = (sin(x), cos(x));
            let temp = match n & 3 {
                0 => c + s,
                1 => -c + s,
                2 => -c - s,
                _ => c - s,
            };
            b = INV_SQRT_PI * temp / x.sqrt();
        } else {
            let mut a = j0(x);
            let mut bb = j1(x);
            for i in 1..n {
                (a, bb) = (bb, bb * ((i + i) as f64 / x) - a);
            }
            b = bb;
        }
    } else if x < TWO_M29 {
        if n > 33 {
            b = 0.0;
        } else {
            let temp = x * 0.5;
            let mut bb = temp;
            let mut a = 1.0;
            for i in 2..=n {
                a *= i as f64;
                bb *= temp;
            }
            b = bb / a;
        }
    } else {
        let w = (n + n) as f64 / x;
        let h = 2.0 / x;
        let mut q0 = w;
        let mut z = w + h;
        let mut q1 = w * z - 1.0;
        let mut k = 1;
        while q1 < 1e9 {
            k += 1;
            z += h;
            (q0, q1) = (q1, z * q1 - q0);
        }
        let m = n + n;
        let mut t = 0.0;
        let mut i = 2 * (n + k);
        while i >= m {
            t = 1.0 / (i as f64 / x - t);
            i -= 2;
        }
        let mut a = t;
        let mut bb = 1.0;
        let tmp = n as f64;
        let v = 2.0 / x;
        let tmp = tmp * log((v * tmp).abs());
        let rescale = tmp >= 7.097_827_128_933_839_730_96e2;
        for i in (1..n).rev() {
            let di = (i + i) as f64;
            (a, bb) = (bb, bb * di / x - a);
            if rescale && bb > 1e100 {
                a /= bb;
                t /= bb;
                bb = 1.0;
            }
        }
        b = t * j0(x) / bb;
    }
    Some(if sign { -b } else { b })
}

/// `math.Yn`: the Bessel function of the second kind of order `n`.
/// `None` when `|n|` exceeds [`MAX_ORDER`].
pub fn yn(n: i64, x: f64) -> Option<f64> {
    if !(-MAX_ORDER..=MAX_ORDER).contains(&n) {
        return None;
    }
    if x < 0.0 || x.is_nan() {
        return Some(NAN);
    }
    if x == f64::INFINITY {
        return Some(0.0);
    }
    if n == 0 {
        return Some(y0(x));
    }
    if x == 0.0 {
        return Some(if n < 0 && n & 1 == 1 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        });
    }
    let sign = n < 0 && n & 1 == 1;
    let n = n.abs();
    if n == 1 {
        return Some(if sign { -y1(x) } else { y1(x) });
    }
    let b = if x >= TWO302 {
        let (s, c) = (sin(x), cos(x));
        let temp = match n & 3 {
            0 => s - c,
            1 => -s - c,
            2 => -s + c,
            _ => s + c,
        };
        INV_SQRT_PI * temp / x.sqrt()
    } else {
        let mut a = y0(x);
        let mut b = y1(x);
        let mut i = 1;
        while i < n && b != f64::NEG_INFINITY {
            (a, b) = (b, ((i + i) as f64 / x) * b - a);
            i += 1;
        }
        b
    };
    Some(if sign { -b } else { b })
}
