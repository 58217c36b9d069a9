//! Tokens for tools that colour or inspect half-typed input (a REPL, an editor): the
//! same logos tokens the parser reads, with comments kept, classified coarsely, and
//! never an error. Literals are not decoded or checked; that is the parser's job.

use logos::Logos;

use crate::lexer::regex_extent;
use crate::span::Span;
use crate::token::Raw;

/// Flux's keywords (SPEC), each a [`TokenClass::Keyword`] token.
pub const KEYWORDS: &[&str] = &[
    "and", "builtin", "else", "exists", "if", "import", "not", "option", "or", "package", "return",
    "testcase", "then",
];

/// Which bracket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bracket {
    /// `(` `)`
    Paren,
    /// `[` `]`
    Square,
    /// `{` `}`
    Curly,
}

/// What kind of token, coarsely: enough to colour it or to tell whether input goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenClass {
    /// One of [`KEYWORDS`].
    Keyword,
    /// A name (`x`, `_value`, `with`).
    Identifier,
    /// An integer or float literal.
    Number,
    /// A duration literal (`1h30m`).
    Duration,
    /// A date-time literal (`2020-01-01T00:00:00Z`).
    DateTime,
    /// A whole string literal, `${…}` included; `terminated` is false when it runs to
    /// the end of the input without its closing quote.
    String {
        /// The closing quote was found.
        terminated: bool,
    },
    /// A regex literal (`/a.c/`).
    Regex,
    /// A `//` comment, up to the end of its line.
    Comment,
    /// An operator or punctuation (`+`, `==`, `|>`, `=`, `=>`, `,`, `.`, `:`, `<-`, `?`, `@`).
    Operator,
    /// An opening bracket.
    Open(Bracket),
    /// A closing bracket.
    Close(Bracket),
    /// A character that starts no token.
    Illegal,
}

impl TokenClass {
    /// True when the token can end an operand, so that a `/` after it is division
    /// rather than the start of a regex.
    pub fn ends_operand(self) -> bool {
        matches!(
            self,
            TokenClass::Identifier
                | TokenClass::Number
                | TokenClass::Duration
                | TokenClass::DateTime
                | TokenClass::String { .. }
                | TokenClass::Regex
                | TokenClass::Close(_)
        )
    }
}

/// Every token of `source` with its byte span, comments included, in order. Never
/// fails and never panics: unterminated strings, stray characters and half-typed
/// input all come back as tokens. Takes time linear in the input.
///
/// ```
/// use flux_syntax::{TokenClass, tokens};
/// let classes: Vec<_> = tokens("x = \"ab").into_iter().map(|(class, _)| class).collect();
/// assert_eq!(
///     classes,
///     [TokenClass::Identifier, TokenClass::Operator, TokenClass::String { terminated: false }]
/// );
/// ```
pub fn tokens(source: &str) -> Vec<(TokenClass, Span)> {
    let mut out: Vec<(TokenClass, Span)> = Vec::with_capacity(source.len() / 3 + 4);
    let mut lexer = Raw::lexer(source);
    let mut gap_start = 0;
    while let Some(raw) = lexer.next() {
        let range = lexer.span();
        comments(source, gap_start, range.start, &mut out);
        let ends_operand = out
            .iter()
            .rev()
            .find(|(class, _)| *class != TokenClass::Comment)
            .is_some_and(|(class, _)| class.ends_operand());
        let (class, end) = match raw {
            Ok(Raw::Div) if !ends_operand => match regex_extent(lexer.remainder()) {
                Some(len) => {
                    lexer.bump(len);
                    (TokenClass::Regex, range.end + len)
                }
                None => (TokenClass::Operator, range.end),
            },
            Ok(raw) => (raw_class(raw), range.end),
            Err(()) => (TokenClass::Illegal, range.end),
        };
        out.push((class, span(range.start, end)));
        gap_start = end;
    }
    comments(source, gap_start, source.len(), &mut out);
    out
}

/// The comments in `source[start..end]`, which logos skipped: between two tokens there
/// is only white space and comments, so every `/` there starts a comment.
fn comments(source: &str, start: usize, end: usize, out: &mut Vec<(TokenClass, Span)>) {
    let gap = source.get(start..end).unwrap_or("");
    let mut at = 0;
    while let Some(slash) = gap[at..].find('/') {
        let from = at + slash;
        let to = gap[from..].find('\n').map_or(gap.len(), |n| from + n);
        out.push((TokenClass::Comment, span(start + from, start + to)));
        at = to;
    }
}

fn span(start: usize, end: usize) -> Span {
    Span::from(start..end)
}

/// The class of a logos token (a `/` is [`TokenClass::Operator`]; the caller decides
/// whether it starts a regex).
pub(crate) fn raw_class(raw: Raw) -> TokenClass {
    match raw {
        Raw::And
        | Raw::Import
        | Raw::Option
        | Raw::If
        | Raw::Or
        | Raw::Package
        | Raw::Builtin
        | Raw::Then
        | Raw::Not
        | Raw::Return
        | Raw::Testcase
        | Raw::Else
        | Raw::Exists => TokenClass::Keyword,
        Raw::Ident => TokenClass::Identifier,
        Raw::Int | Raw::Float => TokenClass::Number,
        Raw::Duration => TokenClass::Duration,
        Raw::Time => TokenClass::DateTime,
        Raw::Str(terminated) => TokenClass::String { terminated },
        Raw::LParen => TokenClass::Open(Bracket::Paren),
        Raw::LBrack => TokenClass::Open(Bracket::Square),
        Raw::LBrace => TokenClass::Open(Bracket::Curly),
        Raw::RParen => TokenClass::Close(Bracket::Paren),
        Raw::RBrack => TokenClass::Close(Bracket::Square),
        Raw::RBrace => TokenClass::Close(Bracket::Curly),
        Raw::Add
        | Raw::Sub
        | Raw::Mul
        | Raw::Div
        | Raw::Mod
        | Raw::Pow
        | Raw::Eq
        | Raw::Neq
        | Raw::Lt
        | Raw::Lte
        | Raw::Gt
        | Raw::Gte
        | Raw::RegexEq
        | Raw::RegexNeq
        | Raw::Assign
        | Raw::Arrow
        | Raw::Comma
        | Raw::Dot
        | Raw::Colon
        | Raw::PipeForward
        | Raw::PipeReceive
        | Raw::Question
        | Raw::At => TokenClass::Operator,
    }
}
