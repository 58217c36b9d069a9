//! The operator table both parsers read: which tokens are operators, how tightly each
//! binds and how it associates. Neither parser lists an operator anywhere else.
//!
//! Flux's levels, loosest first (SPEC, `Expression` down to `PostfixExpression`):
//!
//! | level | operators | form |
//! |---|---|---|
//! | `ConditionalExpression` | `if … then … else …` | prefix |
//! | `LogicalExpression` | `or`, then `and` | infix, left |
//! | `UnaryLogicalExpression` | `not`, `exists` | prefix |
//! | `ComparisonExpression` | `== != < <= > >= =~ !~` (power 1) | infix, left |
//! | `AdditiveExpression` | `+ -` (power 2) | infix, left |
//! | `MultiplicativeExpression` | `* / %` (power 3) | infix, left |
//! | `ExponentExpression` | `^` (power 4) | infix, left (as in Flux: `2^3^2` is `(2^3)^2`) |
//! | `PipeExpression` | `\|>` | infix, left; the right side must be a call |
//! | `UnaryExpression` | `-`, `+` | prefix |
//! | `PostfixExpression` | `.x`, `[i]`, `(args)` | postfix |

use crate::ast::{BinaryOp, LogicalOp, UnaryOp};
use crate::token::Token;

/// The binding powers of the binary levels, loosest first. Every binary level is
/// left-associative.
pub(super) const BINARY_POWERS: [u8; 4] = [1, 2, 3, 4];

/// The binary operator `token` stands for and its binding power (higher binds tighter).
pub(super) fn binary_operator(token: Token<'_>) -> Option<(BinaryOp, u8)> {
    let op = match token {
        Token::Eq => (BinaryOp::Eq, 1),
        Token::Neq => (BinaryOp::Neq, 1),
        Token::Lt => (BinaryOp::Lt, 1),
        Token::Lte => (BinaryOp::Lte, 1),
        Token::Gt => (BinaryOp::Gt, 1),
        Token::Gte => (BinaryOp::Gte, 1),
        Token::RegexEq => (BinaryOp::RegexMatch, 1),
        Token::RegexNeq => (BinaryOp::RegexNotMatch, 1),
        Token::Add => (BinaryOp::Add, 2),
        Token::Sub => (BinaryOp::Sub, 2),
        Token::Mul => (BinaryOp::Mul, 3),
        Token::Div => (BinaryOp::Div, 3),
        Token::Mod => (BinaryOp::Mod, 3),
        Token::Pow => (BinaryOp::Pow, 4),
        _ => return None,
    };
    Some(op)
}

/// The binary operator of `token` if it binds with exactly `power`.
pub(super) fn binary_operator_of_power(token: Token<'_>, power: u8) -> Option<BinaryOp> {
    binary_operator(token).and_then(|(op, p)| (p == power).then_some(op))
}

/// `or` joins `and` chains, which join `UnaryLogicalExpression`s.
pub(super) const OR: (Token<'static>, LogicalOp) = (Token::Or, LogicalOp::Or);

/// See [`OR`].
pub(super) const AND: (Token<'static>, LogicalOp) = (Token::And, LogicalOp::And);

/// The prefix operator of `UnaryLogicalExpression` (`not`, `exists`).
pub(super) fn logical_prefix(token: Token<'_>) -> Option<UnaryOp> {
    match token {
        Token::Not => Some(UnaryOp::Not),
        Token::Exists => Some(UnaryOp::Exists),
        _ => None,
    }
}

/// The prefix operator of `UnaryExpression` (`-`, `+`).
pub(super) fn arithmetic_prefix(token: Token<'_>) -> Option<UnaryOp> {
    match token {
        Token::Sub => Some(UnaryOp::Neg),
        Token::Add => Some(UnaryOp::Plus),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_power_has_an_operator() {
        let tokens = [
            Token::Eq,
            Token::Neq,
            Token::Lt,
            Token::Lte,
            Token::Gt,
            Token::Gte,
            Token::RegexEq,
            Token::RegexNeq,
            Token::Add,
            Token::Sub,
            Token::Mul,
            Token::Div,
            Token::Mod,
            Token::Pow,
        ];
        for power in BINARY_POWERS {
            assert!(
                tokens
                    .iter()
                    .any(|t| binary_operator_of_power(*t, power).is_some())
            );
        }
        for token in tokens {
            let (_, power) = binary_operator(token).unwrap_or((BinaryOp::Add, 0));
            assert!(BINARY_POWERS.contains(&power), "{token}");
        }
    }
}
