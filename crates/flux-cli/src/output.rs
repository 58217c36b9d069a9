//! How values are printed: display() text, or one JSON document per value
//! (json.encode's rules: see docs/cli.md).

use flux::Value;

use crate::cli::Format;

/// The printed form of `value` (without the newline); an error when JSON cannot
/// represent it (functions, NaN).
pub fn format_value(value: &Value, format: Format) -> Result<String, String> {
    match format {
        Format::Text => Ok(value.display()),
        Format::Json => flux::stdlib::json::encode(value).map_err(|e| e.message),
    }
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
        assert_eq!(format_value(&v, Format::Text)?, "{a: 1, b: 0x6869}");
        assert_eq!(format_value(&v, Format::Json)?, r#"{"a":1,"b":"aGk="}"#);
        assert_eq!(
            format_value(&Value::Float(f64::NAN), Format::Json),
            Err("json: unsupported value: NaN".to_string())
        );
        Ok(())
    }
}
