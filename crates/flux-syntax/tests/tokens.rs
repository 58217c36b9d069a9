//! The error-tolerant tokens API: one-liners (source in, classes out) and properties
//! on random input.

use flux_syntax::{Bracket, KEYWORDS, TokenClass, lex, tokens};
use proptest::prelude::*;

/// Each token as `class:text`, joined by spaces.
fn classes(source: &str) -> String {
    tokens(source)
        .into_iter()
        .map(|(class, span)| {
            let name = match class {
                TokenClass::Keyword => "kw",
                TokenClass::Identifier => "id",
                TokenClass::Number => "num",
                TokenClass::Duration => "dur",
                TokenClass::DateTime => "time",
                TokenClass::String { terminated: true } => "str",
                TokenClass::String { terminated: false } => "str…",
                TokenClass::Regex => "re",
                TokenClass::Comment => "comment",
                TokenClass::Operator => "op",
                TokenClass::Open(_) => "open",
                TokenClass::Close(_) => "close",
                TokenClass::Illegal => "illegal",
            };
            format!("{name}:{}", &source[span.range()])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[track_caller]
fn eq(source: &str, expected: &str) {
    assert_eq!(classes(source), expected, "source: {source:?}");
}

#[test]
fn classes_of_tokens() {
    eq("x = 1 + 2.5", "id:x op:= num:1 op:+ num:2.5");
    eq(
        "if a then 1h30m else 2020-01-01T00:00:00Z",
        "kw:if id:a kw:then dur:1h30m kw:else time:2020-01-01T00:00:00Z",
    );
    eq(
        "f(x: [1], r: {a})",
        "id:f open:( id:x op:: open:[ num:1 close:] op:, id:r op:: open:{ id:a close:} close:)",
    );
    eq(
        "r |> g() // done",
        "id:r op:|> id:g open:( close:) comment:// done",
    );
    eq("// one\n// two\nx", "comment:// one comment:// two id:x");
    eq("\"a ${b + \"c\"} d\"", "str:\"a ${b + \"c\"} d\"");
}

#[test]
fn a_slash_is_a_regex_where_an_operand_starts() {
    eq("x =~ /a(b/", "id:x op:=~ re:/a(b/");
    eq("a / b / c", "id:a op:/ id:b op:/ id:c");
    eq("(a) / 2", "open:( id:a close:) op:/ num:2");
    eq("x = // c\n/re/", "id:x op:= comment:// c re:/re/");
}

#[test]
fn half_typed_and_broken_input_still_gives_tokens() {
    eq("x = \"abc", "id:x op:= str…:\"abc");
    eq("\"${f(x: \"y\")} and", "str…:\"${f(x: \"y\")} and");
    eq("f(a: #, b", "id:f open:( id:a op:: illegal:# op:, id:b");
    eq("x = /abc", "id:x op:= op:/ id:abc");
    eq("0123 1.5e9", "num:0123 num:1.5 id:e9");
    eq("2018-02-30T00:00:00", "time:2018-02-30T00:00:00");
    eq("", "");
}

#[test]
fn brackets_say_which() {
    let brackets: Vec<_> = tokens("([{}])").into_iter().map(|(class, _)| class).collect();
    assert_eq!(
        brackets,
        [
            TokenClass::Open(Bracket::Paren),
            TokenClass::Open(Bracket::Square),
            TokenClass::Open(Bracket::Curly),
            TokenClass::Close(Bracket::Curly),
            TokenClass::Close(Bracket::Square),
            TokenClass::Close(Bracket::Paren),
        ]
    );
}

#[test]
fn keywords_are_keywords() {
    for word in KEYWORDS {
        eq(word, &format!("kw:{word}"));
    }
    eq("with where extends", "id:with id:where id:extends");
}

fn source() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(
        &[
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "\"",
            "\"${",
            "}\"",
            "/",
            "/re/",
            "// c\n",
            ",",
            ":",
            ".",
            "=",
            "=>",
            "<-",
            "|>",
            "+",
            "-",
            "^",
            "=~",
            "!",
            "#",
            "and",
            "if",
            "x",
            "1",
            "1.5",
            "1h",
            "2018-01-01",
            "é",
            "\n",
            " ",
        ][..],
    );
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Spans are in order, do not overlap, lie on character boundaries, and what
    /// lies between them is white space only.
    #[test]
    fn tokens_cover_the_input(source in prop_oneof![source(), "\\PC{0,120}"]) {
        let mut end = 0;
        for (_, span) in tokens(&source) {
            let range = span.range();
            prop_assert!(range.start >= end && range.start < range.end, "{source:?}: {range:?}");
            prop_assert!(source.is_char_boundary(range.start) && source.is_char_boundary(range.end));
            prop_assert!(source[end..range.start].trim().is_empty(), "{source:?}: gap before {range:?}");
            end = range.end;
        }
        prop_assert!(source[end..].trim().is_empty());
    }

    /// Without lexical errors, the tokens are the parser's tokens plus the comments.
    #[test]
    fn tokens_are_the_parsers_tokens(source in source()) {
        let (count, errors) = lex(&source);
        if errors.is_empty() {
            let code = tokens(&source).into_iter().filter(|(c, _)| *c != TokenClass::Comment).count();
            prop_assert_eq!(code, count, "{:?}", source);
        }
    }
}
