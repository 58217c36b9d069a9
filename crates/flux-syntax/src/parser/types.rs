//! Type expressions of `builtin` statements.

use chumsky::prelude::*;

use super::expr::plain_string;
use super::{P, identifier, keyword, nested, sp};
use crate::ast::{
    Identifier, MonoType, MonoTypeKind, ParameterKind, ParameterType, PropertyKey, PropertyType,
    TypeConstraint, TypeExpression,
};
use crate::token::Token;

fn mono(kind: MonoTypeKind, span: SimpleSpan) -> MonoType {
    MonoType { kind, span: sp(span) }
}

/// `MonoType = Tvar | BasicType | ArrayType | StreamType | VectorType | RecordType | FunctionType | DictType .`
fn monotype<'a>() -> P<'a, MonoType> {
    recursive(|monotype| {
        let inner = nested(monotype.boxed());
        let bracketed = inner
            .clone()
            .delimited_by(just(Token::LBrack), just(Token::RBrack));
        let stream = keyword("stream")
            .ignore_then(bracketed.clone())
            .map_with(|t, e| mono(MonoTypeKind::Stream(Box::new(t)), e.span()));
        let vector = keyword("vector")
            .ignore_then(bracketed)
            .map_with(|t, e| mono(MonoTypeKind::Vector(Box::new(t)), e.span()));
        let named = identifier().map_with(|id, e| {
            let is_tvar = id.name.chars().next().is_some_and(|c| c.is_ascii_uppercase());
            let kind = if is_tvar {
                MonoTypeKind::Tvar(id.name)
            } else {
                MonoTypeKind::Basic(id.name)
            };
            mono(kind, e.span())
        });
        let array_or_dict = inner
            .clone()
            .then(just(Token::Colon).ignore_then(inner.clone()).or_not())
            .delimited_by(just(Token::LBrack), just(Token::RBrack))
            .map_with(|(first, value), e| {
                let kind = match value {
                    Some(value) => MonoTypeKind::Dict {
                        key: Box::new(first),
                        value: Box::new(value),
                    },
                    None => MonoTypeKind::Array(Box::new(first)),
                };
                mono(kind, e.span())
            });
        let label = choice((
            identifier().map(PropertyKey::Identifier),
            plain_string().map(PropertyKey::String),
        ));
        let property = label
            .then_ignore(just(Token::Colon))
            .then(inner.clone())
            .map(|(name, ty)| PropertyType { name, ty });
        let record = identifier()
            .then_ignore(keyword("with"))
            .or_not()
            .then(
                property
                    .separated_by(just(Token::Comma))
                    .allow_trailing()
                    .collect(),
            )
            .delimited_by(just(Token::LBrace), just(Token::RBrace))
            .map_with(|(tvar, properties), e| mono(MonoTypeKind::Record { tvar, properties }, e.span()));
        let parameter_kind = choice((
            just(Token::PipeReceive).to(ParameterKind::Pipe),
            just(Token::Question).to(ParameterKind::Optional),
        ))
        .or_not()
        .map(|kind| kind.unwrap_or(ParameterKind::Required));
        // `<-: T`, the unnamed pipe parameter, as libflux parses it.
        let unnamed_pipe = just(Token::PipeReceive)
            .map_with(|_, e| {
                let name = Identifier {
                    name: "".into(),
                    span: sp(e.span()),
                };
                (ParameterKind::Pipe, name)
            })
            .then_ignore(just(Token::Colon).rewind());
        let parameter = unnamed_pipe
            .or(parameter_kind.then(identifier()))
            .then_ignore(just(Token::Colon))
            .then(inner.clone())
            .map(|((kind, name), ty)| ParameterType { kind, name, ty });
        let function = parameter
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .then_ignore(just(Token::Arrow))
            .then(inner)
            .map_with(|(params, ret), e| {
                mono(
                    MonoTypeKind::Function {
                        params,
                        ret: Box::new(ret),
                    },
                    e.span(),
                )
            });
        choice((stream, vector, named, array_or_dict, record, function)).labelled("type")
    })
    .boxed()
}

/// `TypeExpression = MonoType ["where" Constraints] .`
pub(super) fn type_expression<'a>() -> P<'a, TypeExpression> {
    let kinds = identifier().separated_by(just(Token::Add)).at_least(1).collect();
    let constraint = identifier()
        .then_ignore(just(Token::Colon))
        .then(kinds)
        .map(|(tvar, kinds)| TypeConstraint { tvar, kinds });
    let constraints = keyword("where").ignore_then(
        constraint
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    );
    monotype()
        .then(constraints.or_not())
        .map_with(|(ty, constraints), e| TypeExpression {
            ty,
            constraints: constraints.unwrap_or_default(),
            span: sp(e.span()),
        })
        .boxed()
}
