//! Type inference over the AST (libflux's rules, flux-core/src/semantic/nodes.rs).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::{self, Expr, ExprKind, Name, StatementKind};

mod expr;

use crate::env::{Binding, Env, PackageTypes};
use crate::error::{Mismatch, TypeError, TypeErrorKind};
use crate::sub::{Located, Sub};
use crate::types::{Kind, PolyType, Type};

/// Resolves import paths to package types.
pub(crate) trait Importer {
    /// The package at `path`, or the message to report at the import.
    fn import(&self, path: &str) -> Result<Arc<PackageTypes>, String>;
}

/// An error waiting for the final substitution before it is printed.
enum Pending {
    Unify(Span, Mismatch),
    Message(Span, TypeErrorKind, String),
}

#[derive(Default)]
struct Scope {
    names: HashMap<Name, Binding>,
    /// Names assigned by variable assignments or parameters in this scope.
    assigned: HashSet<Name>,
    /// Names that were bound to a type with unification variables: only these can
    /// hold variables free in the environment ([`Infer::generalize`] looks at them
    /// alone, not at every binding of a package's top level).
    with_vars: Vec<Name>,
}

impl Scope {
    fn bind(&mut self, name: Name, binding: Binding) {
        if let Binding::Value(p) = &binding
            && p.ty.has_vars()
        {
            self.with_vars.push(name.clone());
        }
        self.names.insert(name, binding);
    }
}

/// What inferring a file gives.
pub(crate) struct FileResult {
    /// Top-level bindings, imports included.
    pub scope: HashMap<Name, Binding>,
    /// Names of the imports (not exported by a package).
    pub imports: Vec<Name>,
    /// Top-level bindings in source order (name, span of the statement).
    pub order: Vec<(Name, Span)>,
    /// Types of top-level expression statements.
    pub expressions: Vec<(Span, PolyType)>,
    /// Types of function literals (when asked for).
    pub functions: Vec<(Span, PolyType)>,
    pub errors: Vec<TypeError>,
}

pub(crate) struct Infer<'a> {
    sub: Sub,
    base: &'a Env,
    scopes: Vec<Scope>,
    pending: Vec<Pending>,
    undefined: HashMap<Name, Type>,
    importer: &'a dyn Importer,
    /// Unqualified options of the file.
    options: HashSet<Name>,
    /// Function literal types, when recorded.
    functions: Option<Vec<(Span, Type)>>,
}

impl<'a> Infer<'a> {
    pub(crate) fn new(base: &'a Env, importer: &'a dyn Importer) -> Self {
        Infer {
            sub: Sub::default(),
            base,
            scopes: vec![Scope::default()],
            pending: Vec::new(),
            undefined: HashMap::new(),
            importer,
            options: HashSet::new(),
            functions: None,
        }
    }

    /// Also record the type of every function literal.
    pub(crate) fn recording_functions(mut self) -> Self {
        self.functions = Some(Vec::new());
        self
    }

    pub(crate) fn file(mut self, file: &ast::File) -> FileResult {
        let mut imports = Vec::new();
        for imp in &file.imports {
            let binding = match self.importer.import(&imp.path.value) {
                Ok(pkg) => {
                    let name = imp
                        .alias
                        .as_ref()
                        .map_or_else(|| pkg.name.clone(), |a| a.name.clone());
                    imports.push(name.clone());
                    Some((name, Binding::Package(pkg)))
                }
                Err(msg) => {
                    self.message(imp.span, TypeErrorKind::Import, msg);
                    let name = imp.alias.as_ref().map_or_else(
                        || imp.path.value.rsplit('/').next().unwrap_or_default().into(),
                        |a| a.name.clone(),
                    );
                    imports.push(name.clone());
                    Some((name, Binding::Value(PolyType::mono(Type::Error))))
                }
            };
            if let Some((name, b)) = binding {
                self.scope().bind(name, b);
            }
        }
        self.check_options(&file.body);
        let mut order = Vec::new();
        let mut expressions = Vec::new();
        for stmt in &file.body {
            match &stmt.kind {
                StatementKind::Expression(e) => {
                    let t = self.expr(e);
                    expressions.push((e.span, t));
                }
                StatementKind::Variable(v) => {
                    self.assign(&v.id, &v.init, Some(stmt.span));
                    order.push((v.id.name.clone(), stmt.span));
                }
                StatementKind::Option(o) => {
                    self.option(o);
                    if o.package.is_none() {
                        order.push((o.id.name.clone(), stmt.span));
                    }
                }
                StatementKind::Builtin(b) => {
                    self.builtin(b);
                    order.push((b.id.name.clone(), stmt.span));
                }
                _ => self.statement(stmt),
            }
        }
        let expressions = expressions
            .into_iter()
            .map(|(s, t)| (s, self.generalize(&t)))
            .collect();
        let functions = self
            .functions
            .take()
            .unwrap_or_default()
            .into_iter()
            .map(|(s, t)| (s, self.generalize(&t)))
            .collect();
        let errors = self.finish_errors();
        let scope = self.scopes.drain(..).next().map(|s| s.names).unwrap_or_default();
        FileResult {
            scope,
            imports,
            order,
            expressions,
            functions,
            errors,
        }
    }

    fn finish_errors(&mut self) -> Vec<TypeError> {
        let mut out: Vec<TypeError> = std::mem::take(&mut self.pending)
            .into_iter()
            .map(|p| match p {
                Pending::Unify(span, mut m) => {
                    m.apply(&self.sub);
                    let kind = TypeErrorKind::Type;
                    TypeError {
                        span,
                        kind,
                        message: m.message(),
                    }
                }
                Pending::Message(span, kind, message) => TypeError { span, kind, message },
            })
            .collect();
        out.dedup();
        out
    }

    fn scope(&mut self) -> &mut Scope {
        if self.scopes.is_empty() {
            self.scopes.push(Scope::default());
        }
        let last = self.scopes.len() - 1;
        &mut self.scopes[last]
    }

    fn message(&mut self, span: Span, kind: TypeErrorKind, msg: impl Into<String>) {
        self.pending.push(Pending::Message(span, kind, msg.into()));
    }

    /// Unify; errors without their own location are put at `span`. Returns `exp`, or
    /// the error type when unification failed.
    fn equal(&mut self, exp: &Type, act: &Type, span: Span) -> Type {
        let mut errs = Vec::new();
        self.sub.unify(exp, act, &mut errs);
        if errs.is_empty() {
            exp.clone()
        } else {
            self.push_errors(errs, span);
            Type::Error
        }
    }

    fn push_errors(&mut self, errs: Vec<Located>, span: Span) {
        self.pending.extend(
            errs.into_iter()
                .map(|(s, m)| Pending::Unify(s.unwrap_or(span), m)),
        );
    }

    fn constrain(&mut self, kind: Kind, t: &Type, span: Span) {
        if let Err(m) = self.sub.constrain(t, kind) {
            self.pending.push(Pending::Unify(span, m));
        }
    }

    // ----- names -----

    fn lookup(&self, name: &str) -> Option<&Binding> {
        self.scopes
            .iter()
            .rev()
            .find_map(|s| s.names.get(name))
            .or_else(|| self.base.binding(name))
    }

    fn instantiate(&mut self, p: &PolyType) -> Type {
        if p.vars.is_empty() {
            return p.ty.clone();
        }
        let max = p.vars.iter().copied().max().unwrap_or(0) as usize;
        let mut fresh: Vec<Option<Type>> = vec![None; max + 1];
        for &v in &p.vars {
            let kinds = p
                .cons
                .iter()
                .filter(|(c, _)| *c == v)
                .flat_map(|(_, k)| k.iter().copied())
                .collect();
            fresh[v as usize] = Some(self.sub.fresh_with(kinds));
        }
        p.ty.map_vars(&mut |t| match t {
            Type::Bound(v) => fresh.get(*v as usize).cloned().flatten(),
            _ => None,
        })
        .unwrap_or_else(|| p.ty.clone())
    }

    /// Quantify the variables of `t` that are not free in the environment.
    fn generalize(&mut self, t: &Type) -> PolyType {
        let t = self.sub.apply(t);
        if !t.has_vars() {
            return PolyType::mono(t);
        }
        let mut env_free = Vec::new();
        for scope in &self.scopes {
            for name in &scope.with_vars {
                if let Some(Binding::Value(p)) = scope.names.get(name) {
                    self.sub.free_vars(&p.ty, &mut env_free);
                }
            }
        }
        for t in self.undefined.values() {
            self.sub.free_vars(t, &mut env_free);
        }
        let mut map: Vec<(u32, u32)> = Vec::new();
        let ty = t
            .map_vars(&mut |x| match x {
                Type::Var(v) if !env_free.contains(v) => {
                    let next = u32::try_from(map.len()).unwrap_or(0);
                    let b = match map.iter().find(|(f, _)| f == v) {
                        Some((_, b)) => *b,
                        None => {
                            map.push((*v, next));
                            next
                        }
                    };
                    Some(Type::Bound(b))
                }
                _ => None,
            })
            .unwrap_or_else(|| t.clone());
        let cons = map
            .iter()
            .filter(|(v, _)| !self.sub.kinds(*v).is_empty())
            .map(|(v, b)| (*b, self.sub.kinds(*v).to_vec()))
            .collect();
        PolyType {
            vars: map.iter().map(|(_, b)| *b).collect(),
            cons,
            ty,
        }
    }

    // ----- statements -----

    /// Options may be assigned once per file; a variable may not take an option's name.
    fn check_options(&mut self, body: &[ast::Statement]) {
        let mut seen = HashSet::new();
        for stmt in body {
            if let StatementKind::Option(o) = &stmt.kind {
                let name = match &o.package {
                    Some(p) => format!("{}.{}", p.name, o.id.name),
                    None => o.id.name.to_string(),
                };
                if !seen.insert(name.clone()) {
                    self.message(
                        stmt.span,
                        TypeErrorKind::Statement,
                        format!("option \"{name}\" reassigned"),
                    );
                }
                if o.package.is_none() {
                    self.options.insert(o.id.name.clone());
                }
            }
        }
    }

    fn statement(&mut self, stmt: &ast::Statement) {
        match &stmt.kind {
            StatementKind::Expression(e) => {
                self.expr(e);
            }
            StatementKind::Variable(v) => self.assign(&v.id, &v.init, Some(stmt.span)),
            StatementKind::Option(o) => self.option(o),
            StatementKind::Builtin(b) => self.builtin(b),
            StatementKind::Testcase(t) => {
                self.scopes.push(Scope::default());
                for s in &t.block.body {
                    self.statement(s);
                }
                self.scopes.pop();
            }
            StatementKind::Return(_) => self.message(
                stmt.span,
                TypeErrorKind::Statement,
                "return not valid in file block",
            ),
            StatementKind::Error => {}
        }
    }

    /// A variable assignment (`statement` is its span; `None` for an option, which
    /// may rebind).
    fn assign(&mut self, id: &ast::Identifier, init: &Expr, statement: Option<Span>) {
        if let Some(span) = statement {
            let top = self.scopes.len() == 1;
            if top && self.options.contains(&id.name) {
                self.message(
                    span,
                    TypeErrorKind::Statement,
                    format!("variable \"{}\" conflicts with option of same name", id.name),
                );
            }
            if !self.scope().assigned.insert(id.name.clone()) {
                self.message(
                    span,
                    TypeErrorKind::Statement,
                    format!("variable \"{}\" reassigned", id.name),
                );
            }
        }
        let t = self.expr(init);
        let p = self.generalize(&t);
        self.scope().bind(id.name.clone(), Binding::Value(p));
    }

    fn option(&mut self, o: &ast::OptionAssignment) {
        match &o.package {
            None => self.assign(&o.id, &o.init, None),
            Some(pkg) => {
                let t = self.expr(&o.init);
                let member = self.member(
                    &Expr {
                        kind: ExprKind::Identifier(pkg.name.clone()),
                        span: pkg.span,
                    },
                    &o.id.name,
                    pkg.span,
                    None,
                );
                self.equal(&member, &t, o.init.span);
            }
        }
    }

    fn builtin(&mut self, b: &ast::BuiltinStatement) {
        let mut errors = Vec::new();
        let p = crate::convert::polytype(&b.ty, &mut errors);
        for (span, msg) in errors {
            self.message(span, TypeErrorKind::Signature, msg);
        }
        self.scope().bind(b.id.name.clone(), Binding::Value(p));
    }
}
