//! The substitution (solved variables and the kinds of unsolved ones) and unification.
//!
//! The rules are libflux's (flux-core/src/semantic/types.rs): `exp` is the expected
//! type, `act` the actual one, and the errors name them in that order.

use std::collections::BTreeMap;
use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::Name;

use crate::error::Mismatch;
use crate::types::{Collection, Function, Kind, Record, Type, Var};

/// A variable: unsolved (with the kinds it must have) or solved.
#[derive(Clone, Debug)]
enum Slot {
    Free(Vec<Kind>),
    Solved(Type),
}

/// A unification error and, when known, where it is (else where the caller says).
pub(crate) type Located = (Option<Span>, Mismatch);

/// How deep unification may recurse before it gives up (row unification of some
/// recursive records would otherwise never end).
const MAX_UNIFY_DEPTH: u32 = 400;

/// Solved variables.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sub {
    slots: Vec<Slot>,
    depth: u32,
}

/// Where the arguments of a call are, so argument errors point at them.
pub(crate) struct CallSite<'a> {
    /// Argument name to span (the pipe argument is `<-`).
    pub args: &'a [(Name, Span)],
    /// The call.
    pub call: Span,
}

impl CallSite<'_> {
    fn span_of(&self, name: &str) -> Option<Span> {
        self.args
            .iter()
            .find(|(n, _)| n.as_ref() == name)
            .map(|(_, s)| *s)
    }
}

impl Sub {
    pub(crate) fn fresh(&mut self) -> Var {
        let v = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
        self.slots.push(Slot::Free(Vec::new()));
        v
    }

    pub(crate) fn fresh_type(&mut self) -> Type {
        Type::Var(self.fresh())
    }

    /// A fresh variable with kinds.
    pub(crate) fn fresh_with(&mut self, kinds: Vec<Kind>) -> Type {
        let v = self.fresh();
        if let Some(slot) = self.slots.get_mut(v as usize) {
            *slot = Slot::Free(kinds);
        }
        Type::Var(v)
    }

    /// The representative of a variable and its slot.
    fn root(&self, mut v: Var) -> Var {
        loop {
            match self.slots.get(v as usize) {
                Some(Slot::Solved(Type::Var(w))) => v = *w,
                _ => return v,
            }
        }
    }

    /// The solution of a variable, if solved (to something other than a variable).
    fn solution(&self, v: Var) -> Option<&Type> {
        match self.slots.get(self.root(v) as usize) {
            Some(Slot::Solved(t)) => Some(t),
            _ => None,
        }
    }

    /// Follow solved variables at the top of the type.
    pub(crate) fn resolve(&self, t: &Type) -> Type {
        match t {
            Type::Var(v) => {
                let r = self.root(*v);
                match self.slots.get(r as usize) {
                    Some(Slot::Solved(t)) => self.resolve(t),
                    _ => Type::Var(r),
                }
            }
            _ => t.clone(),
        }
    }

    /// Replace every solved variable in the type.
    pub(crate) fn apply(&self, t: &Type) -> Type {
        if !t.has_vars() {
            return t.clone();
        }
        self.apply_inner(t).unwrap_or_else(|| t.clone())
    }

    fn apply_inner(&self, t: &Type) -> Option<Type> {
        t.map_vars(&mut |v| match v {
            Type::Var(v) => {
                let r = self.root(*v);
                match self.slots.get(r as usize) {
                    Some(Slot::Solved(t)) => Some(self.apply(t)),
                    _ if r != *v => Some(Type::Var(r)),
                    _ => None,
                }
            }
            _ => None,
        })
    }

    /// The kinds an unsolved variable must have.
    pub(crate) fn kinds(&self, v: Var) -> &[Kind] {
        match self.slots.get(self.root(v) as usize) {
            Some(Slot::Free(k)) => k,
            _ => &[],
        }
    }

    /// The unsolved variables of a type (after applying the substitution).
    pub(crate) fn free_vars(&self, t: &Type, out: &mut Vec<Var>) {
        let t = self.apply(t);
        t.map_vars(&mut |v| {
            if let Type::Var(v) = v
                && !out.contains(v)
            {
                out.push(*v);
            }
            None
        });
    }

    /// Require `kind` of `t`.
    pub(crate) fn constrain(&mut self, t: &Type, kind: Kind) -> Result<(), Mismatch> {
        let t = self.resolve(t);
        let fail = |t: &Type| Err(Mismatch::CannotConstrain { kind, act: t.clone() });
        match &t {
            Type::Error | Type::Bound(_) => Ok(()),
            Type::Basic(b) => {
                if b.has_kind(kind) {
                    Ok(())
                } else {
                    fail(&t)
                }
            }
            Type::Label(_) => match kind {
                Kind::Addable
                | Kind::Comparable
                | Kind::Equatable
                | Kind::Label
                | Kind::Nullable
                | Kind::Basic
                | Kind::Stringable => Ok(()),
                _ => fail(&t),
            },
            Type::Var(v) => {
                if let Some(Slot::Free(kinds)) = self.slots.get_mut(*v as usize)
                    && !kinds.contains(&kind)
                {
                    kinds.push(kind);
                }
                Ok(())
            }
            Type::Collection(Collection::Vector, arg) => self.constrain(arg, kind),
            Type::Collection(_, arg) => {
                if kind == Kind::Equatable {
                    self.constrain(arg, kind)
                } else {
                    fail(&t)
                }
            }
            Type::Dict(_) | Type::Function(_) => fail(&t),
            Type::Dynamic => {
                if kind == Kind::Basic {
                    Ok(())
                } else {
                    fail(&t)
                }
            }
            Type::Record(_) => match kind {
                Kind::Record => Ok(()),
                Kind::Equatable => {
                    let (fields, tail) = t.fields();
                    for (_, ty) in fields {
                        self.constrain(ty, kind)?;
                    }
                    match tail {
                        Some(tail) => self.constrain(tail, kind),
                        None => Ok(()),
                    }
                }
                _ => fail(&t),
            },
        }
    }

    /// Unify, collecting errors.
    pub(crate) fn unify(&mut self, exp: &Type, act: &Type, errs: &mut Vec<Located>) {
        if self.depth >= MAX_UNIFY_DEPTH {
            errs.push((None, cannot_unify(exp, act)));
            return;
        }
        self.depth += 1;
        self.unify_at_depth(exp, act, errs);
        self.depth -= 1;
    }

    /// Unify; a pair left to unify in tail position (a variable's solution, the rest
    /// of a row) is taken in a loop, so wide records do not deepen the stack.
    fn unify_at_depth(&mut self, exp: &Type, act: &Type, errs: &mut Vec<Located>) {
        let mut pair = (exp.clone(), act.clone());
        loop {
            let (exp, act) = (&pair.0, &pair.1);
            let next = match (exp, act) {
                (Type::Error, _) | (_, Type::Error) => None,
                (Type::Var(a), _) => match self.solution(*a).cloned() {
                    Some(t) => Some((t, act.clone())),
                    None => {
                        self.bind(*a, act, errs);
                        None
                    }
                },
                (_, Type::Var(b)) => match self.solution(*b).cloned() {
                    Some(t) => Some((exp.clone(), t)),
                    None => {
                        self.bind(*b, exp, errs);
                        None
                    }
                },
                (Type::Dynamic, Type::Dynamic | Type::Record(_)) | (Type::Record(_), Type::Dynamic) => None,
                (Type::Basic(a), Type::Basic(b)) if a == b => None,
                (Type::Label(a), Type::Label(b)) if a == b => None,
                (Type::Bound(a), Type::Bound(b)) if a == b => None,
                (Type::Collection(c, t), Type::Collection(d, u)) => {
                    if c != d {
                        errs.push((None, cannot_unify(exp, act)));
                    }
                    Some((t.as_ref().clone(), u.as_ref().clone()))
                }
                (Type::Dict(a), Type::Dict(b)) => {
                    self.unify(&a.0, &b.0, errs);
                    Some((a.1.clone(), b.1.clone()))
                }
                (Type::Record(r), Type::Record(s)) => self.unify_records(exp, r, act, s, errs),
                (Type::Function(f), Type::Function(g)) => {
                    self.unify_functions(f, g, None, errs);
                    None
                }
                _ => {
                    errs.push((None, cannot_unify(exp, act)));
                    None
                }
            };
            match next {
                Some(p) => pair = p,
                None => return,
            }
        }
    }

    /// Solve an unsolved variable to a type.
    fn bind(&mut self, v: Var, t: &Type, errs: &mut Vec<Located>) {
        let v = self.root(v);
        let t = self.resolve(t);
        if let Type::Var(w) = t {
            if w != v {
                let kinds = match self.slots.get_mut(v as usize) {
                    Some(slot) => std::mem::replace(slot, Slot::Solved(Type::Var(w))),
                    None => return,
                };
                if let (Slot::Free(kinds), Some(Slot::Free(into))) = (kinds, self.slots.get_mut(w as usize)) {
                    for k in kinds {
                        if !into.contains(&k) {
                            into.push(k);
                        }
                    }
                }
            }
            return;
        }
        let t = self.apply(&t);
        if occurs(v, &t) {
            errs.push((None, Mismatch::Occurs(v, t)));
            return;
        }
        let kinds = match self.slots.get_mut(v as usize) {
            Some(slot) => std::mem::replace(slot, Slot::Solved(t.clone())),
            None => return,
        };
        if let Slot::Free(kinds) = kinds {
            for k in kinds {
                if let Err(e) = self.constrain(&t, k) {
                    errs.push((None, e));
                    break;
                }
            }
        }
    }

    fn unify_records(
        &mut self,
        exp: &Type,
        r: &Arc<Record>,
        act: &Type,
        s: &Arc<Record>,
        errs: &mut Vec<Located>,
    ) -> Option<(Type, Type)> {
        match (r.as_ref(), s.as_ref()) {
            (Record::Empty, Record::Empty) => None,
            (
                Record::Extension {
                    label: a,
                    ty: t,
                    tail: l,
                },
                Record::Extension {
                    label: b,
                    ty: u,
                    tail: rt,
                },
            ) => {
                let same_tail = match (self.resolve(l), self.resolve(rt)) {
                    (Type::Var(x), Type::Var(y)) => x == y,
                    _ => false,
                };
                if a == b && same_tail {
                    let mut inner = Vec::new();
                    self.unify(t, u, &mut inner);
                    errs.extend(inner.into_iter().map(|(span, cause)| {
                        (
                            span,
                            Mismatch::CannotUnifyLabel {
                                label: a.clone(),
                                exp: t.clone(),
                                act: u.clone(),
                                cause: Box::new(cause),
                            },
                        )
                    }));
                    None
                } else if same_tail {
                    errs.push((None, cannot_unify(exp, act)));
                    None
                } else if a == b {
                    self.unify(t, u, errs);
                    Some((l.clone(), rt.clone()))
                } else {
                    let v = self.fresh_type();
                    let act_rest = Type::record([(b.clone(), u.clone())], Some(v.clone()));
                    let exp_rest = Type::record([(a.clone(), t.clone())], Some(v));
                    self.unify(l, &act_rest, errs);
                    Some((exp_rest, rt.clone()))
                }
            }
            (Record::Extension { label, .. }, Record::Empty) => {
                errs.push((None, Mismatch::MissingLabel(label.clone())));
                None
            }
            (Record::Empty, Record::Extension { label, .. }) => {
                errs.push((None, Mismatch::ExtraLabel(label.clone())));
                None
            }
        }
    }

    /// Unify the expected function `f` with the actual `g` (at a call, `g` is built from
    /// the arguments and `site` says where they are).
    pub(crate) fn unify_functions(
        &mut self,
        f: &Function,
        g: &Function,
        site: Option<&CallSite>,
        errs: &mut Vec<Located>,
    ) {
        let span_of = |name: &str| site.and_then(|s| s.span_of(name));
        let call_span = site.map(|s| s.call);
        let mut freq: BTreeMap<Name, Type> = f.req.clone();
        let mut greq: BTreeMap<Name, Type> = g.req.clone();
        // Argument name in g -> name whose span locates it (the unnamed pipe `<-`).
        let mut pipe_alias: Option<(Name, Name)> = None;
        match (&f.pipe, &g.pipe) {
            (Some((fk, ft)), Some((gk, gt))) => {
                if fk.as_ref() != "<-" && gk.as_ref() != "<-" && fk != gk {
                    errs.push((
                        span_of(gk),
                        Mismatch::MultiplePipes {
                            exp: fk.clone(),
                            act: gk.clone(),
                        },
                    ));
                } else {
                    freq.insert(fk.clone(), ft.clone());
                    greq.insert(fk.clone(), gt.clone());
                    pipe_alias = Some((fk.clone(), gk.clone()));
                }
            }
            (Some((fk, ft)), None) => {
                if fk.as_ref() == "<-" {
                    errs.push((call_span, Mismatch::MissingPipe));
                } else {
                    freq.insert(fk.clone(), ft.clone());
                }
            }
            (None, Some((gk, gt))) => {
                if gk.as_ref() == "<-" {
                    errs.push((span_of(gk), Mismatch::MissingPipe));
                } else {
                    greq.insert(gk.clone(), gt.clone());
                }
            }
            (None, None) => {}
        }
        let arg_span = |name: &Name| match &pipe_alias {
            Some((alias, real)) if alias == name => span_of(real),
            _ => span_of(name),
        };
        for name in greq.keys() {
            if !freq.contains_key(name) && !f.opt.contains_key(name) {
                let expected = freq
                    .keys()
                    .chain(f.opt.keys())
                    .filter(|k| !greq.contains_key(*k) && !g.opt.contains_key(*k))
                    .cloned()
                    .collect();
                errs.push((
                    arg_span(name),
                    Mismatch::ExtraArgument {
                        unexpected: name.clone(),
                        expected,
                    },
                ));
            }
        }
        let g_param = |name: &Name| greq.get(name).or_else(|| g.opt.get(name));
        for (name, exp) in &freq {
            match g_param(name) {
                Some(act) => {
                    let act = act.clone();
                    self.unify_argument(name, exp, &act, arg_span(name), errs);
                }
                None => errs.push((call_span, Mismatch::MissingArgument(name.clone()))),
            }
        }
        for (name, exp) in &f.opt {
            if let Some(act) = g_param(name) {
                let act = act.clone();
                self.unify_argument(name, exp, &act, arg_span(name), errs);
            }
        }
        let mut inner = Vec::new();
        self.unify(&f.ret, &g.ret, &mut inner);
        errs.extend(inner.into_iter().map(|(span, cause)| {
            (
                span.or(call_span),
                Mismatch::Return {
                    exp: f.ret.clone(),
                    act: g.ret.clone(),
                    cause: Box::new(cause),
                },
            )
        }));
    }

    fn unify_argument(
        &mut self,
        name: &Name,
        exp: &Type,
        act: &Type,
        span: Option<Span>,
        errs: &mut Vec<Located>,
    ) {
        let mut inner = Vec::new();
        self.unify(exp, act, &mut inner);
        errs.extend(
            inner
                .into_iter()
                .map(|(s, cause)| (s.or(span), Mismatch::Argument(name.clone(), Box::new(cause)))),
        );
    }
}

fn cannot_unify(exp: &Type, act: &Type) -> Mismatch {
    Mismatch::CannotUnify {
        exp: exp.clone(),
        act: act.clone(),
    }
}

fn occurs(v: Var, t: &Type) -> bool {
    let mut found = false;
    t.map_vars(&mut |x| {
        if *x == Type::Var(v) {
            found = true;
        }
        None
    });
    found
}
