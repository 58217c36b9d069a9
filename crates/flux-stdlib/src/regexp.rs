//! `import "regexp"`: compile, search, replace and split with regular expressions in
//! Go's RE2 dialect (the operations are in [`crate::go::regexp`]).

use flux_eval::{ErrorKind, NativeFunction, Regex, Value, native};

use crate::go::regexp::{GoRegex, quote_meta};
use crate::natives::error;

/// The package's natives (declarations in stdlib/regexp/regexp.flux).
pub const NATIVES: &[NativeFunction] = &[
    native!("compile", |v: String| {
        Value::Regex(Regex::new(&v).map_err(|m| error(ErrorKind::Runtime, m))?)
    }),
    native!("quoteMeta", |v: String| quote_meta(&v)),
    native!("findString", |r: Regex, v: String| GoRegex(r)
        .find_string(&v)
        .to_string()),
    native!("findStringIndex", |r: Regex, v: String| {
        GoRegex(r)
            .find_string_index(&v)
            .map_or_else(Vec::new, |(start, end)| vec![start as i64, end as i64])
    }),
    native!("matchRegexpString", |r: Regex, v: String| r.is_match(&v)),
    native!("replaceAllString", |r: Regex, v: String, t: String| {
        GoRegex(r).replace_all_string(&v, &t)
    }),
    native!("splitRegexp", |r: Regex, v: String, i: i64| GoRegex(r)
        .split(&v, i)),
    native!("getString", |r: Regex| r.as_str().to_string()),
];
