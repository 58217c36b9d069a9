//! The parsers over cooked tokens: the error-recovering chumsky grammar here and in
//! `expr`, `stmt` and `types`, and the fast recursive-descent parser in `descent`,
//! which is tried first. Parser functions are named after the productions of the
//! Flux SPEC. Nothing outside this module sees chumsky types.
//!
//! The chumsky grammar is the normative one and the error reporter; `descent` is a
//! checked accelerator that builds the same tree or gives up. Both read one operator
//! table (`operators`) and one depth contract (`lexer.rs`).
//!
//! # Changing the grammar
//!
//! 1. **chumsky production** (`expr.rs`, `stmt.rs`, `types.rs`): write it under its SPEC
//!    name; an operator goes into `operators.rs` only; a recursive production goes
//!    through `nested`, a left-nested chain through `grow_chain`; errors in Flux's
//!    wording (`report.rs`).
//! 2. **descent production** (`descent/`): the same production in the same order,
//!    building the same nodes with the same spans (share node builders such as
//!    `Infix::apply` and `Postfix::apply`); where chumsky would backtrack, look ahead or
//!    give up (`None`). Count nesting and chains where step 1 does.
//! 3. **fixture**: a `testdata/syntax/NAME.flux` (and `error_NAME.flux` for each new
//!    error) with its insta snapshot (`cargo insta review`), plus one-liners in
//!    `tests/parse.rs`.
//! 4. **differential generator atom**: teach `expression()`/`statement()` in
//!    `tests/differential.rs` the new form, and add a `TOKENS` entry in
//!    `tests/robustness.rs` if it brings a new token; then run `cargo test -p flux-syntax`
//!    (both parsers must agree on every generated program) and the `parser` fuzz target.

mod descent;
mod expr;
mod operators;
mod report;
mod stmt;
mod types;

use chumsky::input::{Input as _, InputRef, MapExtra, MappedInput};
use chumsky::inspector::RollbackState;
use chumsky::prelude::*;

use crate::ast::{Expr, ExprKind, File, Identifier, StringPart};
use crate::error::{Related, SyntaxError};
use crate::lexer::{self, Lexed, MAX_DEPTH, MAX_TREE_DEPTH, TOO_DEEP};
use crate::span::{LineIndex, Span};
use crate::token::Token;

/// The parser's input: a slice of tokens with their byte spans.
type In<'a> = MappedInput<'a, Token<'a>, SimpleSpan, &'a [(Token<'a>, SimpleSpan)]>;

/// What the parser carries besides the tokens.
#[derive(Clone, Copy)]
pub(crate) struct State<'a> {
    /// Decoded string literals (`Token::Str(i)` is `strings[i]`).
    strings: &'a [Vec<StringPart>],
    /// The whole source text (to see where lines start).
    source: &'a str,
    /// For each token index, the index of its matching closing bracket
    /// (`u32::MAX` for tokens that are not a matched opening bracket).
    closers: &'a [u32],
    /// Current nesting of recursive productions (bounded by [`MAX_DEPTH`]).
    depth: u32,
    /// An upper bound of the depth of the tree being built (bounded by [`MAX_TREE_DEPTH`]).
    tree: u32,
}

type Extra<'a> = extra::Full<Rich<'a, Token<'a>, SimpleSpan>, RollbackState<State<'a>>, ()>;

/// A boxed parser producing `O`.
type P<'a, O> = Boxed<'a, 'a, In<'a>, O, Extra<'a>>;

fn sp(span: SimpleSpan) -> Span {
    Span::from(span.start..span.end)
}

fn error_expr(span: SimpleSpan) -> Expr {
    Expr {
        kind: ExprKind::Error,
        span: sp(span),
    }
}

/// `identifier`
fn identifier<'a>() -> P<'a, Identifier> {
    select! { Token::Ident(name) = e => Identifier { name: name.into(), span: sp(e.span()) } }
        .labelled("IDENT")
        .boxed()
}

/// An identifier used as a contextual keyword (`with`, `where`, `extends`).
fn keyword<'a>(word: &'static str) -> P<'a, ()> {
    select! { Token::Ident(name) if name == word => () }
        .labelled(word)
        .boxed()
}

/// Runs `parser` one nesting level deeper, failing with [`TOO_DEEP`] past [`MAX_DEPTH`].
/// This bounds recursion that brackets do not show (`- - - x`, `not not x`, `if` chains).
/// The counters live in a rollback state, so backtracking restores them.
fn nested<'a, O: 'a>(parser: P<'a, O>) -> P<'a, O> {
    let enter = empty().try_map_with(|(), e: &mut MapExtra<'a, '_, In<'a>, Extra<'a>>| {
        let span = e.span();
        let span = SimpleSpan::from(span.start.min(span.end)..span.start.max(span.end));
        let state = &mut e.state().0;
        if state.depth >= MAX_DEPTH {
            return Err(Rich::custom(span, TOO_DEEP));
        }
        let saved = (state.depth, state.tree);
        state.depth += 1;
        state.tree += 1;
        Ok(saved)
    });
    enter
        .then(parser)
        .try_map_with(
            |((depth, tree), out), e: &mut MapExtra<'a, '_, In<'a>, Extra<'a>>| {
                let state = &mut e.state().0;
                state.depth = depth;
                state.tree = tree;
                Ok(out)
            },
        )
        .boxed()
}

/// Counts one more operator of a left-nested chain (`a + b + …`, `x |> f() |> …`,
/// `a.b.c`). Returns true when the tree would be deeper than [`MAX_TREE_DEPTH`]:
/// the caller then stops growing it. The error is reported once.
fn grow_chain<'a>(e: &mut MapExtra<'a, '_, In<'a>, Extra<'a>>, at: Span) -> bool {
    let state = &mut e.state().0;
    state.tree += 1;
    let tree = state.tree;
    if tree == MAX_TREE_DEPTH + 1 {
        e.emit(Rich::custom(SimpleSpan::from(at.range()), TOO_DEEP));
    }
    tree > MAX_TREE_DEPTH
}

/// Recovery for a bracketed construct that does not parse: when the opening
/// bracket at the current token has a matching closer, skip to after it and
/// produce `fallback`; otherwise fail at once. (chumsky's `nested_delimiters`
/// rescans the input at every level, which is exponential for unclosed brackets.)
fn skip_delimited<'a, O: 'a>(opener: Token<'a>, fallback: impl Fn(SimpleSpan) -> O + 'a) -> P<'a, O> {
    custom(move |inp: &mut InputRef<'a, '_, In<'a>, Extra<'a>>| {
        let start = inp.cursor();
        let index = start.inner().0;
        let closer = inp.state().0.closers.get(index).copied().unwrap_or(u32::MAX);
        if inp.peek() != Some(opener) || closer == u32::MAX {
            let span = inp.span_since(&start);
            return Err(Rich::custom(span, "no matching bracket"));
        }
        for _ in index..=closer as usize {
            inp.skip();
        }
        Ok(fallback(inp.span_since(&start)))
    })
    .boxed()
}

/// More brackets than this still open at the end of the input are closed for the parser.
const MAX_UNCLOSED: usize = 8;

/// The brackets still open at the end of `tokens`, outermost first. A closer that
/// does not match the innermost open bracket is ignored (the parser reports it).
fn unclosed<'a>(tokens: &[(Token<'a>, SimpleSpan)]) -> Vec<(Token<'a>, SimpleSpan)> {
    let mut open: Vec<(Token<'a>, SimpleSpan)> = Vec::new();
    for (token, span) in tokens {
        match token {
            Token::LParen | Token::LBrack | Token::LBrace => open.push((*token, *span)),
            Token::RParen | Token::RBrack | Token::RBrace
                if open.last().and_then(|(t, _)| closer_of(*t)) == Some(*token) =>
            {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// When more than [`MAX_UNCLOSED`] brackets are still open at the end of the input,
/// close them with synthetic closers at the end, each reported as Flux does
/// (`expected RBRACE, got EOF`): the parser's recovery backtracks through every unclosed
/// level, which takes time exponential in their number. A few unclosed brackets keep the
/// statement-by-statement recovery, which reports more errors in one pass.
fn close_unclosed<'a>(
    tokens: &mut Vec<(Token<'a>, SimpleSpan)>,
    open: &[(Token<'a>, SimpleSpan)],
    eoi: SimpleSpan,
) -> Vec<SyntaxError> {
    let at = Span::new(
        u32::try_from(eoi.start).unwrap_or(u32::MAX),
        u32::try_from(eoi.end).unwrap_or(u32::MAX),
    );
    let mut errors = Vec::new();
    if open.len() <= MAX_UNCLOSED {
        return errors;
    }
    for closer in open.iter().rev().filter_map(|(t, _)| closer_of(*t)) {
        tokens.push((closer, eoi));
        errors.push(SyntaxError::new(
            at,
            format!("expected {}, got EOF", closer.name()),
        ));
    }
    errors
}

/// An error that expects a closing bracket (`expected RPAREN, got EOF`) also points at
/// the bracket that is never closed: the innermost one of that kind opened before it.
/// Any other error at the end of the input (`invalid token for primary expression: EOF`)
/// points at the innermost bracket still open there.
fn label_unclosed(errors: &mut [SyntaxError], open: &[(Token<'_>, SimpleSpan)], source: &str) {
    let never_closed = |span: &SimpleSpan| Related {
        span: sp(*span),
        message: format!(
            "this {} is never closed",
            source.get(span.start..span.end).unwrap_or("(")
        ),
    };
    for error in errors {
        let Some(expected) = error
            .message
            .strip_prefix("expected ")
            .and_then(|rest| rest.split(", got ").next())
        else {
            if error.message.ends_with("EOF")
                && let Some((_, span)) = open.last()
            {
                error.related = Some(never_closed(span));
            }
            continue;
        };
        let expected = expected.strip_prefix("one of ").unwrap_or(expected);
        let wanted = |opener: Token<'_>| {
            closer_of(opener).is_some_and(|c| expected.split(", ").any(|n| n == c.name()))
        };
        let opener = open
            .iter()
            .rev()
            .find(|(token, span)| span.start <= error.span.start as usize && wanted(*token));
        if let Some((_, span)) = opener {
            error.related = Some(never_closed(span));
        }
    }
}

fn closer_of(opener: Token<'_>) -> Option<Token<'_>> {
    match opener {
        Token::LParen => Some(Token::RParen),
        Token::LBrack => Some(Token::RBrack),
        Token::LBrace => Some(Token::RBrace),
        _ => None,
    }
}

/// For each token, the index of the bracket that closes it (`u32::MAX` if none).
fn matching_closers(tokens: &[(Token<'_>, SimpleSpan)]) -> Vec<u32> {
    let mut closers = vec![u32::MAX; tokens.len()];
    let mut open: Vec<(usize, Token<'_>)> = Vec::new();
    for (index, (token, _)) in tokens.iter().enumerate() {
        let opener = match token {
            Token::LParen | Token::LBrack | Token::LBrace => {
                open.push((index, *token));
                continue;
            }
            Token::RParen => Token::LParen,
            Token::RBrack => Token::LBrack,
            Token::RBrace => Token::LBrace,
            _ => continue,
        };
        if open.last().is_some_and(|(_, t)| *t == opener)
            && let Some((at, _)) = open.pop()
        {
            closers[at] = u32::try_from(index).unwrap_or(u32::MAX);
        }
    }
    closers
}

/// The whole grammar: the file parser and the expression parser.
///
/// Built with `recursive`, whose self-references are weak: parsers made with
/// `Recursive::declare`/`define` hold strong references to themselves, and every grammar
/// built that way (one per parse) would leak.
fn grammar<'a>() -> (P<'a, File>, P<'a, Expr>) {
    let expression = recursive(|expression| {
        let expr = nested(expression.boxed());
        let block = recursive(|block| stmt::block(stmt::statement(expr.clone(), block.boxed())));
        expr::expression(expr, block.boxed())
    });
    let expr = nested(expression.boxed());
    let block = recursive(|block| stmt::block(stmt::statement(expr.clone(), block.boxed())));
    let statement = stmt::statement(expr.clone(), block.boxed());
    (stmt::file(statement, expr.clone()), expr)
}

/// Which parsers run.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// The fast parser; when it gives up, the recovering parser (what [`crate::parse`] does).
    FastFirst,
    /// Only the error-recovering parser.
    Recovering,
    /// Only the fast parser: `None` when it gives up (for tests that compare the two).
    Fast,
}

/// Parse a whole source text.
pub(crate) fn parse_file(source: &str, mode: Mode) -> Option<(File, Vec<SyntaxError>)> {
    let len = u32::try_from(source.len()).unwrap_or(u32::MAX);
    let whole = Span::new(0, len);
    let mut lexed = lex(source, 0, len, 0, mode);
    let empty = File {
        package: None,
        imports: Vec::new(),
        body: Vec::new(),
        span: whole,
    };
    let mut errors = std::mem::take(&mut lexed.errors);
    if lexed.too_deep {
        return (mode != Mode::Fast).then_some((empty, errors));
    }
    let eoi = SimpleSpan::from(len as usize..len as usize);
    if mode != Mode::Recovering && errors.is_empty() {
        let fast = descent::Descent::new(&lexed.tokens, &mut lexed.strings, 0).parse_file();
        match (fast, mode) {
            (Some(file), _) => return Some((File { span: whole, ..file }, errors)),
            (None, Mode::Fast) => return None,
            // The fast parser took strings out of `lexed`: lex again for the recovering parser.
            (None, _) => lexed = lex(source, 0, len, 0, mode),
        }
    }
    if mode == Mode::Fast {
        return None;
    }
    let open = unclosed(&lexed.tokens);
    let mut parse_errors = close_unclosed(&mut lexed.tokens, &open, eoi);
    let closers = matching_closers(&lexed.tokens);
    let (file, _) = grammar();
    let mut state = RollbackState(State {
        strings: &lexed.strings,
        source,
        closers: &closers,
        depth: 0,
        tree: 0,
    });
    let input = lexed.tokens.as_slice().split_token_span(eoi);
    let (output, errs) = file.parse_with_state(input, &mut state).into_output_errors();
    let lines = LineIndex::new(source);
    parse_errors.extend(
        errs.into_iter()
            .filter_map(|e| report::syntax_error(e, source, &lines)),
    );
    label_unclosed(&mut parse_errors, &open, source);
    errors.append(&mut parse_errors);
    let file = output.unwrap_or(empty);
    Some((File { span: whole, ..file }, errors))
}

/// The message that stands for "the fast parser gave up" in [`Mode::Fast`].
const FAST_GAVE_UP: &str = "not accepted by the fast parser";

/// Parse the expression inside `${…}`, the text `source[start..end]`.
fn parse_interpolation(
    source: &str,
    start: u32,
    end: u32,
    depth: u32,
    mode: Mode,
    errors: &mut Vec<SyntaxError>,
) -> Expr {
    let whole = SimpleSpan::from(start as usize..end as usize);
    let mut lexed = lex(source, start, end, depth, mode);
    if mode != Mode::Recovering && lexed.errors.is_empty() && !lexed.too_deep {
        let fast = descent::Descent::new(&lexed.tokens, &mut lexed.strings, depth).parse_expression();
        match (fast, mode) {
            (Some(expr), _) => return expr,
            (None, Mode::Fast) => errors.push(SyntaxError::new(sp(whole), FAST_GAVE_UP)),
            // The fast parser took strings out of `lexed`: lex again for the recovering parser.
            (None, _) => lexed = lex(source, start, end, depth, mode),
        }
    }
    errors.append(&mut lexed.errors);
    if lexed.too_deep || mode == Mode::Fast {
        return error_expr(whole);
    }
    let eoi = SimpleSpan::from(end as usize..end as usize);
    let open = unclosed(&lexed.tokens);
    let mut parse_errors = close_unclosed(&mut lexed.tokens, &open, eoi);
    let closers = matching_closers(&lexed.tokens);
    let (_, expr) = grammar();
    let mut state = RollbackState(State {
        strings: &lexed.strings,
        source,
        closers: &closers,
        depth,
        tree: depth,
    });
    let input = lexed.tokens.as_slice().split_token_span(eoi);
    let (output, errs) = expr
        .then_ignore(chumsky::primitive::end())
        .parse_with_state(input, &mut state)
        .into_output_errors();
    let lines = LineIndex::new(source);
    parse_errors.extend(
        errs.into_iter()
            .filter_map(|e| report::syntax_error(e, source, &lines)),
    );
    label_unclosed(&mut parse_errors, &open, source);
    errors.append(&mut parse_errors);
    output.unwrap_or_else(|| error_expr(whole))
}

/// Lex a whole source text without parsing it: the number of tokens and the errors.
pub(crate) fn lex_only(source: &str) -> (usize, Vec<SyntaxError>) {
    let len = u32::try_from(source.len()).unwrap_or(u32::MAX);
    let lexed = lex(source, 0, len, 0, Mode::FastFirst);
    (lexed.tokens.len(), lexed.errors)
}

fn lex(source: &str, start: u32, end: u32, depth: u32, mode: Mode) -> Lexed<'_> {
    lexer::lex(source, start, end, depth, &mut |s, e, d, errors| {
        parse_interpolation(source, s, e, d, mode, errors)
    })
}
