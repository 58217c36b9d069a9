//! Differential tests against Go Flux (the `flux` command built by scripts/build-flux-go.sh):
//! the same programs run through Go's script mode and through our runtime, and their results
//! must agree.
//!
//! - Every testdata/eval fixture: each top-level expression statement `E` becomes
//!   `array.from(rows: [{v: display(v: E)}]) |> yield(name: …)` for Go (its script mode prints
//!   only tables); ours displays `E`. A fixture Go rejects must fail here too.
//! - Every testdata/tables fixture: each statement's stream, yielded by name.
//! - Generated programs (generate.rs; values, operators, conversions, records, functions,
//!   string functions, tables through `array.from`). Values are batched: one Go run evaluates a
//!   hundred of them as rows of one table (`{i: N, v: display(v: X)}`), tables as one yield each;
//!   a batch Go rejects is split in halves until the failing program is alone.
//!
//! Go answers in annotated CSV (`--format csv`), read with our decoder; streams are compared as
//! the Go command prints them. The differences Go and we keep on purpose are listed in
//! [`KNOWN`] with their reason (and in docs/subset.md); any other difference fails the test.
//! The whole report goes to `$CARGO_TARGET_TMPDIR/differential-report.txt`.

#[path = "../support/mod.rs"]
mod support;

mod generate;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use flux::Value;
use flux::syntax::ast::StatementKind;
use flux::table::Stream;
use generate::{Category, Program};

/// Generated programs per category (8 categories).
const PER_CATEGORY: usize = 320;
const SEED: u64 = 0x5EED_F1C5;
const BATCH: usize = 100;

/// Known differences: (the check's label, or a substring of its program or of either side's
/// error, why). Each is in
/// docs/subset.md (deliberate) or was reported to be fixed (`reported:`).
const EMPTY_STRING_ROW: (&str, &str) = (
    "",
    "an empty string: Go's array.from drops it in a row after the first",
);

const KNOWN: &[(&str, &str)] = &[
    (
        "1h < 2h",
        "durations compare (Go fails at run time, influxdata/flux#4906)",
    ),
    (
        "1h == 60m",
        "durations compare (Go fails at run time, influxdata/flux#4906)",
    ),
    (
        "1mo == 30d",
        "durations compare (Go fails at run time, influxdata/flux#4906)",
    ),
    (
        "[1h: \"hour\", 1m: \"minute\"]",
        "duration dictionary keys work (Go panics: invalid key nature)",
    ),
    (
        "string(v: .myLabel)",
        "labels need no feature flag (Go: labelPolymorphism is experimental)",
    ),
    (
        "exists r.missing",
        "no static type check yet: Go rejects a label missing from a known record type",
    ),
    (
        "fixture nulls.flux #3",
        "a null from json.parse propagates through operators (Go: invalid + float)",
    ),
    (
        "fixture nulls.flux #5",
        "a null condition takes the else branch (Go: not a boolean value)",
    ),
    (
        "fixture nulls.flux #6",
        "a null operand of and/or counts as false (Go: not a boolean value)",
    ),
    (
        "fixture nulls.flux #7",
        "a null operand of and/or counts as false (Go: not a boolean value)",
    ),
    (
        "$\\\"",
        "Go's lexer rejects `\\\"` right after `$` in a string (invalid escape sequence)",
    ),
    (
        "column size mismatch",
        "Go's array.from fails when a row after the first holds an empty string",
    ),
    (
        "fixture array_from.flux #1",
        "reported: array.from sorts columns by label, Go keeps the record's order",
    ),
];

/// What one side made of a program: its printed result, or its error.
type Outcome = Result<String, String>;

fn runtime() -> flux::Runtime {
    flux::Runtime::new()
}

/// A stream as the Go `flux` command prints it.
fn format_stream(stream: &Stream) -> String {
    let mut out = Vec::new();
    let _ = flux::table::format::write_result(&mut out, "_result", stream);
    String::from_utf8_lossy(&out).into_owned()
}

fn imports(list: &[&str]) -> String {
    list.iter().map(|p| format!("import \"{p}\"\n")).collect()
}

/// Run `source` through Go's `flux --format csv`: its results by name, or its error.
fn go_results(source: &str) -> Result<BTreeMap<String, Stream>, String> {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("program.flux");
    std::fs::write(&file, source).expect("write program");
    let out = Command::new(support::reference::flux_go())
        .args(["--format", "csv"])
        .arg(&file)
        .output()
        .expect("run the Go flux command");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if !out.status.success() || !stderr.is_empty() {
        return Err(if stderr.is_empty() { stdout } else { stderr });
    }
    let results = flux::table::csv::decode(stdout.as_bytes(), flux::table::csv::Mode::Annotations)
        .map_err(|e| format!("cannot read Go's answer: {e}\n{stdout}"))?;
    Ok(results.into_iter().map(|r| (r.name, r.stream)).collect())
}

/// The `v` cells of a Go answer to a value batch, by row number `i`.
fn value_cells(stream: &Stream) -> BTreeMap<i64, String> {
    let mut cells = BTreeMap::new();
    for table in stream.tables() {
        let (Some(i), Some(v)) = (table.column_index("i"), table.column_index("v")) else {
            continue;
        };
        for row in 0..table.num_rows() {
            if let (flux::table::Scalar::Int(n), flux::table::Scalar::String(s)) =
                (table.cell(i, row), table.cell(v, row))
            {
                cells.insert(n, s.to_string());
            }
        }
    }
    cells
}

/// Go's outcome for each value program, batching as the module docs say.
fn go_values(programs: &[&Program]) -> Vec<Outcome> {
    let mut needed: Vec<&str> = vec!["array"];
    for p in programs {
        for i in &p.imports {
            if !needed.contains(i) {
                needed.push(i);
            }
        }
    }
    let rows: Vec<String> = programs
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{{i: {i}, v: display(v: ({}))}}", p.expr))
        .collect();
    let source = format!(
        "{}array.from(rows: [\n{}\n])\n",
        imports(&needed),
        rows.join(",\n")
    );
    match go_results(&source) {
        Ok(results) => {
            let cells = results.values().next().map(value_cells).unwrap_or_default();
            (0..programs.len())
                .map(|i| {
                    cells
                        .get(&(i as i64))
                        .cloned()
                        .ok_or_else(|| "no row in Go's answer".to_string())
                })
                .collect()
        }
        Err(e) if programs.len() == 1 => vec![Err(e)],
        Err(_) => {
            let (a, b) = programs.split_at(programs.len() / 2);
            let mut out = go_values(a);
            out.extend(go_values(b));
            out
        }
    }
}

/// Go's outcome for each table program: one yield each, split on failure.
fn go_tables(programs: &[&Program]) -> Vec<Outcome> {
    let body: String = programs
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} |> yield(name: \"t{i}\")\n", p.expr))
        .collect();
    match go_results(&format!("{}{body}", imports(&["array"]))) {
        Ok(results) => (0..programs.len())
            .map(|i| {
                // A result without tables writes nothing: an empty stream.
                Ok(results
                    .get(&format!("t{i}"))
                    .map(format_stream)
                    .unwrap_or_else(|| format_stream(&Stream::default())))
            })
            .collect(),
        Err(e) if programs.len() == 1 => vec![Err(e)],
        Err(_) => {
            let (a, b) = programs.split_at(programs.len() / 2);
            let mut out = go_tables(a);
            out.extend(go_tables(b));
            out
        }
    }
}

/// Our outcome for a program.
fn ours(runtime: &flux::Runtime, program: &Program) -> Outcome {
    let source = if matches!(program.category, Category::Tables | Category::Pipelines) {
        format!("{}{}", imports(&program.imports), program.expr)
    } else {
        format!("{}display(v: ({}))", imports(&program.imports), program.expr)
    };
    let mut values = runtime.eval(&source).map_err(|e| e.render_plain())?;
    match values.pop() {
        Some(Value::String(s)) => Ok(s.to_string()),
        Some(Value::Stream(s)) => Ok(format_stream(&s)),
        other => Err(format!("unexpected value {other:?}")),
    }
}

/// Agreement: the same text, or both an error.
fn agree(go: &Outcome, mine: &Outcome) -> bool {
    match (go, mine) {
        (Ok(a), Ok(b)) => a == b,
        (Err(_), Err(_)) => true,
        _ => false,
    }
}

struct Report {
    checked: usize,
    agreed: usize,
    text: String,
    unexplained: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report {
            checked: 0,
            agreed: 0,
            text: String::new(),
            unexplained: Vec::new(),
        }
    }

    fn record(&mut self, label: &str, program: &str, go: &Outcome, mine: &Outcome) {
        self.checked += 1;
        if agree(go, mine) {
            self.agreed += 1;
            return;
        }
        let go_error = go.as_ref().err().map(String::as_str).unwrap_or("");
        let known = KNOWN
            .iter()
            .find(|(pattern, _)| label == *pattern || program.contains(pattern) || go_error.contains(pattern))
            .or(match (go_error, mine) {
                // Values are batched as rows of one array.from: Go's loses an empty string
                // in a row after the first (the same Go bug as under Tables).
                ("no row in Go's answer", Ok(v)) if v.is_empty() => Some(&EMPTY_STRING_ROW),
                _ => None,
            });
        let _ = writeln!(
            self.text,
            "--- {label}{}\n{program}\n  go:   {go:?}\n  ours: {mine:?}",
            known
                .map(|(_, why)| format!(" (known: {why})"))
                .unwrap_or_default()
        );
        if known.is_none() {
            self.unexplained.push(format!("{label}: {program}"));
        }
    }
}

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A fixture split into its expression statements (text) and the program that keeps only the
/// statements of `keep` (by index), each wrapped by `wrap(index, text)`; the other statements
/// (imports, assignments, options) stay.
struct Fixture {
    source: String,
    /// Byte ranges of the expression statements.
    expressions: Vec<(usize, usize)>,
}

impl Fixture {
    fn parse(source: String) -> Option<Fixture> {
        let parsed = flux::syntax::parse(&source);
        if !parsed.errors.is_empty() {
            return None;
        }
        let expressions = parsed
            .file
            .body
            .iter()
            .filter(|s| matches!(s.kind, StatementKind::Expression(_)))
            .map(|s| (s.span.start as usize, s.span.end as usize))
            .collect();
        Some(Fixture { source, expressions })
    }

    fn program(&self, keep: &[usize], wrap: &dyn Fn(usize, &str) -> String) -> String {
        let mut out = self.source.clone();
        for (n, &(start, end)) in self.expressions.iter().enumerate().rev() {
            let text = &self.source[start..end];
            let replacement = if keep.contains(&n) {
                wrap(n, text)
            } else {
                String::new()
            };
            out.replace_range(start..end, &replacement);
        }
        out
    }
}

/// Go's outcome for the expression statements `keep` of a fixture (kinds: true = a stream),
/// split in halves when Go rejects the program.
fn go_fixture(fixture: &Fixture, keep: &[usize], streams: &[bool]) -> Vec<Outcome> {
    let wrap = |n: usize, text: &str| {
        if streams.get(n).copied().unwrap_or(false) {
            format!("yield(tables: {text}, name: \"s{n}\")")
        } else {
            format!("array.from(rows: [{{v: display(v: {text})}}]) |> yield(name: \"s{n}\")")
        }
    };
    let program = format!("import \"array\"\n{}", fixture.program(keep, &wrap));
    let program = program.replacen("import \"array\"\nimport \"array\"\n", "import \"array\"\n", 1);
    let program = move_imports_first(&program);
    match go_results(&program) {
        Ok(results) => keep
            .iter()
            .map(|n| {
                let stream = results
                    .get(&format!("s{n}"))
                    .ok_or_else(|| "no result".to_string())?;
                Ok(if streams.get(*n).copied().unwrap_or(false) {
                    format_stream(stream)
                } else {
                    value_cells_single(stream)
                })
            })
            .collect(),
        Err(e) if keep.len() <= 1 => vec![Err(e); keep.len().max(1)],
        Err(_) => {
            let (a, b) = keep.split_at(keep.len() / 2);
            let mut out = go_fixture(fixture, a, streams);
            out.extend(go_fixture(fixture, b, streams));
            out
        }
    }
}

/// Imports must come before statements: hoist every `import` line.
fn move_imports_first(program: &str) -> String {
    let (imports, rest): (Vec<&str>, Vec<&str>) = program
        .lines()
        .partition(|l| l.trim_start().starts_with("import \""));
    let mut seen: Vec<&str> = Vec::new();
    for i in imports {
        if !seen.contains(&i.trim()) {
            seen.push(i.trim());
        }
    }
    format!("{}\n{}\n", seen.join("\n"), rest.join("\n"))
}

fn fixture_outcomes(path: &Path, runtime: &flux::Runtime, report: &mut Report) {
    let source = std::fs::read_to_string(path).expect("read fixture");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("?")
        .to_string();
    let Some(mut fixture) = Fixture::parse(source.clone()) else {
        return;
    };
    if fixture.expressions.is_empty() {
        // Go's script mode needs a result: a fixture of assignments only ends with one.
        match Fixture::parse(format!("{source}\n\"ok\"\n")) {
            Some(f) => fixture = f,
            None => return,
        }
    }
    let plain = |_: usize, text: &str| text.to_string();
    // Ours, one expression statement at a time (the others left out).
    let mine: Vec<Outcome> = (0..fixture.expressions.len())
        .map(|n| {
            let program = fixture.program(&[n], &plain);
            match runtime.eval(&program) {
                Err(e) => Err(e.render_plain()),
                Ok(values) => match values.last() {
                    Some(Value::Stream(s)) => Ok(format_stream(s)),
                    Some(v) => Ok(v.display()),
                    None => Ok(String::new()),
                },
            }
        })
        .collect();
    let streams: Vec<bool> = mine
        .iter()
        .map(|m| m.as_ref().is_ok_and(|t| t.starts_with("Result: ")))
        .collect();
    let all: Vec<usize> = (0..fixture.expressions.len()).collect();
    let go = go_fixture(&fixture, &all, &streams);
    for (n, (go, mine)) in go.iter().zip(&mine).enumerate() {
        let text = fixture
            .expressions
            .get(n)
            .map(|&(a, b)| fixture.source[a..b].to_string())
            .unwrap_or_else(|| fixture.source.clone());
        report.record(&format!("fixture {name} #{n}"), &text, go, mine);
    }
}

/// The `v` cell of a one-row value table.
fn value_cells_single(stream: &Stream) -> String {
    for table in stream.tables() {
        if let Some(v) = table.column_index("v")
            && let flux::table::Scalar::String(s) = table.cell(v, 0)
        {
            return s.to_string();
        }
    }
    String::new()
}

#[test]
fn fixtures_and_generated_programs_agree_with_go_flux() {
    let runtime = runtime();
    let mut report = Report::new();

    for dir in ["testdata/eval", "testdata/tables"] {
        let mut paths: Vec<_> = std::fs::read_dir(repo().join(dir))
            .expect("fixture directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "flux"))
            .collect();
        paths.sort();
        for path in paths {
            fixture_outcomes(&path, &runtime, &mut report);
        }
    }
    let fixtures = report.checked;

    let programs = generate::programs(SEED, PER_CATEGORY);
    let mut by_category: BTreeMap<Category, (usize, usize)> = BTreeMap::new();
    let (tables, values): (Vec<&Program>, Vec<&Program>) = programs
        .iter()
        .partition(|p| matches!(p.category, Category::Tables | Category::Pipelines));
    for (group, is_table) in [(values, false), (tables, true)] {
        for batch in group.chunks(BATCH) {
            let go = if is_table {
                go_tables(batch)
            } else {
                go_values(batch)
            };
            for (program, go) in batch.iter().zip(go) {
                let mine = ours(&runtime, program);
                let before = report.agreed;
                report.record(&format!("{:?}", program.category), &program.expr, &go, &mine);
                let entry = by_category.entry(program.category).or_default();
                entry.0 += 1;
                entry.1 += report.agreed - before;
            }
        }
    }

    let mut summary = format!(
        "differential: {} checks ({fixtures} fixture results, {} generated programs), {} agree\n",
        report.checked,
        programs.len(),
        report.agreed
    );
    for (category, (n, ok)) in &by_category {
        let _ = writeln!(summary, "  {category:?}: {ok}/{n} agree");
    }
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-report.txt");
    std::fs::write(&path, format!("{summary}\n{}", report.text)).expect("write report");
    eprintln!("{summary}report: {}", path.display());
    assert!(
        report.unexplained.is_empty(),
        "{} differences not listed as deliberate (see {}):\n{}",
        report.unexplained.len(),
        path.display(),
        report.unexplained.join("\n")
    );
}
