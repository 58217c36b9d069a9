//! Environments: what names are bound to (a type scheme or an imported package).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use flux_syntax::ast::Name;

use crate::summary::Lazy;
use crate::types::{PolyType, Type};

/// The types of a package's top-level bindings (what `import` brings in).
#[derive(Clone, Debug, PartialEq)]
pub struct PackageTypes {
    /// The import path.
    pub path: String,
    /// The name of its `package` clause (what `import "path"` binds).
    pub name: Name,
    /// Every top-level binding (builtins, variables, options), by name.
    pub members: BTreeMap<Name, PolyType>,
}

impl PackageTypes {
    /// The package as a record type with every member (when a package is used as a value).
    pub(crate) fn record_type(&self) -> PolyType {
        // Members have separate variables; renumber them into one scheme.
        let mut vars = Vec::new();
        let mut cons = Vec::new();
        let mut fields = Vec::new();
        let mut next = 0u32;
        for (name, p) in &self.members {
            let offset = next;
            next = next.saturating_add(p.vars.iter().max().map_or(0, |m| m + 1));
            let ty =
                p.ty.map_vars(&mut |t| match t {
                    Type::Bound(v) => Some(Type::Bound(offset + v)),
                    _ => None,
                })
                .unwrap_or_else(|| p.ty.clone());
            vars.extend(p.vars.iter().map(|v| offset + v));
            cons.extend(p.cons.iter().map(|(v, k)| (offset + v, k.clone())));
            fields.push((name.clone(), ty));
        }
        PolyType {
            vars,
            cons,
            ty: Type::record(fields, None),
        }
    }
}

/// What a name is bound to.
#[derive(Clone, Debug)]
pub enum Binding {
    /// A value of this type.
    Value(PolyType),
    /// An imported package.
    Package(Arc<PackageTypes>),
}

/// An environment: layers of bindings, the newest first. Cheap to clone and to extend,
/// so a session can grow one entry at a time and keep earlier states.
#[derive(Clone, Debug, Default)]
pub struct Env {
    layer: Option<Arc<Layer>>,
}

#[derive(Debug)]
struct Layer {
    names: HashMap<Name, Binding>,
    /// Members of a types summary, each read on first lookup ([`Env::extend_summary`]).
    summary: Option<Lazy>,
    parent: Env,
    depth: usize,
}

/// Layers beyond this depth are flattened into one.
const MAX_DEPTH: usize = 16;

impl Env {
    /// An empty environment.
    pub fn new() -> Env {
        Env::default()
    }

    /// This environment with `names` bound on top (they shadow older bindings).
    pub fn extend(&self, names: HashMap<Name, Binding>) -> Env {
        if names.is_empty() {
            return self.clone();
        }
        let depth = self.depth() + 1;
        if depth > MAX_DEPTH {
            let mut all = HashMap::new();
            self.collect(&mut all);
            all.extend(names);
            return Env::new().extend(all);
        }
        Env {
            layer: Some(Arc::new(Layer {
                names,
                summary: None,
                parent: self.clone(),
                depth,
            })),
        }
    }

    /// This environment with the members of a package's types summary on top, each
    /// read when first looked up (see [`crate::Checker::with_summaries`]).
    pub(crate) fn extend_summary(&self, summary: &'static str) -> Env {
        Env {
            layer: Some(Arc::new(Layer {
                names: HashMap::new(),
                summary: Some(Lazy::new(summary)),
                parent: self.clone(),
                depth: self.depth() + 1,
            })),
        }
    }

    /// How many layers deep the newest one is (0 when empty).
    fn depth(&self) -> usize {
        self.layer.as_ref().map_or(0, |l| l.depth)
    }

    fn collect(&self, into: &mut HashMap<Name, Binding>) {
        if let Some(l) = &self.layer {
            l.parent.collect(into);
            if let Some(summary) = &l.summary {
                into.extend(summary.all().map(|(k, v)| (k.clone(), v.clone())));
            }
            into.extend(l.names.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
    }

    /// What a name is bound to.
    pub fn binding(&self, name: &str) -> Option<&Binding> {
        let mut env = self;
        while let Some(l) = &env.layer {
            if let Some(b) = l.names.get(name) {
                return Some(b);
            }
            if let Some(b) = l.summary.as_ref().and_then(|s| s.get(name)) {
                return Some(b);
            }
            env = &l.parent;
        }
        None
    }

    /// The type of a bound value (a package's record type for a package), printed in
    /// Flux's notation: `(x: A) => A where A: Addable`.
    pub fn type_of(&self, name: &str) -> Option<String> {
        match self.binding(name)? {
            Binding::Value(p) => Some(p.to_string()),
            Binding::Package(p) => Some(p.record_type().to_string()),
        }
    }

    /// The field names of a bound record, or the members of a bound package (for
    /// completing `name.`), sorted.
    pub fn fields_of(&self, name: &str) -> Vec<Name> {
        let mut out: Vec<Name> = match self.binding(name) {
            Some(Binding::Value(p)) => p.ty.fields().0.into_iter().map(|(n, _)| n.clone()).collect(),
            Some(Binding::Package(p)) => p.members.keys().cloned().collect(),
            None => Vec::new(),
        };
        out.sort();
        out.dedup();
        out
    }

    /// Every bound name, sorted (for completion).
    pub fn names(&self) -> Vec<Name> {
        let mut all = HashMap::new();
        self.collect(&mut all);
        let mut names: Vec<Name> = all.into_keys().collect();
        names.sort();
        names
    }
}
