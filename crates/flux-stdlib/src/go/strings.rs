//! Go Flux's `strings` package: Go's `strings` functions on UTF-8 text, with Go's
//! Unicode tables (scripts/go-vectors generates unicode_tables.rs from Go's `unicode`).
//!
//! Flux strings are always valid UTF-8 in flux-rs, so Go's handling of invalid
//! bytes (each one a U+FFFD rune) never arises; indexes are byte offsets as in Go.

use super::unicode_tables::{CASE_ORBIT, CASE_RANGES, DIGIT, LETTER, UPPER_LOWER, WHITE_SPACE};

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let r = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Go's `unicode.IsSpace`.
pub fn is_space(c: char) -> bool {
    if (c as u32) <= 0xFF {
        return matches!(c as u32, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    in_ranges(WHITE_SPACE, c)
}

/// Go's `unicode.IsLetter` (general category L).
pub fn is_unicode_letter(c: char) -> bool {
    in_ranges(LETTER, c)
}

/// Go's `unicode.IsDigit` (general category Nd).
pub fn is_unicode_digit(c: char) -> bool {
    in_ranges(DIGIT, c)
}

const UPPER: usize = 0;
const LOWER: usize = 1;
const TITLE: usize = 2;

/// Go's `unicode.To(case, r)` through `unicode.CaseRanges`.
fn to_case(case: usize, c: char) -> char {
    let r = c as u32;
    if r < 0x80 {
        return match case {
            LOWER => c.to_ascii_lowercase(),
            _ => c.to_ascii_uppercase(),
        };
    }
    let Ok(i) = CASE_RANGES.binary_search_by(|&(lo, hi, _)| {
        if hi < r {
            std::cmp::Ordering::Less
        } else if lo > r {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) else {
        return c;
    };
    let (lo, _, deltas) = CASE_RANGES[i];
    let mapped = if deltas[case] == UPPER_LOWER {
        // Alternating ranges start upper case: even offsets are upper, odd lower.
        lo + (((r - lo) & !1) | (case as u32 & 1))
    } else {
        r.wrapping_add_signed(deltas[case])
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Go's `unicode.SimpleFold`: the next rune in `c`'s case-folding orbit.
fn simple_fold(c: char) -> char {
    if let Ok(i) = CASE_ORBIT.binary_search_by_key(&(c as u32), |&(from, _)| from) {
        return char::from_u32(CASE_ORBIT[i].1).unwrap_or(c);
    }
    let lower = to_case(LOWER, c);
    if lower != c { lower } else { to_case(UPPER, c) }
}

/// `strings.ToUpper`: each character's simple upper-case mapping (`ß` stays `ß`).
pub fn to_upper(v: &str) -> String {
    v.chars().map(|c| to_case(UPPER, c)).collect()
}

/// `strings.ToLower`: each character's simple lower-case mapping.
pub fn to_lower(v: &str) -> String {
    v.chars().map(|c| to_case(LOWER, c)).collect()
}

/// `strings.ToTitle`: each character's title-case mapping (`ǆ` becomes `ǅ`).
pub fn to_title(v: &str) -> String {
    v.chars().map(|c| to_case(TITLE, c)).collect()
}

/// Go's word separator for `strings.Title`: ASCII other than letters, digits and
/// `_`; beyond ASCII, only spaces (letters and digits never are).
fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    is_space(c)
}

/// `strings.Title`: the first character of each word in title case, where a word
/// starts after a separator (Go's deprecated rules: `o'neil` gives `O'Neil`).
pub fn title(v: &str) -> String {
    let mut prev = ' ';
    v.chars()
        .map(|c| {
            let out = if is_separator(prev) { to_case(TITLE, c) } else { c };
            prev = c;
            out
        })
        .collect()
}

/// `strings.TrimSpace`: without leading and trailing Unicode white space.
pub fn trim_space(v: &str) -> &str {
    v.trim_matches(is_space)
}

/// `strings.Trim`: without leading and trailing characters found in `cutset`.
pub fn trim<'a>(v: &'a str, cutset: &str) -> &'a str {
    v.trim_matches(|c| cutset.contains(c))
}

/// `strings.TrimLeft`: without leading characters found in `cutset`.
pub fn trim_left<'a>(v: &'a str, cutset: &str) -> &'a str {
    v.trim_start_matches(|c| cutset.contains(c))
}

/// `strings.TrimRight`: without trailing characters found in `cutset`.
pub fn trim_right<'a>(v: &'a str, cutset: &str) -> &'a str {
    v.trim_end_matches(|c| cutset.contains(c))
}

/// `strings.TrimPrefix`: without `prefix` once, if `v` starts with it.
pub fn trim_prefix<'a>(v: &'a str, prefix: &str) -> &'a str {
    v.strip_prefix(prefix).unwrap_or(v)
}

/// `strings.TrimSuffix`: without `suffix` once, if `v` ends with it.
pub fn trim_suffix<'a>(v: &'a str, suffix: &str) -> &'a str {
    v.strip_suffix(suffix).unwrap_or(v)
}

/// `strings.ContainsAny`: whether any character of `chars` occurs in `v`.
pub fn contains_any(v: &str, chars: &str) -> bool {
    index_any(v, chars) >= 0
}

/// `strings.EqualFold`: equal under Unicode simple case folding (`K` and the Kelvin sign too).
pub fn equal_fold(v: &str, t: &str) -> bool {
    let (mut a, mut b) = (v.chars(), t.chars());
    loop {
        let (x, y) = match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => (x, y),
            _ => return false,
        };
        if x == y {
            continue;
        }
        let (lo, hi) = if x < y { (x, y) } else { (y, x) };
        if hi.is_ascii() {
            if lo.is_ascii_uppercase() && (lo as u8 + 32) as char == hi {
                continue;
            }
            return false;
        }
        // Orbits are at most four runes long; the bound only guards against a bad table.
        let mut r = simple_fold(lo);
        for _ in 0..8 {
            if r == lo || r >= hi {
                break;
            }
            r = simple_fold(r);
        }
        if r != hi {
            return false;
        }
    }
}

/// `strings.Compare`: -1, 0 or 1 comparing bytes.
pub fn compare(v: &str, t: &str) -> i64 {
    match v.cmp(t) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `strings.Count`: non-overlapping occurrences; an empty `substr` counts the
/// gaps around every character (characters + 1).
pub fn count(v: &str, substr: &str) -> i64 {
    if substr.is_empty() {
        return v.chars().count() as i64 + 1;
    }
    v.matches(substr).count() as i64
}

fn offset(found: Option<usize>) -> i64 {
    found.map_or(-1, |i| i as i64)
}

/// `strings.Index`: the byte offset of the first `substr`, or -1.
pub fn index(v: &str, substr: &str) -> i64 {
    offset(v.find(substr))
}

/// `strings.LastIndex`: the byte offset of the last `substr`, or -1.
pub fn last_index(v: &str, substr: &str) -> i64 {
    offset(v.rfind(substr))
}

/// `strings.IndexAny`: the byte offset of the first character of `v` that is in `chars`, or -1.
pub fn index_any(v: &str, chars: &str) -> i64 {
    offset(v.find(|c| chars.contains(c)))
}

/// `strings.LastIndexAny`: the byte offset of the last character of `v` that is in `chars`, or -1.
pub fn last_index_any(v: &str, chars: &str) -> i64 {
    offset(v.rfind(|c| chars.contains(c)))
}

/// The message of Flux's `isDigit`, `isLetter`, `isLower` and `isUpper` for anything but one byte.
pub const NOT_ONE_BYTE: &str = "\"v\" is not a valid argument: argument length is not equal to 1";

/// The one byte of a one-byte string (which is ASCII), as Go Flux requires for `isDigit` & co.
fn one_byte(v: &str) -> Result<u8, String> {
    match v.as_bytes() {
        [b] => Ok(*b),
        _ => Err(NOT_ONE_BYTE.to_string()),
    }
}

/// Flux's `strings.isDigit`: whether the one-byte string is `0`-`9`.
pub fn is_digit(v: &str) -> Result<bool, String> {
    one_byte(v).map(|b| b.is_ascii_digit())
}

/// Flux's `strings.isLetter`: whether the one-byte string is an ASCII letter.
pub fn is_letter(v: &str) -> Result<bool, String> {
    one_byte(v).map(|b| b.is_ascii_alphabetic())
}

/// Flux's `strings.isLower`: whether the one-byte string is `a`-`z`.
pub fn is_lower(v: &str) -> Result<bool, String> {
    one_byte(v).map(|b| b.is_ascii_lowercase())
}

/// Flux's `strings.isUpper`: whether the one-byte string is `A`-`Z`.
pub fn is_upper(v: &str) -> Result<bool, String> {
    one_byte(v).map(|b| b.is_ascii_uppercase())
}

/// The longest string `repeat` builds (1 GiB); Go would try to allocate any size.
pub const MAX_REPEAT_LEN: usize = 1 << 30;

/// `strings.Repeat`: `v` `i` times. A negative count is Go's panic message as an error.
pub fn repeat(v: &str, i: i64) -> Result<String, String> {
    if i < 0 {
        return Err("strings: negative Repeat count".to_string());
    }
    let len = usize::try_from(i)
        .ok()
        .and_then(|n| v.len().checked_mul(n))
        .filter(|&len| len <= isize::MAX as usize)
        .ok_or("strings: Repeat output length overflow")?;
    if len > MAX_REPEAT_LEN {
        return Err(format!(
            "strings: Repeat output of {len} bytes is over the limit of {MAX_REPEAT_LEN}"
        ));
    }
    Ok(v.repeat(i as usize))
}

/// `strings.Replace`: the first `i` non-overlapping `t` replaced by `u` (all when `i < 0`).
/// An empty `t` matches before every character and at the end.
pub fn replace(v: &str, t: &str, u: &str, i: i64) -> String {
    if t == u || i == 0 {
        return v.to_string();
    }
    let matches = count(v, t);
    if matches == 0 {
        return v.to_string();
    }
    let n = if i < 0 || matches < i { matches } else { i };
    let mut out = String::with_capacity(v.len());
    let mut start = 0;
    for k in 0..n {
        let mut j = start;
        if t.is_empty() {
            if k > 0 {
                j += v[start..].chars().next().map_or(0, char::len_utf8);
            }
        } else {
            j += v[start..].find(t).unwrap_or(0);
        }
        out.push_str(&v[start..j]);
        out.push_str(u);
        start = j + t.len();
    }
    out.push_str(&v[start..]);
    out
}

/// `strings.ReplaceAll`.
pub fn replace_all(v: &str, t: &str, u: &str) -> String {
    replace(v, t, u, -1)
}

/// Go's genSplit: at most `n` pieces (all when `n < 0`, none when `n == 0`),
/// keeping `keep` bytes of each separator; an empty separator splits into characters.
fn split_pieces<'a>(v: &'a str, sep: &str, keep: usize, n: i64) -> Vec<&'a str> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        let chars = v.chars().count() as i64;
        let n = if n < 0 || n > chars { chars } else { n } as usize;
        let mut pieces = Vec::with_capacity(n);
        let mut rest = v;
        while pieces.len() + 1 < n {
            let width = rest.chars().next().map_or(0, char::len_utf8);
            pieces.push(&rest[..width]);
            rest = &rest[width..];
        }
        if n > 0 {
            pieces.push(rest);
        }
        return pieces;
    }
    let n = if n < 0 { count(v, sep) + 1 } else { n };
    let n = n.min(v.len() as i64 + 1) as usize;
    let mut pieces = Vec::with_capacity(n);
    let mut rest = v;
    while pieces.len() + 1 < n {
        let Some(m) = rest.find(sep) else { break };
        pieces.push(&rest[..m + keep]);
        rest = &rest[m + sep.len()..];
    }
    pieces.push(rest);
    pieces
}

/// `strings.Split`: the pieces between each `t`.
pub fn split<'a>(v: &'a str, t: &str) -> Vec<&'a str> {
    split_pieces(v, t, 0, -1)
}

/// `strings.SplitAfter`: the pieces after each `t`, which they keep.
pub fn split_after<'a>(v: &'a str, t: &str) -> Vec<&'a str> {
    split_pieces(v, t, t.len(), -1)
}

/// `strings.SplitN`: at most `i` pieces (all when `i < 0`, none when `i == 0`).
pub fn split_n<'a>(v: &'a str, t: &str, i: i64) -> Vec<&'a str> {
    split_pieces(v, t, 0, i)
}

/// `strings.SplitAfterN`: at most `i` pieces, each keeping its `t`.
pub fn split_after_n<'a>(v: &'a str, t: &str, i: i64) -> Vec<&'a str> {
    split_pieces(v, t, t.len(), i)
}

/// `strings.Join`.
pub fn join_str<S: AsRef<str>>(arr: &[S], v: &str) -> String {
    let parts: Vec<&str> = arr.iter().map(AsRef::as_ref).collect();
    parts.join(v)
}

/// Flux's `strings.strlen`: the number of characters (code points), not bytes.
pub fn strlen(v: &str) -> i64 {
    v.chars().count() as i64
}

/// Flux's `strings.substring`: characters `start` up to `end`, counted in code
/// points; `start` is clamped to [0, length] and `end` to [start, length].
pub fn substring(v: &str, start: i64, end: i64) -> &str {
    let len = strlen(v);
    let start = start.clamp(0, len);
    let end = end.min(len).max(start);
    let byte_at = |k: i64| v.char_indices().nth(k as usize).map_or(v.len(), |(i, _)| i);
    &v[byte_at(start)..byte_at(end)]
}

/// Go's `%q` of a string (`strconv.Quote`): double quotes, `\"` and `\\`, the usual
/// letter escapes, `\xHH` for other ASCII controls and `\u`/`\U` for other
/// unprintable characters.
pub fn quote(v: &str) -> String {
    let mut out = String::with_capacity(v.len() + 2);
    out.push('"');
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if c == ' ' || !(c.is_control() || c.is_whitespace() || is_format(c)) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// The common invisible format characters Go does not print as they are.
fn is_format(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_are_go_simple_mappings() {
        assert_eq!(to_upper("straße"), "STRAßE");
        assert_eq!(to_title("ǆ"), "ǅ");
        assert_eq!(to_upper("ǆ"), "Ǆ");
        assert_eq!(to_lower("ΣΑΣ"), "σασ");
        assert_eq!(title("hello_world foo-bar o'neil"), "Hello_world Foo-Bar O'Neil");
    }

    #[test]
    fn fold_and_space() {
        assert!(equal_fold("Go", "GO"));
        assert!(equal_fold("k", "\u{212A}"));
        assert!(!equal_fold("ß", "ss"));
        assert_eq!(trim_space("\u{00A0} x \u{3000}"), "x");
        assert_eq!(trim_space("\u{180E}x"), "\u{180E}x");
    }

    #[test]
    fn flux_rules() {
        assert_eq!(substring("日本語abc", 1, 4), "本語a");
        assert_eq!(substring("abc", -3, 100), "abc");
        assert_eq!(substring("abc", 2, 1), "");
        assert_eq!(is_digit("7"), Ok(true));
        assert_eq!(is_upper("ab"), Err(NOT_ONE_BYTE.to_string()));
        assert_eq!(is_letter("é"), Err(NOT_ONE_BYTE.to_string()));
        assert_eq!(
            repeat("ab", -1),
            Err("strings: negative Repeat count".to_string())
        );
        assert!(repeat("ab", i64::MAX).is_err());
        assert_eq!(split("a,b", ""), ["a", ",", "b"]);
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(quote("a\"\u{7f}é\n\u{a0}"), r#""a\"\x7fé\n\u00a0""#);
    }
}
