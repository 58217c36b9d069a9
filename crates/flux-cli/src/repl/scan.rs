//! A small lexical scan of REPL input: is it complete, and where is the cursor
//! (in code, in a string, in a comment)? Knows just enough Flux to track brackets,
//! strings with `${…}` interpolation, comments and regex literals; the parser
//! reports every real error once the input is submitted.

/// An open construct waiting for its closing token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    Paren,
    Bracket,
    Brace,
    /// A string literal; the scan is inside its text.
    Str,
    /// `${` inside a string; the scan is back in code until the matching `}`.
    Interp,
}

/// The last significant token before the end of the scanned text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Last {
    /// Nothing yet.
    Start,
    /// Something an expression may end with: a name, a literal, a closing bracket.
    Operand,
    /// An operator or punctuation that needs something after it.
    Operator,
    /// A keyword: `and`, `then`, `import`, …
    Keyword(String),
}

/// Where the end of the scanned text is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanEnd {
    frames: Vec<Frame>,
    last: Last,
    in_comment: bool,
    /// Brackets closed in the wrong order: the input is broken, let the parser say so.
    mismatched: bool,
}

impl ScanEnd {
    /// True when the end is inside the text of a string literal.
    pub fn in_string(&self) -> bool {
        self.frames.last() == Some(&Frame::Str)
    }

    /// True when the end is inside a `//` comment.
    pub fn in_comment(&self) -> bool {
        self.in_comment
    }
}

/// Keywords after which an expression or statement must go on.
const CONTINUING_KEYWORDS: &[&str] = &[
    "and", "or", "not", "if", "then", "else", "import", "return", "option", "exists", "package", "builtin",
];

/// True when `src` cannot be complete Flux yet: an open bracket or string, or a
/// trailing operator, `=>` or keyword that needs something after it.
pub fn is_incomplete(src: &str) -> bool {
    let end = scan(src);
    if end.mismatched {
        return false;
    }
    if !end.frames.is_empty() {
        return true;
    }
    match &end.last {
        Last::Operator => true,
        Last::Keyword(k) => CONTINUING_KEYWORDS.contains(&k.as_str()),
        Last::Start | Last::Operand => false,
    }
}

/// Scan `src` to its end.
pub fn scan(src: &str) -> ScanEnd {
    let chars: Vec<char> = src.chars().collect();
    let mut end = ScanEnd {
        frames: Vec::new(),
        last: Last::Start,
        in_comment: false,
        mismatched: false,
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if end.in_string() {
            i = scan_string_char(&chars, i, &mut end);
            continue;
        }
        match c {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                if i >= chars.len() {
                    end.in_comment = true;
                }
                continue;
            }
            '/' if end.last != Last::Operand => {
                i = skip_regex(&chars, i);
                end.last = Last::Operand;
                continue;
            }
            '"' => {
                end.frames.push(Frame::Str);
                i += 1;
                continue;
            }
            '(' | '[' | '{' => {
                end.frames.push(match c {
                    '(' => Frame::Paren,
                    '[' => Frame::Bracket,
                    _ => Frame::Brace,
                });
                end.last = Last::Operator;
            }
            ')' | ']' | '}' => {
                let top = end.frames.pop();
                let expected = match c {
                    ')' => [Frame::Paren, Frame::Paren],
                    ']' => [Frame::Bracket, Frame::Bracket],
                    _ => [Frame::Brace, Frame::Interp],
                };
                match top {
                    Some(f) if expected.contains(&f) => {}
                    _ => end.mismatched = true,
                }
                // After `}` of an interpolation the scan is back in the string.
                end.last = Last::Operand;
            }
            c if c.is_whitespace() => {}
            c if is_ident_start(c) => {
                let start = i;
                while i < chars.len() && is_ident_continue(chars[i]) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                end.last = if CONTINUING_KEYWORDS.contains(&word.as_str()) {
                    Last::Keyword(word)
                } else {
                    Last::Operand
                };
                continue;
            }
            c if c.is_ascii_digit() => {
                // Numbers, durations (`1h30m`), dates (`2020-01-01T00:00:00Z`).
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || matches!(chars[i], '.' | ':' | '-' | '+'))
                {
                    if matches!(chars[i], '-' | '+') && !date_sign(&chars, i) {
                        break;
                    }
                    i += 1;
                }
                end.last = Last::Operand;
                continue;
            }
            _ => end.last = Last::Operator,
        }
        i += 1;
    }
    end
}

/// One step inside a string literal's text; returns the next index.
fn scan_string_char(chars: &[char], i: usize, end: &mut ScanEnd) -> usize {
    match chars[i] {
        '\\' => i + 2,
        '"' => {
            end.frames.pop();
            end.last = Last::Operand;
            i + 1
        }
        '$' if chars.get(i + 1) == Some(&'{') => {
            end.frames.push(Frame::Interp);
            end.last = Last::Operator;
            i + 2
        }
        _ => i + 1,
    }
}

/// Skip a regex literal `/…/` starting at `i`; stops at the end of the line if unclosed.
fn skip_regex(chars: &[char], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() && chars[i] != '\n' {
        match chars[i] {
            '\\' => i += 2,
            '/' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Inside a number-like token, is the sign at `i` part of a date-time (`2020-01-01`, `+07:00`)?
fn date_sign(chars: &[char], i: usize) -> bool {
    let next_is_digit = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
    let prev_is_digit = i > 0 && chars[i - 1].is_ascii_digit();
    next_is_digit && prev_is_digit && token_looks_like_date(chars, i)
}

fn token_looks_like_date(chars: &[char], i: usize) -> bool {
    let mut start = i;
    while start > 0 && (chars[start - 1].is_alphanumeric() || matches!(chars[start - 1], '.' | ':' | '-')) {
        start -= 1;
    }
    // `2020-01-01…`: four digits then a dash, or a time zone offset after `T…`.
    let head: String = chars[start..i].iter().collect();
    (head.len() == 4 && head.chars().all(|c| c.is_ascii_digit())) || head.contains('-') || head.contains('T')
}

/// First character of an identifier (Unicode letters allowed, as in Flux).
pub fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

/// Later characters of an identifier.
pub fn is_ident_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
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
        assert!(scan("import \"exp").in_string());
        assert!(!scan("import \"dict\"").in_string());
        assert!(scan("x // abc").in_comment());
        assert!(!scan("x // abc\ny").in_comment());
    }
}
