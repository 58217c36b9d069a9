//! Expressions: `Expression` down to `PrimaryExpression`.

use std::sync::Arc;

use super::{Descent, Fast};
use crate::ast::{
    DictItem, Expr, ExprKind, FunctionBody, FunctionLiteral, LogicalOp, Parameter, Property, PropertyKey,
    RecordLiteral, UnaryOp,
};
use crate::literal;
use crate::parser::expr::{Infix, Postfix, mixes_implicit_and_explicit, node};
use crate::parser::operators::{AND, BINARY_POWERS, OR, arithmetic_prefix, binary_operator, logical_prefix};
use crate::parser::sp;
use crate::token::Token;

impl Descent<'_, '_> {
    /// `Expression`, one nesting level deeper (every sub-expression is).
    pub(super) fn expression(&mut self) -> Fast<Expr> {
        self.nested(Self::conditional_expression)
    }

    /// `ConditionalExpression = LogicalExpression | "if" Expression "then" Expression "else" Expression .`
    fn conditional_expression(&mut self) -> Fast<Expr> {
        let start = self.pos;
        if !self.eat(Token::If) {
            return self.or_expression();
        }
        let test = Box::new(self.expression()?);
        self.require(Token::Then)?;
        let consequent = Box::new(self.expression()?);
        self.require(Token::Else)?;
        let alternate = Box::new(self.expression()?);
        let kind = ExprKind::Conditional {
            test,
            consequent,
            alternate,
        };
        Some(node(kind, self.span_from(start)))
    }

    /// `LogicalExpression`: `or` chains of [`Self::and_expression`]s.
    fn or_expression(&mut self) -> Fast<Expr> {
        self.logical_chain(OR, Self::and_expression)
    }

    /// `and` chains of `UnaryLogicalExpression`s.
    fn and_expression(&mut self) -> Fast<Expr> {
        self.logical_chain(AND, Self::unary_logical_expression)
    }

    /// `operand {token operand}`, left-associative.
    fn logical_chain(
        &mut self,
        (token, op): (Token<'_>, LogicalOp),
        operand: fn(&mut Self) -> Fast<Expr>,
    ) -> Fast<Expr> {
        let mut left = operand(self)?;
        while self.eat(token) {
            let right = operand(self)?;
            self.grow_chain()?;
            left = Infix::Logical(op).apply(left, right);
        }
        Some(left)
    }

    /// `UnaryLogicalExpression = ComparisonExpression | ("not"|"exists") UnaryLogicalExpression .`
    fn unary_logical_expression(&mut self) -> Fast<Expr> {
        let Some(op) = self.peek().and_then(logical_prefix) else {
            return self.binary_expression(BINARY_POWERS[0]);
        };
        self.prefixed(op, Self::unary_logical_expression)
    }

    /// A prefix operator (the current token) applied to `operand`, one level deeper.
    fn prefixed(&mut self, op: UnaryOp, operand: fn(&mut Self) -> Fast<Expr>) -> Fast<Expr> {
        let start = self.pos;
        self.pos += 1;
        let argument = Box::new(self.nested(operand)?);
        Some(node(ExprKind::Unary { op, argument }, self.span_from(start)))
    }

    /// `ComparisonExpression`, `AdditiveExpression`, `MultiplicativeExpression` and
    /// `ExponentExpression`, by precedence climbing: operators binding at least
    /// `min_power`; every level is left-associative.
    fn binary_expression(&mut self, min_power: u8) -> Fast<Expr> {
        let mut left = self.pipe_expression()?;
        while let Some((op, power)) = self.peek().and_then(binary_operator) {
            if power < min_power {
                break;
            }
            self.pos += 1;
            let right = self.binary_expression(power + 1)?;
            self.grow_chain()?;
            left = Infix::Binary(op).apply(left, right);
        }
        Some(left)
    }

    /// `PipeExpression = UnaryExpression | PipeExpression "|>" UnaryExpression .`
    /// The destination must be a call.
    fn pipe_expression(&mut self) -> Fast<Expr> {
        let mut argument = self.unary_expression()?;
        while self.eat(Token::PipeForward) {
            let destination = self.unary_expression()?;
            let span = argument.span.to(destination.span);
            self.grow_chain()?;
            let ExprKind::Call(call) = destination.kind else {
                return None;
            };
            let argument_box = Box::new(argument);
            argument = node(
                ExprKind::Pipe {
                    argument: argument_box,
                    call,
                },
                span,
            );
        }
        Some(argument)
    }

    /// `UnaryExpression = PostfixExpression | ("+"|"-") UnaryExpression .`
    fn unary_expression(&mut self) -> Fast<Expr> {
        let Some(op) = self.peek().and_then(arithmetic_prefix) else {
            return self.postfix_expression();
        };
        self.prefixed(op, Self::unary_expression)
    }

    /// `PostfixExpression = PrimaryExpression { MemberExpression | IndexExpression | CallExpression } .`
    fn postfix_expression(&mut self) -> Fast<Expr> {
        let mut expr = self.primary_expression()?;
        loop {
            let start = self.pos;
            let op = match self.peek() {
                Some(Token::Dot) if matches!(self.peek_at(1), Some(Token::Ident(_))) => {
                    self.pos += 1;
                    Postfix::Member(PropertyKey::Identifier(self.identifier()?))
                }
                Some(Token::LBrack) => {
                    self.pos += 1;
                    let index = self.expression()?;
                    self.require(Token::RBrack)?;
                    Postfix::index(index)
                }
                Some(Token::LParen) => {
                    self.pos += 1;
                    Postfix::Call(self.property_list(Token::RParen)?)
                }
                _ => break,
            };
            let span = expr.span.to(self.span_from(start));
            self.grow_chain()?;
            expr = op.apply(expr, span);
        }
        Some(expr)
    }

    /// `PrimaryExpression = identifier | Literal | "(" Expression ")" .`
    fn primary_expression(&mut self) -> Fast<Expr> {
        let start = self.pos;
        let (token, span) = *self.tokens.get(self.pos)?;
        let kind = match token {
            Token::Int(n) => ExprKind::Integer(n),
            Token::Float(x) => ExprKind::Float(x),
            Token::Regex(r) => ExprKind::Regex(literal::regex(r).into()),
            Token::Duration(d) => ExprKind::Duration(literal::duration(d).ok()?),
            Token::Time(t) => ExprKind::DateTime(t),
            Token::PipeReceive => ExprKind::PipeLiteral,
            Token::Ident(name) => ExprKind::Identifier(name.into()),
            Token::Str(index) => ExprKind::String(self.string_parts(index)?),
            Token::LParen if self.arrow_follows() => return self.function_literal(),
            Token::LParen => {
                self.pos += 1;
                let inner = self.expression()?;
                self.require(Token::RParen)?;
                return Some(node(ExprKind::Paren(Box::new(inner)), self.span_from(start)));
            }
            Token::LBrace => return self.record_literal(),
            Token::LBrack => return self.array_or_dict_literal(),
            Token::Dot => {
                self.pos += 1;
                let name = match self.peek()? {
                    Token::Ident(_) => self.identifier()?.name,
                    _ => self.plain_string()?.value,
                };
                return Some(node(ExprKind::Label(name), self.span_from(start)));
            }
            _ => return None,
        };
        self.pos += 1;
        Some(node(kind, sp(span)))
    }

    /// True when the `(` at the current token closes before a `=>`: a function literal.
    fn arrow_follows(&self) -> bool {
        self.closer()
            .and_then(|closer| self.tokens.get(closer + 1))
            .is_some_and(|(token, _)| *token == Token::Arrow)
    }

    /// `FunctionLiteral = FunctionParameters "=>" FunctionBody .`
    fn function_literal(&mut self) -> Fast<Expr> {
        let start = self.pos;
        self.require(Token::LParen)?;
        let params = self.list_until(Token::RParen, |p| {
            let start = p.pos;
            let key = p.identifier()?;
            let default = if p.eat(Token::Assign) {
                Some(p.expression()?)
            } else {
                None
            };
            Some(Parameter {
                key,
                default,
                span: p.span_from(start),
            })
        })?;
        self.require(Token::Arrow)?;
        // `=> {` always starts a block, as in Flux.
        let body = if self.at(Token::LBrace) {
            FunctionBody::Block(self.block()?)
        } else {
            FunctionBody::Expr(self.expression()?)
        };
        let span = self.span_from(start);
        let function = FunctionLiteral { params, body, span };
        Some(node(ExprKind::Function(Arc::new(function)), span))
    }

    /// `Property = identifier [":" Expression] | string_lit ":" Expression .`
    fn property(&mut self) -> Fast<Property> {
        let start = self.pos;
        let key = match self.peek()? {
            Token::Ident(_) => PropertyKey::Identifier(self.identifier()?),
            _ => PropertyKey::String(self.plain_string()?),
        };
        let value = if self.eat(Token::Colon) {
            Some(self.expression()?)
        } else if matches!(key, PropertyKey::String(_)) {
            return None;
        } else {
            None
        };
        Some(Property {
            key,
            value,
            span: self.span_from(start),
        })
    }

    /// `PropertyList` up to `close`, which is consumed.
    fn property_list(&mut self, close: Token<'_>) -> Fast<Vec<Property>> {
        let properties = self.list_until(close, Self::property)?;
        (!mixes_implicit_and_explicit(&properties)).then_some(properties)
    }

    /// `RecordLiteral = "{" [identifier "with"] PropertyList "}" .`
    fn record_literal(&mut self) -> Fast<Expr> {
        let start = self.pos;
        self.require(Token::LBrace)?;
        let with = if matches!(self.peek(), Some(Token::Ident(_)))
            && matches!(self.peek_at(1), Some(Token::Ident("with")))
        {
            let id = self.identifier()?;
            self.pos += 1;
            Some(id)
        } else {
            None
        };
        let properties = self.property_list(Token::RBrace)?;
        let record = RecordLiteral { with, properties };
        Some(node(ExprKind::Record(record), self.span_from(start)))
    }

    /// `ArrayLiteral` and `DictLiteral` (`[1, 2]`, `["a": 1]`, `[:]`): the first item
    /// decides which, and every other item must agree.
    fn array_or_dict_literal(&mut self) -> Fast<Expr> {
        let start = self.pos;
        self.require(Token::LBrack)?;
        if self.eat(Token::Colon) {
            self.require(Token::RBrack)?;
            return Some(node(ExprKind::Dict(Vec::new()), self.span_from(start)));
        }
        let mut is_dict = None;
        let mut array = Vec::new();
        let mut dict = Vec::new();
        self.list_until(Token::RBrack, |p| {
            let key = p.expression()?;
            let value = if p.eat(Token::Colon) {
                Some(p.expression()?)
            } else {
                None
            };
            match (*is_dict.get_or_insert(value.is_some()), value) {
                (true, Some(value)) => dict.push(DictItem { key, value }),
                (false, None) => array.push(key),
                _ => return None,
            }
            Some(())
        })?;
        let kind = if is_dict == Some(true) {
            ExprKind::Dict(dict)
        } else {
            ExprKind::Array(array)
        };
        Some(node(kind, self.span_from(start)))
    }
}
