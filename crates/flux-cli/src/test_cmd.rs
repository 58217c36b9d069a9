//! `flux test [PATH...]`: run the `testcase` blocks of every `*_test.flux` file under the paths
//! (default: the current directory). One line per testcase, then a summary:
//!
//! ```text
//! stdlib/a_test.flux: same ... pass
//! stdlib/a_test.flux: other ... fail: error calling function "diff" @12:5-12:40: Table: keys: []
//!         _diff:string ...
//! stdlib/a_test.flux: tagged ... skip (tags: skip)
//! 1 passed, 1 failed, 1 skipped
//! ```
//!
//! A failure's reason continues on indented lines. Exit status 1 when a testcase failed, 2 when
//! a path or the `--run` pattern is unusable. Each testcase runs in a fresh runtime under the
//! time limit (`--timeout`, else the global `--timeout`, else 30s); a testcase with tags (`option testing.tags = [...]`)
//! is skipped unless `--tags` gives every one of them. `testcase T extends "module/dir/file.P"`
//! finds `module` by the `fluxtest.root` file that names it (in or above the paths).

use std::collections::BTreeMap;
use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use flux::testcase::{Testcase, testcases};

use crate::cli::TestArgs;
use crate::setup::Setup;

/// The name of the file that marks the root of a test module.
const ROOT_FILE: &str = "fluxtest.root";

/// The time limit of a testcase when neither `flux test --timeout` nor `flux --timeout` sets one.
const DEFAULT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Exit status when a path or the pattern is unusable.
const USAGE: u8 = 2;

/// How one testcase ended.
enum Outcome {
    Pass,
    Fail(String),
    Skip(String),
}

/// Run the tests; the exit status.
pub fn run(args: &TestArgs, setup: &mut Setup, interrupt: &Arc<AtomicBool>) -> ExitCode {
    let pattern = match args.run.as_deref().map(regex::Regex::new).transpose() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("flux: invalid --run pattern: {e}");
            return ExitCode::from(USAGE);
        }
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let mut files = Vec::new();
    let mut roots = BTreeMap::new();
    for path in &paths {
        if let Err(message) = gather(path, &mut files, &mut roots) {
            eprintln!("flux: {message}");
            return ExitCode::from(USAGE);
        }
    }
    setup.limits.timeout = Some(args.timeout.or(setup.limits.timeout).unwrap_or(DEFAULT_TIMEOUT));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut passed, mut failed, mut skipped) = (0usize, 0usize, 0usize);
    for file in &files {
        let name = file.strip_prefix(".").unwrap_or(file).display().to_string();
        let cases = match read_testcases(file, &roots) {
            Ok(cases) => cases,
            Err(reason) => {
                failed += 1;
                let _ = writeln!(out, "{name}: ... fail: {}", indent(&reason));
                continue;
            }
        };
        for case in cases {
            if pattern.as_ref().is_some_and(|p| !p.is_match(&case.name)) {
                continue;
            }
            let outcome = run_one(&case, args, setup, interrupt);
            let line = match &outcome {
                Outcome::Pass => {
                    passed += 1;
                    "pass".to_string()
                }
                Outcome::Fail(reason) => {
                    failed += 1;
                    format!("fail: {}", indent(reason))
                }
                Outcome::Skip(reason) => {
                    skipped += 1;
                    format!("skip ({reason})")
                }
            };
            let _ = writeln!(out, "{name}: {} ... {line}", case.name);
            let _ = out.flush();
        }
    }
    let _ = writeln!(out, "{passed} passed, {failed} failed, {skipped} skipped");
    let _ = out.flush();
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Run one testcase in a runtime of its own; a panic is a failure, not the end of the run.
fn run_one(case: &Testcase, args: &TestArgs, setup: &Setup, interrupt: &Arc<AtomicBool>) -> Outcome {
    let missing: Vec<&String> = case.tags.iter().filter(|t| !args.tags.contains(t)).collect();
    if !missing.is_empty() {
        let tags: Vec<&str> = case.tags.iter().map(String::as_str).collect();
        return Outcome::Skip(format!("tags: {}", tags.join(", ")));
    }
    let runtime = crate::runtime::build(setup, interrupt.clone());
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| runtime.run_testcase(case)));
    match result {
        Ok(Ok(())) => Outcome::Pass,
        Ok(Err(failure)) => Outcome::Fail(failure.to_string()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Outcome::Fail(format!("internal error: the runtime panicked: {what}"))
        }
    }
}

/// The lines after the first indented by four spaces, so each testcase starts a line.
fn indent(reason: &str) -> String {
    reason.trim_end().replace('\n', "\n    ")
}

/// The testcases of `file`, or why it has none to run (unreadable, not UTF-8, bad syntax).
fn read_testcases(file: &Path, roots: &BTreeMap<String, PathBuf>) -> Result<Vec<Testcase>, String> {
    let source = read_text(file)?;
    let parent = |name: &str| -> Result<String, String> {
        let (module, rest) = name
            .split_once('/')
            .ok_or_else(|| format!("testcase path {name:?} must start with a module name"))?;
        let root = roots
            .get(module)
            .ok_or_else(|| format!("test module {module:?} not found (no {ROOT_FILE} names it)"))?;
        read_text(&root.join(format!("{rest}.flux")))
    };
    testcases(&source, &parent).map_err(|e| e.render_plain())
}

fn read_text(file: &Path) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    flux_syntax::source_text(&bytes)
        .map(str::to_owned)
        .map_err(|bad| format!("{}: {}", file.display(), bad.error.message))
}

/// Add the test files under `path` (sorted) and the test modules in and above it.
fn gather(
    path: &Path,
    files: &mut Vec<PathBuf>,
    roots: &mut BTreeMap<String, PathBuf>,
) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if let Ok(absolute) = std::fs::canonicalize(path) {
        for dir in absolute.ancestors().skip(1) {
            if dir.join(ROOT_FILE).is_file() {
                add_root(&dir.join(ROOT_FILE), roots)?;
                break;
            }
        }
    }
    if meta.is_file() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    walk(path, files, roots)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, roots: &mut BTreeMap<String, PathBuf>) -> Result<(), String> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for entry in entries {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if entry.is_dir() {
            walk(&entry, files, roots)?;
        } else if name == ROOT_FILE {
            add_root(&entry, roots)?;
        } else if name.ends_with("_test.flux") {
            files.push(entry);
        }
    }
    Ok(())
}

/// Record the module a `fluxtest.root` file names: its text is the name, or a JSON object
/// with `name` (and `tags`).
fn add_root(file: &Path, roots: &mut BTreeMap<String, PathBuf>) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let trimmed = text.trim();
    let name = if !trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_alphabetic()) {
        trimmed.to_string()
    } else {
        serde_json::from_str::<serde_json::Value>(trimmed)
            .ok()
            .and_then(|v| v.get("name")?.as_str().map(str::to_owned))
            .filter(|n| !n.is_empty())
            .ok_or_else(|| format!("{}: a test module needs a name", file.display()))?
    };
    let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
    roots.entry(name).or_insert(dir);
    Ok(())
}
