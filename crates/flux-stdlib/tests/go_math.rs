//! flux-rs's `math` against Go's own results (testdata/go-vectors/math.txt, made by
//! scripts/go-vectors): every function, bit for bit, NaN payloads included.
//! (Go's results are those of linux/amd64 on a CPU with FMA, as Go Flux's releases run.)

use flux_stdlib::go::math as m;
use std::collections::BTreeMap;

type Failures = BTreeMap<String, (usize, Vec<String>)>;

fn float(tok: &str) -> Result<f64, String> {
    u64::from_str_radix(tok, 16)
        .map(f64::from_bits)
        .map_err(|e| format!("{tok}: {e}"))
}

fn int(tok: &str) -> Result<i64, String> {
    tok.parse().map_err(|e| format!("{tok}: {e}"))
}

fn hex(f: f64) -> String {
    format!("{:016x}", f.to_bits())
}

/// What our implementation gives for one vector line's function and inputs, in the file's notation.
fn ours(name: &str, args: &[&str]) -> Result<String, String> {
    let f = |i: usize| float(args[i]);
    let unary: Option<fn(f64) -> f64> = match name {
        "abs" => Some(m::abs),
        "acos" => Some(m::acos),
        "acosh" => Some(m::acosh),
        "asin" => Some(m::asin),
        "asinh" => Some(m::asinh),
        "atan" => Some(m::atan),
        "atanh" => Some(m::atanh),
        "cbrt" => Some(m::cbrt),
        "ceil" => Some(m::ceil),
        "cos" => Some(m::cos),
        "cosh" => Some(m::cosh),
        "erf" => Some(m::erf),
        "erfc" => Some(m::erfc),
        "erfcinv" => Some(m::erfcinv),
        "erfinv" => Some(m::erfinv),
        "exp" => Some(m::exp),
        "exp2" => Some(m::exp2),
        "expm1" => Some(m::expm1),
        "floor" => Some(m::floor),
        "gamma" => Some(m::gamma),
        "j0" => Some(m::j0),
        "j1" => Some(m::j1),
        "log" => Some(m::log),
        "log10" => Some(m::log10),
        "log1p" => Some(m::log1p),
        "log2" => Some(m::log2),
        "logb" => Some(m::logb),
        "round" => Some(m::round),
        "roundtoeven" => Some(m::roundtoeven),
        "sin" => Some(m::sin),
        "sinh" => Some(m::sinh),
        "sqrt" => Some(m::sqrt),
        "tan" => Some(m::tan),
        "tanh" => Some(m::tanh),
        "trunc" => Some(m::trunc),
        "y0" => Some(m::y0),
        "y1" => Some(m::y1),
        _ => None,
    };
    if let Some(g) = unary {
        return Ok(hex(g(f(0)?)));
    }
    let binary: Option<fn(f64, f64) -> f64> = match name {
        "atan2" => Some(m::atan2),
        "copysign" => Some(m::copysign),
        "dim" => Some(m::dim),
        "hypot" => Some(m::hypot),
        "mMax" => Some(m::m_max),
        "mMin" => Some(m::m_min),
        "mod" => Some(m::fmod),
        "nextafter" => Some(m::nextafter),
        "pow" => Some(m::pow),
        "remainder" => Some(m::remainder),
        _ => None,
    };
    if let Some(g) = binary {
        return Ok(hex(g(f(0)?, f(1)?)));
    }
    Ok(match name {
        "NaN" => hex(m::NAN),
        "frexp" => {
            let (frac, exp) = m::frexp(f(0)?);
            format!("{} {exp}", hex(frac))
        }
        "lgamma" => {
            let (lg, sign) = m::lgamma(f(0)?);
            format!("{} {sign}", hex(lg))
        }
        "modf" => {
            let (i, frac) = m::modf(f(0)?);
            format!("{} {}", hex(i), hex(frac))
        }
        "sincos" => format!("{} {}", hex(m::sin(f(0)?)), hex(m::cos(f(0)?))),
        "ilogb" => m::ilogb(f(0)?).to_string(),
        "float64bits" => m::float64bits(f(0)?).to_string(),
        "float64frombits" => hex(m::float64frombits(args[0].parse().map_err(|e| format!("{e}"))?)),
        "signbit" => m::signbit(f(0)?).to_string(),
        "isNaN" => m::is_nan(f(0)?).to_string(),
        "isInf" => m::is_inf(f(0)?, int(args[1])?).to_string(),
        "mInf" => hex(m::inf(int(args[0])?)),
        "jn" => m::jn(int(args[0])?, f(1)?).map(hex).ok_or("order refused")?,
        "yn" => m::yn(int(args[0])?, f(1)?).map(hex).ok_or("order refused")?,
        "ldexp" => hex(m::ldexp(f(0)?, int(args[1])?)),
        "pow10" => hex(m::pow10(int(args[0])?)),
        _ => return Err(format!("unknown function {name}")),
    })
}

fn constant(name: &str) -> Result<String, String> {
    Ok(match name {
        "pi" => hex(m::PI),
        "e" => hex(m::E),
        "phi" => hex(m::PHI),
        "sqrt2" => hex(m::SQRT2),
        "sqrte" => hex(m::SQRTE),
        "sqrtpi" => hex(m::SQRTPI),
        "sqrtphi" => hex(m::SQRTPHI),
        "ln2" => hex(m::LN2),
        "log2e" => hex(m::LOG2E),
        "ln10" => hex(m::LN10),
        "log10e" => hex(m::LOG10E),
        "maxfloat" => hex(m::MAXFLOAT),
        "smallestNonzeroFloat" => hex(m::SMALLEST_NONZERO_FLOAT),
        "maxint" => m::MAXINT.to_string(),
        "minint" => m::MININT.to_string(),
        "maxuint" => m::MAXUINT.to_string(),
        _ => return Err(format!("unknown constant {name}")),
    })
}

#[test]
fn every_math_function_matches_go_bit_for_bit() -> Result<(), String> {
    // GO_MATH_VECTORS names a larger file (`go run . -n 20000 math`) for a deeper check.
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/go-vectors/math.txt");
    let path = std::env::var("GO_MATH_VECTORS").unwrap_or(default.to_string());
    let path = path.as_str();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut failures = Failures::new();
    let mut checked: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let mut tokens = line.split(' ');
        let name = tokens.next().unwrap_or_default();
        let rest: Vec<&str> = tokens.collect();
        let (got, want) = if name == "const" {
            (constant(rest[0])?, rest[1].to_string())
        } else {
            let eq = rest
                .iter()
                .position(|t| *t == "=")
                .ok_or(format!("no '=' in {line}"))?;
            (ours(name, &rest[..eq])?, rest[eq + 1..].join(" "))
        };
        *checked.entry(name.to_string()).or_default() += 1;
        if got != want {
            let entry = failures.entry(name.to_string()).or_default();
            entry.0 += 1;
            if entry.1.len() < 3 {
                entry.1.push(format!("{line}  (ours: {got})"));
            }
        }
    }
    assert!(
        checked.len() >= 64,
        "only {} functions in the vectors",
        checked.len()
    );
    if failures.is_empty() {
        return Ok(());
    }
    let report: Vec<String> = failures
        .iter()
        .map(|(name, (n, examples))| {
            format!(
                "{name}: {n} of {} differ\n  {}",
                checked[name],
                examples.join("\n  ")
            )
        })
        .collect();
    Err(report.join("\n"))
}
