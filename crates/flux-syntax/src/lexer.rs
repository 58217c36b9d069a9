//! The lexer: logos tokens, cooked into [`Token`]s with absolute byte spans.
//!
//! Besides running logos this pass
//! - tells a regex from a division by the previous token (`/` after an operand is division),
//! - decodes literals (integer range, durations, date-times, strings with `${…}`),
//! - bounds the nesting depth, so the recursive parser can never exhaust the stack.

use chumsky::span::SimpleSpan;
use logos::Logos;

use crate::ast::StringPart;
use crate::error::SyntaxError;
use crate::literal;
use crate::span::Span;
use crate::token::{Raw, Token};
use crate::tokens::raw_class;

// The depth contract, one for the lexer and both parsers:
// - nesting (brackets, `${…}`, and the recursive productions brackets do not show:
//   `- - x`, `not not x`, `if` chains, function bodies) is at most MAX_DEPTH. The lexer
//   counts brackets and interpolations; each parser counts every production it enters
//   through its `nested` helper, at the same places.
// - an expression tree is at most MAX_TREE_DEPTH deep; each parser counts one more level
//   for each nesting and for each link of a left-nested chain (`a + b + …`, `x |> f()`,
//   `a.b.c`) in its `grow_chain` helper.
// Past either bound the recovering parser reports TOO_DEEP and the fast parser gives up,
// so both stop at the same input (tests/differential.rs checks it at the bounds). Both
// bounds keep every recursive walk of the tree, and the parsers, within a 2 MB stack.

/// Deepest nesting of brackets, string interpolations and recursive expressions accepted.
pub(crate) const MAX_DEPTH: u32 = 80;

/// Deepest expression tree accepted (long operator chains such as `a + b + …`
/// nest too), so that whoever walks the tree recursively stays within the stack.
pub(crate) const MAX_TREE_DEPTH: u32 = 1000;

/// The message for input nested deeper than [`MAX_DEPTH`] (libflux's wording).
pub(crate) const TOO_DEEP: &str = "program is nested too deep";

/// Parses the source text `start..end` of a `${…}` at a nesting depth: `(start, end, depth, errors)`.
pub(crate) type ParseInterpolation<'p> =
    dyn FnMut(u32, u32, u32, &mut Vec<SyntaxError>) -> crate::ast::Expr + 'p;

/// The tokens of one source text, plus what the parser needs beside them.
pub(crate) struct Lexed<'a> {
    /// Tokens with absolute byte spans.
    pub tokens: Vec<(Token<'a>, SimpleSpan)>,
    /// Decoded string literals; `Token::Str(i)` refers to `strings[i]`.
    pub strings: Vec<Vec<StringPart>>,
    /// Errors found while lexing.
    pub errors: Vec<SyntaxError>,
    /// Set when the nesting bound was exceeded; the parser must not run.
    pub too_deep: bool,
}

/// Lex `source[offset..end]` at nesting `depth`; spans are offsets into `source`.
/// `parse_expr(start, end, depth, errors)` parses the inside of a string interpolation.
pub(crate) fn lex<'a>(
    source: &'a str,
    offset: u32,
    end: u32,
    depth: u32,
    parse_expr: &mut ParseInterpolation<'_>,
) -> Lexed<'a> {
    let src = source.get(offset as usize..end as usize).unwrap_or("");
    let mut out = Lexed {
        // Dense code has about one token per three bytes.
        tokens: Vec::with_capacity(src.len() / 3 + 16),
        strings: Vec::new(),
        errors: Vec::new(),
        too_deep: false,
    };
    let mut lexer = Raw::lexer(src);
    let mut nesting = depth;
    let abs = |start: usize, end: usize| -> SimpleSpan {
        let start = offset.saturating_add(u32::try_from(start).unwrap_or(u32::MAX));
        let end = offset.saturating_add(u32::try_from(end).unwrap_or(u32::MAX));
        SimpleSpan::from(start as usize..end as usize)
    };
    // Whether the previous token ends an operand (then `/` is division, not a regex).
    let mut ends_operand = false;
    while let Some(raw) = lexer.next() {
        let range = lexer.span();
        let text = lexer.slice();
        let span = abs(range.start, range.end);
        let after_operand =
            std::mem::replace(&mut ends_operand, raw.is_ok_and(|r| raw_class(r).ends_operand()));
        if matches!(raw, Ok(Raw::Int | Raw::Float))
            && let Some(len) = literal::exponent_extent(lexer.remainder())
        {
            let exponent = &lexer.remainder()[..len];
            let at = Span::from(span.start..span.end + len);
            out.errors
                .push(SyntaxError::new(at, literal::exponent_error(text, exponent)));
        }
        let token = match raw {
            Err(()) => {
                let ch = src[range.start..].chars().next().map_or(0, char::len_utf8);
                let text = &src[range.start..range.start + ch];
                out.errors.push(SyntaxError::new(
                    to_span(span),
                    format!("invalid token {text:?}: ILLEGAL"),
                ));
                Token::Illegal(text)
            }
            Ok(Raw::Div) if !after_operand => match regex_extent(lexer.remainder()) {
                Some(len) => {
                    lexer.bump(len);
                    let end = range.end + len;
                    let pattern = &src[range.end..end - 1];
                    let span = abs(range.start, end);
                    if let Err(message) = literal::check_regex(pattern) {
                        out.errors.push(SyntaxError::new(to_span(span), message));
                    }
                    out.tokens.push((Token::Regex(pattern), span));
                    ends_operand = true;
                    continue;
                }
                None => Token::Div,
            },
            Ok(Raw::Int) => Token::Int(literal::int(text).unwrap_or_else(|msg| {
                out.errors.push(SyntaxError::new(to_span(span), msg));
                0
            })),
            Ok(Raw::Float) => Token::Float(literal::float(text).unwrap_or_else(|msg| {
                out.errors.push(SyntaxError::new(to_span(span), msg));
                0.0
            })),
            Ok(Raw::Duration) => {
                if let Err(msg) = literal::duration(text) {
                    out.errors.push(SyntaxError::new(to_span(span), msg));
                }
                Token::Duration(text)
            }
            Ok(Raw::Time) => Token::Time(literal::date_time(text).unwrap_or_else(|msg| {
                out.errors.push(SyntaxError::new(to_span(span), msg));
                0
            })),
            Ok(Raw::Str(terminated)) => {
                let body_end = if terminated { text.len() - 1 } else { text.len() };
                let body = text.get(1..body_end).unwrap_or("");
                if !terminated {
                    out.errors.push(SyntaxError::new(
                        Span::new(offset + src.len() as u32, offset + src.len() as u32),
                        "unterminated string literal: expected QUOTE, got EOF",
                    ));
                }
                let parts = if nesting >= MAX_DEPTH {
                    out.errors.push(SyntaxError::new(to_span(span), TOO_DEEP));
                    out.too_deep = true;
                    Vec::new()
                } else {
                    let body_offset = span.start as u32 + 1;
                    let inner_depth = nesting + 1;
                    literal::string(body, body_offset, &mut out.errors, &mut |start, end, errs| {
                        parse_expr(start, end, inner_depth, errs)
                    })
                };
                out.strings.push(parts);
                Token::Str(u32::try_from(out.strings.len() - 1).unwrap_or(u32::MAX))
            }
            Ok(raw) => simple(raw, text),
        };
        match token {
            Token::LParen | Token::LBrack | Token::LBrace => {
                nesting += 1;
                if nesting > MAX_DEPTH {
                    out.errors.push(SyntaxError::new(to_span(span), TOO_DEEP));
                    out.too_deep = true;
                    return out;
                }
            }
            Token::RParen | Token::RBrack | Token::RBrace => nesting = nesting.saturating_sub(1).max(depth),
            _ => {}
        }
        out.tokens.push((token, span));
    }
    out
}

fn to_span(span: SimpleSpan) -> Span {
    Span::from(span.start..span.end)
}

/// Length of a regex literal after its opening `/`, closing `/` included; `None`
/// when no closing slash is found on the same line.
pub(crate) fn regex_extent(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'\n' => return None,
            b'/' if i > 0 => return Some(i + 1),
            b'/' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Tokens that carry nothing but their kind (and identifiers, which carry their text).
fn simple(raw: Raw, text: &str) -> Token<'_> {
    match raw {
        Raw::And => Token::And,
        Raw::Import => Token::Import,
        Raw::Option => Token::Option,
        Raw::If => Token::If,
        Raw::Or => Token::Or,
        Raw::Package => Token::Package,
        Raw::Builtin => Token::Builtin,
        Raw::Then => Token::Then,
        Raw::Not => Token::Not,
        Raw::Return => Token::Return,
        Raw::Testcase => Token::Testcase,
        Raw::Else => Token::Else,
        Raw::Exists => Token::Exists,
        Raw::Add => Token::Add,
        Raw::Sub => Token::Sub,
        Raw::Mul => Token::Mul,
        Raw::Div => Token::Div,
        Raw::Mod => Token::Mod,
        Raw::Pow => Token::Pow,
        Raw::Eq => Token::Eq,
        Raw::Neq => Token::Neq,
        Raw::Lt => Token::Lt,
        Raw::Lte => Token::Lte,
        Raw::Gt => Token::Gt,
        Raw::Gte => Token::Gte,
        Raw::RegexEq => Token::RegexEq,
        Raw::RegexNeq => Token::RegexNeq,
        Raw::Assign => Token::Assign,
        Raw::Arrow => Token::Arrow,
        Raw::LParen => Token::LParen,
        Raw::RParen => Token::RParen,
        Raw::LBrack => Token::LBrack,
        Raw::RBrack => Token::RBrack,
        Raw::LBrace => Token::LBrace,
        Raw::RBrace => Token::RBrace,
        Raw::Comma => Token::Comma,
        Raw::Dot => Token::Dot,
        Raw::Colon => Token::Colon,
        Raw::PipeForward => Token::PipeForward,
        Raw::PipeReceive => Token::PipeReceive,
        Raw::Question => Token::Question,
        Raw::At => Token::At,
        Raw::Ident | Raw::Int | Raw::Float | Raw::Duration | Raw::Time | Raw::Str(_) => Token::Ident(text),
    }
}
