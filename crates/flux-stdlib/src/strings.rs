//! `import "strings"`: search, split, trim and transform strings with the results of
//! Go's `strings` package, byte for byte (the work is done in [`crate::go::strings`]).

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value, native};

use crate::go::strings as go;
use crate::natives::error;

/// The package's natives (declarations in stdlib/strings/strings.flux).
pub const NATIVES: &[NativeFunction] = &[
    native!("title", |v: String| go::title(&v)),
    native!("toUpper", |v: String| go::to_upper(&v)),
    native!("toLower", |v: String| go::to_lower(&v)),
    native!("toTitle", |v: String| go::to_title(&v)),
    native!("trim", |v: String, cutset: String| go::trim(&v, &cutset)),
    native!("trimSpace", |v: String| go::trim_space(&v)),
    native!("trimPrefix", |v: String, prefix: String| go::trim_prefix(
        &v, &prefix
    )),
    native!("trimSuffix", |v: String, suffix: String| go::trim_suffix(
        &v, &suffix
    )),
    native!("trimLeft", |v: String, cutset: String| go::trim_left(&v, &cutset)),
    native!("trimRight", |v: String, cutset: String| go::trim_right(
        &v, &cutset
    )),
    native!("hasPrefix", |v: String, prefix: String| v
        .starts_with(prefix.as_str())),
    native!("hasSuffix", |v: String, suffix: String| v
        .ends_with(suffix.as_str())),
    native!("containsStr", |v: String, substr: String| v
        .contains(substr.as_str())),
    native!("containsAny", |v: String, chars: String| go::contains_any(
        &v, &chars
    )),
    native!("equalFold", |v: String, t: String| go::equal_fold(&v, &t)),
    native!("compare", |v: String, t: String| go::compare(&v, &t)),
    native!("countStr", |v: String, substr: String| go::count(&v, &substr)),
    native!("index", |v: String, substr: String| go::index(&v, &substr)),
    native!("indexAny", |v: String, chars: String| go::index_any(&v, &chars)),
    native!("lastIndex", |v: String, substr: String| go::last_index(
        &v, &substr
    )),
    native!("lastIndexAny", |v: String, chars: String| go::last_index_any(
        &v, &chars
    )),
    native!("isDigit", |v: String| checked(go::is_digit(&v))?),
    native!("isLetter", |v: String| checked(go::is_letter(&v))?),
    native!("isLower", |v: String| checked(go::is_lower(&v))?),
    native!("isUpper", |v: String| checked(go::is_upper(&v))?),
    NativeFunction::new("repeat", repeat),
    NativeFunction::new("replace", replace),
    NativeFunction::new("replaceAll", replace_all),
    native!("split", |v: String, t: String| go::split(&v, &t)),
    native!("splitAfter", |v: String, t: String| go::split_after(&v, &t)),
    native!("splitN", |v: String, t: String, i: i64| go::split_n(&v, &t, i)),
    native!("splitAfterN", |v: String, t: String, i: i64| go::split_after_n(
        &v, &t, i
    )),
    NativeFunction::new("joinStr", join_str),
    native!("strlen", |v: String| go::strlen(&v)),
    native!("substring", |v: String, start: i64, end: i64| go::substring(
        &v, start, end
    )),
];

/// A Go-side error (an invalid argument) as a Flux runtime error.
fn checked<T>(result: std::result::Result<T, String>) -> Result<T> {
    result.map_err(|message| error(ErrorKind::Runtime, message))
}

// The natives below can build a string far longer than their arguments: they check
// its length against the memory limit before building it.

fn repeat(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let v: String = args.required("v")?;
    let i: i64 = args.required("i")?;
    if let Ok(times) = u64::try_from(i) {
        cx.reserve((v.len() as u64).saturating_mul(times))?;
    }
    Ok(Value::from(checked(go::repeat(&v, i))?))
}

/// An upper bound of the length of `v` with `t` replaced by `u`.
fn replaced_len(v: &str, t: &str, u: &str) -> u64 {
    let matches = u64::try_from(go::count(v, t)).unwrap_or(0);
    (v.len() as u64).saturating_add(matches.saturating_mul(u.len() as u64))
}

fn replace(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let v: String = args.required("v")?;
    let t: String = args.required("t")?;
    let u: String = args.required("u")?;
    let i: i64 = args.required("i")?;
    cx.reserve(replaced_len(&v, &t, &u))?;
    Ok(Value::from(go::replace(&v, &t, &u, i)))
}

fn replace_all(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let v: String = args.required("v")?;
    let t: String = args.required("t")?;
    let u: String = args.required("u")?;
    cx.reserve(replaced_len(&v, &t, &u))?;
    Ok(Value::from(go::replace_all(&v, &t, &u)))
}

fn join_str(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let arr: Arc<Vec<Value>> = args.required("arr")?;
    let v: String = args.required("v")?;
    let parts = strings(&arr)?;
    let separators = (parts.len().saturating_sub(1) as u64).saturating_mul(v.len() as u64);
    let text: u64 = parts.iter().map(|p| p.len() as u64).sum();
    cx.reserve(text.saturating_add(separators))?;
    Ok(Value::from(go::join_str(&parts, &v)))
}

/// The elements of an array of strings.
fn strings(arr: &[Value]) -> Result<Vec<&str>> {
    arr.iter()
        .map(|v| match v {
            Value::String(s) => Ok(&**s),
            other => Err(error(
                ErrorKind::Type,
                format!("expected string but found {}", other.type_string()),
            )),
        })
        .collect()
}
