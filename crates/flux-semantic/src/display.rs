//! Printing types, in the two notations Flux uses, by one walk over the type.
//!
//! - [`Notation::Message`], libflux's messages and `flux check --types`: variables
//!   `A`…`Z` (then `t26`, …) named in libflux's visiting order (a record's tail before
//!   its fields, a function's pipe argument after the others); a record's fields printed
//!   in the reverse of label order (`{b: float, a: int}`); a record or function with
//!   more than four members printed one member a line.
//! - [`Notation::Canonical`], Go's "canonical string" of a monotype, what Go Flux's
//!   runtime prints for a function value (`display()`, the REPL): arguments and record
//!   fields in name order, one line, no `where` clause, variables `A`…`J` (then `t10`,
//!   …) in the order they are printed.

use std::collections::HashMap;
use std::fmt::Write;

use crate::types::{Collection, Function, PolyType, Type};

/// More members than this and a record or function type is printed one member a line
/// (in [`Notation::Message`]).
const MULTILINE: usize = 4;

/// How a type is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Notation {
    /// libflux's messages.
    Message,
    /// Go's canonical string of a monotype (a function value's display).
    Canonical,
}

/// Names variables in the order they are first met.
struct Namer {
    notation: Notation,
    names: HashMap<(bool, u32), u32>,
}

impl Namer {
    fn new(notation: Notation) -> Self {
        Namer {
            notation,
            names: HashMap::new(),
        }
    }

    fn name(&mut self, bound: bool, v: u32) -> String {
        let next = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        let n = *self.names.entry((bound, v)).or_insert(next);
        let letters = match self.notation {
            Notation::Message => 26,
            Notation::Canonical => 10,
        };
        match char::from_u32('A' as u32 + n) {
            Some(letter) if n < letters => letter.to_string(),
            _ => format!("t{n}"),
        }
    }

    /// Visit the type in the order the notation names variables.
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
                let tail_first = self.notation == Notation::Message;
                if tail_first && let Some(tail) = tail {
                    self.visit(tail);
                }
                for (_, ty) in fields {
                    self.visit(ty);
                }
                if !tail_first && let Some(tail) = tail {
                    self.visit(tail);
                }
            }
            Type::Function(f) => {
                let mut args = arguments(f, self.notation);
                if self.notation == Notation::Message && f.pipe.is_some() {
                    // libflux names the pipe argument's variables after the others'.
                    args.rotate_left(1);
                }
                for arg in args {
                    self.visit(arg.ty);
                }
                self.visit(&f.ret);
            }
        }
    }
}

/// Fields sorted by label (stable, so repeated labels keep their order), and the tail.
fn sorted_fields(t: &Type) -> (Vec<(&flux_syntax::ast::Name, &Type)>, Option<&Type>) {
    let (mut fields, tail) = t.fields();
    fields.sort_by(|a, b| a.0.cmp(b.0));
    (fields, tail)
}

/// A function argument as printed: `prefix` is `?` for an optional one and `<-` for the pipe.
struct Argument<'a> {
    prefix: &'static str,
    name: &'a str,
    ty: &'a Type,
}

/// A function's arguments in the order the notation prints them: the pipe, the required
/// and then the optional ones (libflux), or all of them in name order (canonical).
fn arguments(f: &Function, notation: Notation) -> Vec<Argument<'_>> {
    let pipe = f.pipe.iter().map(|(name, ty)| Argument {
        // libflux prints the unnamed pipe argument `<-: T`; Go's canonical string `<-<-: T`.
        prefix: if notation == Notation::Message && name.as_ref() == "<-" {
            ""
        } else {
            "<-"
        },
        name,
        ty,
    });
    let req = f.req.iter().map(|(name, ty)| Argument { prefix: "", name, ty });
    let opt = f.opt.iter().map(|(name, ty)| Argument {
        prefix: "?",
        name,
        ty,
    });
    let mut args: Vec<Argument> = pipe.chain(req).chain(opt).collect();
    if notation == Notation::Canonical {
        args.sort_by(|a, b| a.name.cmp(b.name));
    }
    args
}

/// `t` as Go Flux displays a value of that type (see [`Notation::Canonical`]).
pub fn canonical(t: &Type) -> String {
    let mut namer = Namer::new(Notation::Canonical);
    namer.visit(t);
    let mut out = String::new();
    write_type(&mut out, t, &mut namer, 0);
    out
}

/// Print several types with one naming of their variables (`expected A but found [A]`).
pub fn types(ts: &[&Type]) -> Vec<String> {
    let mut namer = Namer::new(Notation::Message);
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
    let mut namer = Namer::new(Notation::Message);
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
    let notation = namer.notation;
    let multiline = |items: &[String]| notation == Notation::Message && items.len() > MULTILINE;
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
            out.push_str(match notation {
                Notation::Message => ":",
                Notation::Canonical => ": ",
            });
            write_type(out, &kv.1, namer, indent);
            out.push(']');
        }
        Type::Dynamic => out.push_str("dynamic"),
        Type::Record(_) => {
            let (mut fields, tail) = sorted_fields(t);
            if notation == Notation::Message {
                fields.reverse();
            }
            // The tail is printed first but named in the notation's visiting order,
            // which `visit` has already fixed.
            let head = tail.map(|tail| {
                let mut s = String::new();
                write_type(&mut s, tail, namer, indent + 1);
                s.push_str(" with");
                s
            });
            let items: Vec<String> = fields
                .iter()
                .map(|(label, ty)| {
                    let mut s = format!("{label}: ");
                    write_type(&mut s, ty, namer, indent + 1);
                    s
                })
                .collect();
            write_list(out, ("{", "}"), head, &items, multiline(&items), indent);
        }
        Type::Function(f) => {
            let items: Vec<String> = arguments(f, notation)
                .into_iter()
                .map(|arg| {
                    let mut s = format!("{}{}: ", arg.prefix, arg.name);
                    write_type(&mut s, arg.ty, namer, indent + 1);
                    s
                })
                .collect();
            write_list(out, ("(", ")"), None, &items, multiline(&items), indent);
            out.push_str(" => ");
            write_type(out, &f.ret, namer, indent);
        }
    }
}

fn write_list(
    out: &mut String,
    (open, close): (&str, &str),
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
