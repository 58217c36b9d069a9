//! Type checking before running: the runtime's [`Checker`] reads the package sources
//! of its registry, and host globals get the type of their value.

use std::collections::HashMap;
use std::sync::Arc;

use flux_eval::{Registry, Value};
use flux_semantic::{Basic, Binding, Checker, Collection, Env, PolyType, Type};

/// The checker of a runtime: package types from the registry's sources (the standard
/// library and the host's packages), the same prelude the evaluator uses.
pub(crate) struct TypeChecker {
    pub(crate) checker: Arc<Checker>,
    /// The host's globals (`RuntimeBuilder::global`), typed from their values.
    globals: HashMap<Arc<str>, Binding>,
}

impl std::fmt::Debug for TypeChecker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypeChecker").finish_non_exhaustive()
    }
}

impl TypeChecker {
    /// The registry's checker ([`Registry::checker`]): runtimes without packages of their
    /// own share the library's (the standard library's types are checked once per
    /// process); one with host packages (which may replace library ones) has its own.
    pub(crate) fn new(registry: &Arc<Registry>, globals: &[(Arc<str>, Value)]) -> Self {
        let checker = registry.checker();
        let globals = globals
            .iter()
            .map(|(name, value)| (name.clone(), Binding::Value(value_type(value))))
            .collect();
        TypeChecker { checker, globals }
    }

    /// The environment every script is checked in: the prelude and the host's globals.
    pub(crate) fn prelude(&self) -> Result<Env, flux_semantic::TypeError> {
        Ok(self.checker.prelude()?.extend(self.globals.clone()))
    }
}

/// A checked program's types, for its function values to display as their type.
pub(crate) struct Checked(pub(crate) Arc<flux_semantic::Types>);

impl flux_eval::FunctionTypes for Checked {
    fn function_type(&self, span: flux_syntax::Span) -> Option<String> {
        self.0.function_value_type(span)
    }
}

/// The type of a value, as the checker sees a host global: nulls, functions and the
/// elements of empty arrays and dicts are type variables (anything goes).
pub fn value_type(value: &Value) -> PolyType {
    let mut next = 0;
    let ty = type_of(value, &mut next);
    PolyType {
        vars: (0..next).collect(),
        cons: Vec::new(),
        ty,
    }
}

fn type_of(value: &Value, next: &mut u32) -> Type {
    let mut fresh = || {
        let v = Type::Bound(*next);
        *next += 1;
        v
    };
    match value {
        Value::Null | Value::Function(_) => fresh(),
        Value::Bool(_) => Type::Basic(Basic::Bool),
        Value::Int(_) => Type::Basic(Basic::Int),
        Value::UInt(_) => Type::Basic(Basic::Uint),
        Value::Float(_) => Type::Basic(Basic::Float),
        Value::String(_) => Type::Basic(Basic::String),
        Value::Duration(_) => Type::Basic(Basic::Duration),
        Value::Time(_) => Type::Basic(Basic::Time),
        Value::Bytes(_) => Type::Basic(Basic::Bytes),
        Value::Regex(_) => Type::Basic(Basic::Regexp),
        Value::Dynamic(_) => Type::Dynamic,
        Value::Array(items) => match items.iter().find(|v| !v.is_null()) {
            Some(first) => Type::array(type_of(first, next)),
            None => Type::array(fresh()),
        },
        Value::Dict(d) => match d.entries.first() {
            Some((k, v)) => Type::Dict(Arc::new((type_of(k, next), type_of(v, next)))),
            None => Type::Dict(Arc::new((fresh(), fresh()))),
        },
        Value::Record(r) => Type::record(
            r.fields
                .iter()
                .map(|(k, v)| (k.clone(), type_of(v, next)))
                .collect::<Vec<_>>(),
            None,
        ),
        Value::Stream(_) | Value::Unbounded(_) => Type::Collection(Collection::Stream, Arc::new(fresh())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_have_flux_types() {
        let v = Value::record([
            ("bucket", Value::from("b")),
            (
                "windowPeriod",
                Value::Duration(flux_eval::value::Duration::from_nanos(1)),
            ),
            ("tags", Value::array(vec![])),
        ]);
        assert_eq!(
            value_type(&v).to_string(),
            "{windowPeriod: duration, tags: [A], bucket: string}"
        );
        assert_eq!(value_type(&Value::Null).to_string(), "A");
    }
}
