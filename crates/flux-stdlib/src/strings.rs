//! `import "strings"`: search, split, trim and transform strings with the results of
//! Go's `strings` package, byte for byte (the work is done in [`crate::go::strings`]).

use std::sync::Arc;

use flux_eval::{ErrorKind, NativeFunction, Result, Value, native};

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
    native!("repeat", |v: String, i: i64| checked(go::repeat(&v, i))?),
    native!("replace", |v: String, t: String, u: String, i: i64| go::replace(
        &v, &t, &u, i
    )),
    native!("replaceAll", |v: String, t: String, u: String| go::replace_all(
        &v, &t, &u
    )),
    native!("split", |v: String, t: String| go::split(&v, &t)),
    native!("splitAfter", |v: String, t: String| go::split_after(&v, &t)),
    native!("splitN", |v: String, t: String, i: i64| go::split_n(&v, &t, i)),
    native!("splitAfterN", |v: String, t: String, i: i64| go::split_after_n(
        &v, &t, i
    )),
    native!("joinStr", |arr: Arc<Vec<Value>>, v: String| go::join_str(
        &strings(&arr)?,
        &v
    )),
    native!("strlen", |v: String| go::strlen(&v)),
    native!("substring", |v: String, start: i64, end: i64| go::substring(
        &v, start, end
    )),
];

/// A Go-side error (an invalid argument) as a Flux runtime error.
fn checked<T>(result: std::result::Result<T, String>) -> Result<T> {
    result.map_err(|message| error(ErrorKind::Runtime, message))
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
