//! Type inference over the AST (libflux's rules, flux-core/src/semantic/nodes.rs).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::{
    self, BinaryOp, Block, CallExpression, Expr, ExprKind, FunctionBody, FunctionLiteral, Name, Property,
    PropertyKey, StatementKind, StringPart, UnaryOp,
};

use crate::env::{Binding, Env, PackageTypes};
use crate::error::{Mismatch, TypeError, TypeErrorKind};
use crate::sub::{CallSite, Located, Sub};
use crate::types::{Basic, Function, Kind, PolyType, Type};

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
                self.scope().names.insert(name, b);
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
        let scope = self.scopes.swap_remove(0).names;
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
            for b in scope.names.values() {
                if let Binding::Value(p) = b
                    && p.ty.has_vars()
                {
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
        self.scope().names.insert(id.name.clone(), Binding::Value(p));
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
        self.scope().names.insert(b.id.name.clone(), Binding::Value(p));
    }

    // ----- expressions -----

    pub(crate) fn expr(&mut self, e: &Expr) -> Type {
        if left_operand(e).is_none() {
            return self.expr_node(e, None);
        }
        // Left-deep chains (`1 + 1 + …`, `a |> f() |> g()`) may be a thousand deep:
        // infer the left spine bottom-up in a loop so the Rust stack stays shallow.
        let mut spine = Vec::new();
        let mut cur = e;
        while let Some(left) = left_operand(cur) {
            spine.push(cur);
            cur = left;
        }
        let mut t = self.expr_node(cur, None);
        for node in spine.into_iter().rev() {
            t = self.expr_node(node, Some(t));
        }
        t
    }

    /// Infer one node; `left` is the type of its left operand (see [`left_operand`])
    /// when it is already known.
    fn expr_node(&mut self, e: &Expr, left: Option<Type>) -> Type {
        match &e.kind {
            ExprKind::Identifier(name) => self.identifier(name, e.span),
            ExprKind::Integer(_) => Type::INT,
            ExprKind::Float(_) => Type::Basic(Basic::Float),
            ExprKind::String(parts) => {
                for part in parts {
                    if let StringPart::Interpolation(x) = part {
                        let t = self.expr(x);
                        self.constrain(Kind::Stringable, &t, x.span);
                    }
                }
                Type::STRING
            }
            ExprKind::Regex(_) => Type::Basic(Basic::Regexp),
            ExprKind::Duration(_) => Type::Basic(Basic::Duration),
            ExprKind::DateTime(_) => Type::Basic(Basic::Time),
            ExprKind::PipeLiteral => {
                self.message(
                    e.span,
                    TypeErrorKind::Statement,
                    "a pipe literal may only be used as a default value for an argument in a function definition",
                );
                Type::Error
            }
            ExprKind::Label(name) => {
                self.message(
                    e.span,
                    TypeErrorKind::Statement,
                    "Labels are currently experimental. (See the labelPolymorphism feature)",
                );
                Type::Label(name.clone())
            }
            ExprKind::Record(r) => {
                let mut t = match &r.with {
                    Some(id) => self.identifier(&id.name, id.span),
                    None => Type::record([], None),
                };
                for p in r.properties.iter().rev() {
                    let v = self.property_value(p);
                    t = Type::record([(p.key.name().clone(), v)], Some(t));
                }
                t
            }
            ExprKind::Array(items) => {
                let mut elt: Option<Type> = None;
                for item in items {
                    let t = self.expr(item);
                    elt = Some(match elt {
                        None => t,
                        Some(prev) => self.equal(&prev, &t, item.span),
                    });
                }
                let elt = elt.unwrap_or_else(|| self.sub.fresh_type());
                Type::array(elt)
            }
            ExprKind::Dict(items) => {
                let key = self.sub.fresh_type();
                let val = self.sub.fresh_type();
                for item in items {
                    let kt = self.expr(&item.key);
                    let vt = self.expr(&item.value);
                    self.equal(&key, &kt, item.key.span);
                    self.equal(&val, &vt, item.value.span);
                }
                self.constrain(Kind::Comparable, &key, e.span);
                Type::Dict(Arc::new((key, val)))
            }
            ExprKind::Function(f) => self.function(f),
            ExprKind::Call(call) => self.call(call, None, left),
            ExprKind::Pipe { argument, call } => {
                let t = left.unwrap_or_else(|| self.expr(argument));
                self.call(call, Some(t), None)
            }
            ExprKind::Member { object, property } => self.member(object, property.name(), object.span, left),
            ExprKind::Index { array, index } => {
                let at = left.unwrap_or_else(|| self.expr(array));
                let it = self.expr(index);
                self.equal(&Type::INT, &it, index.span);
                match self.sub.resolve(&at) {
                    Type::Collection(crate::types::Collection::Array, elt) => elt.as_ref().clone(),
                    _ => {
                        let elt = self.sub.fresh_type();
                        self.equal(&Type::array(elt.clone()), &at, array.span);
                        elt
                    }
                }
            }
            ExprKind::Binary { op, left: l, right } => self.binary(*op, l, right, e.span, left),
            ExprKind::Logical { left: lhs, right, .. } => {
                let l = left.unwrap_or_else(|| self.expr(lhs));
                let left = lhs;
                let r = self.expr(right);
                self.equal(&Type::BOOL, &l, left.span);
                self.equal(&Type::BOOL, &r, right.span);
                Type::BOOL
            }
            ExprKind::Unary { op, argument } => {
                let t = self.expr(argument);
                match op {
                    UnaryOp::Not => {
                        self.equal(&Type::BOOL, &t, argument.span);
                        Type::BOOL
                    }
                    UnaryOp::Exists => Type::BOOL,
                    UnaryOp::Neg | UnaryOp::Plus => {
                        self.constrain(Kind::Negatable, &t, argument.span);
                        t
                    }
                }
            }
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => {
                let t = self.expr(test);
                self.equal(&Type::BOOL, &t, test.span);
                let c = self.expr(consequent);
                let a = self.expr(alternate);
                self.equal(&c, &a, alternate.span)
            }
            ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Error => Type::Error,
        }
    }

    fn identifier(&mut self, name: &Name, span: Span) -> Type {
        match self.lookup(name) {
            Some(Binding::Value(p)) => {
                let p = p.clone();
                self.instantiate(&p)
            }
            Some(Binding::Package(pkg)) => {
                let p = pkg.record_type();
                self.instantiate(&p)
            }
            None => {
                self.message(
                    span,
                    TypeErrorKind::UndefinedIdentifier,
                    format!("undefined identifier {name}"),
                );
                if let Some(t) = self.undefined.get(name) {
                    return t.clone();
                }
                let t = self.sub.fresh_type();
                self.undefined.insert(name.clone(), t.clone());
                t
            }
        }
    }

    fn property_value(&mut self, p: &Property) -> Type {
        match &p.value {
            Some(v) => self.expr(v),
            None => match &p.key {
                PropertyKey::Identifier(id) => self.identifier(&id.name, id.span),
                PropertyKey::String(s) => self.identifier(&s.value, s.span),
            },
        }
    }

    fn member(&mut self, object: &Expr, property: &Name, object_span: Span, known: Option<Type>) -> Type {
        // `pkg.name`: instantiate just the member rather than the whole package.
        if let ExprKind::Identifier(name) = &object.kind
            && let Some(Binding::Package(pkg)) = self.lookup(name)
            && let Some(p) = pkg.members.get(property)
        {
            let p = p.clone();
            return self.instantiate(&p);
        }
        let t = known.unwrap_or_else(|| self.expr(object));
        let t = self.sub.apply(&t);
        if t == Type::Dynamic {
            return t;
        }
        if let Some(f) = t.field(property) {
            return f.clone();
        }
        let ft = self.sub.fresh_type();
        let tail = self.sub.fresh_type();
        let r = Type::record([(property.clone(), ft.clone())], Some(tail));
        self.equal(&r, &t, object_span);
        ft
    }

    fn binary(&mut self, op: BinaryOp, left: &Expr, right: &Expr, span: Span, known: Option<Type>) -> Type {
        let l = known.unwrap_or_else(|| self.expr(left));
        let r = self.expr(right);
        let arithmetic = |this: &mut Self, kind| {
            let t = this.equal(&l, &r, right.span);
            this.constrain(kind, &l, span);
            t
        };
        match op {
            BinaryOp::Add => arithmetic(self, Kind::Addable),
            BinaryOp::Sub => arithmetic(self, Kind::Subtractable),
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Pow | BinaryOp::Mod => {
                arithmetic(self, Kind::Divisible)
            }
            BinaryOp::Lt | BinaryOp::Gt => {
                self.constrain(Kind::Comparable, &l, left.span);
                self.constrain(Kind::Comparable, &r, right.span);
                Type::BOOL
            }
            BinaryOp::Eq | BinaryOp::Neq => {
                self.constrain(Kind::Equatable, &l, left.span);
                self.constrain(Kind::Equatable, &r, right.span);
                Type::BOOL
            }
            BinaryOp::Lte | BinaryOp::Gte => {
                self.constrain(Kind::Equatable, &l, left.span);
                self.constrain(Kind::Comparable, &l, left.span);
                self.constrain(Kind::Equatable, &r, right.span);
                self.constrain(Kind::Comparable, &r, right.span);
                Type::BOOL
            }
            BinaryOp::RegexMatch | BinaryOp::RegexNotMatch => {
                self.equal(&Type::STRING, &l, left.span);
                self.equal(&Type::Basic(Basic::Regexp), &r, right.span);
                Type::BOOL
            }
        }
    }

    /// A call; `pipe` is the type of the piped argument, `callee` the callee's type
    /// when already known.
    fn call(&mut self, call: &CallExpression, pipe: Option<Type>, callee: Option<Type>) -> Type {
        let ret = self.sub.fresh_type();
        let callee = callee.unwrap_or_else(|| self.expr(&call.callee));
        let mut req = BTreeMap::new();
        let mut spans = Vec::with_capacity(call.arguments.len() + 1);
        for arg in &call.arguments {
            let t = self.property_value(arg);
            let span = arg.value.as_ref().map_or(arg.span, |v| v.span);
            req.insert(arg.key.name().clone(), t);
            spans.push((arg.key.name().clone(), span));
        }
        let pipe = pipe.map(|t| {
            spans.push(("<-".into(), call.span));
            ("<-".into(), t)
        });
        let act = Function {
            req,
            opt: BTreeMap::new(),
            pipe,
            ret: ret.clone(),
        };
        match self.sub.resolve(&callee) {
            Type::Function(f) => {
                let mut errs = Vec::new();
                let site = CallSite {
                    args: &spans,
                    call: call.span,
                };
                self.sub.unify_functions(&f, &act, Some(&site), &mut errs);
                self.push_errors(errs, call.span);
            }
            other => {
                self.equal(&other, &Type::function(act), call.span);
            }
        }
        ret
    }

    fn function(&mut self, f: &FunctionLiteral) -> Type {
        let mut func = Function {
            req: BTreeMap::new(),
            opt: BTreeMap::new(),
            pipe: None,
            ret: Type::Error,
        };
        let mut scope = Scope::default();
        let mut has_defaults = false;
        for p in &f.params {
            let t = self.sub.fresh_type();
            let name = p.key.name.clone();
            match &p.default {
                Some(Expr {
                    kind: ExprKind::PipeLiteral,
                    span,
                }) => {
                    if func.pipe.is_some() {
                        self.message(
                            *span,
                            TypeErrorKind::Statement,
                            "function types can have at most one pipe parameter",
                        );
                    }
                    func.pipe = Some((name.clone(), t.clone()));
                }
                Some(_) => {
                    has_defaults = true;
                    func.opt.insert(name.clone(), t.clone());
                }
                None => {
                    func.req.insert(name.clone(), t.clone());
                }
            }
            scope.assigned.insert(name.clone());
            scope.names.insert(name, Binding::Value(PolyType::mono(t)));
        }
        self.scopes.push(scope);
        func.ret = match &f.body {
            FunctionBody::Expr(e) => self.expr(e),
            FunctionBody::Block(b) => self.block(b),
        };
        self.scopes.pop();
        let t = Type::function(func);
        if has_defaults {
            self.defaults(f, &t);
        }
        if let Some(functions) = &mut self.functions {
            functions.push((f.span, t.clone()));
        }
        t
    }

    /// Check default parameter values against the function's (generalized) type.
    fn defaults(&mut self, f: &FunctionLiteral, t: &Type) {
        let p = self.generalize(t);
        let mut dfunc = Function {
            req: BTreeMap::new(),
            opt: BTreeMap::new(),
            pipe: None,
            ret: self.sub.fresh_type(),
        };
        for param in &f.params {
            let name = param.key.name.clone();
            match &param.default {
                Some(Expr {
                    kind: ExprKind::PipeLiteral,
                    ..
                }) => dfunc.pipe = Some((name, self.sub.fresh_type())),
                Some(d) => {
                    let t = self.expr(d);
                    dfunc.opt.insert(name, t);
                }
                None => {
                    dfunc.req.insert(name, self.sub.fresh_type());
                }
            }
        }
        let exp = self.instantiate(&p);
        self.equal(&exp, &Type::function(dfunc), f.span);
    }

    fn block(&mut self, b: &Block) -> Type {
        self.scopes.push(Scope::default());
        let mut ret = None;
        for stmt in &b.body {
            match &stmt.kind {
                StatementKind::Variable(v) => self.assign(&v.id, &v.init, Some(stmt.span)),
                StatementKind::Expression(e) => {
                    self.expr(e);
                }
                StatementKind::Return(e) => {
                    ret = Some(self.expr(e));
                    break;
                }
                StatementKind::Option(_) => self.invalid_in_block(stmt.span, "option"),
                StatementKind::Builtin(_) => self.invalid_in_block(stmt.span, "builtin"),
                StatementKind::Testcase(_) => self.invalid_in_block(stmt.span, "testcase"),
                StatementKind::Error => {}
            }
        }
        self.scopes.pop();
        ret.unwrap_or_else(|| {
            self.message(
                b.span,
                TypeErrorKind::Statement,
                "missing return statement in block",
            );
            Type::Error
        })
    }

    fn invalid_in_block(&mut self, span: Span, what: &str) {
        self.message(
            span,
            TypeErrorKind::Statement,
            format!("invalid {what} statement in function block"),
        );
    }
}

/// The operand inferred first that may nest deeply: left operands of binary and
/// logical operators, piped arguments, callees, indexed arrays and (non-identifier)
/// member objects.
fn left_operand(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Binary { left, .. } | ExprKind::Logical { left, .. } => Some(left),
        ExprKind::Pipe { argument, .. } => Some(argument),
        ExprKind::Call(call) => Some(&call.callee),
        ExprKind::Index { array, .. } => Some(array),
        ExprKind::Member { object, .. } if !matches!(object.kind, ExprKind::Identifier(_)) => Some(object),
        _ => None,
    }
}
