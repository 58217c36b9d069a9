//! Turns chumsky's errors into [`SyntaxError`]s worded the way Flux words them.

use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::span::SimpleSpan;

use crate::error::SyntaxError;
use crate::span::{LineIndex, Span};
use crate::token::Token;

/// The label of the primary-expression parser.
pub(super) const EXPRESSION: &str = "expression";

/// The label of the statement parser.
pub(super) const STATEMENT: &str = "statement";

/// Tokens that could continue what was parsed so far (operators, postfix
/// accessors, separators) or begin an expression. Listing them in "expected …"
/// says nothing useful, so they are left out unless nothing else is expected.
fn is_continuation(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::Add
            | Token::Sub
            | Token::Mul
            | Token::Div
            | Token::Mod
            | Token::Pow
            | Token::Eq
            | Token::Neq
            | Token::Lt
            | Token::Lte
            | Token::Gt
            | Token::Gte
            | Token::RegexEq
            | Token::RegexNeq
            | Token::And
            | Token::Or
            | Token::Not
            | Token::Exists
            | Token::If
            | Token::Dot
            | Token::LBrack
            | Token::LParen
            | Token::PipeForward
            | Token::Comma
            | Token::At
            | Token::Import
            | Token::Package
    )
}

/// Convert one chumsky error. `source` is the whole text the spans point into.
/// Errors at an illegal character are dropped: the lexer already reported it.
/// `lines` indexes `source` (built once per parse: one error must not rescan the text).
pub(super) fn syntax_error(
    error: Rich<'_, Token<'_>, SimpleSpan>,
    source: &str,
    lines: &LineIndex<'_>,
) -> Option<SyntaxError> {
    if matches!(error.found(), Some(Token::Illegal(_))) {
        return None;
    }
    let span = Span::from(error.span().start..error.span().end);
    let message = match error.reason() {
        RichReason::Custom(message) => message.clone(),
        RichReason::ExpectedFound { expected, found } => {
            let found = match found {
                None => "EOF".to_string(),
                Some(token) => {
                    let text = source.get(span.range()).unwrap_or("");
                    let at = lines.line_col(span.start);
                    format!("{} ({text}) at {}:{}", token.name(), at.line, at.column)
                }
            };
            expected_found(expected, &found)
        }
    };
    Some(SyntaxError::new(span, message))
}

fn expected_found(expected: &[RichPattern<'_, Token<'_>>], found: &str) -> String {
    let mut wants_expression = false;
    let mut names: Vec<String> = Vec::new();
    let mut continuations: Vec<String> = Vec::new();
    for pattern in expected {
        match pattern {
            RichPattern::Token(token) if is_continuation(token) => continuations.push(token.name().into()),
            RichPattern::Token(token) => names.push(token.name().into()),
            RichPattern::Label(label) if label == EXPRESSION || label == STATEMENT => wants_expression = true,
            RichPattern::Label(label) => names.push(label.to_string()),
            RichPattern::Identifier(word) => names.push(word.clone()),
            RichPattern::EndOfInput => names.push("EOF".into()),
            _ => {}
        }
    }
    names.sort();
    names.dedup();
    // Array and dict items share one parser, so every item may go on with `:`;
    // where the list could also end, the missing bracket is the useful hint.
    if names.iter().any(|n| n == "RBRACK") {
        names.retain(|n| n != "COLON");
    }
    if names.is_empty() && wants_expression {
        let found = found.split(' ').next().unwrap_or(found);
        return format!("invalid expression: invalid token for primary expression: {found}");
    }
    if names.is_empty() {
        continuations.sort();
        continuations.dedup();
        names = continuations;
    }
    match names.as_slice() {
        [] => format!("unexpected token {found}"),
        [one] => format!("expected {one}, got {found}"),
        many => format!("expected one of {}, got {found}", many.join(", ")),
    }
}
