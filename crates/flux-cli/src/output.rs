//! How values are printed: display() text, or one JSON document per value
//! (json.encode's rules: see docs/cli.md). A stream of tables is printed as the Go
//! `flux` command prints it (`Result: _result` and its tables), as annotated CSV, or
//! as one JSON document per table.

use flux::table::Stream;
use flux::{Budget, Value};

use crate::cli::Format;

/// The name of a result that no `yield(name:)` named.
const DEFAULT_RESULT: &str = "_result";

/// The printed form of `value` (without the final newline), written within `budget`
/// (the memory limit, the interrupt flag); an error when JSON cannot represent it
/// (functions, NaN) or the text would pass the memory limit.
pub fn format_value(value: &Value, format: Format, budget: Budget) -> Result<String, String> {
    if let Value::Stream(stream) = value {
        return Ok(format_stream(stream, format));
    }
    match format {
        Format::Text | Format::Csv => value
            .display_within(budget)
            .map_err(|stop| stop.error(flux::Span::default()).message),
        Format::Json => flux::stdlib::json::encode_within(value, budget).map_err(|e| e.message),
    }
}

fn format_stream(stream: &Stream, format: Format) -> String {
    let mut out = Vec::new();
    let name = stream.name().unwrap_or(DEFAULT_RESULT);
    // Writing to a Vec cannot fail.
    let _ = match format {
        Format::Text => flux::table::format::write_result(&mut out, name, stream),
        // A blank line ends each result, as in InfluxDB's responses and Go's output.
        Format::Csv => flux::table::csv::write_result(&mut out, name, stream)
            .and_then(|()| std::io::Write::write_all(&mut out, b"\r\n")),
        Format::Json => flux::table::json::write_result(&mut out, name, stream),
    };
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if text.ends_with('\n') {
        text.pop();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_display_and_json_is_json_encode() -> Result<(), Box<dyn std::error::Error>> {
        let v = Value::record([
            ("b", Value::Bytes(b"hi".to_vec().into())),
            ("a", Value::Float(1.0)),
        ]);
        assert_eq!(
            format_value(&v, Format::Text, Budget::unlimited())?,
            "{a: 1, b: 0x6869}"
        );
        assert_eq!(
            format_value(&v, Format::Json, Budget::unlimited())?,
            r#"{"a":1,"b":"aGk="}"#
        );
        assert_eq!(
            format_value(&Value::Float(f64::NAN), Format::Json, Budget::unlimited()),
            Err("json: unsupported value: NaN".to_string())
        );
        Ok(())
    }

    #[test]
    fn printing_stops_at_the_memory_limit() {
        let big = Value::from("x".repeat(100));
        let within = |max| Budget::new(Some(max), max, None);
        assert!(format_value(&big, Format::Text, within(100)).is_ok());
        assert_eq!(
            format_value(&big, Format::Text, within(99)),
            Err("evaluation exceeded the memory limit of 99 bytes".to_string())
        );
        assert_eq!(
            format_value(&big, Format::Json, within(99)),
            Err("evaluation exceeded the memory limit of 99 bytes".to_string())
        );
    }

    #[test]
    fn an_empty_stream_is_a_result_without_tables() -> Result<(), String> {
        let v = Value::Stream(Stream::default());
        assert_eq!(
            format_value(&v, Format::Text, Budget::unlimited())?,
            "Result: _result"
        );
        assert_eq!(format_value(&v, Format::Json, Budget::unlimited())?, "");
        Ok(())
    }
}
