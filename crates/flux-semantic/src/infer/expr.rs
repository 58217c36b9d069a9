//! Type inference of expressions, functions and blocks.

use std::collections::BTreeMap;
use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::{
    BinaryOp, Block, CallExpression, Expr, ExprKind, FunctionBody, FunctionLiteral, Name, Property,
    PropertyKey, StatementKind, StringPart, UnaryOp,
};

use super::{Infer, Scope};
use crate::env::Binding;
use crate::error::TypeErrorKind;
use crate::sub::CallSite;
use crate::types::{Basic, Function, Kind, PolyType, Type};

impl Infer<'_> {
    pub(super) fn expr(&mut self, e: &Expr) -> Type {
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
    pub(super) fn expr_node(&mut self, e: &Expr, left: Option<Type>) -> Type {
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

    pub(super) fn identifier(&mut self, name: &Name, span: Span) -> Type {
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

    pub(super) fn property_value(&mut self, p: &Property) -> Type {
        match &p.value {
            Some(v) => self.expr(v),
            None => match &p.key {
                PropertyKey::Identifier(id) => self.identifier(&id.name, id.span),
                PropertyKey::String(s) => self.identifier(&s.value, s.span),
            },
        }
    }

    pub(super) fn member(
        &mut self,
        object: &Expr,
        property: &Name,
        object_span: Span,
        known: Option<Type>,
    ) -> Type {
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

    pub(super) fn binary(
        &mut self,
        op: BinaryOp,
        left: &Expr,
        right: &Expr,
        span: Span,
        known: Option<Type>,
    ) -> Type {
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
    pub(super) fn call(&mut self, call: &CallExpression, pipe: Option<Type>, callee: Option<Type>) -> Type {
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

    pub(super) fn function(&mut self, f: &FunctionLiteral) -> Type {
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
            scope.bind(name, Binding::Value(PolyType::mono(t)));
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
    pub(super) fn defaults(&mut self, f: &FunctionLiteral, t: &Type) {
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

    pub(super) fn block(&mut self, b: &Block) -> Type {
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

    pub(super) fn invalid_in_block(&mut self, span: Span, what: &str) {
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
