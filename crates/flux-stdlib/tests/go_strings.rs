//! flux-rs's `strings` against Go's own results (testdata/go-vectors/strings.txt,
//! made by scripts/go-vectors), byte for byte.

mod go_vectors;

use flux_stdlib::go::strings as s;
use go_vectors::{each_case, hex, report, unhex};

fn array(pieces: &[&str]) -> String {
    format!(
        "[{}]",
        pieces.iter().map(|p| hex(p)).collect::<Vec<_>>().join(",")
    )
}

fn int(tok: &str) -> Result<i64, String> {
    tok.parse().map_err(|e| format!("{tok}: {e}"))
}

fn or_panic(r: Result<String, String>) -> String {
    r.map_or_else(|e| format!("!{}", hex(&e)), |v| hex(&v))
}

fn ours(name: &str, args: &[&str]) -> Result<String, String> {
    let a = |i: usize| unhex(args[i]);
    Ok(match name {
        "title" => hex(&s::title(&a(0)?)),
        "toUpper" => hex(&s::to_upper(&a(0)?)),
        "toLower" => hex(&s::to_lower(&a(0)?)),
        "toTitle" => hex(&s::to_title(&a(0)?)),
        "trimSpace" => hex(s::trim_space(&a(0)?)),
        "strlen" => s::strlen(&a(0)?).to_string(),
        "equalFold" => s::equal_fold(&a(0)?, &a(1)?).to_string(),
        "repeat" => or_panic(s::repeat(&a(0)?, int(args[1])?)),
        "substring" => hex(s::substring(&a(0)?, int(args[1])?, int(args[2])?)),
        "trim" => hex(s::trim(&a(0)?, &a(1)?)),
        "trimLeft" => hex(s::trim_left(&a(0)?, &a(1)?)),
        "trimRight" => hex(s::trim_right(&a(0)?, &a(1)?)),
        "trimPrefix" => hex(s::trim_prefix(&a(0)?, &a(1)?)),
        "trimSuffix" => hex(s::trim_suffix(&a(0)?, &a(1)?)),
        "hasPrefix" => a(0)?.starts_with(&a(1)?).to_string(),
        "hasSuffix" => a(0)?.ends_with(&a(1)?).to_string(),
        "containsStr" => a(0)?.contains(&a(1)?).to_string(),
        "containsAny" => s::contains_any(&a(0)?, &a(1)?).to_string(),
        "compare" => s::compare(&a(0)?, &a(1)?).to_string(),
        "countStr" => s::count(&a(0)?, &a(1)?).to_string(),
        "index" => s::index(&a(0)?, &a(1)?).to_string(),
        "indexAny" => s::index_any(&a(0)?, &a(1)?).to_string(),
        "lastIndex" => s::last_index(&a(0)?, &a(1)?).to_string(),
        "lastIndexAny" => s::last_index_any(&a(0)?, &a(1)?).to_string(),
        "split" => array(&s::split(&a(0)?, &a(1)?)),
        "splitAfter" => array(&s::split_after(&a(0)?, &a(1)?)),
        "splitN" => array(&s::split_n(&a(0)?, &a(1)?, int(args[2])?)),
        "splitAfterN" => array(&s::split_after_n(&a(0)?, &a(1)?, int(args[2])?)),
        "replaceAll" => hex(&s::replace_all(&a(0)?, &a(1)?, &a(2)?)),
        "replace" => hex(&s::replace(&a(0)?, &a(1)?, &a(2)?, int(args[3])?)),
        "isDigit" => s::is_digit(&a(0)?)?.to_string(),
        "isLetter" => s::is_letter(&a(0)?)?.to_string(),
        "isLower" => s::is_lower(&a(0)?)?.to_string(),
        "isUpper" => s::is_upper(&a(0)?)?.to_string(),
        "joinStr" => {
            let inner = args[0].trim_start_matches('[').trim_end_matches(']');
            let arr: Vec<String> = if inner.is_empty() {
                Vec::new()
            } else {
                inner.split(',').map(unhex).collect::<Result<_, _>>()?
            };
            hex(&s::join_str(&arr, &a(1)?))
        }
        _ => return Err(format!("unknown function {name}")),
    })
}

#[test]
fn every_strings_function_matches_go_byte_for_byte() -> Result<(), String> {
    let mut failures = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    each_case("strings.txt", |name, args, want| {
        let got = ours(name, args)?;
        names.insert(name.to_string());
        if got != want {
            failures.push(format!("{name} {}  = {want}  (ours: {got})", args.join(" ")));
        }
        Ok(())
    })?;
    assert_eq!(names.len(), 35, "functions covered: {names:?}");
    report(failures, 20)
}
