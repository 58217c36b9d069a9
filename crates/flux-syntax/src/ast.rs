//! The Flux abstract syntax tree.
//!
//! Node names follow the productions of the Flux SPEC. Every node carries a [`Span`]
//! of byte offsets; no node holds a copy of the source text beyond the names and
//! literal values it needs. Function literals are behind an `Arc` so that closures
//! can share them with the tree without copying.

use std::sync::Arc;

use crate::span::Span;

/// A name as written in the source (identifiers, property keys, package names).
pub type Name = Arc<str>;

/// `File = [PackageClause] [ImportList] StatementList .`
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The `package` clause, if any (default package is `main`).
    pub package: Option<PackageClause>,
    /// `import` declarations, in order.
    pub imports: Vec<ImportDeclaration>,
    /// Top-level statements, in order.
    pub body: Vec<Statement>,
    /// The whole file.
    pub span: Span,
}

/// `Identifier` with its location.
#[derive(Clone, Debug, PartialEq)]
pub struct Identifier {
    /// The identifier text.
    pub name: Name,
    /// Where it is written.
    pub span: Span,
}

/// A string literal used where only a plain string is allowed (import paths, keys).
#[derive(Clone, Debug, PartialEq)]
pub struct StringLiteral {
    /// The string value after escapes are processed.
    pub value: Name,
    /// Where it is written, quotes included.
    pub span: Span,
}

/// `Attribute = "@" identifier AttributeParameters .`
#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    /// Attribute name (without `@`).
    pub name: Identifier,
    /// Parameters (primary expressions).
    pub params: Vec<Expr>,
    /// The whole attribute.
    pub span: Span,
}

/// `PackageClause = [Attributes] "package" identifier .`
#[derive(Clone, Debug, PartialEq)]
pub struct PackageClause {
    /// Attributes written before `package`.
    pub attributes: Vec<Attribute>,
    /// The package name.
    pub name: Identifier,
    /// The whole clause.
    pub span: Span,
}

/// `ImportDeclaration = [Attributes] "import" [identifier] string_lit .`
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDeclaration {
    /// Attributes written before `import`.
    pub attributes: Vec<Attribute>,
    /// `import alias "path"`.
    pub alias: Option<Identifier>,
    /// The package path.
    pub path: StringLiteral,
    /// The whole declaration.
    pub span: Span,
}

/// `Statement = [Attributes] StatementInner .`
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// Attributes written before the statement.
    pub attributes: Vec<Attribute>,
    /// What kind of statement.
    pub kind: StatementKind,
    /// The whole statement.
    pub span: Span,
}

/// The statement productions.
#[derive(Clone, Debug, PartialEq)]
pub enum StatementKind {
    /// `VariableAssignment = identifier "=" Expression .`
    Variable(VariableAssignment),
    /// `OptionAssignment = "option" [identifier "."] identifier "=" Expression .`
    Option(OptionAssignment),
    /// `ReturnStatement = "return" Expression .`
    Return(Expr),
    /// `ExpressionStatement = Expression .`
    Expression(Expr),
    /// `TestcaseStatement = "testcase" identifier ["extends" string_lit] Block .`
    Testcase(TestcaseStatement),
    /// `BuiltinStatement = "builtin" identifier ":" TypeExpression .`
    Builtin(BuiltinStatement),
    /// A statement that could not be parsed; its errors are in the parse result.
    Error,
}

/// `identifier "=" Expression`
#[derive(Clone, Debug, PartialEq)]
pub struct VariableAssignment {
    /// The bound name.
    pub id: Identifier,
    /// The value.
    pub init: Expr,
}

/// `"option" [identifier "."] identifier "=" Expression`
#[derive(Clone, Debug, PartialEq)]
pub struct OptionAssignment {
    /// The package qualifier of `option pkg.name = …`.
    pub package: Option<Identifier>,
    /// The option name.
    pub id: Identifier,
    /// The value.
    pub init: Expr,
}

/// `"testcase" identifier ["extends" string_lit] Block`
#[derive(Clone, Debug, PartialEq)]
pub struct TestcaseStatement {
    /// The test case name.
    pub id: Identifier,
    /// `extends "pkg_test.name"`.
    pub extends: Option<StringLiteral>,
    /// The body.
    pub block: Block,
}

/// `"builtin" identifier ":" TypeExpression`
#[derive(Clone, Debug, PartialEq)]
pub struct BuiltinStatement {
    /// The declared name.
    pub id: Identifier,
    /// Its type.
    pub ty: TypeExpression,
}

/// `Block = "{" StatementList "}" .`
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Statements, in order.
    pub body: Vec<Statement>,
    /// Braces included.
    pub span: Span,
}

/// An expression with its location.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// The whole expression.
    pub span: Span,
}

/// The expression productions.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A variable reference.
    Identifier(Name),
    /// `int_lit` (already range-checked).
    Integer(i64),
    /// `float_lit`.
    Float(f64),
    /// `string_lit`: text pieces and `${…}` interpolations, in order.
    String(Vec<StringPart>),
    /// `regexp_lit`: the pattern, with `\/` already turned into `/`.
    Regex(Name),
    /// `duration_lit`: magnitudes and units as written (`1h30m` = two magnitudes).
    Duration(Vec<DurationMagnitude>),
    /// `date_time_lit`: nanoseconds since the Unix epoch, UTC.
    DateTime(i64),
    /// `pipe_receive_lit` (`<-`), only valid as a parameter default.
    PipeLiteral,
    /// `.ident` or `."string"` label literal.
    Label(Name),
    /// `RecordLiteral`: `{a: 1, b}` or `{r with a: 1}`.
    Record(RecordLiteral),
    /// `ArrayLiteral`.
    Array(Vec<Expr>),
    /// `DictLiteral`; `[:]` is an empty list.
    Dict(Vec<DictItem>),
    /// `FunctionLiteral`.
    Function(Arc<FunctionLiteral>),
    /// `CallExpression`: callee and its named arguments.
    Call(CallExpression),
    /// `PipeExpression`: `argument |> call`.
    Pipe {
        /// The value piped in.
        argument: Box<Expr>,
        /// The call it is piped into.
        call: CallExpression,
    },
    /// `MemberExpression`: `object.property` or `object["property"]`.
    Member {
        /// The record.
        object: Box<Expr>,
        /// The property name.
        property: PropertyKey,
    },
    /// `IndexExpression`: `array[index]`.
    Index {
        /// The array.
        array: Box<Expr>,
        /// The index.
        index: Box<Expr>,
    },
    /// Arithmetic, comparison and regex-match operators.
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `and` / `or`.
    Logical {
        /// The operator.
        op: LogicalOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// Prefix `-`, `+`, `not`, `exists`.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        argument: Box<Expr>,
    },
    /// `if test then consequent else alternate`.
    Conditional {
        /// The condition.
        test: Box<Expr>,
        /// Value when true.
        consequent: Box<Expr>,
        /// Value when false or null.
        alternate: Box<Expr>,
    },
    /// `( Expression )`, kept so that printing and formatting round-trip.
    Paren(Box<Expr>),
    /// An expression that could not be parsed; its errors are in the parse result.
    Error,
}

/// A piece of a string literal.
#[derive(Clone, Debug, PartialEq)]
pub enum StringPart {
    /// Literal text, escapes processed.
    Text(Name),
    /// `${ Expression }`.
    Interpolation(Expr),
}

/// One `magnitude unit` pair of a duration literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DurationMagnitude {
    /// The number before the unit.
    pub magnitude: i64,
    /// The unit.
    pub unit: DurationUnit,
}

/// Duration literal units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DurationUnit {
    /// `y` (12 months).
    Year,
    /// `mo`.
    Month,
    /// `w` (7 days).
    Week,
    /// `d` (24 hours).
    Day,
    /// `h`.
    Hour,
    /// `m`.
    Minute,
    /// `s`.
    Second,
    /// `ms`.
    Millisecond,
    /// `us` or `µs`.
    Microsecond,
    /// `ns`.
    Nanosecond,
}

impl DurationUnit {
    /// The unit as Flux prints it (`µs` prints as `us`).
    pub fn as_str(self) -> &'static str {
        match self {
            DurationUnit::Year => "y",
            DurationUnit::Month => "mo",
            DurationUnit::Week => "w",
            DurationUnit::Day => "d",
            DurationUnit::Hour => "h",
            DurationUnit::Minute => "m",
            DurationUnit::Second => "s",
            DurationUnit::Millisecond => "ms",
            DurationUnit::Microsecond => "us",
            DurationUnit::Nanosecond => "ns",
        }
    }
}

/// `RecordLiteral = "{" RecordBody "}" .`
#[derive(Clone, Debug, PartialEq)]
pub struct RecordLiteral {
    /// The `r` of `{r with …}`.
    pub with: Option<Identifier>,
    /// The listed properties, in order.
    pub properties: Vec<Property>,
}

/// `Property = identifier [":" Expression] | string_lit ":" Expression .`
#[derive(Clone, Debug, PartialEq)]
pub struct Property {
    /// The key.
    pub key: PropertyKey,
    /// The value; `None` for the shorthand `{a}` (= `{a: a}`).
    pub value: Option<Expr>,
    /// The whole property.
    pub span: Span,
}

/// A property name: an identifier or a string literal.
#[derive(Clone, Debug, PartialEq)]
pub enum PropertyKey {
    /// `a`
    Identifier(Identifier),
    /// `"a b"`
    String(StringLiteral),
}

impl PropertyKey {
    /// The key text.
    pub fn name(&self) -> &Name {
        match self {
            PropertyKey::Identifier(id) => &id.name,
            PropertyKey::String(s) => &s.value,
        }
    }

    /// Where the key is written.
    pub fn span(&self) -> Span {
        match self {
            PropertyKey::Identifier(id) => id.span,
            PropertyKey::String(s) => s.span,
        }
    }
}

/// `Association = Expression ":" Expression .`
#[derive(Clone, Debug, PartialEq)]
pub struct DictItem {
    /// The key expression.
    pub key: Expr,
    /// The value expression.
    pub value: Expr,
}

/// `FunctionLiteral = FunctionParameters "=>" FunctionBody .`
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionLiteral {
    /// Parameters, in order.
    pub params: Vec<Parameter>,
    /// The body.
    pub body: FunctionBody,
    /// The whole literal.
    pub span: Span,
}

/// `Parameter = identifier ["=" Expression] .`
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    /// The parameter name.
    pub key: Identifier,
    /// The default; `Some(PipeLiteral)` marks the pipe parameter.
    pub default: Option<Expr>,
    /// The whole parameter.
    pub span: Span,
}

/// `FunctionBody = Expression | Block .`
#[derive(Clone, Debug, PartialEq)]
pub enum FunctionBody {
    /// `=> expr`
    Expr(Expr),
    /// `=> { … return … }`
    Block(Block),
}

/// A call: callee plus named arguments (`f(a: 1, b)`).
#[derive(Clone, Debug, PartialEq)]
pub struct CallExpression {
    /// The function being called.
    pub callee: Box<Expr>,
    /// The named arguments (shorthand `f(a)` = `f(a: a)`).
    pub arguments: Vec<Property>,
    /// The whole call.
    pub span: Span,
}

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `^`
    Pow,
    /// `==`
    Eq,
    /// `!=`
    Neq,
    /// `<`
    Lt,
    /// `<=`
    Lte,
    /// `>`
    Gt,
    /// `>=`
    Gte,
    /// `=~`
    RegexMatch,
    /// `!~`
    RegexNotMatch,
}

impl BinaryOp {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "^",
            BinaryOp::Eq => "==",
            BinaryOp::Neq => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Lte => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Gte => ">=",
            BinaryOp::RegexMatch => "=~",
            BinaryOp::RegexNotMatch => "!~",
        }
    }
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Prefix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-`
    Neg,
    /// `+`
    Plus,
    /// `not`
    Not,
    /// `exists`
    Exists,
}

/// `TypeExpression = MonoType ["where" Constraints] .`
#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpression {
    /// The type.
    pub ty: MonoType,
    /// `where A: Kind + Kind, …`
    pub constraints: Vec<TypeConstraint>,
    /// The whole type expression.
    pub span: Span,
}

/// `Constraint = Tvar ":" Kinds .`
#[derive(Clone, Debug, PartialEq)]
pub struct TypeConstraint {
    /// The type variable.
    pub tvar: Identifier,
    /// The kinds it must have.
    pub kinds: Vec<Identifier>,
}

/// A monotype with its location.
#[derive(Clone, Debug, PartialEq)]
pub struct MonoType {
    /// What kind of type.
    pub kind: MonoTypeKind,
    /// Where it is written.
    pub span: Span,
}

/// `MonoType` productions.
#[derive(Clone, Debug, PartialEq)]
pub enum MonoTypeKind {
    /// A type variable (`A`, `T`).
    Tvar(Name),
    /// `int`, `string`, … and `dynamic`.
    Basic(Name),
    /// `[T]`
    Array(Box<MonoType>),
    /// `stream[T]`
    Stream(Box<MonoType>),
    /// `vector[T]`
    Vector(Box<MonoType>),
    /// `[K: V]`
    Dict {
        /// Key type.
        key: Box<MonoType>,
        /// Value type.
        value: Box<MonoType>,
    },
    /// `{a: T, …}` or `{A with a: T}`.
    Record {
        /// The `A` of `{A with …}`.
        tvar: Option<Identifier>,
        /// Fields.
        properties: Vec<PropertyType>,
    },
    /// `(a: T, ?b: U, <-c: V) => R`
    Function {
        /// Parameters.
        params: Vec<ParameterType>,
        /// Return type.
        ret: Box<MonoType>,
    },
    /// A type that could not be parsed.
    Error,
}

/// `RecordTypeProperty = Label ":" MonoType .`
#[derive(Clone, Debug, PartialEq)]
pub struct PropertyType {
    /// Field name.
    pub name: PropertyKey,
    /// Field type.
    pub ty: MonoType,
}

/// `FunctionTypeParameter = ["<-" | "?"] identifier ":" MonoType .`
#[derive(Clone, Debug, PartialEq)]
pub struct ParameterType {
    /// Required, optional (`?`) or pipe (`<-`).
    pub kind: ParameterKind,
    /// Parameter name.
    pub name: Identifier,
    /// Parameter type.
    pub ty: MonoType,
}

/// How a function-type parameter is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParameterKind {
    /// `name: T`
    Required,
    /// `?name: T`
    Optional,
    /// `<-name: T`
    Pipe,
}
