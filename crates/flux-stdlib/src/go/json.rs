//! JSON decoding as Go's `encoding/json` does it when it unmarshals into an empty
//! interface: every number is a float64, and invalid text is refused with Go's own
//! message (`invalid character 'x' looking for beginning of value`, `unexpected end
//! of JSON input`), which Flux passes on to the user unchanged.

/// A decoded JSON document.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number, as float64.
    Number(f64),
    /// A string (invalid UTF-8 and lone surrogates become U+FFFD, as in Go).
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in text order (a repeated key keeps its last value).
    Object(Vec<(String, Json)>),
}

/// Decode `data`, or give Go's error message.
pub fn decode(data: &[u8]) -> Result<Json, String> {
    let mut p = Parser { data, pos: 0 };
    p.skip_space();
    let value = p.value()?;
    p.skip_space();
    match p.peek() {
        None => Ok(value),
        Some(c) => Err(invalid(c, "after top-level value")),
    }
}

const UNEXPECTED_END: &str = "unexpected end of JSON input";

/// `invalid character 'c' CONTEXT`, the character quoted as Go's `quoteChar` does.
fn invalid(c: u8, context: &str) -> String {
    let quoted = match c {
        b'\'' => "'\\''".to_string(),
        b'"' => "'\"'".to_string(),
        0x07 => "'\\a'".to_string(),
        0x08 => "'\\b'".to_string(),
        0x0b => "'\\v'".to_string(),
        0x0c => "'\\f'".to_string(),
        0x00..=0x1f | 0x7f if !matches!(c, b'\n' | b'\r' | b'\t') => format!("'\\x{c:02x}'"),
        // Not printable for Go's strconv.Quote: C1 controls, no-break space, soft hyphen.
        0x80..=0xa0 | 0xad => format!("'\\u{:04x}'", u32::from(c)),
        // A byte is quoted as the Latin-1 character of that number, as Go does.
        _ => format!("{:?}", char::from(c)),
    };
    format!("invalid character {quoted} {context}")
}

struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The next byte of a number or literal: Go scans a space after the end of the
    /// input, so a token cut short complains about `' '`.
    fn token_byte(&self) -> u8 {
        self.peek().unwrap_or(b' ')
    }

    fn value(&mut self) -> Result<Json, String> {
        match self.peek() {
            None => Err(UNEXPECTED_END.to_string()),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(c) => Err(invalid(c, "looking for beginning of value")),
        }
    }

    fn object(&mut self) -> Result<Json, String> {
        self.pos += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            match self.peek() {
                None => return Err(UNEXPECTED_END.to_string()),
                Some(b'"') => {}
                Some(c) => return Err(invalid(c, "looking for beginning of object key string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                None => return Err(UNEXPECTED_END.to_string()),
                Some(b':') => self.pos += 1,
                Some(c) => return Err(invalid(c, "after object key")),
            }
            self.skip_space();
            let value = self.value()?;
            match members.iter_mut().find(|(k, _)| *k == key) {
                Some(member) => member.1 = value,
                None => members.push((key, value)),
            }
            self.skip_space();
            match self.peek() {
                None => return Err(UNEXPECTED_END.to_string()),
                Some(b',') => {
                    self.pos += 1;
                    self.skip_space();
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                Some(c) => return Err(invalid(c, "after object key:value pair")),
            }
        }
    }

    fn array(&mut self) -> Result<Json, String> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                None => return Err(UNEXPECTED_END.to_string()),
                Some(b',') => {
                    self.pos += 1;
                    self.skip_space();
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                Some(c) => return Err(invalid(c, "after array element")),
            }
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, String> {
        for expected in word.bytes() {
            let c = self.token_byte();
            if c != expected {
                return Err(invalid(
                    c,
                    &format!("in literal {word} (expecting {:?})", char::from(expected)),
                ));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.token_byte() {
            b'0' => self.pos += 1,
            b'1'..=b'9' => self.digits(),
            c => return Err(invalid(c, "in numeric literal")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !self.token_byte().is_ascii_digit() {
                return Err(invalid(
                    self.token_byte(),
                    "after decimal point in numeric literal",
                ));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.token_byte().is_ascii_digit() {
                return Err(invalid(self.token_byte(), "in exponent of numeric literal"));
            }
            self.digits();
        }
        let text = std::str::from_utf8(&self.data[start..self.pos]).unwrap_or("0");
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Json::Number(f)),
            _ => Err(format!(
                "json: cannot unmarshal number {text} into Go value of type float64"
            )),
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    /// A string literal, the opening quote at `pos`.
    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(UNEXPECTED_END.to_string());
            };
            self.pos += 1;
            match c {
                b'"' => break,
                b'\\' => self.escape(&mut out)?,
                0x00..=0x1f => return Err(invalid(c, "in string literal")),
                _ => out.push(c),
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), String> {
        let Some(c) = self.peek() else {
            return Err(UNEXPECTED_END.to_string());
        };
        self.pos += 1;
        let simple = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let unit = self.hex4()?;
                let ch = if (0xd800..0xdc00).contains(&unit) {
                    // A high surrogate counts only when a low one follows.
                    let rest = &self.data[self.pos..];
                    let low = (rest.len() >= 6 && rest[0] == b'\\' && rest[1] == b'u')
                        .then(|| parse_hex4(&rest[2..6]))
                        .flatten()
                        .filter(|low| (0xdc00..0xe000).contains(low));
                    match low {
                        Some(low) => {
                            self.pos += 6;
                            char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
                        }
                        None => None,
                    }
                } else {
                    char::from_u32(unit)
                };
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.unwrap_or('\u{fffd}').encode_utf8(&mut buf).as_bytes());
                return Ok(());
            }
            other => return Err(invalid(other, "in string escape code")),
        };
        out.push(simple);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut unit = 0;
        for _ in 0..4 {
            let Some(c) = self.peek() else {
                return Err(UNEXPECTED_END.to_string());
            };
            let digit = char::from(c)
                .to_digit(16)
                .ok_or_else(|| invalid(c, "in \\u hexadecimal character escape"))?;
            unit = unit * 16 + digit;
            self.pos += 1;
        }
        Ok(unit)
    }
}

fn parse_hex4(text: &[u8]) -> Option<u32> {
    u32::from_str_radix(std::str::from_utf8(text).ok()?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match decode(text.as_bytes()) {
            Ok(v) => format!("ok: {v:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn errors_are_gos() {
        // Each message was printed by Go Flux v0.196.1 for `dynamic.jsonParse`.
        let cases = [
            ("x", "invalid character 'x' looking for beginning of value"),
            ("", "unexpected end of JSON input"),
            ("  ", "unexpected end of JSON input"),
            ("{\"a\":1", "unexpected end of JSON input"),
            ("[1,2", "unexpected end of JSON input"),
            ("\"abc", "unexpected end of JSON input"),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            (
                "{a:1}",
                "invalid character 'a' looking for beginning of object key string",
            ),
            (
                "{\"a\":1,}",
                "invalid character '}' looking for beginning of object key string",
            ),
            ("[1,]", "invalid character ']' looking for beginning of value"),
            ("1 2", "invalid character '2' after top-level value"),
            ("01", "invalid character '1' after top-level value"),
            ("[1 2]", "invalid character '2' after array element"),
            ("nul", "invalid character ' ' in literal null (expecting 'l')"),
            ("tru", "invalid character ' ' in literal true (expecting 'e')"),
            (
                "1.",
                "invalid character ' ' after decimal point in numeric literal",
            ),
            ("-", "invalid character ' ' in numeric literal"),
            ("\"\\x\"", "invalid character 'x' in string escape code"),
            (
                "1e400",
                "json: cannot unmarshal number 1e400 into Go value of type float64",
            ),
            ("{\"a\":1}}", "invalid character '}' after top-level value"),
        ];
        for (text, want) in cases {
            assert_eq!(err(text), want, "{text:?}");
        }
    }

    #[test]
    fn values() -> Result<(), String> {
        assert_eq!(
            decode(br#" {"a": [1, "x\u00e9\ud83d\ude00", null, true], "a": 2.5e1} "#)?,
            Json::Object(vec![("a".to_string(), Json::Number(25.0))])
        );
        assert_eq!(
            decode(br#"["\ud800", "\n\/"]"#)?,
            Json::Array(vec![
                Json::String("\u{fffd}".to_string()),
                Json::String("\n/".to_string())
            ])
        );
        assert_eq!(decode(b"-0.1e-2")?, Json::Number(-0.001));
        Ok(())
    }
}
