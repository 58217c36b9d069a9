//! Type expressions of `builtin` statements.

use super::{Descent, Fast};
use crate::ast::{
    Identifier, MonoType, MonoTypeKind, ParameterKind, ParameterType, PropertyKey, PropertyType,
    TypeConstraint, TypeExpression,
};
use crate::token::Token;

impl Descent<'_, '_> {
    /// `TypeExpression = MonoType ["where" Constraints] .`
    pub(super) fn type_expression(&mut self) -> Fast<TypeExpression> {
        let start = self.pos;
        let ty = self.monotype()?;
        let mut constraints = Vec::new();
        if self.at_keyword("where") {
            self.pos += 1;
            loop {
                let tvar = self.identifier()?;
                self.require(Token::Colon)?;
                let mut kinds = vec![self.identifier()?];
                while self.eat(Token::Add) {
                    kinds.push(self.identifier()?);
                }
                constraints.push(TypeConstraint { tvar, kinds });
                if !self.eat(Token::Comma) {
                    break;
                }
            }
        }
        Some(TypeExpression {
            ty,
            constraints,
            span: self.span_from(start),
        })
    }

    /// A `MonoType` one nesting level deeper.
    fn inner_type(&mut self) -> Fast<MonoType> {
        self.nested(Self::monotype)
    }

    /// `MonoType = Tvar | BasicType | ArrayType | StreamType | VectorType | RecordType | FunctionType | DictType .`
    fn monotype(&mut self) -> Fast<MonoType> {
        let start = self.pos;
        let kind = match self.peek()? {
            Token::Ident(word @ ("stream" | "vector")) if self.peek_at(1) == Some(Token::LBrack) => {
                self.pos += 2;
                let element = Box::new(self.inner_type()?);
                self.require(Token::RBrack)?;
                if word == "stream" {
                    MonoTypeKind::Stream(element)
                } else {
                    MonoTypeKind::Vector(element)
                }
            }
            Token::Ident(name) => {
                self.pos += 1;
                if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                    MonoTypeKind::Tvar(name.into())
                } else {
                    MonoTypeKind::Basic(name.into())
                }
            }
            Token::LBrack => {
                self.pos += 1;
                let first = Box::new(self.inner_type()?);
                let kind = if self.eat(Token::Colon) {
                    let value = Box::new(self.inner_type()?);
                    MonoTypeKind::Dict { key: first, value }
                } else {
                    MonoTypeKind::Array(first)
                };
                self.require(Token::RBrack)?;
                kind
            }
            Token::LBrace => {
                self.pos += 1;
                let tvar = if matches!(self.peek_at(1), Some(Token::Ident("with"))) {
                    let tvar = self.identifier()?;
                    self.pos += 1;
                    Some(tvar)
                } else {
                    None
                };
                let properties = self.list_until(Token::RBrace, |p| {
                    let name = match p.peek()? {
                        Token::Ident(_) => PropertyKey::Identifier(p.identifier()?),
                        _ => PropertyKey::String(p.plain_string()?),
                    };
                    p.require(Token::Colon)?;
                    let ty = p.inner_type()?;
                    Some(PropertyType { name, ty })
                })?;
                MonoTypeKind::Record { tvar, properties }
            }
            Token::LParen => {
                self.pos += 1;
                let params = self.list_until(Token::RParen, |p| {
                    let start = p.pos;
                    let kind = if p.eat(Token::PipeReceive) {
                        ParameterKind::Pipe
                    } else if p.eat(Token::Question) {
                        ParameterKind::Optional
                    } else {
                        ParameterKind::Required
                    };
                    // `<-: T`, the unnamed pipe parameter, as libflux parses it.
                    let name = if kind == ParameterKind::Pipe && p.at(Token::Colon) {
                        Identifier {
                            name: "".into(),
                            span: p.span_from(start),
                        }
                    } else {
                        p.identifier()?
                    };
                    p.require(Token::Colon)?;
                    let ty = p.inner_type()?;
                    Some(ParameterType { kind, name, ty })
                })?;
                self.require(Token::Arrow)?;
                let ret = Box::new(self.inner_type()?);
                MonoTypeKind::Function { params, ret }
            }
            _ => return None,
        };
        Some(MonoType {
            kind,
            span: self.span_from(start),
        })
    }
}
