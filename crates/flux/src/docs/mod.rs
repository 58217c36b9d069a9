//! Documentation of Flux packages, read from the `//` comments of their `.flux`
//! sources: the package doc above the `package` clause, and one doc per `builtin`
//! (or per documented top-level definition, `name = ...`, for members written in Flux).
//!
//! Doc comments are markdown. Their fenced code blocks are examples:
//!
//! - a fence with no info string (or `flux`) is a Flux example that the test suite runs;
//! - a fence ```` ```no_run REASON ```` is shown but not run, and must say why;
//! - any other info string (`json`, `text`, ...) is not Flux and is only shown.
//!
//! Inside a Flux example, `// => TEXT` lines are the expected output: the lines the
//! example prints (the `display()` of each top-level expression, in order) must equal
//! them. A `// error: MESSAGE` line says the example fails instead, with an error
//! message that ends with MESSAGE (so `error calling function "die" @1:1-1:20: ` and its
//! location may be left out).
//! An example with neither is compared with a reviewed snapshot of its output.
//!
//! The test suite (crates/flux/tests/doc_examples.rs) runs examples with `INFLUX_TOKEN`
//! in an in-memory secret store, and `http://localhost:8086` served by a mock InfluxDB 2
//! (`GET /health`, `POST /api/v2/buckets` with that token, 404 elsewhere). An example
//! that needs anything else is a `no_run` one.
//!
//! ```
//! let source = "// Package demo shows docs.\npackage demo\n\n// twice doubles.\n//\n// ```\n// 2 * 2\n// // => 4\n// ```\nbuiltin twice : (v: int) => int\n";
//! let doc = flux::docs::PackageDoc::parse("demo", source);
//! assert_eq!(doc.builtins[0].name, "twice");
//! let examples = flux::docs::examples(&doc.builtins[0].doc, doc.builtins[0].doc_line);
//! assert_eq!(examples[0].expected, vec!["4"]);
//! ```

mod examples;
mod markdown;

pub use examples::{Example, examples};
pub use markdown::stdlib_markdown;

/// The documentation of one package.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackageDoc {
    /// Import path, e.g. `experimental/influxdb`.
    pub path: String,
    /// The name its `package` clause gives it (`influxdb`).
    pub name: String,
    /// The doc comment above the `package` clause, `//` prefixes removed.
    pub doc: String,
    /// 1-based line of the `.flux` source where `doc` starts.
    pub doc_line: usize,
    /// Its `builtin` declarations and documented definitions, in source order.
    pub builtins: Vec<BuiltinDoc>,
}

/// The documentation of one `builtin` declaration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuiltinDoc {
    /// The builtin's name.
    pub name: String,
    /// The declaration as written (`builtin name : type` or `name = ...`, possibly several lines).
    pub declaration: String,
    /// Its doc comment, `//` prefixes removed (empty when undocumented).
    pub doc: String,
    /// 1-based line of the `.flux` source where `doc` starts.
    pub doc_line: usize,
}

impl PackageDoc {
    /// Read the docs of the package at import path `path` from its `.flux` source.
    ///
    /// A doc comment is the block of `//` lines directly above a `package` clause or a
    /// `builtin` declaration (a blank line in between detaches it); declarations written
    /// right below one another share it. A declaration goes on over the following lines
    /// that start with whitespace or `)`.
    pub fn parse(path: &str, source: &str) -> PackageDoc {
        let mut doc = PackageDoc {
            path: path.to_string(),
            ..PackageDoc::default()
        };
        let lines: Vec<&str> = source.lines().collect();
        let mut comment: Vec<&str> = Vec::new();
        let mut comment_start = 0;
        let mut in_comment = false;
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if let Some(text) = line.strip_prefix("//") {
                if !in_comment {
                    comment.clear();
                    comment_start = i + 1;
                    in_comment = true;
                }
                comment.push(text.strip_prefix(' ').unwrap_or(text));
                i += 1;
                continue;
            }
            in_comment = false;
            if let Some(rest) = line.strip_prefix("package ") {
                doc.name = rest.trim().to_string();
                doc.doc = comment.join("\n");
                doc.doc_line = comment_start;
                comment.clear();
            } else if let Some(name) = declared_name(line, &comment) {
                // The comment stays: declarations right below share it.
                let mut declaration = vec![line];
                while let Some(next) = lines.get(i + 1) {
                    if !(next.starts_with([' ', '\t', ')'])) {
                        break;
                    }
                    declaration.push(next);
                    i += 1;
                }
                doc.builtins.push(BuiltinDoc {
                    name,
                    declaration: declaration.join("\n"),
                    doc: comment.join("\n"),
                    doc_line: comment_start,
                });
            } else {
                comment.clear();
            }
            i += 1;
        }
        doc
    }
}

/// The name a line declares: `builtin name : type`, or a documented top-level
/// definition `name = ...` or `option name = ...` (members written in Flux, such as
/// `toBool = (arr=<-) => ...`).
fn declared_name(line: &str, comment: &[&str]) -> Option<String> {
    if let Some(rest) = line.strip_prefix("builtin ") {
        return Some(rest.split([':', ' ']).next().unwrap_or("").to_string());
    }
    let definition = line.strip_prefix("option ").unwrap_or(line);
    let (name, rest) = definition.split_once(" =")?;
    let is_identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (is_identifier && !rest.starts_with('=') && !comment.is_empty()).then(|| name.to_string())
}
