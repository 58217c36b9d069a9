//! flux-rs's `regexp` against Go's own results (testdata/go-vectors/regexp.txt,
//! made by scripts/go-vectors): patterns in Go's syntax, byte for byte.

use flux_stdlib::go::regexp::{GoRegex, quote_meta};

fn unhex(tok: &str) -> Result<String, String> {
    if tok == "-" {
        return Ok(String::new());
    }
    let bytes: Result<Vec<u8>, String> = (0..tok.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&tok[i..i + 2], 16).map_err(|e| format!("{tok}: {e}")))
        .collect();
    String::from_utf8(bytes?).map_err(|e| e.to_string())
}

fn hex(v: &str) -> String {
    if v.is_empty() {
        return "-".to_string();
    }
    v.bytes().map(|b| format!("{b:02x}")).collect()
}

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
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/go-vectors/regexp.txt"
    );
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut failures = Vec::new();
    let mut cache = Cache::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let tokens: Vec<&str> = line.split(' ').collect();
        let eq = tokens
            .iter()
            .position(|t| *t == "=")
            .ok_or(format!("no '=' in {line}"))?;
        let got = ours(tokens[0], &tokens[1..eq], &mut cache)?;
        if got != tokens[eq + 1] {
            let readable: Vec<String> = tokens[1..eq]
                .iter()
                .map(|t| format!("{:?}", unhex(t).unwrap_or_default()))
                .collect();
            failures.push(format!(
                "{} {}  want {}  ours {got}",
                tokens[0],
                readable.join(" "),
                tokens[eq + 1]
            ));
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    let n = failures.len();
    failures.truncate(25);
    Err(format!("{n} differ:\n{}", failures.join("\n")))
}
