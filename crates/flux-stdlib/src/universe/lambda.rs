//! Column-wise evaluation of simple row functions, so that `filter` and `map` need not call
//! the Flux function once per row:
//!
//! - predicates `(r) => r.COL OP literal` (or `literal OP r.COL`) with a comparison operator,
//!   and `and`/`or` of those;
//! - record extensions `(r) => ({r with COL: r.X OP literal, NEW: r.Y, K: literal})` (and the
//!   same without `r with`), where each property is a column, a literal or a column and a
//!   literal under an arithmetic operator.
//!
//! A literal is a number, string, time or boolean literal, or a variable the function
//! captured holding one. Anything else is not recognised and the caller calls the function
//! per row. Evaluation follows `flux_eval::ops` exactly (null operands give null, int/uint/
//! float mixes compare by value); where a row would raise an error (a type mismatch, a NaN
//! comparison, a division by zero) or a column is missing, evaluation gives up (`None`) and
//! the caller falls back to per-row calls, which raise the error in Flux's words.

use std::cmp::Ordering;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Float64Array, Int64Array, StringArray, UInt64Array, new_null_array,
};
use flux_eval::closure::Closure;
use flux_eval::stream::scalar_of;
use flux_eval::{Function, Value};
use flux_syntax::ast::{
    BinaryOp, Expr, ExprKind, FunctionBody, LogicalOp, StatementKind, StringPart, UnaryOp,
};
use flux_table::{ColumnType, Scalar, Table};

/// A recognised predicate.
#[derive(Debug)]
pub(super) enum Predicate {
    /// `r.column OP literal`; `flipped` when written `literal OP r.column`.
    Compare {
        column: Arc<str>,
        op: BinaryOp,
        literal: Scalar,
        flipped: bool,
    },
    /// `a and b`.
    And(Box<Predicate>, Box<Predicate>),
    /// `a or b`.
    Or(Box<Predicate>, Box<Predicate>),
}

/// One property of a recognised record expression.
#[derive(Debug)]
pub(super) enum Cell {
    /// `r.column`
    Column(Arc<str>),
    /// A constant.
    Literal(Scalar),
    /// `r.column OP literal` (`flipped`: `literal OP r.column`).
    Arith {
        column: Arc<str>,
        op: BinaryOp,
        literal: Scalar,
        flipped: bool,
    },
}

/// A recognised record expression: `{r with ...}` (`extends`) or a plain record.
#[derive(Debug)]
pub(super) struct Extension {
    pub(super) extends: bool,
    pub(super) properties: Vec<(Arc<str>, Cell)>,
}

/// The parameter name and body of a one-parameter closure `(r) => expr`.
fn row_lambda(f: &Function) -> Option<(&Closure, &str, &Expr)> {
    let Function::Closure(c) = f else { return None };
    let [param] = c.literal.params.as_slice() else {
        return None;
    };
    if param.default.is_some() {
        return None;
    }
    let FunctionBody::Expr(body) = &c.literal.body else {
        return None;
    };
    Some((c, &param.key.name, unparen(body)))
}

/// The expression a function returns: its expression body, or a block that is
/// only `return e` (`None` for any other block).
pub(crate) fn returned(body: &FunctionBody) -> Option<&Expr> {
    match body {
        FunctionBody::Expr(e) => Some(e),
        FunctionBody::Block(block) => match block.body.as_slice() {
            [only] => match &only.kind {
                StatementKind::Return(e) => Some(e),
                _ => None,
            },
            _ => None,
        },
    }
}

/// `e` without the parentheses around it.
pub(crate) fn unparen(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

/// `r.column`
fn column_of(e: &Expr, param: &str) -> Option<Arc<str>> {
    match &unparen(e).kind {
        ExprKind::Member { object, property } => match &unparen(object).kind {
            ExprKind::Identifier(name) if &**name == param => Some(Arc::from(&**property.name())),
            _ => None,
        },
        _ => None,
    }
}

/// A literal, or a captured variable holding a non-null scalar.
fn literal_of(e: &Expr, c: &Closure, param: &str) -> Option<Scalar> {
    Some(match &unparen(e).kind {
        ExprKind::Integer(n) => Scalar::Int(*n),
        ExprKind::Float(f) => Scalar::Float(*f),
        ExprKind::DateTime(t) => Scalar::Time(*t),
        ExprKind::String(parts) => match parts.as_slice() {
            [] => Scalar::String("".into()),
            [StringPart::Text(s)] => Scalar::String(Arc::from(&**s)),
            _ => return None,
        },
        ExprKind::Unary {
            op: UnaryOp::Neg,
            argument,
        } => match &unparen(argument).kind {
            ExprKind::Integer(n) => Scalar::Int(n.wrapping_neg()),
            ExprKind::Float(f) => Scalar::Float(-f),
            _ => return None,
        },
        ExprKind::Identifier(name) if &**name != param => {
            let v: &Value = c.scope.lookup(name)?;
            match scalar_of(v)? {
                Scalar::Null => return None,
                s => s,
            }
        }
        _ => return None,
    })
}

/// `r.column OP literal` or `literal OP r.column`: (column, literal, flipped).
fn operands(left: &Expr, right: &Expr, c: &Closure, param: &str) -> Option<(Arc<str>, Scalar, bool)> {
    if let (Some(col), Some(lit)) = (column_of(left, param), literal_of(right, c, param)) {
        return Some((col, lit, false));
    }
    let (col, lit) = (column_of(right, param)?, literal_of(left, c, param)?);
    Some((col, lit, true))
}

/// The predicate `f` computes, if it has a recognised shape.
pub(super) fn predicate(f: &Function) -> Option<Predicate> {
    let (c, param, body) = row_lambda(f)?;
    predicate_of(body, c, param)
}

fn predicate_of(e: &Expr, c: &Closure, param: &str) -> Option<Predicate> {
    match &unparen(e).kind {
        ExprKind::Binary { op, left, right } if is_comparison(*op) => {
            let (column, literal, flipped) = operands(left, right, c, param)?;
            Some(Predicate::Compare {
                column,
                op: *op,
                literal,
                flipped,
            })
        }
        ExprKind::Logical { op, left, right } => {
            let (l, r) = (predicate_of(left, c, param)?, predicate_of(right, c, param)?);
            Some(match op {
                LogicalOp::And => Predicate::And(Box::new(l), Box::new(r)),
                LogicalOp::Or => Predicate::Or(Box::new(l), Box::new(r)),
            })
        }
        _ => None,
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Eq | Neq | Lt | Lte | Gt | Gte)
}

fn is_arithmetic(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Add | Sub | Mul | Div | Mod | Pow)
}

/// The record expression `f` computes, if it has a recognised shape.
pub(super) fn extension(f: &Function) -> Option<Extension> {
    let (c, param, body) = row_lambda(f)?;
    let ExprKind::Record(lit) = &body.kind else {
        return None;
    };
    let extends = match &lit.with {
        Some(id) if &*id.name == param => true,
        Some(_) => return None,
        None => false,
    };
    let mut properties: Vec<(Arc<str>, Cell)> = Vec::with_capacity(lit.properties.len());
    for p in &lit.properties {
        let label: Arc<str> = Arc::from(&**p.key.name());
        if properties.iter().any(|(l, _)| *l == label) {
            return None;
        }
        let value = p.value.as_ref()?;
        let cell = if let Some(col) = column_of(value, param) {
            Cell::Column(col)
        } else if let Some(lit) = literal_of(value, c, param) {
            Cell::Literal(lit)
        } else if let ExprKind::Binary { op, left, right } = &unparen(value).kind {
            if !is_arithmetic(*op) {
                return None;
            }
            let (column, literal, flipped) = operands(left, right, c, param)?;
            Cell::Arith {
                column,
                op: *op,
                literal,
                flipped,
            }
        } else {
            return None;
        };
        properties.push((label, cell));
    }
    Some(Extension { extends, properties })
}

/// The column `label` of `table` with its type, or `None` when missing.
fn column<'t>(table: &'t Table, label: &str) -> Option<(ColumnType, &'t ArrayRef)> {
    let i = table.column_index(label)?;
    Some((table.columns()[i].ty, &table.arrays()[i]))
}

impl Predicate {
    /// The predicate on every row (null where the row's answer is null), or `None` when
    /// some row needs the per-row path.
    pub(super) fn eval(&self, table: &Table) -> Option<BooleanArray> {
        match self {
            Predicate::Compare {
                column: label,
                op,
                literal,
                flipped,
            } => {
                let (ty, array) = column(table, label)?;
                compare(ty, array, *op, literal, *flipped)
            }
            Predicate::And(l, r) => {
                let (l, r) = (l.eval(table)?, r.eval(table)?);
                Some(l.iter().zip(r.iter()).map(|(a, b)| and(a, b)).collect())
            }
            Predicate::Or(l, r) => {
                let (l, r) = (l.eval(table)?, r.eval(table)?);
                Some(l.iter().zip(r.iter()).map(|(a, b)| or(a, b)).collect())
            }
        }
    }
}

/// Flux's `and` on possibly-null booleans (the evaluator's rules).
fn and(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(false), _) | (None, Some(false)) => Some(false),
        (Some(true), b) => b,
        _ => None,
    }
}

fn or(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(true), _) | (None, Some(true)) => Some(true),
        (Some(false), b) => b,
        _ => None,
    }
}

fn int_uint(a: i64, b: u64) -> Ordering {
    u64::try_from(a).map_or(Ordering::Less, |a| a.cmp(&b))
}

/// `cell OP literal` for every row; `None` when a row would be an error.
fn compare(
    ty: ColumnType,
    array: &ArrayRef,
    op: BinaryOp,
    lit: &Scalar,
    flipped: bool,
) -> Option<BooleanArray> {
    let test = |o: Ordering| {
        let o = if flipped { o.reverse() } else { o };
        match op {
            BinaryOp::Eq => o == Ordering::Equal,
            BinaryOp::Neq => o != Ordering::Equal,
            BinaryOp::Lt => o == Ordering::Less,
            BinaryOp::Lte => o != Ordering::Greater,
            BinaryOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        }
    };
    fn run<A: Array>(
        a: &A,
        mut ord: impl FnMut(usize) -> Option<Ordering>,
        test: impl Fn(Ordering) -> bool,
    ) -> Option<BooleanArray> {
        let mut out = Vec::with_capacity(a.len());
        for i in 0..a.len() {
            out.push(if a.is_null(i) { None } else { Some(test(ord(i)?)) });
        }
        Some(BooleanArray::from(out))
    }
    match (ty, lit) {
        (ColumnType::Float, Scalar::Float(b)) => {
            let a = array.as_primitive::<Float64Type>();
            run(a, |i| a.value(i).partial_cmp(b), test)
        }
        (ColumnType::Float, Scalar::Int(b)) => {
            let a = array.as_primitive::<Float64Type>();
            run(a, |i| a.value(i).partial_cmp(&(*b as f64)), test)
        }
        (ColumnType::Float, Scalar::UInt(b)) => {
            let a = array.as_primitive::<Float64Type>();
            run(a, |i| a.value(i).partial_cmp(&(*b as f64)), test)
        }
        (ColumnType::Int, Scalar::Int(b)) => {
            let a = array.as_primitive::<Int64Type>();
            run(a, |i| Some(a.value(i).cmp(b)), test)
        }
        (ColumnType::Int, Scalar::Float(b)) => {
            let a = array.as_primitive::<Int64Type>();
            run(a, |i| (a.value(i) as f64).partial_cmp(b), test)
        }
        (ColumnType::Int, Scalar::UInt(b)) => {
            let a = array.as_primitive::<Int64Type>();
            run(a, |i| Some(int_uint(a.value(i), *b)), test)
        }
        (ColumnType::UInt, Scalar::UInt(b)) => {
            let a = array.as_primitive::<UInt64Type>();
            run(a, |i| Some(a.value(i).cmp(b)), test)
        }
        (ColumnType::UInt, Scalar::Int(b)) => {
            let a = array.as_primitive::<UInt64Type>();
            run(a, |i| Some(int_uint(*b, a.value(i)).reverse()), test)
        }
        (ColumnType::UInt, Scalar::Float(b)) => {
            let a = array.as_primitive::<UInt64Type>();
            run(a, |i| (a.value(i) as f64).partial_cmp(b), test)
        }
        (ColumnType::String, Scalar::String(b)) => {
            let a = array.as_string::<i32>();
            run(a, |i| Some(a.value(i).as_bytes().cmp(b.as_bytes())), test)
        }
        (ColumnType::Time, Scalar::Time(b)) => {
            let a = array.as_primitive::<TimestampNanosecondType>();
            run(a, |i| Some(a.value(i).cmp(b)), test)
        }
        (ColumnType::Bool, Scalar::Bool(b)) if matches!(op, BinaryOp::Eq | BinaryOp::Neq) => {
            let a = array.as_boolean();
            let eq = op == BinaryOp::Eq;
            Some(a.iter().map(|v| v.map(|v| (v == *b) == eq)).collect())
        }
        _ => None,
    }
}

impl Extension {
    /// The record's columns for every row of `table`: (label, type, values), the input's
    /// columns first when extending (a property replacing one keeps its label). `None` when
    /// some row needs the per-row path.
    pub(super) fn eval(&self, table: &Table) -> Option<Vec<(Arc<str>, ColumnType, ArrayRef)>> {
        let mut out: Vec<(Arc<str>, ColumnType, ArrayRef)> = Vec::new();
        if self.extends {
            for (c, a) in table.columns().iter().zip(table.arrays()) {
                out.push((c.label.clone(), c.ty, a.clone()));
            }
        }
        let n = table.num_rows();
        for (label, cell) in &self.properties {
            let (ty, array) = match cell {
                Cell::Column(col) => {
                    let (ty, a) = column(table, col)?;
                    (ty, a.clone())
                }
                Cell::Literal(lit) => {
                    let ty = lit.column_type()?;
                    let mut b = flux_table::ColumnBuilder::new(ty, n);
                    for _ in 0..n {
                        b.push(lit).ok()?;
                    }
                    (ty, b.finish())
                }
                Cell::Arith {
                    column: col,
                    op,
                    literal,
                    flipped,
                } => {
                    let (ty, a) = column(table, col)?;
                    arithmetic(ty, a, *op, literal, *flipped)?
                }
            };
            match out.iter_mut().find(|(l, _, _)| l == label) {
                Some(slot) => *slot = (label.clone(), ty, array),
                None => out.push((label.clone(), ty, array)),
            }
        }
        Some(out)
    }
}

/// `cell OP literal` (or `literal OP cell`) for every row, with the operands' common type;
/// `None` for a type mismatch or a division by zero.
fn arithmetic(
    ty: ColumnType,
    array: &ArrayRef,
    op: BinaryOp,
    lit: &Scalar,
    flipped: bool,
) -> Option<(ColumnType, ArrayRef)> {
    use BinaryOp::*;
    match (ty, lit) {
        (ColumnType::Float, Scalar::Float(b)) => {
            let b = *b;
            let f = |a: f64| {
                let (x, y) = if flipped { (b, a) } else { (a, b) };
                match op {
                    Add => x + y,
                    Sub => x - y,
                    Mul => x * y,
                    Div => x / y,
                    Mod => x % y,
                    _ => x.powf(y),
                }
            };
            let out: Float64Array = array.as_primitive::<Float64Type>().unary(f);
            Some((ColumnType::Float, Arc::new(out)))
        }
        (ColumnType::Int, Scalar::Int(b)) => {
            let a = array.as_primitive::<Int64Type>();
            if op == Pow {
                let out: Float64Array = a.unary(|a| {
                    let (x, y) = if flipped { (*b, a) } else { (a, *b) };
                    (x as f64).powf(y as f64)
                });
                return Some((ColumnType::Float, Arc::new(out)));
            }
            let divisor_zero = if flipped {
                a.iter().any(|v| v == Some(0))
            } else {
                *b == 0
            };
            if matches!(op, Div | Mod) && divisor_zero {
                return None;
            }
            let out: Int64Array = a.unary(|a| {
                let (x, y) = if flipped { (*b, a) } else { (a, *b) };
                match op {
                    Add => x.wrapping_add(y),
                    Sub => x.wrapping_sub(y),
                    Mul => x.wrapping_mul(y),
                    // A null row's slot may hold 0: never divide by it.
                    Div => x
                        .checked_div(y)
                        .unwrap_or_else(|| if y == 0 { 0 } else { x.wrapping_div(y) }),
                    _ => x.checked_rem(y).unwrap_or(0),
                }
            });
            Some((ColumnType::Int, Arc::new(out)))
        }
        (ColumnType::UInt, Scalar::UInt(b)) => {
            let a = array.as_primitive::<UInt64Type>();
            if op == Pow {
                let out: Float64Array = a.unary(|a| {
                    let (x, y) = if flipped { (*b, a) } else { (a, *b) };
                    (x as f64).powf(y as f64)
                });
                return Some((ColumnType::Float, Arc::new(out)));
            }
            let divisor_zero = if flipped {
                a.iter().any(|v| v == Some(0))
            } else {
                *b == 0
            };
            if matches!(op, Div | Mod) && divisor_zero {
                return None;
            }
            let out: UInt64Array = a.unary(|a| {
                let (x, y) = if flipped { (*b, a) } else { (a, *b) };
                match op {
                    Add => x.wrapping_add(y),
                    Sub => x.wrapping_sub(y),
                    Mul => x.wrapping_mul(y),
                    // A null row's slot may hold 0: never divide by it.
                    Div => x.checked_div(y).unwrap_or(0),
                    _ => x.checked_rem(y).unwrap_or(0),
                }
            });
            Some((ColumnType::UInt, Arc::new(out)))
        }
        (ColumnType::String, Scalar::String(b)) if op == Add => {
            let a = array.as_string::<i32>();
            let out: StringArray = a
                .iter()
                .map(|v| {
                    v.map(|v| {
                        if flipped {
                            format!("{b}{v}")
                        } else {
                            format!("{v}{b}")
                        }
                    })
                })
                .collect();
            Some((ColumnType::String, Arc::new(out)))
        }
        _ => None,
    }
}

/// An all-null column of `ty` and `len` rows.
pub(super) fn nulls(ty: ColumnType, len: usize) -> ArrayRef {
    new_null_array(&ty.arrow_type(), len)
}

#[cfg(test)]
mod tests {
    //! Each recognised shape gives exactly what calling the function per row gives.
    use super::*;
    use flux_eval::stream::row_record;
    use flux_eval::{Evaluator, Mode, Registry, Source};
    use flux_table::{ColumnBuilder, GroupKey};

    type TestResult = std::result::Result<(), Box<dyn std::error::Error>>;

    /// The function value of the last expression statement of `src`.
    fn function(ev: &mut Evaluator, src: &str) -> std::result::Result<Function, Box<dyn std::error::Error>> {
        let parsed = flux_syntax::parse(src);
        let source = Arc::new(Source {
            name: "main".into(),
            text: src.into(),
            types: None,
        });
        let mut last = None;
        ev.eval_file(
            &parsed.file,
            source,
            flux_eval::Scope::new(),
            Mode::Script,
            &mut |v| last = Some(v),
        )?;
        match last {
            Some(Value::Function(f)) => Ok(f),
            other => Err(format!("not a function: {other:?}").into()),
        }
    }

    fn table() -> std::result::Result<Table, Box<dyn std::error::Error>> {
        let mut f = ColumnBuilder::new(ColumnType::Float, 5);
        let mut i = ColumnBuilder::new(ColumnType::Int, 5);
        let mut s = ColumnBuilder::new(ColumnType::String, 5);
        let mut t = ColumnBuilder::new(ColumnType::Time, 5);
        let rows = [
            (Scalar::Float(1.5), Scalar::Int(3), "a", Scalar::Time(10)),
            (Scalar::Float(2.5), Scalar::Int(0), "b", Scalar::Time(20)),
            (Scalar::Null, Scalar::Null, "c", Scalar::Null),
            (Scalar::Float(-4.0), Scalar::Int(-7), "a", Scalar::Time(40)),
            (Scalar::Float(2.5), Scalar::Int(i64::MIN), "", Scalar::Time(50)),
        ];
        for (fv, iv, sv, tv) in rows {
            f.push(&fv)?;
            i.push(&iv)?;
            s.push(&Scalar::String(sv.into()))?;
            t.push(&tv)?;
        }
        Ok(Table::from_builders(
            GroupKey::empty(),
            vec![("f".into(), f), ("i".into(), i), ("s".into(), s), ("t".into(), t)],
        )?)
    }

    fn per_row(ev: &mut Evaluator, f: &Function, table: &Table) -> Vec<flux_eval::Result<Value>> {
        let mut cx = ev.call_context(flux_syntax::Span::default());
        (0..table.num_rows())
            .map(|row| cx.call(f, [("r", row_record(table, row))]))
            .collect()
    }

    const PREDICATES: &[&str] = &[
        "(r) => r.f > 2.0",
        "(r) => r.f <= 2",
        "(r) => 2.5 == r.f",
        "(r) => r.i != 0",
        "(r) => r.i < 2.5",
        "(r) => r.i >= -7 and r.f < 2.0",
        "(r) => r.s == \"a\" or r.f > 2.0",
        "(r) => (r.s > \"a\")",
        "(r) => r.t >= 1970-01-01T00:00:00.00000003Z",
        "x = 2.5\nf = (r) => r.f == x\nf",
        "(r) => r.f > -1.5",
    ];

    #[test]
    fn recognised_predicates_match_per_row_calls() -> TestResult {
        let table = table()?;
        let mut ev = Evaluator::new(Arc::new(Registry::new([])));
        for src in PREDICATES {
            let f = function(&mut ev, src)?;
            let p = predicate(&f).ok_or(format!("not recognised: {src}"))?;
            let fast = p.eval(&table).ok_or(format!("gave up: {src}"))?;
            let slow: Vec<Option<bool>> = per_row(&mut ev, &f, &table)
                .into_iter()
                .map(|v| match v {
                    Ok(Value::Bool(b)) => Ok(Some(b)),
                    Ok(Value::Null) => Ok(None),
                    other => Err(format!("{src}: {other:?}")),
                })
                .collect::<std::result::Result<_, _>>()?;
            assert_eq!(fast.iter().collect::<Vec<_>>(), slow, "{src}");
        }
        Ok(())
    }

    #[test]
    fn rows_that_would_fail_are_left_to_the_per_row_path() -> TestResult {
        let table = table()?;
        let mut ev = Evaluator::new(Arc::new(Registry::new([])));
        for src in ["(r) => r.s > 1", "(r) => r.missing > 1", "(r) => r.f < \"a\""] {
            let f = function(&mut ev, src)?;
            let p = predicate(&f).ok_or(format!("not recognised: {src}"))?;
            assert!(p.eval(&table).is_none(), "{src}");
        }
        for src in [
            "(r) => ({r with q: 1 / r.i})",
            "(r) => ({r with q: r.i % 0})",
            "(r) => ({r with q: r.f + 1})",
        ] {
            let f = function(&mut ev, src)?;
            let e = extension(&f).ok_or(format!("not recognised: {src}"))?;
            assert!(e.eval(&table).is_none(), "{src}");
        }
        Ok(())
    }

    #[test]
    fn other_shapes_are_not_recognised() -> TestResult {
        let mut ev = Evaluator::new(Arc::new(Registry::new([])));
        for src in [
            "(r) => r.f * 2.0 > 1.0",
            "(r) => { return r.f > 1.0 }",
            "(r, x=1) => r.f > 1.0",
            "(r) => r.f > \"${r.s}\"",
            "(r) => ({r with a: r.f * r.f})",
            "(r) => ({r with a: 1, a: 2})",
        ] {
            let f = function(&mut ev, src)?;
            assert!(predicate(&f).is_none() && extension(&f).is_none(), "{src}");
        }
        Ok(())
    }

    const EXTENSIONS: &[&str] = &[
        "(r) => ({r with f: r.f * 2.0})",
        "(r) => ({r with g: r.f - 0.5, h: 10.0 / r.f, p: r.f ^ 2.0, m: r.f % 2.0})",
        "(r) => ({r with i: r.i * 3, j: r.i - 1, l: r.i / -2, m: r.i % 2, n: r.i ^ 2, o: 2 - r.i})",
        "(r) => ({r with k: 7 / r.i})",
        "(r) => ({r with s: r.s + \"!\", u: \">\" + r.s})",
        "(r) => ({a: r.f, b: 1, c: \"x\", d: r.t})",
    ];

    #[test]
    fn recognised_extensions_match_per_row_calls() -> TestResult {
        let table = table()?;
        let mut ev = Evaluator::new(Arc::new(Registry::new([])));
        for src in EXTENSIONS {
            let f = function(&mut ev, src)?;
            let e = extension(&f).ok_or(format!("not recognised: {src}"))?;
            let Some(columns) = e.eval(&table) else {
                // Division by a zero cell: the per-row path must fail then.
                assert!(per_row(&mut ev, &f, &table).iter().any(|r| r.is_err()), "{src}");
                continue;
            };
            for (row, record) in per_row(&mut ev, &f, &table).into_iter().enumerate() {
                let Value::Record(record) = record? else {
                    return Err(format!("{src}: not a record").into());
                };
                assert_eq!(record.fields.len(), columns.len(), "{src}");
                for (label, ty, array) in &columns {
                    let cell = flux_table::ops::rows::row_values(
                        &Table::new(
                            GroupKey::empty(),
                            vec![flux_table::Column::new(label.clone(), *ty)],
                            vec![array.clone()],
                        )?,
                        row,
                    );
                    let want = record.get(label).cloned().unwrap_or(Value::Null);
                    assert_eq!(
                        cell.first().cloned().map(Value::from),
                        Some(want),
                        "{src} {label} row {row}"
                    );
                }
            }
        }
        Ok(())
    }
}
