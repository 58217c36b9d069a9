//! Expressions: `Expression` down to `PrimaryExpression`.

use std::sync::Arc;

use chumsky::pratt::{infix, left};
use chumsky::prelude::*;

use super::report::EXPRESSION;
use chumsky::input::MapExtra;

use super::operators::{AND, BINARY_POWERS, OR, arithmetic_prefix, binary_operator_of_power, logical_prefix};
use super::{Extra, In, P, error_expr, grow_chain, identifier, keyword, nested, skip_delimited, sp};
use crate::ast::{
    BinaryOp, Block, CallExpression, DictItem, Expr, ExprKind, FunctionBody, FunctionLiteral, LogicalOp,
    Name, Parameter, Property, PropertyKey, RecordLiteral, StringLiteral, StringPart,
};
use crate::literal;
use crate::span::Span;
use crate::token::Token;

pub(super) fn node(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// `string_lit` as an expression (text and interpolations).
pub(super) fn string_literal<'a>() -> P<'a, Expr> {
    select! { Token::Str(index) = e => (index, e.span()) }
        .map_with(|(index, span), e: &mut MapExtra<'a, '_, In<'a>, Extra<'a>>| {
            let parts = e
                .state()
                .0
                .strings
                .get(index as usize)
                .cloned()
                .unwrap_or_default();
            node(ExprKind::String(parts), sp(span))
        })
        .labelled("STRING")
        .boxed()
}

/// A plain `string_lit` (no interpolation), as used for import paths and keys.
pub(super) fn plain_string<'a>() -> P<'a, StringLiteral> {
    string_literal()
        .validate(|expr, _, emitter| {
            let ExprKind::String(parts) = &expr.kind else {
                return StringLiteral {
                    value: "".into(),
                    span: expr.span,
                };
            };
            let mut value = String::new();
            for part in parts {
                match part {
                    StringPart::Text(text) => value.push_str(text),
                    StringPart::Interpolation(_) => emitter.emit(Rich::custom(
                        SimpleSpan::from(expr.span.range()),
                        "string interpolation is not allowed here",
                    )),
                }
            }
            StringLiteral {
                value: value.into(),
                span: expr.span,
            }
        })
        .boxed()
}

/// `Property = identifier [":" Expression] | string_lit ":" Expression .`
fn property<'a>(expr: P<'a, Expr>) -> P<'a, Property> {
    let key = choice((
        identifier().map(PropertyKey::Identifier),
        plain_string().map(PropertyKey::String),
    ));
    key.then(just(Token::Colon).ignore_then(expr).or_not())
        .validate(|(key, value), e, emitter| {
            if let (None, PropertyKey::String(key)) = (&value, &key) {
                let message = format!("string literal key {:?} must have a value", key.value);
                emitter.emit(Rich::custom(e.span(), message));
            }
            Property {
                key,
                value,
                span: sp(e.span()),
            }
        })
        .boxed()
}

/// `PropertyList = [Property {"," Property}] .`
fn property_list<'a>(expr: P<'a, Expr>) -> P<'a, Vec<Property>> {
    property(expr)
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect()
        .boxed()
}

/// [`property_list`] that reports a mix of shorthand and explicit properties at `e.span()`.
fn checked_property_list<'a>(expr: P<'a, Expr>) -> P<'a, Vec<Property>> {
    property_list(expr)
        .validate(|properties: Vec<Property>, e, emitter| {
            if mixes_implicit_and_explicit(&properties) {
                emitter.emit(Rich::custom(e.span(), MIXED_PROPERTIES));
            }
            properties
        })
        .boxed()
}

/// Flux's message for `{a, b: 1}`.
const MIXED_PROPERTIES: &str = "cannot mix implicit and explicit properties";

/// True when some properties are shorthand (`{a}`) and others have a value (`{b: 1}`).
pub(super) fn mixes_implicit_and_explicit(properties: &[Property]) -> bool {
    let explicit = properties.iter().filter(|p| p.value.is_some()).count();
    explicit > 0 && explicit < properties.len()
}

/// `RecordLiteral = "{" RecordBody "}" .`
fn record_literal<'a>(expr: P<'a, Expr>) -> P<'a, Expr> {
    let with = identifier().then_ignore(keyword("with")).or_not();
    with.then(property_list(expr))
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .validate(|(with, properties), e, emitter| {
            if mixes_implicit_and_explicit(&properties) {
                emitter.emit(Rich::custom(e.span(), MIXED_PROPERTIES));
            }
            node(ExprKind::Record(RecordLiteral { with, properties }), sp(e.span()))
        })
        .recover_with(via_parser(skip_delimited(Token::LBrace, error_expr)))
        .boxed()
}

/// `ArrayLiteral` and `DictLiteral` (`[1, 2]`, `["a": 1]`, `[:]`).
///
/// Each item is read once as `Expression [":" Expression]`; the first item decides
/// between array and dict. (Trying a dict and then an array would parse nested
/// brackets an exponential number of times.)
fn array_or_dict_literal<'a>(expr: P<'a, Expr>) -> P<'a, Expr> {
    let empty_dict = just(Token::Colon).to(ExprKind::Dict(Vec::new()));
    let item = expr
        .clone()
        .then(just(Token::Colon).ignore_then(expr).or_not())
        .map_with(|item, e| (item, e.span()));
    let items = item
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|items, _, emitter| {
            let is_dict = items.first().is_some_and(|((_, value), _)| value.is_some());
            let mut array = Vec::new();
            let mut dict = Vec::new();
            for ((key, value), span) in items {
                match (is_dict, value) {
                    (true, Some(value)) => dict.push(DictItem { key, value }),
                    (false, None) => array.push(key),
                    (true, None) => emitter.emit(Rich::custom(span, "expected COLON in dictionary item")),
                    (false, Some(_)) => {
                        emitter.emit(Rich::custom(span, "unexpected COLON in array item"));
                        array.push(key);
                    }
                }
            }
            if is_dict {
                ExprKind::Dict(dict)
            } else {
                ExprKind::Array(array)
            }
        });
    choice((empty_dict, items))
        .delimited_by(just(Token::LBrack), just(Token::RBrack))
        .map_with(|kind, e| node(kind, sp(e.span())))
        .recover_with(via_parser(skip_delimited(Token::LBrack, error_expr)))
        .boxed()
}

/// `FunctionLiteral = FunctionParameters "=>" FunctionBody .`
fn function_literal<'a>(expr: P<'a, Expr>, block: P<'a, Block>) -> P<'a, Expr> {
    let parameter = identifier()
        .then(just(Token::Assign).ignore_then(expr.clone()).or_not())
        .map_with(|(key, default), e| Parameter {
            key,
            default,
            span: sp(e.span()),
        });
    let parameters = parameter
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen));
    // `=> {` always starts a block, as in Flux. Not trying a record after a failed
    // block also keeps nested `() => {` from being parsed an exponential number of times.
    let not_brace = any().filter(|t: &Token<'a>| *t != Token::LBrace).rewind();
    let body = choice((
        block.map(FunctionBody::Block),
        not_brace.ignore_then(expr).map(FunctionBody::Expr),
    ));
    parameters
        .then_ignore(just(Token::Arrow))
        .then(body)
        .map_with(|(params, body), e| {
            let span = sp(e.span());
            node(
                ExprKind::Function(Arc::new(FunctionLiteral { params, body, span })),
                span,
            )
        })
        .boxed()
}

/// `PrimaryExpression = identifier | Literal | "(" Expression ")" .`
fn primary_expression<'a>(expr: P<'a, Expr>, block: P<'a, Block>) -> P<'a, Expr> {
    let literal = select! {
        Token::Int(n) = e => node(ExprKind::Integer(n), sp(e.span())),
        Token::Float(x) = e => node(ExprKind::Float(x), sp(e.span())),
        Token::Regex(r) = e => node(ExprKind::Regex(literal::regex(r).into()), sp(e.span())),
        Token::Duration(d) = e => node(ExprKind::Duration(literal::duration(d).unwrap_or_default()), sp(e.span())),
        Token::Time(t) = e => node(ExprKind::DateTime(t), sp(e.span())),
        Token::PipeReceive = e => node(ExprKind::PipeLiteral, sp(e.span())),
        Token::Ident(name) = e => node(ExprKind::Identifier(name.into()), sp(e.span())),
    };
    let label = just(Token::Dot)
        .ignore_then(choice((
            identifier().map(|id| id.name),
            plain_string().map(|s| s.value),
        )))
        .map_with(|name, e| node(ExprKind::Label(name), sp(e.span())));
    let paren = expr
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|inner, e| node(ExprKind::Paren(Box::new(inner)), sp(e.span())))
        .recover_with(via_parser(skip_delimited(Token::LParen, error_expr)));
    choice((
        literal,
        string_literal(),
        function_literal(expr.clone(), block),
        paren,
        record_literal(expr.clone()),
        array_or_dict_literal(expr),
        label,
    ))
    .labelled(EXPRESSION)
    .boxed()
}

/// What may follow a postfix expression: `.x`, `[i]`, `(args)`.
pub(super) enum Postfix {
    Member(PropertyKey),
    Index(Expr),
    Call(Vec<Property>),
}

impl Postfix {
    /// The node for `object` followed by this operation; `span` covers both.
    pub(super) fn apply(self, object: Expr, span: Span) -> Expr {
        let object = Box::new(object);
        let kind = match self {
            Postfix::Member(property) => ExprKind::Member { object, property },
            Postfix::Index(index) => ExprKind::Index {
                array: object,
                index: Box::new(index),
            },
            Postfix::Call(arguments) => ExprKind::Call(CallExpression {
                callee: object,
                arguments,
                span,
            }),
        };
        node(kind, span)
    }

    /// `[index]`: a plain string index is a member access (`r["x"]` is `r.x`).
    pub(super) fn index(index: Expr) -> Postfix {
        match plain_string_of(&index) {
            Some(key) => Postfix::Member(PropertyKey::String(key)),
            None => Postfix::Index(index),
        }
    }
}

/// `PostfixExpression = PrimaryExpression | PostfixExpression (MemberExpression | CallExpression | IndexExpression) .`
fn postfix_expression<'a>(expr: P<'a, Expr>, block: P<'a, Block>) -> P<'a, Expr> {
    let member = just(Token::Dot)
        .ignore_then(identifier())
        .map(|id| Postfix::Member(PropertyKey::Identifier(id)));
    let index = expr
        .clone()
        .delimited_by(just(Token::LBrack), just(Token::RBrack))
        .map(Postfix::index)
        .recover_with(via_parser(skip_delimited(Token::LBrack, |span| {
            Postfix::Index(error_expr(span))
        })));
    let call = checked_property_list(expr.clone())
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map(Postfix::Call)
        .recover_with(via_parser(skip_delimited(Token::LParen, |_| {
            Postfix::Call(Vec::new())
        })));
    let operation = choice((member, index, call)).map_with(|op, e| (op, sp(e.span())));
    primary_expression(expr, block)
        .foldl_with(operation.repeated(), |lhs, (op, op_span), e| {
            let span = lhs.span.to(op_span);
            if grow_chain(e, span) {
                return node(ExprKind::Error, span);
            }
            op.apply(lhs, span)
        })
        .boxed()
}

/// The key of `r["key"]`: a string literal without interpolation.
pub(super) fn plain_string_of(expr: &Expr) -> Option<StringLiteral> {
    let ExprKind::String(parts) = &expr.kind else {
        return None;
    };
    Some(StringLiteral {
        value: plain_text(parts)?,
        span: expr.span,
    })
}

/// The text of a string literal without interpolation (`None` if it has one). A
/// literal of one piece of text shares it rather than copying it.
pub(super) fn plain_text(parts: &[StringPart]) -> Option<Name> {
    match parts {
        [] => Some("".into()),
        [StringPart::Text(text)] => Some(text.clone()),
        _ => parts
            .iter()
            .map(|part| match part {
                StringPart::Text(text) => Some(&**text),
                StringPart::Interpolation(_) => None,
            })
            .collect::<Option<String>>()
            .map(Name::from),
    }
}

/// `UnaryExpression = PostfixExpression | ("+"|"-") UnaryExpression .`
fn unary_expression<'a>(postfix: P<'a, Expr>) -> P<'a, Expr> {
    recursive(|unary| {
        let op = chumsky::primitive::select(|token, _| arithmetic_prefix(token));
        let prefixed = op.then(nested(unary.boxed())).map_with(|(op, argument), e| {
            node(
                ExprKind::Unary {
                    op,
                    argument: Box::new(argument),
                },
                sp(e.span()),
            )
        });
        choice((prefixed, postfix))
    })
    .boxed()
}

/// `PipeExpression = PostfixExpression | PipeExpression "|>" UnaryExpression .`
fn pipe_expression<'a>(unary: P<'a, Expr>) -> P<'a, Expr> {
    unary
        .clone()
        .foldl_with(
            just(Token::PipeForward).ignore_then(unary).repeated(),
            |argument, destination, e| {
                let span = argument.span.to(destination.span);
                if grow_chain(e, span) {
                    return node(ExprKind::Error, span);
                }
                match destination.kind {
                    ExprKind::Call(call) => node(
                        ExprKind::Pipe {
                            argument: Box::new(argument),
                            call,
                        },
                        span,
                    ),
                    _ => {
                        e.emit(Rich::custom(
                            SimpleSpan::from(destination.span.range()),
                            "pipe destination must be a function call",
                        ));
                        node(ExprKind::Error, span)
                    }
                }
            },
        )
        .boxed()
}

/// A binary or logical operator: what joins `left` and `right` in an infix node.
#[derive(Clone, Copy)]
pub(super) enum Infix {
    Binary(BinaryOp),
    Logical(LogicalOp),
}

impl Infix {
    /// The node `left op right`, spanning both operands.
    pub(super) fn apply(self, left: Expr, right: Expr) -> Expr {
        let span = left.span.to(right.span);
        let (left, right) = (Box::new(left), Box::new(right));
        let kind = match self {
            Infix::Binary(op) => ExprKind::Binary { op, left, right },
            Infix::Logical(op) => ExprKind::Logical { op, left, right },
        };
        node(kind, span)
    }
}

/// `left op right`, one more link of an operator chain (bounded by [`grow_chain`]).
fn fold_infix<'a>(op: Infix, left: Expr, right: Expr, e: &mut MapExtra<'a, '_, In<'a>, Extra<'a>>) -> Expr {
    let span = left.span.to(right.span);
    if grow_chain(e, span) {
        return node(ExprKind::Error, span);
    }
    op.apply(left, right)
}

/// `ExponentExpression`, `MultiplicativeExpression`, `AdditiveExpression` and
/// `ComparisonExpression`: one pratt level per binding power of the operator table,
/// every level left-associative, `^` included.
fn comparison_expression<'a>(pipe: P<'a, Expr>) -> P<'a, Expr> {
    let [comparison, additive, multiplicative, exponent] = BINARY_POWERS;
    let level = |power: u8| {
        let operator = chumsky::primitive::select(move |token, _| binary_operator_of_power(token, power));
        infix(left(u16::from(power)), operator, |l, op, r, e| {
            fold_infix(Infix::Binary(op), l, r, e)
        })
    };
    pipe.pratt((
        level(exponent),
        level(multiplicative),
        level(additive),
        level(comparison),
    ))
    .boxed()
}

/// `operand {token operand}`, left-associative: one level of `LogicalExpression`.
fn logical_chain<'a>((token, op): (Token<'a>, LogicalOp), operand: P<'a, Expr>) -> P<'a, Expr> {
    operand
        .clone()
        .foldl_with(just(token).ignore_then(operand).repeated(), move |l, r, e| {
            fold_infix(Infix::Logical(op), l, r, e)
        })
        .boxed()
}

/// `UnaryLogicalExpression = ComparisonExpression | ("not"|"exists") UnaryLogicalExpression .`
fn unary_logical_expression<'a>(comparison: P<'a, Expr>) -> P<'a, Expr> {
    recursive(|unary_logical| {
        let op = chumsky::primitive::select(|token, _| logical_prefix(token));
        let prefixed = op
            .then(nested(unary_logical.boxed()))
            .map_with(|(op, argument), e| {
                node(
                    ExprKind::Unary {
                        op,
                        argument: Box::new(argument),
                    },
                    sp(e.span()),
                )
            });
        choice((prefixed, comparison))
    })
    .boxed()
}

/// `Expression = ConditionalExpression .` with `LogicalExpression` below it.
pub(super) fn expression<'a>(expr: P<'a, Expr>, block: P<'a, Block>) -> P<'a, Expr> {
    let postfix = postfix_expression(expr.clone(), block);
    let unary = unary_expression(postfix);
    let pipe = pipe_expression(unary);
    let comparison = comparison_expression(pipe);
    let unary_logical = unary_logical_expression(comparison);
    let and = logical_chain(AND, unary_logical);
    let or = logical_chain(OR, and);
    let conditional = just(Token::If)
        .ignore_then(expr.clone())
        .then_ignore(just(Token::Then))
        .then(expr.clone())
        .then_ignore(just(Token::Else))
        .then(expr)
        .map_with(|((test, consequent), alternate), e| {
            node(
                ExprKind::Conditional {
                    test: Box::new(test),
                    consequent: Box::new(consequent),
                    alternate: Box::new(alternate),
                },
                sp(e.span()),
            )
        });
    choice((conditional, or)).boxed()
}
