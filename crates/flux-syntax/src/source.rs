//! From the bytes of a script file to source text.

use crate::error::SyntaxError;
use crate::span::{LineIndex, Span};

/// The UTF-8 byte-order mark, skipped at the start of a script.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A script that is not valid UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// The script decoded with each bad byte sequence replaced by U+FFFD: the text
    /// `error`'s span points into, for rendering.
    pub text: String,
    /// An error at the first bad byte, naming its byte offset in the file, line and column.
    pub error: SyntaxError,
}

/// The source text of a script read as bytes. A UTF-8 byte-order mark at the start is
/// skipped; anything else that is not UTF-8 is an error at the first bad byte.
///
/// ```
/// assert_eq!(flux_syntax::source_text(b"\xEF\xBB\xBFx = 1"), Ok("x = 1"));
/// let bad = flux_syntax::source_text(b"x = 1\ny = \"\xFF\"").unwrap_err();
/// assert_eq!(bad.error.message, "invalid UTF-8 at byte offset 11 (line 2, column 6)");
/// ```
pub fn source_text(bytes: &[u8]) -> Result<&str, InvalidUtf8> {
    let skipped = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let body = &bytes[skipped..];
    std::str::from_utf8(body).map_err(|e| {
        let offset = e.valid_up_to();
        let text = String::from_utf8_lossy(body).into_owned();
        let at = LineIndex::new(&text).line_col(u32::try_from(offset).unwrap_or(u32::MAX));
        let start = u32::try_from(offset).unwrap_or(u32::MAX);
        let end = start.saturating_add(u32::try_from(char::REPLACEMENT_CHARACTER.len_utf8()).unwrap_or(0));
        let message = format!(
            "invalid UTF-8 at byte offset {} (line {}, column {})",
            offset + skipped,
            at.line,
            at.column
        );
        InvalidUtf8 {
            text,
            error: SyntaxError::new(Span::new(start, end), message),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(source_text(b"\xEF\xBB\xBF1 + 1"), Ok("1 + 1"));
        assert_eq!(source_text(b"\xEF\xBB\xBF"), Ok(""));
        assert_eq!(source_text("é".as_bytes()), Ok("é"));
    }

    #[test]
    fn invalid_utf8_names_the_place() {
        let bad = source_text(b"\xEF\xBB\xBFab\n\xC3(").err();
        let message = bad.as_ref().map(|b| b.error.message.as_str());
        assert_eq!(message, Some("invalid UTF-8 at byte offset 6 (line 2, column 1)"));
        assert_eq!(
            bad.map(|b| (b.error.span, b.text)),
            Some((Span::new(3, 6), "ab\n\u{fffd}(".into()))
        );
        // A sequence cut off by the end of the file.
        let cut = source_text(b"x = \"\xE2\x82").err().map(|b| b.error.message);
        assert_eq!(
            cut.as_deref(),
            Some("invalid UTF-8 at byte offset 5 (line 1, column 6)")
        );
    }
}
