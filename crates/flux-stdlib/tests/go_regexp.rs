//! flux-rs's `regexp` against Go's own results (testdata/go-vectors/regexp.txt,
//! made by scripts/go-vectors): patterns in Go's syntax, byte for byte.

mod go_vectors;

use flux_stdlib::go::regexp::{GoRegex, quote_meta};
use go_vectors::{each_case, hex, report, unhex};

type Cache = std::collections::HashMap<String, GoRegex>;

fn ours(name: &str, args: &[&str], cache: &mut Cache) -> Result<String, String> {
    if name == "quoteMeta" {
        return Ok(hex(&quote_meta(&unhex(args[0])?)));
    }
    let pattern = unhex(args[0])?;
    if !cache.contains_key(&pattern) {
        let compiled = GoRegex::compile(&pattern).map_err(|e| format!("{pattern:?}: {e}"))?;
        assert_eq!(compiled.as_str(), pattern);
        cache.insert(pattern.clone(), compiled);
    }
    let re = &cache[&pattern];
    let v = unhex(args[1])?;
    Ok(match name {
        "findString" => hex(re.find_string(&v)),
        "findStringIndex" => re
            .find_string_index(&v)
            .map_or("nil".to_string(), |(a, b)| format!("[{a},{b}]")),
        "matchRegexpString" => re.is_match(&v).to_string(),
        "replaceAllString" => hex(&re.replace_all_string(&v, &unhex(args[2])?)),
        "splitRegexp" => {
            let n = args[2].parse().map_err(|e| format!("{e}"))?;
            let pieces: Vec<String> = re.split(&v, n).iter().map(|p| hex(p)).collect();
            format!("[{}]", pieces.join(","))
        }
        _ => return Err(format!("unknown function {name}")),
    })
}

#[test]
fn every_regexp_function_matches_go() -> Result<(), String> {
    let mut failures = Vec::new();
    let mut cache = Cache::new();
    each_case("regexp.txt", |name, args, want| {
        let got = ours(name, args, &mut cache)?;
        if got != want {
            let readable: Vec<String> = args
                .iter()
                .map(|t| format!("{:?}", unhex(t).unwrap_or_default()))
                .collect();
            failures.push(format!("{name} {}  want {want}  ours {got}", readable.join(" ")));
        }
        Ok(())
    })?;
    report(failures, 25)
}
