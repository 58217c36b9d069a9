//! A compact S-expression rendering of the AST, for `flux parse --ast` and snapshots.
//!
//! `a |> f(x: 1 + 2)` prints as `(|> a (call f x:(+ 1 2)))`.

use std::fmt::Write as _;

use crate::ast::*;
use crate::literal::civil_from_days;

/// Render a file: one line per package clause, import and statement.
pub fn sexpr(file: &File) -> String {
    let mut out = String::new();
    if let Some(package) = &file.package {
        attributes(&mut out, &package.attributes);
        let _ = writeln!(out, "(package {})", package.name.name);
    }
    for import in &file.imports {
        attributes(&mut out, &import.attributes);
        out.push_str("(import ");
        if let Some(alias) = &import.alias {
            let _ = write!(out, "{} ", alias.name);
        }
        let _ = writeln!(out, "{:?})", import.path.value);
    }
    for statement in &file.body {
        write_statement(&mut out, statement);
        out.push('\n');
    }
    out
}

/// Render one expression.
pub fn expr_sexpr(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr);
    out
}

fn attributes(out: &mut String, attributes: &[Attribute]) {
    for attribute in attributes {
        let _ = write!(out, "(@{}", attribute.name.name);
        for param in &attribute.params {
            out.push(' ');
            write_expr(out, param);
        }
        out.push_str(") ");
    }
}

fn write_statement(out: &mut String, statement: &Statement) {
    attributes(out, &statement.attributes);
    match &statement.kind {
        StatementKind::Variable(v) => {
            let _ = write!(out, "(= {} ", v.id.name);
            write_expr(out, &v.init);
            out.push(')');
        }
        StatementKind::Option(o) => {
            out.push_str("(option ");
            if let Some(package) = &o.package {
                let _ = write!(out, "{}.", package.name);
            }
            let _ = write!(out, "{} ", o.id.name);
            write_expr(out, &o.init);
            out.push(')');
        }
        StatementKind::Return(e) => {
            out.push_str("(return ");
            write_expr(out, e);
            out.push(')');
        }
        StatementKind::Expression(e) => write_expr(out, e),
        StatementKind::Testcase(t) => {
            let _ = write!(out, "(testcase {}", t.id.name);
            if let Some(extends) = &t.extends {
                let _ = write!(out, " extends {:?}", extends.value);
            }
            out.push(' ');
            write_block(out, &t.block);
            out.push(')');
        }
        StatementKind::Builtin(b) => {
            let _ = write!(out, "(builtin {} ", b.id.name);
            write_type_expression(out, &b.ty);
            out.push(')');
        }
        StatementKind::Error => out.push_str("(error)"),
    }
}

fn write_block(out: &mut String, block: &Block) {
    out.push_str("(block");
    for statement in &block.body {
        out.push(' ');
        write_statement(out, statement);
    }
    out.push(')');
}

fn write_key(out: &mut String, key: &PropertyKey) {
    match key {
        PropertyKey::Identifier(id) => out.push_str(&id.name),
        PropertyKey::String(s) => {
            let _ = write!(out, "{:?}", s.value);
        }
    }
}

fn write_properties(out: &mut String, properties: &[Property]) {
    for property in properties {
        out.push(' ');
        write_key(out, &property.key);
        if let Some(value) = &property.value {
            out.push(':');
            write_expr(out, value);
        }
    }
}

fn write_call(out: &mut String, call: &CallExpression) {
    out.push_str("(call ");
    write_expr(out, &call.callee);
    write_properties(out, &call.arguments);
    out.push(')');
}

fn write_time(out: &mut String, nanos: i64) {
    let seconds = nanos.div_euclid(1_000_000_000);
    let frac = nanos.rem_euclid(1_000_000_000);
    let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
    let s = seconds.rem_euclid(86_400);
    let _ = write!(
        out,
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        s / 3600,
        s / 60 % 60,
        s % 60
    );
    if frac != 0 {
        let _ = write!(out, ".{frac:09}");
    }
    out.push('Z');
}

fn write_expr(out: &mut String, expr: &Expr) {
    match &expr.kind {
        ExprKind::Identifier(name) => out.push_str(name),
        ExprKind::Integer(n) => {
            let _ = write!(out, "{n}");
        }
        ExprKind::Float(x) => {
            let _ = write!(out, "{x:?}");
        }
        ExprKind::String(parts) => match parts.as_slice() {
            [] => out.push_str("\"\""),
            [StringPart::Text(text)] => {
                let _ = write!(out, "{text:?}");
            }
            parts => {
                out.push_str("(string");
                for part in parts {
                    match part {
                        StringPart::Text(text) => {
                            let _ = write!(out, " {text:?}");
                        }
                        StringPart::Interpolation(e) => {
                            out.push_str(" (${} ");
                            write_expr(out, e);
                            out.push(')');
                        }
                    }
                }
                out.push(')');
            }
        },
        ExprKind::Regex(pattern) => {
            let _ = write!(out, "/{}/", pattern.replace('/', "\\/"));
        }
        ExprKind::Duration(parts) => {
            for part in parts {
                let _ = write!(out, "{}{}", part.magnitude, part.unit.as_str());
            }
        }
        ExprKind::DateTime(nanos) => write_time(out, *nanos),
        ExprKind::PipeLiteral => out.push_str("<-"),
        ExprKind::Label(name) => {
            let plain = name.chars().all(|c| c == '_' || c.is_alphanumeric());
            let _ = if plain {
                write!(out, ".{name}")
            } else {
                write!(out, ".{name:?}")
            };
        }
        ExprKind::Record(record) => {
            out.push_str("(record");
            if let Some(with) = &record.with {
                let _ = write!(out, " {} with", with.name);
            }
            write_properties(out, &record.properties);
            out.push(')');
        }
        ExprKind::Array(items) => {
            out.push_str("(array");
            for item in items {
                out.push(' ');
                write_expr(out, item);
            }
            out.push(')');
        }
        ExprKind::Dict(items) => {
            out.push_str("(dict");
            for item in items {
                out.push(' ');
                write_expr(out, &item.key);
                out.push(':');
                write_expr(out, &item.value);
            }
            out.push(')');
        }
        ExprKind::Function(function) => {
            out.push_str("(fn (");
            for (i, param) in function.params.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&param.key.name);
                if let Some(default) = &param.default {
                    out.push('=');
                    write_expr(out, default);
                }
            }
            out.push_str(") ");
            match &function.body {
                FunctionBody::Expr(e) => write_expr(out, e),
                FunctionBody::Block(b) => write_block(out, b),
            }
            out.push(')');
        }
        ExprKind::Call(call) => write_call(out, call),
        ExprKind::Pipe { argument, call } => {
            out.push_str("(|> ");
            write_expr(out, argument);
            out.push(' ');
            write_call(out, call);
            out.push(')');
        }
        ExprKind::Member { object, property } => {
            out.push_str("(. ");
            write_expr(out, object);
            out.push(' ');
            write_key(out, property);
            out.push(')');
        }
        ExprKind::Index { array, index } => {
            out.push_str("(index ");
            write_expr(out, array);
            out.push(' ');
            write_expr(out, index);
            out.push(')');
        }
        ExprKind::Binary { op, left, right } => {
            let _ = write!(out, "({} ", op.as_str());
            write_expr(out, left);
            out.push(' ');
            write_expr(out, right);
            out.push(')');
        }
        ExprKind::Logical { op, left, right } => {
            out.push_str(match op {
                LogicalOp::And => "(and ",
                LogicalOp::Or => "(or ",
            });
            write_expr(out, left);
            out.push(' ');
            write_expr(out, right);
            out.push(')');
        }
        ExprKind::Unary { op, argument } => {
            out.push_str(match op {
                UnaryOp::Neg => "(- ",
                UnaryOp::Plus => "(+ ",
                UnaryOp::Not => "(not ",
                UnaryOp::Exists => "(exists ",
            });
            write_expr(out, argument);
            out.push(')');
        }
        ExprKind::Conditional {
            test,
            consequent,
            alternate,
        } => {
            out.push_str("(if ");
            write_expr(out, test);
            out.push(' ');
            write_expr(out, consequent);
            out.push(' ');
            write_expr(out, alternate);
            out.push(')');
        }
        ExprKind::Paren(inner) => {
            out.push_str("(paren ");
            write_expr(out, inner);
            out.push(')');
        }
        ExprKind::Error => out.push_str("(error)"),
    }
}

fn write_type_expression(out: &mut String, ty: &TypeExpression) {
    if ty.constraints.is_empty() {
        write_type(out, &ty.ty);
        return;
    }
    out.push_str("(where ");
    write_type(out, &ty.ty);
    for constraint in &ty.constraints {
        let kinds: Vec<&str> = constraint.kinds.iter().map(|k| &*k.name).collect();
        let _ = write!(out, " {}:{}", constraint.tvar.name, kinds.join("+"));
    }
    out.push(')');
}

fn write_type(out: &mut String, ty: &MonoType) {
    match &ty.kind {
        MonoTypeKind::Tvar(name) | MonoTypeKind::Basic(name) => out.push_str(name),
        MonoTypeKind::Array(t) => {
            out.push('[');
            write_type(out, t);
            out.push(']');
        }
        MonoTypeKind::Stream(t) => {
            out.push_str("stream[");
            write_type(out, t);
            out.push(']');
        }
        MonoTypeKind::Vector(t) => {
            out.push_str("vector[");
            write_type(out, t);
            out.push(']');
        }
        MonoTypeKind::Dict { key, value } => {
            out.push('[');
            write_type(out, key);
            out.push(':');
            write_type(out, value);
            out.push(']');
        }
        MonoTypeKind::Record { tvar, properties } => {
            out.push('{');
            if let Some(tvar) = tvar {
                let _ = write!(out, "{} with ", tvar.name);
            }
            for (i, property) in properties.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_key(out, &property.name);
                out.push_str(": ");
                write_type(out, &property.ty);
            }
            out.push('}');
        }
        MonoTypeKind::Function { params, ret } => {
            out.push('(');
            for (i, param) in params.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(match param.kind {
                    ParameterKind::Required => "",
                    ParameterKind::Optional => "?",
                    ParameterKind::Pipe => "<-",
                });
                let _ = write!(out, "{}: ", param.name.name);
                write_type(out, &param.ty);
            }
            out.push_str(") => ");
            write_type(out, ret);
        }
        MonoTypeKind::Error => out.push_str("(error)"),
    }
}
