//! Statements, blocks, attributes, imports and the file.

use super::{Descent, Fast};
use crate::ast::{
    Attribute, Block, BuiltinStatement, File, ImportDeclaration, OptionAssignment, PackageClause, Statement,
    StatementKind, TestcaseStatement, VariableAssignment,
};
use crate::span::Span;
use crate::token::Token;

impl Descent<'_, '_> {
    /// `File = [PackageClause] [ImportList] StatementList .`
    ///
    /// Attributes are read once, then the next token says what they belong to (string
    /// literals move into the tree, so no token is read twice).
    pub(super) fn file(&mut self) -> Fast<File> {
        let mut package = None;
        let mut imports = Vec::new();
        let mut body = Vec::new();
        while !self.at_end() {
            let start = self.pos;
            let attributes = self.attributes()?;
            if start == 0 && self.eat(Token::Package) {
                let name = self.identifier()?;
                let span = self.span_from(start);
                package = Some(PackageClause {
                    attributes,
                    name,
                    span,
                });
            } else if body.is_empty() && self.eat(Token::Import) {
                let alias = match self.peek() {
                    Some(Token::Ident(_)) => Some(self.identifier()?),
                    _ => None,
                };
                let path = self.plain_string()?;
                let span = self.span_from(start);
                imports.push(ImportDeclaration {
                    attributes,
                    alias,
                    path,
                    span,
                });
            } else {
                body.push(self.statement_after(start, attributes)?);
            }
        }
        Some(File {
            package,
            imports,
            body,
            span: Span::new(0, 0),
        })
    }

    /// `Attributes = {Attribute} .` with `Attribute = "@" identifier [AttributeParameters] .`
    fn attributes(&mut self) -> Fast<Vec<Attribute>> {
        let mut attributes = Vec::new();
        while self.at(Token::At) {
            let start = self.pos;
            self.pos += 1;
            let name = self.identifier()?;
            let params = if self.eat(Token::LParen) {
                self.list_until(Token::RParen, Self::expression)?
            } else {
                Vec::new()
            };
            let span = self.span_from(start);
            attributes.push(Attribute { name, params, span });
        }
        Some(attributes)
    }

    /// `Statement = [Attributes] (OptionAssignment | BuiltinStatement | TestcaseStatement
    /// | ReturnStatement | VariableAssignment | ExpressionStatement) .`
    fn statement(&mut self) -> Fast<Statement> {
        let start = self.pos;
        let attributes = self.attributes()?;
        self.statement_after(start, attributes)
    }

    /// The rest of a statement that began at token `start` with `attributes`.
    fn statement_after(&mut self, start: usize, attributes: Vec<Attribute>) -> Fast<Statement> {
        let kind = match self.peek()? {
            Token::Option => {
                self.pos += 1;
                let first = self.identifier()?;
                let (package, id) = if self.eat(Token::Dot) {
                    (Some(first), self.identifier()?)
                } else {
                    (None, first)
                };
                self.require(Token::Assign)?;
                let init = self.expression()?;
                StatementKind::Option(OptionAssignment { package, id, init })
            }
            Token::Builtin => {
                self.pos += 1;
                let id = self.identifier()?;
                self.require(Token::Colon)?;
                let ty = self.type_expression()?;
                StatementKind::Builtin(BuiltinStatement { id, ty })
            }
            Token::Testcase => {
                self.pos += 1;
                let id = self.identifier()?;
                let extends = if self.at_keyword("extends") {
                    self.pos += 1;
                    Some(self.plain_string()?)
                } else {
                    None
                };
                let block = self.block()?;
                StatementKind::Testcase(TestcaseStatement { id, extends, block })
            }
            Token::Return => {
                self.pos += 1;
                StatementKind::Return(self.expression()?)
            }
            Token::Ident(_) if self.peek_at(1) == Some(Token::Assign) => {
                let id = self.identifier()?;
                self.pos += 1;
                let init = self.expression()?;
                StatementKind::Variable(VariableAssignment { id, init })
            }
            _ => StatementKind::Expression(self.expression()?),
        };
        Some(Statement {
            attributes,
            kind,
            span: self.span_from(start),
        })
    }

    /// `Block = "{" StatementList "}" .`
    pub(super) fn block(&mut self) -> Fast<Block> {
        let start = self.pos;
        self.require(Token::LBrace)?;
        let mut body = Vec::new();
        while !self.eat(Token::RBrace) {
            body.push(self.nested(Self::statement)?);
        }
        Some(Block {
            body,
            span: self.span_from(start),
        })
    }
}
