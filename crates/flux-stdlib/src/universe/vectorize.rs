//! Which `map` functions Go Flux runs vectorised, because that decides the order of
//! `map`'s output columns: a vectorised function's columns come in the order of the record
//! it returns (the row's columns, then new properties as written), any other function's
//! columns are sorted by label.
//!
//! Go's analyzer vectorises a function when it has the one parameter `r` and its body is
//! (only) a record literal — `{r with ...}` or a plain record — whose property values are
//! built from `r`, `r.label`, int, float, string (without interpolation) and time literals,
//! `true`/`false`, unary operators, the arithmetic and comparison operators, `and`/`or`,
//! `if`/`then`/`else` and `float(v: ...)`. A captured variable, another call, a duration or a
//! regular expression, an interpolated string or a block with statements before `return`
//! is not vectorised.

use flux_eval::Function;
use flux_syntax::ast::{BinaryOp, Expr, ExprKind, StringPart};

use super::lambda::{returned, unparen};

/// Whether Go Flux would vectorise `f` as a `map` function.
pub(super) fn is_vectorised(f: &Function) -> bool {
    let Function::Closure(c) = f else {
        return false;
    };
    let [param] = c.literal.params.as_slice() else {
        return false;
    };
    if &*param.key.name != "r" {
        return false;
    }
    let Some(body) = returned(&c.literal.body) else {
        return false;
    };
    let ExprKind::Record(record) = &unparen(body).kind else {
        return false;
    };
    if record.with.as_ref().is_some_and(|with| &*with.name != "r") {
        return false;
    }
    record.properties.iter().all(|p| match &p.value {
        Some(value) => vector_expr(value),
        // `{a}` reads the variable `a`: only `r` itself is a vector.
        None => &**p.key.name() == "r",
    })
}

fn vector_expr(e: &Expr) -> bool {
    match &unparen(e).kind {
        ExprKind::Identifier(name) => matches!(&**name, "r" | "true" | "false"),
        // `r.label` only: a member of a member is not a record of vectors.
        ExprKind::Member { object, .. } => {
            matches!(&unparen(object).kind, ExprKind::Identifier(name) if &**name == "r")
        }
        ExprKind::Unary { argument, .. } => vector_expr(argument),
        ExprKind::Binary { op, left, right } => {
            !matches!(op, BinaryOp::RegexMatch | BinaryOp::RegexNotMatch)
                && vector_expr(left)
                && vector_expr(right)
        }
        ExprKind::Logical { left, right, .. } => vector_expr(left) && vector_expr(right),
        ExprKind::Conditional {
            test,
            consequent,
            alternate,
        } => vector_expr(test) && vector_expr(consequent) && vector_expr(alternate),
        ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::DateTime(_) => true,
        ExprKind::String(parts) => parts.iter().all(|p| matches!(p, StringPart::Text(_))),
        ExprKind::Call(call) => match (&unparen(&call.callee).kind, call.arguments.as_slice()) {
            (ExprKind::Identifier(name), [v]) if &**name == "float" && &**v.key.name() == "v" => {
                v.value.as_ref().is_some_and(vector_expr)
            }
            _ => false,
        },
        _ => false,
    }
}
