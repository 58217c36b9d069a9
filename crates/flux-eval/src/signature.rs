//! Builtins: a native bound by a `builtin name : type` statement, with the
//! parameters its declared function type lists (required, optional `?x`, pipe `<-x`).

use std::sync::{Arc, OnceLock};

use flux_syntax::ast::{MonoType, MonoTypeKind, ParameterKind, PropertyKey, TypeExpression};

use crate::native::NativeFunction;

/// One declared parameter of a builtin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamSpec {
    /// Parameter name.
    pub name: Arc<str>,
    /// Required, optional or pipe.
    pub kind: ParameterKind,
}

/// A native together with its declared type.
#[derive(Debug)]
pub struct Builtin {
    /// The implementation.
    pub native: NativeFunction,
    /// Declared parameters (empty when the type is not a function type).
    pub params: Vec<ParamSpec>,
    /// The declared type.
    declared: TypeExpression,
    /// [`Builtin::type_text`], worked out on first display (start-up does not pay for it).
    type_text: OnceLock<String>,
}

impl Builtin {
    /// Bind `native` to the type of a `builtin` statement.
    pub fn new(native: NativeFunction, ty: &TypeExpression) -> Self {
        let params = match &ty.ty.kind {
            MonoTypeKind::Function { params, .. } => params
                .iter()
                .map(|p| ParamSpec {
                    name: p.name.name.clone(),
                    kind: p.kind,
                })
                .collect(),
            _ => Vec::new(),
        };
        Builtin {
            native,
            params,
            declared: ty.clone(),
            type_text: OnceLock::new(),
        }
    }

    /// The declared type as Go Flux displays it (arguments in name order, no `where`
    /// clause), e.g. `(v: A) => string`; what `display()` prints.
    pub fn type_text(&self) -> &str {
        self.type_text.get_or_init(|| {
            flux_semantic::canonical_type_expression(&self.declared)
                .unwrap_or_else(|| type_expression_text(&self.declared))
        })
    }

    /// The pipe parameter's name, if the type declares one.
    pub fn pipe_param(&self) -> Option<&Arc<str>> {
        self.params
            .iter()
            .find(|p| p.kind == ParameterKind::Pipe)
            .map(|p| &p.name)
    }
}

/// A type expression written on one line, as Flux prints types.
pub fn type_expression_text(ty: &TypeExpression) -> String {
    let mut out = mono_type_text(&ty.ty);
    if !ty.constraints.is_empty() {
        let cs: Vec<String> = ty
            .constraints
            .iter()
            .map(|c| {
                let kinds: Vec<&str> = c.kinds.iter().map(|k| &*k.name).collect();
                format!("{}: {}", c.tvar.name, kinds.join(" + "))
            })
            .collect();
        out.push_str(" where ");
        out.push_str(&cs.join(", "));
    }
    out
}

/// A monotype written on one line.
pub fn mono_type_text(ty: &MonoType) -> String {
    match &ty.kind {
        MonoTypeKind::Tvar(n) | MonoTypeKind::Basic(n) => n.to_string(),
        MonoTypeKind::Array(t) => format!("[{}]", mono_type_text(t)),
        MonoTypeKind::Stream(t) => format!("stream[{}]", mono_type_text(t)),
        MonoTypeKind::Vector(t) => format!("vector[{}]", mono_type_text(t)),
        MonoTypeKind::Dict { key, value } => format!("[{}:{}]", mono_type_text(key), mono_type_text(value)),
        MonoTypeKind::Record { tvar, properties } => {
            let props: Vec<String> = properties
                .iter()
                .map(|p| {
                    let name = match &p.name {
                        PropertyKey::Identifier(id) => id.name.to_string(),
                        PropertyKey::String(s) => format!("{:?}", &*s.value),
                    };
                    format!("{name}: {}", mono_type_text(&p.ty))
                })
                .collect();
            match tvar {
                Some(t) => format!("{{{} with {}}}", t.name, props.join(", ")),
                None => format!("{{{}}}", props.join(", ")),
            }
        }
        MonoTypeKind::Function { params, ret } => {
            let ps: Vec<String> = params
                .iter()
                .map(|p| {
                    let prefix = match p.kind {
                        ParameterKind::Required => "",
                        ParameterKind::Optional => "?",
                        ParameterKind::Pipe => "<-",
                    };
                    format!("{prefix}{}: {}", p.name.name, mono_type_text(&p.ty))
                })
                .collect();
            format!("({}) => {}", ps.join(", "), mono_type_text(ret))
        }
        MonoTypeKind::Error => "?".to_string(),
    }
}
