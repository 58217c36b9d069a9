//! Calling functions: named arguments, defaults, the pipe argument, and the call
//! frames errors collect on their way out (rendered by Flux as
//! `error calling function "NAME" @L:C-L:C: …`).

use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::{CallExpression, ExprKind, FunctionBody, ParameterKind};

use crate::closure::Closure;
use crate::error::{ErrorKind, Frame, Result, RuntimeError};
use crate::interp::Evaluator;
use crate::native::{Args, CallContext, NativeFunction};
use crate::scope::Scope;
use crate::signature::Builtin;
use crate::value::{Function, Value};

/// Arguments as passed: names borrowed from the call (or from a native's caller).
pub(crate) type PassedArgs<'a> = Vec<(&'a str, Value)>;

fn argument_error(span: Span, message: String) -> RuntimeError {
    RuntimeError::new(ErrorKind::Argument, span, message)
}

fn unexpected(span: Span, name: &str, params: &[&str]) -> RuntimeError {
    let expected: Vec<String> = params.iter().map(|p| format!("`{p}`")).collect();
    argument_error(
        span,
        format!(
            "found unexpected argument {name} (Expected {})",
            expected.join(", ")
        ),
    )
}

impl Evaluator {
    /// Evaluate a call expression (`piped` is the left side of `|>`).
    pub(crate) fn eval_call(
        &mut self,
        call: &CallExpression,
        piped: Option<Value>,
        scope: &Scope,
    ) -> Result<Value> {
        let callee = self.eval_expr(&call.callee, scope)?;
        let Value::Function(f) = callee else {
            return Err(RuntimeError::new(
                ErrorKind::Type,
                call.callee.span,
                format!("cannot call value of type {}", callee.type_string()),
            ));
        };
        let mut args: PassedArgs = Vec::with_capacity(call.arguments.len());
        for prop in &call.arguments {
            let value = self.property_value(prop, scope)?;
            args.push((&**prop.key.name(), value));
        }
        self.call_function(&f, args, piped, call.span).map_err(|e| {
            let e = self.point_at_argument(e, call);
            self.with_frame(e, &call.callee.kind, call.span)
        })
    }

    /// A native's error about the type of one of its arguments points at that
    /// argument (`path: 42`), not at the whole call.
    fn point_at_argument(&mut self, mut error: RuntimeError, call: &CallExpression) -> RuntimeError {
        let Some(name) = self.blamed_argument.take() else {
            return error;
        };
        if error.span == call.span
            && let Some(prop) = call.arguments.iter().find(|p| *p.key.name() == name)
        {
            error.span = prop.span;
        }
        error
    }

    /// Record the call at `span` on an error leaving it, as Flux does for every call
    /// expression except of functions named `_…` (internal) and limit errors.
    fn with_frame(&self, error: RuntimeError, callee: &ExprKind, span: Span) -> RuntimeError {
        let function: Arc<str> = match callee {
            ExprKind::Identifier(name) => name.clone(),
            ExprKind::Member { property, .. } => property.name().clone(),
            _ => "<anonymous function>".into(),
        };
        if function.starts_with('_') || error.kind == ErrorKind::Limit {
            return error;
        }
        let mut error = error.in_source(&self.source);
        error.push_frame(Frame {
            function,
            span,
            source: self.source.clone(),
        });
        error
    }

    /// Call `f` with named arguments and an optional piped value; `span` is the call's.
    pub(crate) fn call_function(
        &mut self,
        f: &Function,
        args: PassedArgs,
        piped: Option<Value>,
        span: Span,
    ) -> Result<Value> {
        if self.call_depth >= self.limits.max_call_depth {
            return Err(RuntimeError::new(
                ErrorKind::Limit,
                span,
                format!("maximum call depth of {} exceeded", self.limits.max_call_depth),
            ));
        }
        self.call_depth += 1;
        let result = match f {
            Function::Closure(c) => self.call_closure(c, args, piped, span),
            Function::Builtin(b) => self.call_builtin(b, args, piped, span),
        };
        self.call_depth -= 1;
        result
    }

    /// Match arguments to a closure's parameters, evaluating defaults.
    fn bind_params(
        &mut self,
        c: &Arc<Closure>,
        mut args: PassedArgs,
        piped: Option<Value>,
        span: Span,
    ) -> Result<Vec<(Arc<str>, Value)>> {
        let params = &c.literal.params;
        let pipe_param = c.pipe_param();
        for (name, _) in &args {
            if !params.iter().any(|p| &*p.key.name == *name) {
                let names: Vec<&str> = params.iter().map(|p| &*p.key.name).collect();
                return Err(unexpected(span, name, &names));
            }
        }
        if piped.is_some() && pipe_param.is_none() {
            return Err(argument_error(
                span,
                "function does not take a pipe argument".into(),
            ));
        }
        let mut piped = piped;
        let mut bound: Vec<(Arc<str>, Value)> = Vec::with_capacity(params.len());
        for p in params {
            // A name passed twice: the last value counts.
            let passed = args
                .iter_mut()
                .rev()
                .find(|(k, _)| *k == &*p.key.name)
                .map(|(_, v)| std::mem::replace(v, Value::Null));
            let value = match (passed, &p.default) {
                (Some(v), _) => v,
                (None, Some(d)) if matches!(d.kind, ExprKind::PipeLiteral) => match piped.take() {
                    Some(v) => v,
                    None => return Err(argument_error(span, "missing pipe argument".into())),
                },
                (None, Some(d)) => {
                    let saved = std::mem::replace(&mut self.source, c.source.clone());
                    let v = self.eval_expr(d, &c.scope.with_frame(bound.clone()));
                    self.source = saved;
                    v.map_err(|e| e.in_source(&c.source))?
                }
                (None, None) => {
                    return Err(argument_error(
                        span,
                        format!("missing required argument {}", p.key.name),
                    ));
                }
            };
            bound.push((p.key.name.clone(), value));
        }
        Ok(bound)
    }

    fn call_closure(
        &mut self,
        c: &Arc<Closure>,
        args: PassedArgs,
        piped: Option<Value>,
        span: Span,
    ) -> Result<Value> {
        let bound = self.bind_params(c, args, piped, span)?;
        let same_source = Arc::ptr_eq(&self.source, &c.source);
        let saved = (!same_source).then(|| std::mem::replace(&mut self.source, c.source.clone()));
        let result = match &c.literal.body {
            FunctionBody::Expr(e) => {
                let scope = c.scope.with_frame(bound);
                self.eval_expr(e, &scope)
            }
            FunctionBody::Block(b) => {
                let names: Vec<Arc<str>> = bound.iter().map(|(k, _)| k.clone()).collect();
                self.exec_block(b, c.scope.with_frame(bound), names)
            }
        };
        if let Some(saved) = saved {
            self.source = saved;
        }
        // An error keeps its own location, in the closure's source.
        result.map_err(|e| e.in_source(&c.source))
    }

    fn call_builtin(
        &mut self,
        b: &Builtin,
        args: PassedArgs,
        piped: Option<Value>,
        span: Span,
    ) -> Result<Value> {
        let mut entries: Vec<(Arc<str>, Value)> = Vec::with_capacity(b.params.len());
        for (name, value) in args {
            match b.params.iter().find(|p| &*p.name == name) {
                Some(p) => entries.push((p.name.clone(), value)),
                None => {
                    let names: Vec<&str> = b.params.iter().map(|p| &*p.name).collect();
                    return Err(unexpected(span, name, &names));
                }
            }
        }
        match (b.pipe_param(), piped) {
            (Some(pipe), Some(v)) => entries.push((pipe.clone(), v)),
            (None, Some(_)) => {
                return Err(argument_error(
                    span,
                    "function does not take a pipe argument".into(),
                ));
            }
            (_, None) => {}
        }
        for p in &b.params {
            if p.kind != ParameterKind::Optional && !entries.iter().any(|(k, _)| *k == p.name) {
                return Err(argument_error(
                    span,
                    match p.kind {
                        ParameterKind::Pipe => "missing pipe argument".to_string(),
                        _ => format!("missing required argument {}", p.name),
                    },
                ));
            }
        }
        let mut args = Args::new(entries);
        let result = self.call_native(&b.native, &mut args, span);
        #[cfg(debug_assertions)]
        if result.is_ok() {
            check_reads(b, &args, span)?;
        }
        match &result {
            Ok(value) => self.check_value_memory(span, value)?,
            Err(error) if error.span == span => self.blamed_argument = args.blamed.take(),
            Err(_) => self.blamed_argument = None,
        }
        result
    }

    pub(crate) fn call_native(&mut self, n: &NativeFunction, args: &mut Args, span: Span) -> Result<Value> {
        let result = n.call(args, &mut self.call_context(span));
        // A native's own error happened at its call; one from Flux code it called
        // already knows where it happened.
        result.map_err(|e| match e.source() {
            Some(_) => e,
            None => RuntimeError { span, ..e }.in_source(&self.source),
        })
    }

    /// What a native called at `span` gets to see of this evaluation. Hosts and
    /// tests can call a native outside any script with it:
    /// `native.call(&mut args, &mut evaluator.call_context(Span::default()))`.
    pub fn call_context(&mut self, span: Span) -> CallContext<'_> {
        CallContext { ev: self, span }
    }
}

/// Debug builds: a native that succeeded has read every argument passed, and asked
/// only for parameters its `builtin` declares.
#[cfg(debug_assertions)]
fn check_reads(b: &Builtin, args: &Args, span: Span) -> Result<()> {
    let unread: Vec<&str> = args.remaining().collect();
    let undeclared: Vec<&str> = args
        .asked
        .iter()
        .map(String::as_str)
        .filter(|asked| !b.params.iter().any(|p| &*p.name == *asked))
        .collect();
    if unread.is_empty() && undeclared.is_empty() {
        return Ok(());
    }
    Err(RuntimeError::new(
        ErrorKind::Internal,
        span,
        format!(
            "native {:?} did not read its arguments {unread:?} or read undeclared ones {undeclared:?}",
            b.native.name()
        ),
    ))
}
