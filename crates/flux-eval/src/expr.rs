//! Evaluating expressions.

use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::{
    BinaryOp, CallExpression, DictItem, DurationMagnitude, Expr, ExprKind, FunctionLiteral, LogicalOp,
    Property, PropertyKey, RecordLiteral, StringPart, UnaryOp,
};

use crate::closure::Closure;
use crate::convert::stringify;
use crate::error::{ErrorKind, Result, RuntimeError};
use crate::interp::{Evaluator, syntax_error};
use crate::ops::{self, OpError};
use crate::scope::Scope;
use crate::time::add_unit;
use crate::value::{Dict, Duration, Function, Record, Regex, Value};

/// Bytes of one value slot of an array or record.
const SLOT_BYTES: u64 = std::mem::size_of::<Value>() as u64;

fn type_error(span: Span, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(ErrorKind::Type, span, message)
}

/// `expected X but found Y`, with Flux's ` (array)`-style suffix for composites.
pub(crate) fn expected(span: Span, want: &str, found: &Value) -> RuntimeError {
    type_error(
        span,
        format!("expected {want} but found {}", described_type(found)),
    )
}

/// A value's type as Flux's type errors print it: `[int] (array)`, `{a: int} (record)`.
pub(crate) fn described_type(v: &Value) -> String {
    let suffix = match v {
        Value::Array(_) => " (array)",
        Value::Record(_) => " (record)",
        Value::Dict(_) => " (dictionary)",
        Value::Function(_) => " (function)",
        Value::Stream(_) | Value::Unbounded(_) => " (stream)",
        Value::Dynamic(_) => " (dynamic)",
        _ => "",
    };
    format!("{}{suffix}", v.type_string())
}

impl Evaluator {
    /// Evaluate one expression in `scope`.
    pub fn eval_expr(&mut self, e: &Expr, scope: &Scope) -> Result<Value> {
        self.check_interrupt(e.span)?;
        // The address of a local tells how much stack evaluation uses so far.
        let marker = 0u8;
        let here = std::ptr::addr_of!(marker) as usize;
        if self.nesting == 0 {
            self.stack_base = here;
        }
        if self.nesting >= self.limits.max_nesting
            || self.stack_base.abs_diff(here) > self.limits.max_stack_bytes
        {
            return Err(RuntimeError::new(
                ErrorKind::Limit,
                e.span,
                format!(
                    "expression nesting exceeds the limit of {} levels or {} bytes of stack",
                    self.limits.max_nesting, self.limits.max_stack_bytes
                ),
            ));
        }
        self.nesting += 1;
        let result = self.eval_kind(e, scope);
        self.nesting -= 1;
        result
    }

    /// One arm per production; the work is in helpers so that this frame stays
    /// small (every nested expression passes through it).
    fn eval_kind(&mut self, e: &Expr, scope: &Scope) -> Result<Value> {
        match &e.kind {
            ExprKind::Identifier(name) => lookup(scope, name, e.span),
            ExprKind::Integer(n) => Ok(Value::Int(*n)),
            ExprKind::Float(f) => Ok(Value::Float(*f)),
            ExprKind::String(parts) => self.eval_string(parts, scope),
            ExprKind::Regex(pattern) => self.regex(pattern, e.span),
            ExprKind::Duration(mags) => duration_literal(mags, e.span),
            ExprKind::DateTime(t) => Ok(Value::Time(*t)),
            ExprKind::PipeLiteral => Err(pipe_literal_error(e.span)),
            ExprKind::Label(l) => Ok(Value::String(l.clone())),
            ExprKind::Record(r) => self.eval_record(r, scope, e.span),
            ExprKind::Array(items) => self.eval_array(items, scope),
            ExprKind::Dict(items) => self.eval_dict(items, scope),
            ExprKind::Function(lit) => Ok(self.closure(lit, scope, None)),
            ExprKind::Call(call) => self.eval_call(call, None, scope),
            ExprKind::Pipe { argument, call } => self.eval_pipe(argument, call, scope),
            ExprKind::Member { object, property } => self.eval_member(object, property, e.span, scope),
            ExprKind::Index { array, index } => self.eval_index(array, index, e.span, scope),
            ExprKind::Binary { op, left, right } => self.eval_binary(*op, left, right, e.span, scope),
            ExprKind::Logical { op, left, right } => self.eval_logical(*op, left, right, scope),
            ExprKind::Unary { op, argument } => self.eval_unary(*op, argument, e.span, scope),
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => self.eval_conditional(test, consequent, alternate, scope),
            ExprKind::Paren(inner) => self.eval_expr(inner, scope),
            ExprKind::Error => Err(syntax_error(e.span)),
        }
    }

    /// A closure over `scope`, named `name` when it is bound by an assignment.
    pub(crate) fn closure(&self, lit: &Arc<FunctionLiteral>, scope: &Scope, name: Option<Arc<str>>) -> Value {
        Value::Function(Function::Closure(Arc::new(Closure {
            literal: lit.clone(),
            scope: scope.clone(),
            source: self.source.clone(),
            name,
        })))
    }

    fn eval_array(&mut self, items: &[Expr], scope: &Scope) -> Result<Value> {
        if let Some(first) = items.first() {
            self.check_memory(first.span, SLOT_BYTES.saturating_mul(items.len() as u64))?;
        }
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let v = self.eval_expr(item, scope)?;
            check_same_type(out.first(), &v, item.span)?;
            out.push(v);
        }
        Ok(Value::array(out))
    }

    fn eval_pipe(&mut self, argument: &Expr, call: &CallExpression, scope: &Scope) -> Result<Value> {
        let piped = self.eval_expr(argument, scope)?;
        self.eval_call(call, Some(piped), scope)
    }

    fn eval_member(
        &mut self,
        object: &Expr,
        property: &PropertyKey,
        span: Span,
        scope: &Scope,
    ) -> Result<Value> {
        let obj = self.eval_expr(object, scope)?;
        member(&obj, property, span)?.ok_or_else(|| {
            type_error(
                property.span(),
                format!("record is missing label {}", property.name()),
            )
        })
    }

    fn eval_index(&mut self, array: &Expr, index: &Expr, span: Span, scope: &Scope) -> Result<Value> {
        let arr = self.eval_expr(array, scope)?;
        let idx = self.eval_expr(index, scope)?;
        index_value(&arr, &idx, array.span, index.span, span)
    }

    fn eval_binary(
        &mut self,
        op: BinaryOp,
        left: &Expr,
        right: &Expr,
        span: Span,
        scope: &Scope,
    ) -> Result<Value> {
        let l = self.eval_expr(left, scope)?;
        let r = self.eval_expr(right, scope)?;
        match (op, &l, &r) {
            (BinaryOp::Add, Value::String(a), Value::String(b)) => {
                self.check_memory(span, (a.len() as u64).saturating_add(b.len() as u64))?;
            }
            (BinaryOp::Eq | BinaryOp::Neq, Value::Array(_), Value::Array(_))
            | (BinaryOp::Eq | BinaryOp::Neq, Value::Record(_), Value::Record(_)) => {
                let equal = l
                    .equal_within(&r, &mut self.budget())
                    .map_err(|stop| stop.error(span))?;
                return Ok(Value::Bool(equal == (op == BinaryOp::Eq)));
            }
            _ => {}
        }
        ops::binary(op, &l, &r).map_err(|err| match err {
            OpError::RightType(m) => type_error(right.span, m),
            OpError::Whole(m) => type_error(span, m),
            OpError::Runtime(m) => RuntimeError::new(ErrorKind::Runtime, span, m),
        })
    }

    fn eval_unary(&mut self, op: UnaryOp, argument: &Expr, span: Span, scope: &Scope) -> Result<Value> {
        if op == UnaryOp::Exists {
            let v = match &argument.kind {
                ExprKind::Member { object, property } => {
                    let obj = self.eval_expr(object, scope)?;
                    member(&obj, property, argument.span)?.unwrap_or(Value::Null)
                }
                _ => self.eval_expr(argument, scope)?,
            };
            return Ok(Value::Bool(!v.undynamic().is_null()));
        }
        let v = self.eval_expr(argument, scope)?;
        ops::unary(op, &v).map_err(|m| type_error(span, m))
    }

    fn eval_conditional(
        &mut self,
        test: &Expr,
        consequent: &Expr,
        alternate: &Expr,
        scope: &Scope,
    ) -> Result<Value> {
        match self.eval_expr(test, scope)? {
            Value::Bool(true) => self.eval_expr(consequent, scope),
            Value::Bool(false) | Value::Null => self.eval_expr(alternate, scope),
            other => Err(expected(test.span, "bool", &other)),
        }
    }

    fn eval_string(&mut self, parts: &[StringPart], scope: &Scope) -> Result<Value> {
        if let [StringPart::Text(t)] = parts {
            return Ok(Value::String(t.clone()));
        }
        let mut out = String::new();
        for part in parts {
            match part {
                StringPart::Text(t) => out.push_str(t),
                StringPart::Interpolation(e) => {
                    let v = self.eval_expr(e, scope)?;
                    if v.is_null() {
                        return Err(RuntimeError::new(
                            ErrorKind::Runtime,
                            e.span,
                            "interpolated expression produced a null value",
                        ));
                    }
                    match stringify(&v) {
                        Some(s) => {
                            self.check_memory(e.span, (out.len() as u64).saturating_add(s.len() as u64))?;
                            out.push_str(&s);
                        }
                        None => {
                            return Err(type_error(
                                e.span,
                                format!("{} is not Stringable", described_type(&v)),
                            ));
                        }
                    }
                }
            }
        }
        Ok(Value::from(out))
    }

    fn regex(&mut self, pattern: &Arc<str>, span: Span) -> Result<Value> {
        if let Some(re) = self.regexes.get(pattern) {
            return Ok(Value::Regex(re.clone()));
        }
        let re = Regex::new(pattern).map_err(|m| RuntimeError::new(ErrorKind::Runtime, span, m))?;
        self.regexes.insert(pattern.clone(), re.clone());
        Ok(Value::Regex(re))
    }

    fn eval_record(&mut self, lit: &RecordLiteral, scope: &Scope, span: Span) -> Result<Value> {
        let mut record = match &lit.with {
            Some(id) => match lookup(scope, &id.name, id.span)? {
                Value::Record(r) => (*r).clone(),
                other => return Err(expected(id.span, "record", &other)),
            },
            None => Record::default(),
        };
        let slots = (record.fields.len() + lit.properties.len()) as u64;
        self.check_memory(span, SLOT_BYTES.saturating_mul(slots))?;
        for prop in &lit.properties {
            let value = self.property_value(prop, scope)?;
            let key = prop.key.name();
            if lit.with.is_none() && record.fields.contains_key(key) {
                return Err(RuntimeError::new(
                    ErrorKind::Runtime,
                    span,
                    format!("duplicate key in object: {:?}", &**key),
                ));
            }
            record.fields.insert(key.clone(), value);
        }
        Ok(Value::Record(Arc::new(record)))
    }

    /// The value of `key: expr`, or of the shorthand `key` (the variable of that name).
    pub(crate) fn property_value(&mut self, prop: &Property, scope: &Scope) -> Result<Value> {
        match &prop.value {
            Some(e) => self.eval_expr(e, scope),
            None => lookup(scope, prop.key.name(), prop.key.span()),
        }
    }

    fn eval_dict(&mut self, items: &[DictItem], scope: &Scope) -> Result<Value> {
        let mut entries: Vec<(Value, Value)> = Vec::with_capacity(items.len());
        for item in items {
            let k = self.eval_expr(&item.key, scope)?;
            if k.is_null() {
                return Err(RuntimeError::new(
                    ErrorKind::Runtime,
                    item.key.span,
                    "null value cannot be used as a dictionary key",
                ));
            }
            check_same_type(entries.first().map(|(k, _)| k), &k, item.key.span)?;
            let v = self.eval_expr(&item.value, scope)?;
            check_same_type(entries.first().map(|(_, v)| v), &v, item.value.span)?;
            entries.push((k, v));
        }
        Ok(Value::Dict(Arc::new(Dict::from_entries(entries))))
    }

    fn eval_logical(&mut self, op: LogicalOp, left: &Expr, right: &Expr, scope: &Scope) -> Result<Value> {
        let l = match self.eval_expr(left, scope)? {
            Value::Bool(b) => Some(b),
            Value::Null => None,
            other => {
                return Err(type_error(
                    left.span,
                    format!(
                        "left operand to logical expression is not a boolean value, got {}",
                        other.type_string()
                    ),
                ));
            }
        };
        match (op, l) {
            (LogicalOp::And, Some(false)) => return Ok(Value::Bool(false)),
            (LogicalOp::Or, Some(true)) => return Ok(Value::Bool(true)),
            _ => {}
        }
        let r = match self.eval_expr(right, scope)? {
            Value::Bool(b) => Some(b),
            Value::Null => None,
            _ => {
                return Err(type_error(
                    right.span,
                    "right operand to logical expression is not a boolean value",
                ));
            }
        };
        Ok(match (op, l, r) {
            (_, Some(_), Some(b)) => Value::Bool(b),
            (LogicalOp::And, None, Some(false)) => Value::Bool(false),
            (LogicalOp::Or, None, Some(true)) => Value::Bool(true),
            _ => Value::Null,
        })
    }
}

fn pipe_literal_error(span: Span) -> RuntimeError {
    type_error(span, "pipe literal is only allowed as a parameter default")
}

fn lookup(scope: &Scope, name: &str, span: Span) -> Result<Value> {
    scope
        .lookup(name)
        .cloned()
        .ok_or_else(|| RuntimeError::new(ErrorKind::Name, span, format!("undefined identifier {name}")))
}

/// Elements of an array (keys or values of a dict) must share one type.
fn check_same_type(first: Option<&Value>, v: &Value, span: Span) -> Result<()> {
    match first {
        Some(f) if !f.is_null() && !v.is_null() && std::mem::discriminant(f) != std::mem::discriminant(v) => {
            Err(type_error(
                span,
                format!("expected {} but found {}", described_type(f), described_type(v)),
            ))
        }
        _ => Ok(()),
    }
}

fn duration_literal(mags: &[DurationMagnitude], span: Span) -> Result<Value> {
    let mut d = Duration::default();
    for m in mags {
        d = add_unit(d, m.magnitude, m.unit.as_str())
            .ok_or_else(|| RuntimeError::new(ErrorKind::Runtime, span, "duration literal out of range"))?;
    }
    Ok(Value::Duration(d))
}

/// `obj.key`: `Ok(None)` when a record lacks the field.
fn member(obj: &Value, property: &PropertyKey, span: Span) -> Result<Option<Value>> {
    match obj {
        Value::Record(r) => Ok(r.get(property.name()).cloned()),
        Value::Null => Ok(Some(Value::Null)),
        // A missing field of a dynamic record is a dynamic null; a dynamic null or
        // non-record has no properties (the message names the inner value's kind).
        Value::Dynamic(inner) => match &**inner {
            Value::Record(r) => Ok(Some(Value::dynamic(
                r.get(property.name()).cloned().unwrap_or(Value::Null),
            ))),
            other => Err(type_error(
                span,
                format!(
                    "cannot access property {:?} on value of type {}",
                    &**property.name(),
                    match other {
                        Value::Null => "invalid",
                        Value::Dict(_) => "dictionary",
                        other => other.type_name(),
                    }
                ),
            )),
        },
        other => Err(type_error(
            span,
            format!(
                "cannot access property {:?} on value of type {}",
                &**property.name(),
                other.type_string()
            ),
        )),
    }
}

fn index_value(arr: &Value, idx: &Value, arr_span: Span, idx_span: Span, span: Span) -> Result<Value> {
    let items = match arr {
        Value::Array(items) => items,
        Value::Null => return Ok(Value::Null),
        other => return Err(expected(arr_span, "[A] (array)", other)),
    };
    let i = match idx {
        Value::Int(i) => *i,
        other => return Err(expected(idx_span, "int", other)),
    };
    usize::try_from(i)
        .ok()
        .and_then(|i| items.get(i))
        .cloned()
        .ok_or_else(|| {
            RuntimeError::new(
                ErrorKind::Runtime,
                span,
                format!("cannot access element {i} of array of length {}", items.len()),
            )
        })
}
