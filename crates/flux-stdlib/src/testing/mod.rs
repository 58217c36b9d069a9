//! `import "testing"`: assertions over streams for `testcase` blocks. A failed assertion is
//! an error whose message shows what differs; `flux test` reports it as the testcase's failure.

pub mod expect;

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, Function, NativeFunction, Regex, Result, Value};
use flux_table::ops::rows::from_records;
use flux_table::{GroupKey, Scalar, Stream, format};

use crate::natives::error;

/// The package's natives (declarations in stdlib/testing/testing.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("assertEquals", assert_equals),
    NativeFunction::new("assertEmpty", assert_empty),
    NativeFunction::new("diff", diff),
    NativeFunction::new("shouldError", should_error),
];

/// The tables of `stream` as the Go `flux` command prints them, without a result header
/// (how a failed assertion shows them).
pub fn tables_text(stream: &Stream) -> String {
    let mut out = Vec::new();
    for table in stream.tables() {
        // Writing to a Vec cannot fail.
        let _ = format::write_table(&mut out, table);
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    while text.ends_with('\n') {
        text.pop();
    }
    text
}

fn table_error(e: flux_table::TableError) -> flux_eval::RuntimeError {
    error(ErrorKind::Runtime, e.message)
}

/// `testing.diff(got:, want:)`: no tables when equal, else an error showing the diff.
fn diff(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let got: Stream = args.required("got")?;
    let want: Stream = args.required("want")?;
    // Accepted as Go accepts them, and ignored as Go ignores them.
    let _: Option<bool> = args.optional("verbose")?;
    let _: Option<f64> = args.optional("epsilon")?;
    let _: Option<bool> = args.optional("nansEqual")?;
    let differences = flux_table::ops::diff(&want, &got).map_err(table_error)?;
    if differences.is_empty() {
        Ok(Value::Stream(differences))
    } else {
        Err(error(ErrorKind::Runtime, tables_text(&differences)))
    }
}

/// `testing.assertEquals(name:, got:, want:)`: `got` when the streams hold the same tables.
fn assert_equals(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let name: String = args.required("name")?;
    let got: Stream = args.required("got")?;
    let want: Stream = args.required("want")?;
    let differences = flux_table::ops::diff(&want, &got).map_err(table_error)?;
    if differences.is_empty() {
        Ok(Value::Stream(got))
    } else {
        Err(error(
            ErrorKind::Runtime,
            format!("test {name}: tables not equal"),
        ))
    }
}

/// `testing.assertEmpty(tables:)`: no tables, or an error counting the tables with rows.
fn assert_empty(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables: Stream = args.required("tables")?;
    let full = tables.tables().iter().filter(|t| !t.is_empty()).count();
    if full > 0 {
        return Err(error(
            ErrorKind::Runtime,
            format!("found {full} tables that were not empty"),
        ));
    }
    Ok(Value::Stream(Stream::default()))
}

/// `testing.shouldError(fn:, want:)`: no tables when `fn` fails with a message `want`
/// matches; an error showing the message when it does not match, or when `fn` succeeds.
/// Errors Go Flux finds before running (undefined names, bad imports, syntax) and limits
/// (time, steps, interrupts) are not caught: they fail the caller.
fn should_error(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let f: Function = args.required("fn")?;
    let want: Regex = args.required("want")?;
    let message = match cx.call(&f, []) {
        Ok(_) => return Err(error(ErrorKind::Runtime, "shouldError expected an error")),
        Err(e)
            if matches!(
                e.kind,
                ErrorKind::Limit | ErrorKind::Name | ErrorKind::Syntax | ErrorKind::Internal
            ) =>
        {
            return Err(e);
        }
        Err(e) => e.flux_message(),
    };
    if want.is_match(&message) {
        return Ok(Value::Stream(Stream::default()));
    }
    let row = vec![(Arc::from("v"), Scalar::String(message.as_str().into()))];
    let table = from_records(GroupKey::empty(), &[row], None).map_err(table_error)?;
    Err(error(ErrorKind::Runtime, tables_text(&Stream::new(vec![table]))))
}
