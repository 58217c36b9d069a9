//! `import "csv"`: `csv.from` reads annotated (or raw) CSV into a stream of tables.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};
use flux_table::csv::{CsvError, Mode, decode, decode_reader};

use crate::natives::error;

/// The package's natives (declarations in stdlib/csv/csv.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("from", from)];

/// `csv.from(csv:, file:, mode:)`: exactly one of `csv` and `file`; `mode` is
/// `"annotations"` (the default) or `"raw"`. Only one result may be in the data.
fn from(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let text: Option<Arc<str>> = args.optional("csv")?;
    let file: Option<String> = args.optional("file")?;
    let mode: Option<String> = args.optional("mode")?;
    let mode = match mode.as_deref() {
        None | Some("annotations") => Mode::Annotations,
        Some("raw") => Mode::Raw,
        Some(other) => {
            return Err(error(
                ErrorKind::Argument,
                format!("invalid mode {other:?}, must be one of \"annotations\" or \"raw\""),
            ));
        }
    };
    let decoded = match (text, file) {
        (None, None) => {
            return Err(error(
                ErrorKind::Argument,
                "must provide csv raw text or filename",
            ));
        }
        (Some(_), Some(_)) => {
            return Err(error(
                ErrorKind::Argument,
                "must provide exactly one of the parameters csv or file",
            ));
        }
        (Some(text), None) => decode(text.as_bytes(), mode),
        // Decoded as it is read, so the file's text is never held whole.
        (None, Some(path)) => {
            let read_failed =
                |e: std::io::Error| error(ErrorKind::Runtime, format!("csv.from() failed to read file: {e}"));
            let file = std::fs::File::open(&path).map_err(read_failed)?;
            if file.metadata().map_err(read_failed)?.is_dir() {
                return Err(read_failed(std::io::Error::from(
                    std::io::ErrorKind::IsADirectory,
                )));
            }
            decode_reader(file, mode)
        }
    };
    let mut results = decoded.map_err(|e| match e {
        CsvError::Reported { message, .. } => error(ErrorKind::Runtime, message),
        invalid @ CsvError::Invalid { .. } => error(ErrorKind::Runtime, invalid.to_string()),
    })?;
    if results.len() > 1 {
        return Err(error(ErrorKind::Runtime, "csv.from() can only parse 1 result"));
    }
    Ok(Value::Stream(results.pop().map(|r| r.stream).unwrap_or_default()))
}
