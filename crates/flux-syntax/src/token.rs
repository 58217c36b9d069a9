//! Tokens: the raw logos token kinds and the cooked tokens the parser reads.

use std::fmt;

use logos::Logos;

/// What logos recognises. Literal values are cooked afterwards (see `lexer.rs`).
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\r\n]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
pub(crate) enum Raw {
    #[token("and")]
    And,
    #[token("import")]
    Import,
    #[token("option")]
    Option,
    #[token("if")]
    If,
    #[token("or")]
    Or,
    #[token("package")]
    Package,
    #[token("builtin")]
    Builtin,
    #[token("then")]
    Then,
    #[token("not")]
    Not,
    #[token("return")]
    Return,
    #[token("testcase")]
    Testcase,
    #[token("else")]
    Else,
    #[token("exists")]
    Exists,
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Div,
    #[token("%")]
    Mod,
    #[token("^")]
    Pow,
    #[token("==")]
    Eq,
    #[token("!=")]
    Neq,
    #[token("<")]
    Lt,
    #[token("<=")]
    Lte,
    #[token(">")]
    Gt,
    #[token(">=")]
    Gte,
    #[token("=~")]
    RegexEq,
    #[token("!~")]
    RegexNeq,
    #[token("=")]
    Assign,
    #[token("=>")]
    Arrow,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(":")]
    Colon,
    #[token("|>")]
    PipeForward,
    #[token("<-")]
    PipeReceive,
    #[token("?")]
    Question,
    #[token("@")]
    At,
    #[regex(r"[_\p{L}][_\p{L}\p{Nd}]*")]
    Ident,
    #[regex(r"[0-9]+")]
    Int,
    #[regex(r"[0-9]+\.[0-9]*|\.[0-9]+")]
    Float,
    #[regex(r"([0-9]+(y|mo|w|d|h|m|s|ms|us|µs|ns))+")]
    Duration,
    #[regex(r"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9](T[0-9][0-9]:[0-9][0-9]:[0-9][0-9](\.[0-9]+)?(Z|[+-][0-9][0-9]:[0-9][0-9])?)?")]
    Time,
    /// A whole string literal, quotes and `${…}` included; `false` when unterminated.
    #[token("\"", scan_string)]
    Str(bool),
}

/// Scan the rest of a string literal (the opening quote is already consumed).
/// Interpolations may hold nested strings and braces; both are tracked so the
/// string ends at the right quote. Returns whether a closing quote was found.
fn scan_string(lex: &mut logos::Lexer<Raw>) -> bool {
    let rest = lex.remainder().as_bytes();
    let (len, terminated) = string_extent(rest);
    lex.bump(len);
    terminated
}

/// Length of a string body up to and including its closing quote, and whether
/// that quote was found. `rest` starts just after the opening quote.
pub(crate) fn string_extent(rest: &[u8]) -> (usize, bool) {
    // Most strings have neither escapes nor interpolations: end at the first quote.
    let special = rest.iter().position(|&b| matches!(b, b'"' | b'\\' | b'$'));
    if let Some(end) = special
        && rest[end] == b'"'
    {
        return (end + 1, true);
    }
    // Each frame is either a string (None) or an interpolation with its open-brace count.
    let mut frames: Vec<Option<u32>> = vec![None];
    let mut i = 0;
    while i < rest.len() {
        let b = rest[i];
        match frames.last_mut() {
            Some(None) => match b {
                b'\\' => i += 1,
                b'"' => {
                    frames.pop();
                    if frames.is_empty() {
                        return (i + 1, true);
                    }
                }
                b'$' if rest.get(i + 1) == Some(&b'{') => {
                    frames.push(Some(0));
                    i += 1;
                }
                _ => {}
            },
            Some(Some(braces)) => match b {
                b'"' => frames.push(None),
                b'{' => *braces += 1,
                b'}' if *braces == 0 => {
                    frames.pop();
                }
                b'}' => *braces -= 1,
                _ => {}
            },
            None => break,
        }
        i += 1;
    }
    (rest.len(), false)
}

/// A cooked token: literal values are decoded, names borrow the source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Token<'a> {
    Ident(&'a str),
    Int(i64),
    Float(f64),
    /// Index into the decoded strings of this parse.
    Str(u32),
    /// The pattern between the slashes, as written.
    Regex(&'a str),
    /// The literal as written (`1h30m`).
    Duration(&'a str),
    /// Nanoseconds since the epoch.
    Time(i64),
    And,
    Import,
    Option,
    If,
    Or,
    Package,
    Builtin,
    Then,
    Not,
    Return,
    Testcase,
    Else,
    Exists,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Eq,
    Neq,
    Lt,
    Lte,
    Gt,
    Gte,
    RegexEq,
    RegexNeq,
    Assign,
    Arrow,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    Colon,
    PipeForward,
    PipeReceive,
    Question,
    At,
    /// A character that starts no token.
    Illegal(&'a str),
}

impl Token<'_> {
    /// The scanner token name Flux uses in error messages (`RPAREN`, `EOF`, …).
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Token::Ident(_) => "IDENT",
            Token::Int(_) => "INT",
            Token::Float(_) => "FLOAT",
            Token::Str(_) => "STRING",
            Token::Regex(_) => "REGEX",
            Token::Duration(_) => "DURATION",
            Token::Time(_) => "TIME",
            Token::And => "AND",
            Token::Import => "IMPORT",
            Token::Option => "OPTION",
            Token::If => "IF",
            Token::Or => "OR",
            Token::Package => "PACKAGE",
            Token::Builtin => "BUILTIN",
            Token::Then => "THEN",
            Token::Not => "NOT",
            Token::Return => "RETURN",
            Token::Testcase => "TESTCASE",
            Token::Else => "ELSE",
            Token::Exists => "EXISTS",
            Token::Add => "ADD",
            Token::Sub => "SUB",
            Token::Mul => "MUL",
            Token::Div => "DIV",
            Token::Mod => "MOD",
            Token::Pow => "POW",
            Token::Eq => "EQ",
            Token::Neq => "NEQ",
            Token::Lt => "LT",
            Token::Lte => "LTE",
            Token::Gt => "GT",
            Token::Gte => "GTE",
            Token::RegexEq => "REGEXEQ",
            Token::RegexNeq => "REGEXNEQ",
            Token::Assign => "ASSIGN",
            Token::Arrow => "ARROW",
            Token::LParen => "LPAREN",
            Token::RParen => "RPAREN",
            Token::LBrack => "LBRACK",
            Token::RBrack => "RBRACK",
            Token::LBrace => "LBRACE",
            Token::RBrace => "RBRACE",
            Token::Comma => "COMMA",
            Token::Dot => "DOT",
            Token::Colon => "COLON",
            Token::PipeForward => "PIPE_FORWARD",
            Token::PipeReceive => "PIPE_RECEIVE",
            Token::Question => "QUESTION_MARK",
            Token::At => "ATTRIBUTE",
            Token::Illegal(_) => "ILLEGAL",
        }
    }
}

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
