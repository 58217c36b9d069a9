//! The labels a row function reads from its record parameter (`r.host`, `r["host"]`).
//!
//! Go Flux types a row function's parameter from the function itself, so reading a column
//! that a table lacks gives null there. The evaluator here is dynamic and reports a missing
//! label instead; giving the record those labels as nulls makes the two agree.

use std::sync::Arc;

use flux_eval::{Function, Record, Value};
use flux_syntax::ast::{Block, Expr, ExprKind, FunctionBody, StatementKind, StringPart};

/// The labels `f` reads from its single parameter, without duplicates.
pub(super) fn read_labels(f: &Function) -> Vec<Arc<str>> {
    let Function::Closure(c) = f else {
        return Vec::new();
    };
    let [param] = c.literal.params.as_slice() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    body(&c.literal.body, &param.key.name, &mut found);
    found
}

/// The labels a closure reads from its parameter `param` (any number of parameters),
/// without duplicates.
pub(crate) fn read_labels_of(f: &Function, param: &str) -> Vec<Arc<str>> {
    let Function::Closure(c) = f else {
        return Vec::new();
    };
    if !c.literal.params.iter().any(|p| &*p.key.name == param) {
        return Vec::new();
    }
    let mut found = Vec::new();
    body(&c.literal.body, param, &mut found);
    found
}

/// `record` with a null field for each of `labels` it lacks.
pub(crate) fn with_nulls(record: Value, labels: &[Arc<str>]) -> Value {
    let Value::Record(r) = &record else {
        return record;
    };
    if labels.iter().all(|l| r.fields.contains_key(l)) {
        return record;
    }
    let mut r: Record = (**r).clone();
    for l in labels {
        if !r.fields.contains_key(l) {
            r.fields.insert(l.clone(), Value::Null);
        }
    }
    Value::Record(Arc::new(r))
}

fn body(b: &FunctionBody, param: &str, found: &mut Vec<Arc<str>>) {
    match b {
        FunctionBody::Expr(e) => expr(e, param, found),
        FunctionBody::Block(b) => block(b, param, found),
    }
}

fn block(b: &Block, param: &str, found: &mut Vec<Arc<str>>) {
    for s in &b.body {
        match &s.kind {
            StatementKind::Variable(v) => expr(&v.init, param, found),
            StatementKind::Option(o) => expr(&o.init, param, found),
            StatementKind::Return(e) | StatementKind::Expression(e) => expr(e, param, found),
            _ => {}
        }
    }
}

fn expr(e: &Expr, param: &str, found: &mut Vec<Arc<str>>) {
    match &e.kind {
        ExprKind::Member { object, property } => {
            if matches!(&object.kind, ExprKind::Identifier(n) if &**n == param) {
                let label: Arc<str> = Arc::from(&**property.name());
                if !found.contains(&label) {
                    found.push(label);
                }
            } else {
                expr(object, param, found);
            }
        }
        ExprKind::String(parts) => {
            for p in parts {
                if let StringPart::Interpolation(e) = p {
                    expr(e, param, found);
                }
            }
        }
        ExprKind::Record(r) => {
            for p in &r.properties {
                if let Some(v) = &p.value {
                    expr(v, param, found);
                }
            }
        }
        ExprKind::Array(items) => items.iter().for_each(|i| expr(i, param, found)),
        ExprKind::Dict(items) => {
            for i in items {
                expr(&i.key, param, found);
                expr(&i.value, param, found);
            }
        }
        // A nested function that rebinds the name reads its own parameter.
        ExprKind::Function(f) if !f.params.iter().any(|p| &*p.key.name == param) => {
            body(&f.body, param, found);
        }
        ExprKind::Call(c) => {
            expr(&c.callee, param, found);
            c.arguments
                .iter()
                .filter_map(|a| a.value.as_ref())
                .for_each(|v| expr(v, param, found));
        }
        ExprKind::Pipe { argument, call } => {
            expr(argument, param, found);
            expr(&call.callee, param, found);
            call.arguments
                .iter()
                .filter_map(|a| a.value.as_ref())
                .for_each(|v| expr(v, param, found));
        }
        ExprKind::Index { array, index } => {
            expr(array, param, found);
            expr(index, param, found);
        }
        ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
            expr(left, param, found);
            expr(right, param, found);
        }
        ExprKind::Unary { argument, .. } => expr(argument, param, found),
        ExprKind::Conditional {
            test,
            consequent,
            alternate,
        } => {
            expr(test, param, found);
            expr(consequent, param, found);
            expr(alternate, param, found);
        }
        ExprKind::Paren(inner) => expr(inner, param, found),
        _ => {}
    }
}
