//! `testcase` blocks: each becomes a program of its own, run as Go Flux's test runner runs it.
//!
//! A test file's testcase `T` becomes the program made of the file's imports, every statement
//! of the file that is not a testcase (in order, those after the testcase too), then the
//! statements of `T`'s block, at top level (so `option now = …` inside the block is an option of
//! the program). The statements keep their places in the file, so errors point into it.
//!
//! `testcase T extends "module/dir/file_test.P" { … super() … }` adds the imports of the parent
//! file that the file lacks, the parent file's statements that are not testcases, and replaces
//! the first `super()` of the block with the statements of the parent's testcase `P`. The host
//! finds the parent file (`module/dir/file_test` names it; see [`testcases`]). Such a program is
//! assembled as new source text: its error locations are in that text.
//!
//! A testcase passes when its program runs without error. The `testing` package's assertions
//! (`testing.diff`, `assertEquals`, `shouldError`, …) fail with an error showing the difference.
//!
//! ```
//! let source = r#"
//! import "testing"
//! import "array"
//!
//! want = array.from(rows: [{_value: 1}])
//!
//! testcase same {
//!     testing.diff(got: array.from(rows: [{_value: 1}]), want: want)
//! }
//! testcase different {
//!     testing.diff(got: array.from(rows: [{_value: 2}]), want: want)
//! }
//! "#;
//! let cases = flux::testcase::testcases(source, &|_| Err("no parent files here".to_string()))?;
//! let runtime = flux::Runtime::new();
//! assert_eq!(cases[0].name, "same");
//! assert!(runtime.run_testcase(&cases[0]).is_ok());
//! let failure = runtime.run_testcase(&cases[1]).unwrap_err();
//! assert!(failure.to_string().contains("_diff:string"));
//! # Ok::<(), flux::Error>(())
//! ```

use std::sync::Arc;

use flux_syntax::ast::{ExprKind, File, ImportDeclaration, Statement, StatementKind, StringPart};

use crate::error::Error;
use crate::runtime::{Runtime, parse};

/// One testcase, ready to run.
#[derive(Clone, Debug)]
pub struct Testcase {
    /// Its name.
    pub name: String,
    /// What `option testing.tags = [...]` in its program lists.
    pub tags: Vec<String>,
    /// The program and the source text its spans point into, or why it could not be made
    /// (a parent file that is missing or does not parse).
    program: Result<(File, Arc<str>), Error>,
}

/// Why a testcase failed.
#[derive(Clone, Debug)]
pub enum TestFailure {
    /// The program imports a package the runtime does not have.
    MissingPackage(String),
    /// The program failed: an assertion, or any other error.
    Error(Error),
}

impl std::fmt::Display for TestFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TestFailure::MissingPackage(path) => write!(f, "missing package {path:?}"),
            TestFailure::Error(e) => f.write_str(&e.render_plain()),
        }
    }
}

/// The testcases of a test file's `source`, in order. `parent` gives the text of the file an
/// `extends` names: it is called with the name without its final `.testcase` part
/// (`flux/testing/testing_test` for `"flux/testing/testing_test.test_option"`), and its error
/// becomes the error of this call. A file that does not parse is a syntax error.
pub fn testcases(
    source: &str,
    parent: &dyn Fn(&str) -> Result<String, String>,
) -> Result<Vec<Testcase>, Error> {
    let text: Arc<str> = source.into();
    let file = parse(&text)?;
    let preamble: Vec<&Statement> = file
        .body
        .iter()
        .filter(|s| !matches!(s.kind, StatementKind::Testcase(_)))
        .collect();
    let mut cases = Vec::new();
    for stmt in &file.body {
        let StatementKind::Testcase(tc) = &stmt.kind else {
            continue;
        };
        let case = match &tc.extends {
            None => {
                let mut program = file.clone();
                program.body = preamble.iter().map(|s| (*s).clone()).collect();
                program.body.extend(tc.block.body.iter().cloned());
                Testcase {
                    name: tc.id.name.to_string(),
                    tags: tags(&program.body),
                    program: Ok((program, text.clone())),
                }
            }
            Some(extends) => {
                let program = extended(&text, &file, &preamble, tc, &extends.value, parent);
                Testcase {
                    name: tc.id.name.to_string(),
                    tags: program.as_ref().map(|(p, _)| tags(&p.body)).unwrap_or_default(),
                    program,
                }
            }
        };
        cases.push(case);
    }
    Ok(cases)
}

/// The program of a testcase that extends another, assembled as source text.
fn extended(
    text: &str,
    file: &File,
    preamble: &[&Statement],
    tc: &flux_syntax::ast::TestcaseStatement,
    extends: &str,
    parent: &dyn Fn(&str) -> Result<String, String>,
) -> Result<(File, Arc<str>), Error> {
    let runtime_error = |message: String| Error::Runtime {
        error: flux_eval::RuntimeError::new(flux_eval::ErrorKind::Name, tc.id.span, message),
        source: text.into(),
    };
    let Some((path, parent_name)) = extends.rsplit_once('.') else {
        return Err(runtime_error(format!(
            "testcase path {extends:?} names no testcase"
        )));
    };
    let parent_text: Arc<str> = parent(path).map_err(&runtime_error)?.into();
    let parent_file = parse(&parent_text)?;
    let Some(parent_case) = parent_file.body.iter().find_map(|s| match &s.kind {
        StatementKind::Testcase(p) if &*p.id.name == parent_name => Some(p),
        _ => None,
    }) else {
        return Err(runtime_error(format!(
            "testcase {parent_name:?} not found in {path:?}"
        )));
    };
    let slice = |source: &str, span: flux_syntax::Span| -> String {
        source
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default()
            .to_string()
    };
    let mut pieces: Vec<String> = Vec::new();
    if let Some(clause) = &file.package {
        pieces.push(format!("package {}", clause.name.name));
    }
    pieces.extend(file.imports.iter().map(|i| slice(text, i.span)));
    pieces.extend(
        parent_file
            .imports
            .iter()
            .filter(|p| !file.imports.iter().any(|i| i.path.value == p.path.value))
            .map(|i| slice(&parent_text, i.span)),
    );
    pieces.extend(preamble.iter().map(|s| slice(text, s.span)));
    pieces.extend(
        parent_file
            .body
            .iter()
            .filter(|s| !matches!(s.kind, StatementKind::Testcase(_)))
            .map(|s| slice(&parent_text, s.span)),
    );
    let mut supered = false;
    for s in &tc.block.body {
        if !supered && is_super_call(s) {
            supered = true;
            pieces.extend(parent_case.block.body.iter().map(|p| slice(&parent_text, p.span)));
        } else {
            pieces.push(slice(text, s.span));
        }
    }
    let program_text: Arc<str> = pieces.join("\n").into();
    let program = parse(&program_text)?;
    Ok((program, program_text))
}

/// `super()`: a call of `super` without arguments.
fn is_super_call(s: &Statement) -> bool {
    let StatementKind::Expression(e) = &s.kind else {
        return false;
    };
    let ExprKind::Call(call) = &e.kind else {
        return false;
    };
    call.arguments.is_empty() && matches!(&call.callee.kind, ExprKind::Identifier(n) if &**n == "super")
}

/// The string literals of `option testing.tags = [...]`.
fn tags(body: &[Statement]) -> Vec<String> {
    let mut tags = Vec::new();
    for s in body {
        let StatementKind::Option(o) = &s.kind else {
            continue;
        };
        if o.package.as_ref().is_none_or(|p| &*p.name != "testing") || &*o.id.name != "tags" {
            continue;
        }
        if let ExprKind::Array(items) = &o.init.kind {
            tags = items
                .iter()
                .filter_map(|e| match &e.kind {
                    ExprKind::String(parts) => Some(
                        parts
                            .iter()
                            .map(|p| match p {
                                StringPart::Text(t) => t.to_string(),
                                StringPart::Interpolation(_) => String::new(),
                            })
                            .collect(),
                    ),
                    _ => None,
                })
                .collect();
        }
    }
    tags
}

impl Testcase {
    /// The import paths of its program.
    pub fn imports(&self) -> impl Iterator<Item = &str> {
        let imports = match &self.program {
            Ok((file, _)) => file.imports.as_slice(),
            Err(_) => &[],
        };
        imports.iter().map(|i: &ImportDeclaration| &*i.path.value)
    }
}

impl Runtime {
    /// Run a testcase under this runtime's limits (its time limit bounds the testcase).
    /// `Ok` when it passed.
    pub fn run_testcase(&self, case: &Testcase) -> Result<(), TestFailure> {
        let known = self.package_paths();
        if let Some(missing) = case.imports().find(|p| !known.iter().any(|k| &**k == *p)) {
            return Err(TestFailure::MissingPackage(missing.to_string()));
        }
        let (program, text) = case.program.as_ref().map_err(|e| TestFailure::Error(e.clone()))?;
        self.evaluate_file(program, text.clone(), &mut |_| {})
            .map(|_| ())
            .map_err(TestFailure::Error)
    }
}
