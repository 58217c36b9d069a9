//! Type errors: data (span, kind, message) until the edge renders them.

use std::fmt;

use flux_syntax::Span;
use flux_syntax::ast::Name;

use crate::display;
use crate::sub::Sub;
use crate::types::{Kind, Type, Var};

/// One error found by the checker, its message in libflux's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeError {
    /// Where the error is (byte span of the file checked).
    pub span: Span,
    /// What sort of error it is.
    pub kind: TypeErrorKind,
    /// The message, e.g. `expected int but found string (argument x)`.
    pub message: String,
}

/// The sort of a [`TypeError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeErrorKind {
    /// The source does not parse ([`crate::Checker::check_source`] only).
    Syntax,
    /// Two types do not unify, a kind is missing, an argument is wrong.
    Type,
    /// A name is not defined.
    UndefinedIdentifier,
    /// An import path names no package, or the package has errors.
    Import,
    /// Misplaced statements, reassignments, unsupported features.
    Statement,
    /// A `builtin` type expression is wrong (unknown type name or kind).
    Signature,
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TypeError {}

/// Why two types do not unify (libflux's `types::Error`).
#[derive(Clone, Debug)]
pub(crate) enum Mismatch {
    CannotUnify {
        exp: Type,
        act: Type,
    },
    CannotConstrain {
        kind: Kind,
        act: Type,
    },
    Occurs(Var, Type),
    MissingLabel(Name),
    ExtraLabel(Name),
    CannotUnifyLabel {
        label: Name,
        exp: Type,
        act: Type,
        cause: Box<Mismatch>,
    },
    MissingArgument(Name),
    ExtraArgument {
        unexpected: Name,
        expected: Vec<Name>,
    },
    Argument(Name, Box<Mismatch>),
    Return {
        exp: Type,
        act: Type,
        cause: Box<Mismatch>,
    },
    MissingPipe,
    MultiplePipes {
        exp: Name,
        act: Name,
    },
}

impl Mismatch {
    /// Replace solved variables in every type of the error.
    pub(crate) fn apply(&mut self, sub: &Sub) {
        match self {
            Mismatch::CannotUnify { exp, act } => {
                *exp = sub.apply(exp);
                *act = sub.apply(act);
            }
            Mismatch::CannotConstrain { act, .. } | Mismatch::Occurs(_, act) => *act = sub.apply(act),
            Mismatch::CannotUnifyLabel { exp, act, cause, .. } | Mismatch::Return { exp, act, cause } => {
                *exp = sub.apply(exp);
                *act = sub.apply(act);
                cause.apply(sub);
            }
            Mismatch::Argument(_, cause) => cause.apply(sub),
            Mismatch::MissingLabel(_)
            | Mismatch::ExtraLabel(_)
            | Mismatch::MissingArgument(_)
            | Mismatch::ExtraArgument { .. }
            | Mismatch::MissingPipe
            | Mismatch::MultiplePipes { .. } => {}
        }
    }

    pub(crate) fn message(&self) -> String {
        match self {
            Mismatch::CannotUnify { exp, act } => {
                let names = display::types(&[exp, act]);
                format!(
                    "expected {}{} but found {}{}",
                    names[0],
                    exp.info(),
                    names[1],
                    act.info()
                )
            }
            Mismatch::CannotConstrain { kind, act } => {
                format!("{}{} is not {kind}", display::types(&[act])[0], act.info())
            }
            Mismatch::Occurs(v, t) => {
                let names = display::types(&[&Type::Var(*v), t]);
                format!("recursive types not supported {} != {}", names[0], names[1])
            }
            Mismatch::MissingLabel(l) => format!("record is missing label {l}"),
            Mismatch::ExtraLabel(l) => format!("found unexpected label {l}"),
            Mismatch::CannotUnifyLabel {
                label,
                exp,
                act,
                cause,
            } => {
                let names = display::types(&[exp, act]);
                format!(
                    "expected {}{} but found {}{} for label {label} caused by {}",
                    names[0],
                    exp.info(),
                    names[1],
                    act.info(),
                    cause.message()
                )
            }
            Mismatch::MissingArgument(x) => format!("missing required argument {x}"),
            Mismatch::ExtraArgument { unexpected, expected } => {
                let mut s = format!("found unexpected argument {unexpected}");
                if !expected.is_empty() {
                    s.push_str(" (Expected");
                    if expected.len() > 1 {
                        s.push_str(" one of");
                    }
                    for (i, e) in expected.iter().enumerate() {
                        if i == 0 {
                            s.push_str(&format!(" `{e}`"));
                        } else if i == expected.len() - 1 {
                            s.push_str(&format!(" or `{e}`"));
                        } else {
                            s.push_str(&format!(", `{e}`"));
                        }
                    }
                    s.push(')');
                }
                s
            }
            Mismatch::Argument(x, cause) => format!("{} (argument {x})", cause.message()),
            // libflux prints this message with a leading "123"; so do we.
            Mismatch::Return { exp, act, cause } => {
                let names = display::types(&[exp, act]);
                format!(
                    "123expected {}{} but found {}{} for return type caused by {}",
                    names[0],
                    exp.info(),
                    names[1],
                    act.info(),
                    cause.message()
                )
            }
            Mismatch::MissingPipe => "missing pipe argument".to_string(),
            Mismatch::MultiplePipes { exp, act } => format!("expected pipe argument {exp} but found {act}"),
        }
    }
}
