//! Statements, blocks, attributes, imports and the file.

use chumsky::prelude::*;

use super::expr::plain_string;
use super::report::STATEMENT;
use super::types::type_expression;
use super::{Extra, In, P, identifier, keyword, nested, skip_delimited, sp};
use crate::ast::{
    Attribute, Block, BuiltinStatement, Expr, File, ImportDeclaration, OptionAssignment, PackageClause,
    Statement, StatementKind, TestcaseStatement, VariableAssignment,
};
use crate::token::Token;
use chumsky::input::InputRef;

/// `Attributes = {Attribute} .` with `Attribute = "@" identifier AttributeParameters .`
fn attributes<'a>(expr: P<'a, Expr>) -> P<'a, Vec<Attribute>> {
    let params = expr
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen));
    just(Token::At)
        .ignore_then(identifier())
        .then(params.or_not())
        .map_with(|(name, params), e| Attribute {
            name,
            params: params.unwrap_or_default(),
            span: sp(e.span()),
        })
        .repeated()
        .collect()
        .boxed()
}

/// `Statement = [Attributes] StatementInner .`
pub(super) fn statement<'a>(expr: P<'a, Expr>, block: P<'a, Block>) -> P<'a, Statement> {
    let option = just(Token::Option)
        .ignore_then(identifier())
        .then(just(Token::Dot).ignore_then(identifier()).or_not())
        .then_ignore(just(Token::Assign))
        .then(expr.clone())
        .map(|((first, second), init)| {
            let (package, id) = match second {
                Some(id) => (Some(first), id),
                None => (None, first),
            };
            StatementKind::Option(OptionAssignment { package, id, init })
        });
    let builtin = just(Token::Builtin)
        .ignore_then(identifier())
        .then_ignore(just(Token::Colon))
        .then(type_expression())
        .map(|(id, ty)| StatementKind::Builtin(BuiltinStatement { id, ty }));
    let testcase = just(Token::Testcase)
        .ignore_then(identifier())
        .then(keyword("extends").ignore_then(plain_string()).or_not())
        .then(block)
        .map(|((id, extends), block)| StatementKind::Testcase(TestcaseStatement { id, extends, block }));
    let return_statement = just(Token::Return)
        .ignore_then(expr.clone())
        .map(StatementKind::Return);
    let variable = identifier()
        .then_ignore(just(Token::Assign))
        .then(expr.clone())
        .map(|(id, init)| StatementKind::Variable(VariableAssignment { id, init }));
    let expression = expr.clone().map(StatementKind::Expression);
    attributes(expr)
        .then(choice((option, builtin, testcase, return_statement, variable, expression)).labelled(STATEMENT))
        .map_with(|(attributes, kind), e| Statement {
            attributes,
            kind,
            span: sp(e.span()),
        })
        .boxed()
}

/// `Block = "{" StatementList "}" .`
pub(super) fn block<'a>(statement: P<'a, Statement>) -> P<'a, Block> {
    nested(statement)
        .recover_with(via_parser(skip_statement(false)))
        .repeated()
        .collect()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|body, e| Block {
            body,
            span: sp(e.span()),
        })
        .recover_with(via_parser(skip_delimited(Token::LBrace, |span| Block {
            body: Vec::new(),
            span: sp(span),
        })))
        .boxed()
}

/// `File = [PackageClause] [ImportList] StatementList .`
pub(super) fn file<'a>(statement: P<'a, Statement>, expr: P<'a, Expr>) -> P<'a, File> {
    let package = attributes(expr.clone())
        .then_ignore(just(Token::Package))
        .then(identifier())
        .map_with(|(attributes, name), e| PackageClause {
            attributes,
            name,
            span: sp(e.span()),
        });
    let import = attributes(expr)
        .then_ignore(just(Token::Import))
        .then(identifier().or_not())
        .then(plain_string())
        .map_with(|((attributes, alias), path), e| ImportDeclaration {
            attributes,
            alias,
            path,
            span: sp(e.span()),
        });
    let statement = statement.recover_with(via_parser(skip_statement(true)));
    package
        .or_not()
        .then(import.repeated().collect())
        .then(statement.repeated().collect())
        .then_ignore(end())
        .map_with(|((package, imports), body), e| File {
            package,
            imports,
            body,
            span: sp(e.span()),
        })
        .boxed()
}

/// Recovery for a statement that does not parse: skip its tokens up to the next
/// line that starts outside the brackets the statement opened, or that starts
/// like a statement of its own (`name =`, `option`, `builtin`, `testcase`, …).
/// In a block (`top_level == false`) a closing bracket the statement did not
/// open is never skipped, so the block can end; at the top level everything is
/// skipped, so parsing always reaches the end of the file.
fn skip_statement<'a>(top_level: bool) -> P<'a, Statement> {
    custom(move |inp: &mut InputRef<'a, '_, In<'a>, Extra<'a>>| {
        let start = inp.cursor();
        let mut open: Vec<Token<'a>> = Vec::new();
        let mut skipped = 0usize;
        loop {
            let before = inp.save();
            let Some(token) = inp.next() else { break };
            let span = inp.span_since(before.cursor());
            let at_line_start = skipped > 0 && starts_line(inp.state().0.source, span.start);
            let stop = match token {
                _ if at_line_start && open.is_empty() => true,
                Token::Option | Token::Builtin | Token::Testcase | Token::Import | Token::Package
                    if at_line_start =>
                {
                    true
                }
                Token::Ident(_) if at_line_start => matches!(inp.peek(), Some(Token::Assign)),
                Token::RParen | Token::RBrack | Token::RBrace => {
                    let opener = match token {
                        Token::RParen => Token::LParen,
                        Token::RBrack => Token::LBrack,
                        _ => Token::LBrace,
                    };
                    if open.last() == Some(&opener) {
                        open.pop();
                        false
                    } else {
                        !top_level
                    }
                }
                _ => false,
            };
            if stop {
                inp.rewind(before);
                break;
            }
            if matches!(token, Token::LParen | Token::LBrack | Token::LBrace) {
                open.push(token);
            }
            skipped += 1;
        }
        let span = inp.span_since(&start);
        if skipped == 0 {
            return Err(Rich::custom(span, "nothing to skip"));
        }
        Ok(Statement {
            attributes: Vec::new(),
            kind: StatementKind::Error,
            span: sp(span),
        })
    })
    .boxed()
}

/// True when only whitespace and comments, including a newline, come before byte `offset`.
fn starts_line(source: &str, offset: usize) -> bool {
    let before = source.get(..offset).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = &before[line_start..];
    line_start > 0 && line.trim().is_empty()
}
