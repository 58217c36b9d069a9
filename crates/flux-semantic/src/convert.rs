//! `builtin` type expressions to type schemes.

use std::collections::BTreeMap;

use flux_syntax::Span;
use flux_syntax::ast::{MonoType, MonoTypeKind, Name, ParameterKind, TypeExpression};

use crate::types::{Basic, Collection, Function, Kind, PolyType, Type};

/// Convert a type expression; errors are `(span, message)`.
pub(crate) fn polytype(expr: &TypeExpression, errors: &mut Vec<(Span, String)>) -> PolyType {
    let mut tvars: BTreeMap<Name, u32> = BTreeMap::new();
    let ty = monotype(&expr.ty, &mut tvars, errors);
    let mut cons = Vec::new();
    for c in &expr.constraints {
        let mut kinds = Vec::new();
        for k in &c.kinds {
            match Kind::from_name(&k.name) {
                Some(kind) => kinds.push(kind),
                None => errors.push((k.span, format!("invalid constraint {}", k.name))),
            }
        }
        if let Some(&v) = tvars.get(&c.tvar.name) {
            cons.push((v, kinds));
        }
    }
    PolyType {
        vars: tvars.values().copied().collect(),
        cons,
        ty,
    }
}

/// `A`..`Z` are variables 0..25 (so they print as written); other names follow.
fn tvar(name: &Name, tvars: &mut BTreeMap<Name, u32>) -> u32 {
    let next = match name.as_bytes() {
        [c @ b'A'..=b'Z'] => u32::from(c - b'A'),
        _ => 26 + u32::try_from(tvars.len()).unwrap_or(0),
    };
    *tvars.entry(name.clone()).or_insert(next)
}

fn monotype(t: &MonoType, tvars: &mut BTreeMap<Name, u32>, errors: &mut Vec<(Span, String)>) -> Type {
    match &t.kind {
        MonoTypeKind::Tvar(name) => Type::Bound(tvar(name, tvars)),
        MonoTypeKind::Basic(name) => {
            if name.as_ref() == "dynamic" {
                return Type::Dynamic;
            }
            match Basic::from_name(name) {
                Some(b) => Type::Basic(b),
                None => {
                    errors.push((t.span, format!("invalid named type {name}")));
                    Type::Error
                }
            }
        }
        MonoTypeKind::Array(e) => Type::array(monotype(e, tvars, errors)),
        MonoTypeKind::Stream(e) => Type::Collection(Collection::Stream, monotype(e, tvars, errors).into()),
        MonoTypeKind::Vector(e) => Type::Collection(Collection::Vector, monotype(e, tvars, errors).into()),
        MonoTypeKind::Dict { key, value } => {
            let k = monotype(key, tvars, errors);
            let v = monotype(value, tvars, errors);
            Type::Dict((k, v).into())
        }
        MonoTypeKind::Record {
            tvar: tail,
            properties,
        } => {
            let tail = tail.as_ref().map(|id| Type::Bound(tvar(&id.name, tvars)));
            let fields: Vec<_> = properties
                .iter()
                .map(|p| (p.name.name().clone(), monotype(&p.ty, tvars, errors)))
                .collect();
            // `{A with a: T, b: U}`: the last property is the outermost extension.
            let mut r = tail.unwrap_or_else(|| Type::record([], None));
            for (label, ty) in fields {
                r = Type::record([(label, ty)], Some(r));
            }
            r
        }
        MonoTypeKind::Function { params, ret } => {
            let mut f = Function {
                req: BTreeMap::new(),
                opt: BTreeMap::new(),
                pipe: None,
                ret: Type::Error,
            };
            for p in params {
                let ty = monotype(&p.ty, tvars, errors);
                match p.kind {
                    ParameterKind::Required => {
                        f.req.insert(p.name.name.clone(), ty);
                    }
                    ParameterKind::Optional => {
                        f.opt.insert(p.name.name.clone(), ty);
                    }
                    ParameterKind::Pipe => {
                        if f.pipe.is_some() {
                            errors.push((
                                p.name.span,
                                "function types can have at most one pipe parameter".into(),
                            ));
                        } else {
                            let name: Name = if p.name.name.is_empty() {
                                "<-".into()
                            } else {
                                p.name.name.clone()
                            };
                            f.pipe = Some((name, ty));
                        }
                    }
                }
            }
            f.ret = monotype(ret, tvars, errors);
            Type::function(f)
        }
        MonoTypeKind::Error => Type::Error,
    }
}
