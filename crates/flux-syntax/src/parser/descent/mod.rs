//! The fast path: a hand-written recursive-descent parser for input without errors.
//!
//! It reads the same productions as the chumsky grammar in the parent module, in the
//! same order, and builds the same tree with the same spans. It does not recover: at
//! the first token it does not expect it gives up (`None`), and the error-recovering
//! chumsky parser then parses the input again and reports every error. Wherever the
//! chumsky grammar would backtrack into another alternative, this parser looks ahead
//! to pick the alternative that grammar would settle on, or gives up when it cannot
//! be sure. So its answer is either "same tree as the recovering parser, no errors"
//! or "ask the recovering parser"; tests/differential.rs checks exactly that.
//!
//! Building the chumsky grammar alone costs more than parsing a typical query by
//! hand, and its error bookkeeping dominates a parse; valid input is the common case.

mod expr;
mod stmt;
mod types;

use chumsky::span::SimpleSpan;

use crate::ast::{Expr, File, Identifier, StringLiteral, StringPart};
use crate::lexer::{MAX_DEPTH, MAX_TREE_DEPTH};
use crate::span::Span;
use crate::token::Token;

/// `None` means "not accepted here": let the recovering parser decide.
type Fast<T> = Option<T>;

/// The tokens of one source text and a position in them.
pub(super) struct Descent<'t, 'a> {
    tokens: &'t [(Token<'a>, SimpleSpan)],
    /// Decoded string literals; `Token::Str(i)` is `strings[i]`. Each is moved into
    /// the tree when its token is read.
    strings: &'t mut [Vec<StringPart>],
    pos: usize,
    /// Nesting of recursive productions, counted as the recovering parser counts it
    /// and bounded by the same [`MAX_DEPTH`] (see the depth contract in `lexer.rs`).
    depth: u32,
    /// Depth of the expression tree being built, counted as the recovering parser
    /// counts it and bounded by the same [`MAX_TREE_DEPTH`].
    tree: u32,
}

impl<'t, 'a> Descent<'t, 'a> {
    pub(super) fn new(
        tokens: &'t [(Token<'a>, SimpleSpan)],
        strings: &'t mut [Vec<StringPart>],
        depth: u32,
    ) -> Self {
        Descent {
            tokens,
            strings,
            pos: 0,
            depth,
            tree: depth,
        }
    }

    /// A whole file; every token must be used.
    pub(super) fn parse_file(mut self) -> Fast<File> {
        let file = self.file()?;
        self.at_end().then_some(file)
    }

    /// One expression (the inside of `${…}`); every token must be used.
    pub(super) fn parse_expression(mut self) -> Fast<Expr> {
        let expr = self.expression()?;
        self.at_end().then_some(expr)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.tokens.len()
    }

    fn peek(&self) -> Option<Token<'a>> {
        self.peek_at(0)
    }

    fn peek_at(&self, ahead: usize) -> Option<Token<'a>> {
        self.tokens.get(self.pos + ahead).map(|(token, _)| *token)
    }

    fn at(&self, token: Token<'_>) -> bool {
        self.peek() == Some(token)
    }

    /// Consume `token` if it is next.
    fn eat(&mut self, token: Token<'_>) -> bool {
        let found = self.at(token);
        if found {
            self.pos += 1;
        }
        found
    }

    fn require(&mut self, token: Token<'_>) -> Fast<()> {
        self.eat(token).then_some(())
    }

    /// The span of the tokens consumed since token index `start`.
    fn span_from(&self, start: usize) -> Span {
        let first = self.tokens.get(start).map_or(0, |(_, span)| span.start);
        let last = self
            .pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(first, |(_, span)| span.end);
        Span::from(first..last)
    }

    /// True when the next token is the identifier `word` (`with`, `where`, `extends`, …).
    fn at_keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Ident(name)) if name == word)
    }

    /// Runs `parse` one nesting level deeper, as the recovering parser's `nested` does.
    fn nested<T>(&mut self, parse: impl FnOnce(&mut Self) -> Fast<T>) -> Fast<T> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        let saved = (self.depth, self.tree);
        self.depth += 1;
        self.tree += 1;
        let out = parse(self);
        (self.depth, self.tree) = saved;
        out
    }

    /// Counts one more operator of a left-nested chain (`a + b + …`, `x |> f()`, `a.b`).
    fn grow_chain(&mut self) -> Fast<()> {
        self.tree += 1;
        (self.tree <= MAX_TREE_DEPTH).then_some(())
    }

    /// `identifier`
    fn identifier(&mut self) -> Fast<Identifier> {
        let (Token::Ident(name), span) = *self.tokens.get(self.pos)? else {
            return None;
        };
        self.pos += 1;
        Some(Identifier {
            name: name.into(),
            span: super::sp(span),
        })
    }

    /// The decoded parts of the string literal `Token::Str(index)`.
    fn string_parts(&mut self, index: u32) -> Fast<Vec<StringPart>> {
        self.strings.get_mut(index as usize).map(std::mem::take)
    }

    /// A `string_lit` without interpolation (import paths, keys).
    fn plain_string(&mut self) -> Fast<StringLiteral> {
        let (Token::Str(index), span) = *self.tokens.get(self.pos)? else {
            return None;
        };
        self.pos += 1;
        Some(StringLiteral {
            value: super::expr::plain_text(self.strings.get(index as usize)?)?,
            span: super::sp(span),
        })
    }

    /// The index of the bracket closing the one at the current token: where as many
    /// brackets have closed as opened. (Only a parse that succeeds relies on it, and
    /// there the brackets in between are balanced.)
    fn closer(&self) -> Option<usize> {
        let mut open = 0usize;
        for (index, (token, _)) in self.tokens.iter().enumerate().skip(self.pos) {
            match token {
                Token::LParen | Token::LBrack | Token::LBrace => open += 1,
                Token::RParen | Token::RBrack | Token::RBrace => {
                    open = open.checked_sub(1)?;
                    if open == 0 {
                        return Some(index);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Items separated by commas (a trailing comma allowed) up to `close`, which is consumed.
    fn list_until<T>(
        &mut self,
        close: Token<'_>,
        mut item: impl FnMut(&mut Self) -> Fast<T>,
    ) -> Fast<Vec<T>> {
        let mut items = Vec::new();
        while !self.eat(close) {
            items.push(item(self)?);
            if !self.eat(Token::Comma) {
                self.require(close)?;
                break;
            }
        }
        Some(items)
    }
}
