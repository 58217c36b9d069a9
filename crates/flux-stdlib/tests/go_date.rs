//! flux-rs's `date` against Go Flux's own answers (testdata/go-vectors/date.txt, made
//! with the Go `flux` command by scripts/flux-go-date-vectors.py): truncation, calendar
//! arithmetic and clock parts in zones with DST changes, half-hour and 45-minute
//! offsets, and fixed offsets.

#![allow(clippy::unwrap_used)]

#[test]
fn date_calls_as_go_flux() {
    let path = format!(
        "{}/../../testdata/go-vectors/date.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let runtime = flux::Runtime::builder().build();
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (call, want) = line.split_once(" => ").unwrap();
        cases += 1;
        let script = format!("import \"date\"\nimport \"timezone\"\n{call}");
        let got = match runtime.eval(&script) {
            Ok(values) => values.iter().map(|v| v.display()).collect::<Vec<_>>().join(" "),
            Err(e) => format!("error: {e:?}"),
        };
        if got != want {
            failures.push(format!("{call}\n  go:   {want}\n  ours: {got}"));
        }
    }
    assert!(cases >= 300, "only {cases} cases read from {path}");
    assert!(
        failures.is_empty(),
        "{} of {cases} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
