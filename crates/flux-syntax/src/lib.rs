//! Flux syntax: a logos lexer and two parsers that turn Flux source into an
//! [`ast::File`] with byte spans, plus every syntax error found in one pass.
//!
//! A hand-written recursive-descent parser reads input without errors (the common
//! case, and several times faster); at the first token it does not expect it hands
//! over to an error-recovering chumsky parser, which reports every error. Both read
//! the same SPEC productions and build the same tree, which the tests check.
//!
//! ```
//! let parsed = flux_syntax::parse("x = 1 + 2\nx");
//! assert!(parsed.errors.is_empty());
//! assert_eq!(parsed.file.body.len(), 2);
//! assert_eq!(flux_syntax::sexpr(&parsed.file), "(= x (+ 1 2))\nx\n");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod ast;
mod error;
mod lexer;
mod literal;
mod parser;
mod sexpr;
mod source;
mod span;
mod token;
mod tokens;

pub use error::{Related, SyntaxError};
pub use literal::{regex_error_message, regex_pattern};
pub use sexpr::{expr_sexpr, sexpr};
pub use source::{InvalidUtf8, source_text};
pub use span::{LineCol, LineIndex, Span};
pub use tokens::{Bracket, KEYWORDS, TokenClass, tokens};

/// The result of parsing: always a (possibly partial) file, plus every error found.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// The syntax tree; statements that failed to parse are `StatementKind::Error`
    /// or are left out.
    pub file: ast::File,
    /// Every syntax error, in source order.
    pub errors: Vec<SyntaxError>,
    /// Length of the parsed source in bytes (where EOF is).
    source_len: u32,
}

impl Parsed {
    /// True when the source parsed without errors.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// True when the input is unfinished rather than wrong: there are errors and
    /// every one of them is at the end of the input (an unclosed bracket, a
    /// dangling operator, an unterminated string). A REPL keeps reading lines then.
    pub fn is_incomplete(&self) -> bool {
        !self.errors.is_empty()
            && self
                .errors
                .iter()
                .all(|e| e.span.start >= self.source_len || e.message.starts_with("unterminated string"))
    }
}

/// Run only the lexer (the expressions inside string interpolations are parsed, as
/// finding their end requires): the number of tokens and the lexical errors.
/// For fuzzing and benchmarks; [`parse`] is what tools call.
pub fn lex(source: &str) -> (usize, Vec<SyntaxError>) {
    parser::lex_only(source)
}

/// Parse a Flux source file. Never panics, whatever the input.
///
/// Input without errors is read by a fast hand-written parser; when that parser meets
/// anything it does not expect, the error-recovering chumsky parser reads the input
/// again and reports every error.
pub fn parse(source: &str) -> Parsed {
    parsed(source, parser::parse_file(source, parser::Mode::FastFirst))
}

/// [`parse`] for a package's source, once per process: the type checker and the evaluator
/// both read each package they load, and share this tree (the standard library's prelude is
/// parsed once at start-up, not twice). Sources are kept, compared whole, for the life of the
/// process: use it for package sources, not for scripts.
pub fn parse_package(source: &str) -> std::sync::Arc<Parsed> {
    use std::collections::HashMap;
    use std::hash::{Hash, Hasher};
    use std::sync::{Arc, Mutex, OnceLock};

    type Cache = HashMap<u64, Vec<(Arc<str>, Arc<Parsed>)>>;
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    // FxHash: the key of a 70 KB package source in a few thousand instructions
    // (SipHash took a twentieth of `flux -e 1`); hits compare the whole text.
    let key = {
        let mut hasher = rustc_hash::FxHasher::default();
        source.hash(&mut hasher);
        hasher.finish()
    };
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let found = |cache: &Cache| {
        cache
            .get(&key)
            .and_then(|entries| entries.iter().find(|(text, _)| **text == *source))
            .map(|(_, parsed)| parsed.clone())
    };
    if let Some(parsed) = cache.lock().ok().and_then(|c| found(&c)) {
        return parsed;
    }
    let parsed = Arc::new(parse(source));
    if let Ok(mut c) = cache.lock() {
        if let Some(other) = found(&c) {
            return other;
        }
        c.entry(key).or_default().push((source.into(), parsed.clone()));
    }
    parsed
}

/// [`parse`] with the error-recovering parser only. For tests and fuzzing, which check
/// that both parsers build the same tree.
#[doc(hidden)]
pub fn parse_recovering(source: &str) -> Parsed {
    parsed(source, parser::parse_file(source, parser::Mode::Recovering))
}

/// The fast parser only: `None` when it gives up on the input. For tests and fuzzing.
#[doc(hidden)]
pub fn parse_fast(source: &str) -> Option<ast::File> {
    parser::parse_file(source, parser::Mode::Fast).map(|(file, _)| file)
}

fn parsed(source: &str, result: Option<(ast::File, Vec<SyntaxError>)>) -> Parsed {
    let (file, mut errors) = result.unwrap_or_else(|| {
        let span = Span::new(0, u32::try_from(source.len()).unwrap_or(u32::MAX));
        let file = ast::File {
            package: None,
            imports: Vec::new(),
            body: Vec::new(),
            span,
        };
        (file, Vec::new())
    });
    errors.sort_by_key(|e| (e.span.start, e.span.end));
    errors.dedup();
    Parsed {
        file,
        errors,
        source_len: u32::try_from(source.len()).unwrap_or(u32::MAX),
    }
}
