//! Operators on values (values/binary.go): arithmetic on operands of one type,
//! comparisons (int/uint/float mixes allowed), deep `==`, regex matching, and the
//! unary operators. Null operands give null.

use std::cmp::Ordering;

use flux_syntax::ast::{BinaryOp, UnaryOp};

use crate::value::Value;

/// Why an operator failed: a type error points at the right operand, other
/// failures at the whole expression.
#[derive(Debug, PartialEq)]
pub enum OpError {
    /// `expected int but found float`: the right operand has the wrong type.
    RightType(String),
    /// A type error about the whole expression (`string is not Subtractable`).
    Whole(String),
    /// A failure of a well-typed operation (`cannot divide by zero`).
    Runtime(String),
}

type OpResult = std::result::Result<Value, OpError>;

/// Apply a binary operator.
pub fn binary(op: BinaryOp, l: &Value, r: &Value) -> OpResult {
    use BinaryOp::*;
    match op {
        Eq | Neq => {
            if l.is_null() || r.is_null() {
                return Ok(Value::Null);
            }
            let eq = equal(l, r).ok_or_else(|| unsupported(op, l, r))?;
            Ok(Value::Bool(if op == Eq { eq } else { !eq }))
        }
        Lt | Lte | Gt | Gte => {
            if l.is_null() || r.is_null() {
                return Ok(Value::Null);
            }
            let ord = compare(l, r).ok_or_else(|| unsupported(op, l, r))?;
            Ok(Value::Bool(match op {
                Lt => ord == Ordering::Less,
                Lte => ord != Ordering::Greater,
                Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }))
        }
        RegexMatch | RegexNotMatch => match (l, r) {
            (Value::Null, _) | (_, Value::Null) => Ok(Value::Null),
            (Value::String(s), Value::Regex(re)) => {
                let m = re.is_match(s);
                Ok(Value::Bool(if op == RegexMatch { m } else { !m }))
            }
            (Value::String(_), other) => Err(OpError::RightType(format!(
                "expected regexp but found {}",
                other.type_string()
            ))),
            (other, _) => Err(OpError::Whole(format!(
                "expected string but found {}",
                other.type_string()
            ))),
        },
        Add | Sub | Mul | Div | Mod | Pow => arithmetic(op, l, r),
    }
}

fn unsupported(op: BinaryOp, l: &Value, r: &Value) -> OpError {
    OpError::Whole(format!(
        "unsupported binary expression {} {} {}",
        l.type_string(),
        op.as_str(),
        r.type_string()
    ))
}

fn arithmetic(op: BinaryOp, l: &Value, r: &Value) -> OpResult {
    use BinaryOp::*;
    if l.is_null() || r.is_null() {
        return Ok(Value::Null);
    }
    if std::mem::discriminant(l) != std::mem::discriminant(r) {
        return Err(OpError::RightType(format!(
            "expected {} but found {}",
            l.type_string(),
            r.type_string()
        )));
    }
    let kind = match op {
        Add => "Addable",
        Sub => "Subtractable",
        _ => "Divisible",
    };
    let not_kind = || OpError::Whole(format!("{} is not {kind}", l.type_string()));
    match (l, r) {
        (Value::Int(a), Value::Int(b)) => Ok(match op {
            Add => Value::Int(a.wrapping_add(*b)),
            Sub => Value::Int(a.wrapping_sub(*b)),
            Mul => Value::Int(a.wrapping_mul(*b)),
            Div if *b == 0 => return Err(OpError::Runtime("cannot divide by zero".into())),
            Div => Value::Int(a.wrapping_div(*b)),
            Mod if *b == 0 => return Err(OpError::Runtime("cannot mod zero".into())),
            Mod => Value::Int(a.wrapping_rem(*b)),
            _ => Value::Float((*a as f64).powf(*b as f64)),
        }),
        (Value::UInt(a), Value::UInt(b)) => Ok(match op {
            Add => Value::UInt(a.wrapping_add(*b)),
            Sub => Value::UInt(a.wrapping_sub(*b)),
            Mul => Value::UInt(a.wrapping_mul(*b)),
            Div if *b == 0 => return Err(OpError::Runtime("cannot divide by zero".into())),
            Div => Value::UInt(a / b),
            Mod if *b == 0 => return Err(OpError::Runtime("cannot mod zero".into())),
            Mod => Value::UInt(a % b),
            _ => Value::Float((*a as f64).powf(*b as f64)),
        }),
        (Value::Float(a), Value::Float(b)) => Ok(Value::Float(match op {
            Add => a + b,
            Sub => a - b,
            Mul => a * b,
            Div => a / b,
            Mod => a % b,
            _ => a.powf(*b),
        })),
        (Value::String(a), Value::String(b)) if op == Add => Ok(Value::from(format!("{a}{b}"))),
        _ => Err(not_kind()),
    }
}

/// `==` between two non-null values; `None` when Flux has no such comparison.
pub fn equal(l: &Value, r: &Value) -> Option<bool> {
    match (l, r) {
        (Value::Bool(a), Value::Bool(b)) => Some(a == b),
        (Value::String(a), Value::String(b)) => Some(a == b),
        (Value::Bytes(a), Value::Bytes(b)) => Some(a == b),
        (Value::Array(_), Value::Array(_)) | (Value::Record(_), Value::Record(_)) => Some(l == r),
        (Value::Regex(a), Value::Regex(b)) => Some(a.as_str() == b.as_str()),
        _ => compare(l, r).map(|o| o == Ordering::Equal),
    }
}

/// Ordering of numbers (int/uint/float mixes), strings (byte-wise), times and durations.
pub fn compare(l: &Value, r: &Value) -> Option<Ordering> {
    Some(match (l, r) {
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        (Value::UInt(a), Value::UInt(b)) => a.cmp(b),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b)?,
        (Value::Int(a), Value::UInt(b)) => compare_int_uint(*a, *b),
        (Value::UInt(a), Value::Int(b)) => compare_int_uint(*b, *a).reverse(),
        (Value::Int(a), Value::Float(b)) => (*a as f64).partial_cmp(b)?,
        (Value::Float(a), Value::Int(b)) => a.partial_cmp(&(*b as f64))?,
        (Value::UInt(a), Value::Float(b)) => (*a as f64).partial_cmp(b)?,
        (Value::Float(a), Value::UInt(b)) => a.partial_cmp(&(*b as f64))?,
        (Value::String(a), Value::String(b)) => a.as_bytes().cmp(b.as_bytes()),
        (Value::Time(a), Value::Time(b)) => a.cmp(b),
        (Value::Duration(a), Value::Duration(b)) => a.compare(b),
        _ => return None,
    })
}

fn compare_int_uint(a: i64, b: u64) -> Ordering {
    match u64::try_from(a) {
        Ok(a) => a.cmp(&b),
        Err(_) => Ordering::Less,
    }
}

/// Apply `-` or `+` (`not` and `exists` are handled by the evaluator).
pub fn unary(op: UnaryOp, v: &Value) -> std::result::Result<Value, String> {
    match (op, v) {
        (_, Value::Null) => Ok(Value::Null),
        (UnaryOp::Neg, Value::Int(n)) => Ok(Value::Int(n.wrapping_neg())),
        (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (UnaryOp::Neg, Value::Duration(d)) => Ok(Value::Duration(d.negated())),
        (UnaryOp::Plus, Value::Int(_) | Value::UInt(_) | Value::Float(_) | Value::Duration(_)) => {
            Ok(v.clone())
        }
        (UnaryOp::Neg | UnaryOp::Plus, other) => Err(format!(
            "operand to unary expression is not a number value, got {}",
            other.type_string()
        )),
        (UnaryOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
        (UnaryOp::Not, other) => Err(format!(
            "operand to unary expression is not a boolean value, got {}",
            other.type_string()
        )),
        (UnaryOp::Exists, _) => Ok(Value::Bool(true)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(op: BinaryOp, l: Value, r: Value) -> String {
        match binary(op, &l, &r) {
            Ok(v) => v.display(),
            Err(OpError::RightType(m) | OpError::Whole(m) | OpError::Runtime(m)) => format!("error: {m}"),
        }
    }

    #[test]
    fn arithmetic_follows_flux() {
        use BinaryOp::*;
        assert_eq!(b(Add, Value::Int(i64::MAX), Value::Int(1)), i64::MIN.to_string());
        assert_eq!(b(Sub, Value::UInt(0), Value::UInt(1)), u64::MAX.to_string());
        assert_eq!(
            b(Div, Value::Int(1), Value::Int(0)),
            "error: cannot divide by zero"
        );
        assert_eq!(b(Mod, Value::Int(1), Value::Int(0)), "error: cannot mod zero");
        assert_eq!(b(Div, Value::Int(-7), Value::Int(2)), "-3");
        assert_eq!(b(Mod, Value::Int(-7), Value::Int(2)), "-1");
        assert_eq!(b(Pow, Value::Int(2), Value::Int(3)), "8");
        assert_eq!(
            b(Add, Value::Int(1), Value::Float(1.0)),
            "error: expected int but found float"
        );
        assert_eq!(
            b(Sub, Value::from("a"), Value::from("b")),
            "error: string is not Subtractable"
        );
        assert_eq!(b(Div, Value::Float(0.0), Value::Float(0.0)), "NaN");
    }

    #[test]
    fn comparisons_mix_numbers() {
        use BinaryOp::*;
        assert_eq!(b(Eq, Value::Int(1), Value::Float(1.0)), "true");
        assert_eq!(b(Lt, Value::Int(-1), Value::UInt(0)), "true");
        assert_eq!(b(Gt, Value::UInt(u64::MAX), Value::Int(i64::MAX)), "true");
        assert_eq!(
            b(Eq, Value::from("a"), Value::Int(1)),
            "error: unsupported binary expression string == int"
        );
        assert_eq!(b(Eq, Value::Null, Value::Int(1)), "<null>");
    }
}
