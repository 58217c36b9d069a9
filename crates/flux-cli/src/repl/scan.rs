//! What the REPL needs to know about the text typed so far, read from flux-syntax's
//! tokens: is the entry unfinished, and is the cursor in a string or a comment? The
//! parser reports every real error once the entry is submitted.

use flux_syntax::{Span, TokenClass, tokens};

/// Keywords after which an expression or statement must go on.
const CONTINUING_KEYWORDS: &[&str] = &[
    "and", "or", "not", "if", "then", "else", "import", "return", "option", "exists", "package", "builtin",
];

/// True when `src` cannot be complete Flux yet: an open bracket or string, or a
/// trailing operator, `=>` or keyword that needs something after it. Brackets closed
/// in the wrong order are left to the parser to report.
pub fn is_incomplete(src: &str) -> bool {
    let tokens = tokens(src);
    let mut open = Vec::new();
    for (class, _) in &tokens {
        match class {
            TokenClass::Open(bracket) => open.push(*bracket),
            TokenClass::Close(bracket) if open.pop() != Some(*bracket) => return false,
            _ => {}
        }
    }
    if !open.is_empty() {
        return true;
    }
    match last_code(&tokens) {
        Some((TokenClass::String { terminated }, _)) => !terminated,
        Some((TokenClass::Operator, _)) => true,
        Some((TokenClass::Keyword, span)) => CONTINUING_KEYWORDS.contains(&&src[span.range()]),
        _ => false,
    }
}

/// The last token that is not a comment.
pub fn last_code(tokens: &[(TokenClass, Span)]) -> Option<(TokenClass, Span)> {
    tokens
        .iter()
        .rev()
        .find(|(class, _)| *class != TokenClass::Comment)
        .copied()
}

/// Where the end of `src` is: in a string literal's text or a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// In code.
    Code,
    /// Inside a string literal that is not closed yet.
    String,
    /// Inside a `//` comment.
    Comment,
}

/// Where the end of `src` is.
pub fn end_of(src: &str) -> End {
    match tokens(src).last() {
        Some((TokenClass::String { terminated: false }, _)) => End::String,
        Some((TokenClass::Comment, span)) if span.end as usize == src.len() => End::Comment,
        _ => End::Code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incomplete(src: &str) {
        assert!(is_incomplete(src), "{src:?} should be incomplete");
    }
    fn complete(src: &str) {
        assert!(!is_incomplete(src), "{src:?} should be complete");
    }

    #[test]
    fn plain_statements_are_complete() {
        complete("");
        complete("   ");
        complete("1 + 1");
        complete("x = 5");
        complete("f(x: 1)");
        complete("{a: 1, b: [1, 2]}");
        complete("// just a comment");
        complete("x // comment with ( and \"");
        complete("import \"dict\"");
        complete("if true then 1 else 2");
        complete("1h30m");
        complete("2020-01-01T00:00:00Z");
        complete("2020-01-01T00:00:00+07:00");
    }

    #[test]
    fn open_brackets_continue() {
        incomplete("f(");
        incomplete("f(x: 1,");
        incomplete("[1, 2");
        incomplete("{a: 1");
        incomplete("(x) => {\n  return x");
        incomplete("[\"a\": 1");
    }

    #[test]
    fn open_strings_continue() {
        incomplete("\"abc");
        incomplete("\"a\\\"");
        incomplete("\"${x");
        incomplete("\"${f(x: \"y\")} and");
        complete("\"${f(x: \"y\")}\"");
        complete("\"a } ) ]\"");
    }

    #[test]
    fn trailing_operators_continue() {
        incomplete("1 +");
        incomplete("1 + // more below");
        incomplete("x =");
        incomplete("f = (x) =>");
        incomplete("a |>");
        incomplete("a and");
        incomplete("if x then");
        incomplete("if x then 1 else");
        incomplete("not");
        incomplete("r.");
        incomplete("a ==");
        incomplete("x /");
        incomplete("import");
    }

    #[test]
    fn regex_literals_are_not_division() {
        complete("x =~ /a(b/");
        complete("x =~ /\\//");
        complete("a / b");
        complete("r = /[{(]/");
    }

    #[test]
    fn mismatched_brackets_are_left_to_the_parser() {
        complete("f(]");
        complete("(1))");
    }

    #[test]
    fn cursor_position_is_known() {
        assert_eq!(end_of("import \"exp"), End::String);
        assert_eq!(end_of("import \"dict\""), End::Code);
        assert_eq!(end_of("x // abc"), End::Comment);
        assert_eq!(end_of("x // abc\ny"), End::Code);
        assert_eq!(end_of("x // abc\n"), End::Code);
    }
}
