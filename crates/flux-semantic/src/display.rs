//! Printing types in Flux's notation, as libflux prints them in messages.
//!
//! Variables are renamed `A`, `B`, … in the order they are first met (one naming for
//! all the types of one message). Like libflux, a record's fields are visited sorted
//! by label and printed in the reverse of that order (`{b: float, a: int}`), and a
//! record or function with more than four members is printed one member a line.

use std::collections::HashMap;
use std::fmt::Write;

use crate::types::{Collection, PolyType, Type};

/// More members than this and a record or function type is printed one member a line.
const MULTILINE: usize = 4;

/// Names variables in the order they are first met.
#[derive(Default)]
struct Namer {
    names: HashMap<(bool, u32), u32>,
}

impl Namer {
    fn name(&mut self, bound: bool, v: u32) -> String {
        let next = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        let n = *self.names.entry((bound, v)).or_insert(next);
        letter(n)
    }

    /// Visit the type in libflux's order so that names are given in that order.
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
                if let Some(tail) = tail {
                    self.visit(tail);
                }
                for (_, ty) in fields {
                    self.visit(ty);
                }
            }
            Type::Function(f) => {
                for t in f.req.values() {
                    self.visit(t);
                }
                for t in f.opt.values() {
                    self.visit(t);
                }
                if let Some((_, t)) = &f.pipe {
                    self.visit(t);
                }
                self.visit(&f.ret);
            }
        }
    }
}

fn letter(n: u32) -> String {
    if n < 26 {
        char::from_u32('A' as u32 + n)
            .map(String::from)
            .unwrap_or_default()
    } else {
        format!("t{n}")
    }
}

/// Fields sorted by label (stable, so repeated labels keep their order), and the tail.
fn sorted_fields(t: &Type) -> (Vec<(&flux_syntax::ast::Name, &Type)>, Option<&Type>) {
    let (mut fields, tail) = t.fields();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    (fields, tail)
}

/// Print several types with one naming of their variables (`expected A but found [A]`).
pub fn types(ts: &[&Type]) -> Vec<String> {
    let mut namer = Namer::default();
    for t in ts {
        namer.visit(t);
    }
    ts.iter()
        .map(|t| {
            let mut out = String::new();
            write_type(&mut out, t, &mut namer, 0);
            out
        })
        .collect()
}

/// Print a type scheme with its constraints: `(x: A) => A where A: Addable`.
pub fn polytype(p: &PolyType) -> String {
    let mut namer = Namer::default();
    namer.visit(&p.ty);
    let mut out = String::new();
    write_type(&mut out, &p.ty, &mut namer, 0);
    let mut cons: Vec<(String, Vec<crate::types::Kind>)> = p
        .cons
        .iter()
        .filter(|(_, kinds)| !kinds.is_empty())
        .filter(|(v, _)| namer.names.contains_key(&(true, *v)))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(v, kinds)| {
            let mut kinds = kinds.clone();
            kinds.sort();
            kinds.dedup();
            (namer.name(true, *v), kinds)
        })
        .collect();
    cons.sort_by(|a, b| a.0.cmp(&b.0));
    if !cons.is_empty() {
        out.push_str(" where ");
        let parts: Vec<String> = cons
            .iter()
            .map(|(v, kinds)| {
                let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
                format!("{v}: {}", kinds.join(" + "))
            })
            .collect();
        out.push_str(&parts.join(", "));
    }
    out
}

fn write_type(out: &mut String, t: &Type, namer: &mut Namer, indent: usize) {
    match t {
        Type::Error => out.push_str("<error>"),
        Type::Basic(b) => out.push_str(b.name()),
        Type::Label(l) => {
            out.push('.');
            out.push_str(l);
        }
        Type::Var(v) => out.push_str(&namer.name(false, *v)),
        Type::Bound(v) => out.push_str(&namer.name(true, *v)),
        Type::Collection(c, t) => {
            out.push_str(match c {
                Collection::Array => "[",
                Collection::Vector => "v[",
                Collection::Stream => "stream[",
            });
            write_type(out, t, namer, indent);
            out.push(']');
        }
        Type::Dict(kv) => {
            out.push('[');
            write_type(out, &kv.0, namer, indent);
            out.push(':');
            write_type(out, &kv.1, namer, indent);
            out.push(']');
        }
        Type::Dynamic => out.push_str("dynamic"),
        Type::Record(_) => {
            let (fields, tail) = sorted_fields(t);
            let mut items = Vec::new();
            for (label, ty) in fields.iter().rev() {
                let mut s = String::new();
                let _ = write!(s, "{label}: ");
                write_type(&mut s, ty, namer, indent + 1);
                items.push(s);
            }
            let head = tail.map(|tail| {
                let mut s = String::new();
                write_type(&mut s, tail, namer, indent + 1);
                s.push_str(" with");
                s
            });
            write_list(out, "{", "}", head, &items, items.len() > MULTILINE, indent);
        }
        Type::Function(f) => {
            let mut items = Vec::new();
            if let Some((name, ty)) = &f.pipe {
                let mut s = String::new();
                if name.as_ref() != "<-" {
                    s.push_str("<-");
                }
                let _ = write!(s, "{name}: ");
                write_type(&mut s, ty, namer, indent + 1);
                items.push(s);
            }
            for (name, ty) in &f.req {
                let mut s = format!("{name}: ");
                write_type(&mut s, ty, namer, indent + 1);
                items.push(s);
            }
            for (name, ty) in &f.opt {
                let mut s = format!("?{name}: ");
                write_type(&mut s, ty, namer, indent + 1);
                items.push(s);
            }
            write_list(out, "(", ")", None, &items, items.len() > MULTILINE, indent);
            out.push_str(" => ");
            write_type(out, &f.ret, namer, indent);
        }
    }
}

fn write_list(
    out: &mut String,
    open: &str,
    close: &str,
    head: Option<String>,
    items: &[String],
    multiline: bool,
    indent: usize,
) {
    out.push_str(open);
    if multiline {
        let pad = "    ".repeat(indent + 1);
        if let Some(head) = head {
            let _ = write!(out, "\n{pad}{head}");
        }
        for item in items {
            let _ = write!(out, "\n{pad}{item},");
        }
        let _ = write!(out, "\n{}{close}", "    ".repeat(indent));
    } else {
        if let Some(head) = head {
            out.push_str(&head);
            if !items.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(&items.join(", "));
        out.push_str(close);
    }
}
