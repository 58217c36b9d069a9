//! Flux types: monotypes, kinds and type schemes (polytypes).
//!
//! Records are rows: a record type is a chain of `label: type` extensions ending in
//! either the empty record or a tail (usually a type variable), as in `{A with a: int}`.
//! Labels may repeat in a chain (`{r with a: 1}` over a record that has `a`); the
//! first one wins when a field is read.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use flux_syntax::ast::Name;

/// A unification variable, index into the substitution.
pub type Var = u32;

/// The basic types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `uint`
    Uint,
    /// `float`
    Float,
    /// `string`
    String,
    /// `duration`
    Duration,
    /// `time`
    Time,
    /// `regexp`
    Regexp,
    /// `bytes`
    Bytes,
}

impl Basic {
    /// The type's name as written in Flux.
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Uint => "uint",
            Basic::Float => "float",
            Basic::String => "string",
            Basic::Duration => "duration",
            Basic::Time => "time",
            Basic::Regexp => "regexp",
            Basic::Bytes => "bytes",
        }
    }

    /// The basic type of a name, if it is one.
    pub fn from_name(name: &str) -> Option<Basic> {
        Some(match name {
            "bool" => Basic::Bool,
            "int" => Basic::Int,
            "uint" => Basic::Uint,
            "float" => Basic::Float,
            "string" => Basic::String,
            "duration" => Basic::Duration,
            "time" => Basic::Time,
            "regexp" => Basic::Regexp,
            "bytes" => Basic::Bytes,
            _ => return None,
        })
    }

    /// Whether values of this type have the kind.
    pub fn has_kind(self, kind: Kind) -> bool {
        use Kind::{
            Addable, Comparable, Divisible, Equatable, Negatable, Nullable, Numeric, Stringable,
            Subtractable, Timeable,
        };
        match self {
            Basic::Bool => matches!(kind, Equatable | Nullable | Kind::Basic | Stringable),
            Basic::Int | Basic::Uint | Basic::Float => matches!(
                kind,
                Addable
                    | Subtractable
                    | Divisible
                    | Numeric
                    | Comparable
                    | Equatable
                    | Nullable
                    | Kind::Basic
                    | Stringable
                    | Negatable
            ),
            Basic::String => matches!(
                kind,
                Addable | Comparable | Equatable | Nullable | Kind::Basic | Stringable
            ),
            Basic::Duration => matches!(
                kind,
                Comparable | Equatable | Nullable | Kind::Basic | Negatable | Stringable | Timeable
            ),
            Basic::Time => matches!(
                kind,
                Comparable | Equatable | Nullable | Kind::Basic | Timeable | Stringable
            ),
            Basic::Regexp => matches!(kind, Kind::Basic),
            Basic::Bytes => matches!(kind, Equatable | Kind::Basic),
        }
    }
}

/// A kind: a class of types a type variable may be constrained to.
/// Ordered by name, the order in which Flux prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `+`
    Addable,
    /// The basic types.
    Basic,
    /// `<`, `>`, …
    Comparable,
    /// `*`, `/`, `%`, `^`
    Divisible,
    /// `==`, `!=`
    Equatable,
    /// Label types (experimental in Flux).
    Label,
    /// Prefix `-`
    Negatable,
    /// May be null.
    Nullable,
    /// int, uint, float
    Numeric,
    /// Records.
    Record,
    /// May be interpolated into a string.
    Stringable,
    /// `-`
    Subtractable,
    /// time, duration
    Timeable,
}

impl Kind {
    /// The kind named `name`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "Addable" => Kind::Addable,
            "Basic" => Kind::Basic,
            "Comparable" => Kind::Comparable,
            "Divisible" => Kind::Divisible,
            "Equatable" => Kind::Equatable,
            "Label" => Kind::Label,
            "Negatable" => Kind::Negatable,
            "Nullable" => Kind::Nullable,
            "Numeric" => Kind::Numeric,
            "Record" => Kind::Record,
            "Stringable" => Kind::Stringable,
            "Subtractable" => Kind::Subtractable,
            "Timeable" => Kind::Timeable,
            _ => return None,
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Array, vector or stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Collection {
    /// `[T]`
    Array,
    /// `vector[T]`
    Vector,
    /// `stream[T]`
    Stream,
}

/// A monotype.
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    /// The type of an expression that already has an error; unifies with anything.
    Error,
    /// `int`, `string`, …
    Basic(Basic),
    /// A label literal type `.a` (experimental in Flux).
    Label(Name),
    /// A unification variable.
    Var(Var),
    /// A variable quantified by the enclosing [`PolyType`].
    Bound(u32),
    /// `[T]`, `vector[T]`, `stream[T]`.
    Collection(Collection, Arc<Type>),
    /// `[K: V]`
    Dict(Arc<(Type, Type)>),
    /// `dynamic`
    Dynamic,
    /// A record row.
    Record(Arc<Record>),
    /// A function.
    Function(Arc<Function>),
}

/// A record row: empty, or one field in front of the rest.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// `{}`
    Empty,
    /// `{tail with label: ty}`
    Extension {
        /// Field name.
        label: Name,
        /// Field type.
        ty: Type,
        /// The rest of the row (a record, a variable, or anything after `with`).
        tail: Type,
    },
}

impl Drop for Record {
    /// Unlink a long row iteratively (the default drop would recurse once per field).
    fn drop(&mut self) {
        let Record::Extension { tail, .. } = self else {
            return;
        };
        let mut next = std::mem::replace(tail, Type::Error);
        while let Type::Record(arc) = next {
            match Arc::try_unwrap(arc) {
                Ok(mut r) => match &mut r {
                    Record::Extension { tail, .. } => next = std::mem::replace(tail, Type::Error),
                    Record::Empty => break,
                },
                Err(_) => break,
            }
        }
    }
}

/// A function type: required, optional and pipe parameters and a return type.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Required parameters, by name.
    pub req: BTreeMap<Name, Type>,
    /// Optional parameters, by name.
    pub opt: BTreeMap<Name, Type>,
    /// The pipe parameter; the name `<-` stands for an unnamed pipe argument (at calls).
    pub pipe: Option<(Name, Type)>,
    /// The return type.
    pub ret: Type,
}

impl Function {
    /// The type of a required or optional parameter.
    pub fn parameter(&self, name: &str) -> Option<&Type> {
        self.req.get(name).or_else(|| self.opt.get(name))
    }
}

impl Type {
    /// `int`
    pub const INT: Type = Type::Basic(Basic::Int);
    /// `bool`
    pub const BOOL: Type = Type::Basic(Basic::Bool);
    /// `string`
    pub const STRING: Type = Type::Basic(Basic::String);

    /// `[T]`
    pub fn array(t: Type) -> Type {
        Type::Collection(Collection::Array, Arc::new(t))
    }

    /// A record type from fields (first field first) and a tail.
    pub fn record(fields: impl IntoIterator<Item = (Name, Type)>, tail: Option<Type>) -> Type {
        let fields: Vec<_> = fields.into_iter().collect();
        let mut r = tail.unwrap_or_else(|| Type::Record(Arc::new(Record::Empty)));
        for (label, ty) in fields.into_iter().rev() {
            r = Type::Record(Arc::new(Record::Extension { label, ty, tail: r }));
        }
        r
    }

    /// A function type.
    pub fn function(f: Function) -> Type {
        Type::Function(Arc::new(f))
    }

    /// The fields of a record type (following record tails) and the final tail, if any.
    pub fn fields(&self) -> (Vec<(&Name, &Type)>, Option<&Type>) {
        let mut fields = Vec::new();
        let mut t = self;
        loop {
            match t {
                Type::Record(r) => match r.as_ref() {
                    Record::Empty => return (fields, None),
                    Record::Extension { label, ty, tail } => {
                        fields.push((label, ty));
                        t = tail;
                    }
                },
                other => return (fields, Some(other)),
            }
        }
    }

    /// The type of the first field called `label`, looking through record tails.
    pub fn field(&self, label: &str) -> Option<&Type> {
        let mut t = self;
        while let Type::Record(r) = t {
            match r.as_ref() {
                Record::Empty => return None,
                Record::Extension { label: l, ty, tail } => {
                    if l.as_ref() == label {
                        return Some(ty);
                    }
                    t = tail;
                }
            }
        }
        None
    }

    /// What kind of composite type this is, as error messages say it.
    pub(crate) fn info(&self) -> &'static str {
        match self {
            Type::Function(_) => " (function)",
            Type::Dict(_) => " (dictionary)",
            Type::Record(_) => " (record)",
            Type::Dynamic => " (dynamic)",
            Type::Collection(Collection::Array, _) => " (array)",
            Type::Collection(Collection::Vector, _) => " (vector)",
            _ => "",
        }
    }

    /// True when a unification variable occurs in the type.
    pub(crate) fn has_vars(&self) -> bool {
        match self {
            Type::Var(_) => true,
            Type::Error | Type::Basic(_) | Type::Label(_) | Type::Bound(_) | Type::Dynamic => false,
            Type::Collection(_, t) => t.has_vars(),
            Type::Dict(kv) => kv.0.has_vars() || kv.1.has_vars(),
            Type::Record(_) => {
                // Iterate along the row: records may have thousands of fields.
                let (fields, tail) = self.fields();
                fields.iter().any(|(_, t)| t.has_vars()) || tail.is_some_and(Type::has_vars)
            }
            Type::Function(f) => {
                f.req.values().any(Type::has_vars)
                    || f.opt.values().any(Type::has_vars)
                    || f.pipe.as_ref().is_some_and(|p| p.1.has_vars())
                    || f.ret.has_vars()
            }
        }
    }

    /// Rebuild the type with `f` applied to every variable (`Var` and `Bound`);
    /// `f` returns `None` to keep a variable as it is.
    pub(crate) fn map_vars(&self, f: &mut impl FnMut(&Type) -> Option<Type>) -> Option<Type> {
        match self {
            Type::Var(_) | Type::Bound(_) => f(self),
            Type::Error | Type::Basic(_) | Type::Label(_) | Type::Dynamic => None,
            Type::Collection(c, t) => t.map_vars(f).map(|t| Type::Collection(*c, Arc::new(t))),
            Type::Dict(kv) => {
                let k = kv.0.map_vars(f);
                let v = kv.1.map_vars(f);
                if k.is_none() && v.is_none() {
                    return None;
                }
                Some(Type::Dict(Arc::new((
                    k.unwrap_or_else(|| kv.0.clone()),
                    v.unwrap_or_else(|| kv.1.clone()),
                ))))
            }
            Type::Record(_) => {
                let (fields, tail) = self.fields();
                let mut changed = false;
                let mut mapped = Vec::with_capacity(fields.len());
                for (label, ty) in fields {
                    let t = ty.map_vars(f);
                    changed |= t.is_some();
                    mapped.push((label.clone(), t.unwrap_or_else(|| ty.clone())));
                }
                let tail = tail.map(|t| {
                    let m = t.map_vars(f);
                    changed |= m.is_some();
                    m.unwrap_or_else(|| t.clone())
                });
                changed.then(|| Type::record(mapped, tail))
            }
            Type::Function(func) => {
                let mut changed = false;
                let mut map = |t: &Type| match t.map_vars(f) {
                    Some(n) => {
                        changed = true;
                        n
                    }
                    None => t.clone(),
                };
                let req = func.req.iter().map(|(k, t)| (k.clone(), map(t))).collect();
                let opt = func.opt.iter().map(|(k, t)| (k.clone(), map(t))).collect();
                let pipe = func.pipe.as_ref().map(|(k, t)| (k.clone(), map(t)));
                let ret = map(&func.ret);
                changed.then(|| Type::function(Function { req, opt, pipe, ret }))
            }
        }
    }
}

/// A type scheme: a monotype with quantified (`Bound`) variables and their kinds.
#[derive(Clone, Debug, PartialEq)]
pub struct PolyType {
    /// The quantified variables.
    pub vars: Vec<u32>,
    /// Kinds required of quantified variables.
    pub cons: Vec<(u32, Vec<Kind>)>,
    /// The type.
    pub ty: Type,
}

impl PolyType {
    /// A type without quantified variables.
    pub fn mono(ty: Type) -> PolyType {
        PolyType {
            vars: Vec::new(),
            cons: Vec::new(),
            ty,
        }
    }
}

impl fmt::Display for PolyType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::display::polytype(self))
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::display::types(&[self]).remove(0))
    }
}
