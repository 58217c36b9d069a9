//! `import "contrib/bonitoo-io/hex"`: values to and from hexadecimal text, with Go
//! Flux's parsing rules and messages.

use flux_eval::convert;
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};

use crate::go::strings::quote;
use crate::natives::error;

/// The package's natives (declarations in stdlib/contrib/bonitoo-io/hex/hex.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("string", string),
    NativeFunction::new("int", int),
    NativeFunction::new("uint", uint),
    NativeFunction::new("bytes", bytes),
];

fn invalid(message: String) -> flux_eval::RuntimeError {
    error(ErrorKind::Runtime, message)
}

/// `hex.string(v:)`: integers in base 16 (`-ff`), bytes as hex digits, anything else
/// as `string()` writes it.
fn string(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let text = match args.required::<Value>("v")? {
        Value::Null => return Ok(Value::Null),
        Value::Int(n) if n < 0 => format!("-{:x}", n.unsigned_abs()),
        Value::Int(n) => format!("{n:x}"),
        Value::UInt(n) => format!("{n:x}"),
        Value::Bytes(b) => b.iter().map(|b| format!("{b:02x}")).collect(),
        v @ (Value::String(_) | Value::Float(_) | Value::Bool(_) | Value::Time(_) | Value::Duration(_)) => {
            convert::stringify(&v).unwrap_or_default()
        }
        other => {
            return Err(error(
                ErrorKind::Type,
                format!("cannot convert {} to string", other.type_string()),
            ));
        }
    };
    Ok(Value::from(text))
}

/// A string argument `v`, or `None` for null; another type is `hex cannot convert T to WHAT`.
fn text_arg(args: &mut Args, what: &str) -> Result<Option<String>> {
    match args.required::<Value>("v")? {
        Value::String(s) => Ok(Some(s.to_string())),
        Value::Null => Ok(None),
        other => Err(error(
            ErrorKind::Type,
            format!("hex cannot convert {} to {what}", other.type_string()),
        )),
    }
}

/// `hex.int(v:)`: base-16 digits with an optional sign, after an optional `0x`
/// (`+0x`/`-0x` also allow `_` between digits, as Go's base-0 parsing does).
fn int(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let Some(v) = text_arg(args, "int")? else {
        return Ok(Value::Null);
    };
    let syntax = || {
        invalid(format!(
            "cannot convert string {} to int due to invalid syntax",
            quote(&v)
        ))
    };
    let parsed = if let Some(rest) = v.strip_prefix("0x") {
        parse_signed(rest, false)
    } else if v.starts_with("+0x") || v.starts_with("-0x") {
        parse_signed(&v, true)
    } else {
        parse_signed(&v, false)
    };
    parsed.map(Value::Int).ok_or_else(syntax)
}

/// Go's `strconv.ParseInt(s, 16, 64)`, or with `prefixed` its base-0 form for `±0x…`.
fn parse_signed(s: &str, prefixed: bool) -> Option<i64> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = if prefixed {
        let digits = digits.strip_prefix("0x")?;
        if !underscores_ok(digits) {
            return None;
        }
        parse_hex(&digits.replace('_', ""))?
    } else {
        parse_hex(digits)?
    };
    if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// Underscores only between digits, or right after the `0x` prefix (Go's rule).
fn underscores_ok(digits: &str) -> bool {
    let mut previous_digit_or_prefix = true;
    let mut last_underscore = false;
    for c in digits.chars() {
        if c == '_' {
            if !previous_digit_or_prefix {
                return false;
            }
            previous_digit_or_prefix = false;
            last_underscore = true;
        } else {
            previous_digit_or_prefix = true;
            last_underscore = false;
        }
    }
    !last_underscore
}

/// Hex digits (at least one, no sign) as a u64.
fn parse_hex(digits: &str) -> Option<u64> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(digits, 16).ok()
}

/// `hex.uint(v:)`: base-16 digits after an optional `0x`, no sign.
fn uint(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let Some(v) = text_arg(args, "uint")? else {
        return Ok(Value::Null);
    };
    parse_hex(v.strip_prefix("0x").unwrap_or(&v))
        .map(Value::UInt)
        .ok_or_else(|| {
            invalid(format!(
                "cannot convert string {} to uint due to invalid syntax",
                quote(&v)
            ))
        })
}

/// `hex.bytes(v:)`: pairs of hex digits as bytes.
fn bytes(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let Some(v) = text_arg(args, "bytes")? else {
        return Err(error(ErrorKind::Type, "hex cannot convert null to bytes"));
    };
    decode(&v).map(|b| Value::Bytes(b.into())).map_err(|why| {
        invalid(format!(
            "cannot convert string {} to bytes due to hex decoding error: {why}",
            quote(&v)
        ))
    })
}

/// Go's `hex.DecodeString`, with its error texts.
fn decode(s: &str) -> std::result::Result<Vec<u8>, String> {
    let digit = |b: u8| -> std::result::Result<u8, String> {
        char::from(b)
            .to_digit(16)
            .map(|d| d as u8)
            .ok_or_else(|| format!("encoding/hex: invalid byte: {}", rune(b)))
    };
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 2);
    for pair in bytes.chunks(2) {
        match pair {
            [hi, lo] => out.push(digit(*hi)? << 4 | digit(*lo)?),
            [last] => {
                digit(*last)?;
                return Err("encoding/hex: odd length hex string".to_string());
            }
            _ => {}
        }
    }
    Ok(out)
}

/// A byte as Go's `%#U` prints it: `U+0067 'g'`, without the quoted character when
/// it is not printable.
fn rune(b: u8) -> String {
    let c = char::from(b);
    let printable = c == ' ' || !(c.is_control() || c.is_whitespace() || b == 0xAD);
    if printable {
        format!("U+{b:04X} '{c}'")
    } else {
        format!("U+{b:04X}")
    }
}
