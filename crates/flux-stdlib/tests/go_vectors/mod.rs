//! Reading testdata/go-vectors/*.txt (written by scripts/go-vectors): one case per line,
//! `NAME ARG... = WANT`, strings as hex (`-` for the empty string).
#![allow(dead_code)]

/// The text a hex token stands for.
pub fn unhex(tok: &str) -> Result<String, String> {
    if tok == "-" {
        return Ok(String::new());
    }
    let bytes: Result<Vec<u8>, String> = (0..tok.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&tok[i..i + 2], 16).map_err(|e| format!("{tok}: {e}")))
        .collect();
    String::from_utf8(bytes?).map_err(|e| e.to_string())
}

/// `v` as a hex token.
pub fn hex(v: &str) -> String {
    if v.is_empty() {
        return "-".to_string();
    }
    v.bytes().map(|b| format!("{b:02x}")).collect()
}

/// Calls `case(name, args, want)` for every case of testdata/go-vectors/`file`.
pub fn each_case(
    file: &str,
    mut case: impl FnMut(&str, &[&str], &str) -> Result<(), String>,
) -> Result<(), String> {
    let path = format!("{}/../../testdata/go-vectors/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let tokens: Vec<&str> = line.split(' ').collect();
        let eq = tokens
            .iter()
            .position(|t| *t == "=")
            .ok_or(format!("no '=' in {line}"))?;
        case(
            tokens[0],
            &tokens[1..eq],
            tokens.get(eq + 1).copied().unwrap_or_default(),
        )?;
    }
    Ok(())
}

/// Ok when nothing differed, else the count and the first `shown` differences.
pub fn report(mut failures: Vec<String>, shown: usize) -> Result<(), String> {
    if failures.is_empty() {
        return Ok(());
    }
    let n = failures.len();
    failures.truncate(shown);
    Err(format!("{n} differ:\n{}", failures.join("\n")))
}
