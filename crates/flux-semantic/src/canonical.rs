//! Types as Go Flux's runtime prints a function value (`display()`, the REPL): its
//! monotype's "canonical string". Unlike libflux's messages, arguments and record
//! fields are in name order, records and functions stay on one line, there is no
//! `where` clause, and variables are named `A`…`J` (then `t10`, `t11`, …) in the
//! order they are met: arguments in name order then the return type, a record's
//! fields before its tail.

use std::collections::HashMap;
use std::fmt::Write;

use crate::types::{Collection, Type};

/// `t` as Go Flux displays a value of that type.
pub fn canonical(t: &Type) -> String {
    let mut names = Names::default();
    names.visit(t);
    let mut out = String::new();
    write(&mut out, t, &mut names);
    out
}

#[derive(Default)]
struct Names {
    names: HashMap<(bool, u32), usize>,
}

impl Names {
    fn name(&mut self, bound: bool, v: u32) -> String {
        let next = self.names.len();
        let n = *self.names.entry((bound, v)).or_insert(next);
        match u32::try_from(n) {
            Ok(n) if n < 10 => char::from_u32('A' as u32 + n)
                .map(String::from)
                .unwrap_or_default(),
            _ => format!("t{n}"),
        }
    }

    fn visit(&mut self, t: &Type) {
        match t {
            Type::Var(v) => {
                self.name(false, *v);
            }
            Type::Bound(v) => {
                self.name(true, *v);
            }
            Type::Error | Type::Basic(_) | Type::Label(_) | Type::Dynamic => {}
            Type::Collection(_, t) => self.visit(t),
            Type::Dict(kv) => {
                self.visit(&kv.0);
                self.visit(&kv.1);
            }
            Type::Record(_) => {
                let (fields, tail) = sorted_fields(t);
                for (_, ty) in fields {
                    self.visit(ty);
                }
                if let Some(tail) = tail {
                    self.visit(tail);
                }
            }
            Type::Function(_) => {
                for (_, _, ty) in sorted_arguments(t) {
                    self.visit(ty);
                }
                if let Type::Function(f) = t {
                    self.visit(&f.ret);
                }
            }
        }
    }
}

fn sorted_fields(t: &Type) -> (Vec<(&flux_syntax::ast::Name, &Type)>, Option<&Type>) {
    let (mut fields, tail) = t.fields();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    (fields, tail)
}

/// A function's arguments in name order: `(prefix, name, type)`, the prefix `?` for an
/// optional argument and `<-` for the pipe.
fn sorted_arguments(t: &Type) -> Vec<(&'static str, &str, &Type)> {
    let Type::Function(f) = t else {
        return Vec::new();
    };
    let mut args: Vec<(&'static str, &str, &Type)> = f
        .req
        .iter()
        .map(|(n, t)| ("", n.as_ref(), t))
        .chain(f.opt.iter().map(|(n, t)| ("?", n.as_ref(), t)))
        .chain(f.pipe.iter().map(|(n, t)| ("<-", n.as_ref(), t)))
        .collect();
    args.sort_by(|a, b| a.1.cmp(b.1));
    args
}

fn write(out: &mut String, t: &Type, names: &mut Names) {
    match t {
        Type::Error => out.push_str("<error>"),
        Type::Basic(b) => out.push_str(b.name()),
        Type::Label(l) => {
            out.push('.');
            out.push_str(l);
        }
        Type::Var(v) => out.push_str(&names.name(false, *v)),
        Type::Bound(v) => out.push_str(&names.name(true, *v)),
        Type::Collection(c, t) => {
            out.push_str(match c {
                Collection::Array => "[",
                Collection::Vector => "v[",
                Collection::Stream => "stream[",
            });
            write(out, t, names);
            out.push(']');
        }
        Type::Dict(kv) => {
            out.push('[');
            write(out, &kv.0, names);
            out.push_str(": ");
            write(out, &kv.1, names);
            out.push(']');
        }
        Type::Dynamic => out.push_str("dynamic"),
        Type::Record(_) => {
            let (fields, tail) = sorted_fields(t);
            out.push('{');
            if let Some(tail) = tail {
                write(out, tail, names);
                out.push_str(" with ");
            }
            for (i, (label, ty)) in fields.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "{label}: ");
                write(out, ty, names);
            }
            out.push('}');
        }
        Type::Function(f) => {
            out.push('(');
            for (i, (prefix, name, ty)) in sorted_arguments(t).into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "{prefix}{name}: ");
                write(out, ty, names);
            }
            out.push_str(") => ");
            write(out, &f.ret, names);
        }
    }
}
