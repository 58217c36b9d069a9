//! Snapshots over testdata/syntax/*.flux: the compact AST of each file, then its
//! errors in Flux's short form with the source line and a marker under the span.

use flux_syntax::{LineIndex, parse, sexpr};

fn render(source: &str) -> String {
    let parsed = parse(source);
    let mut out = sexpr(&parsed.file);
    let index = LineIndex::new(source);
    let lines: Vec<&str> = source.split('\n').collect();
    for error in &parsed.errors {
        let start = index.line_col(error.span.start);
        let end = index.line_col(error.span.end);
        out.push_str(&format!(
            "\nerror @{}: {}\n",
            index.location(error.span),
            error.message
        ));
        let line = lines.get(start.line as usize - 1).copied().unwrap_or("");
        let width = if end.line == start.line {
            (end.column - start.column).max(1)
        } else {
            1
        };
        out.push_str(&format!(
            "  | {line}\n  | {}{}\n",
            " ".repeat(start.column as usize - 1),
            "^".repeat(width as usize)
        ));
        if let Some(related) = &error.related {
            let at = index.location(related.span);
            out.push_str(&format!("  = @{at}: {}\n", related.message));
        }
    }
    out
}

#[test]
fn fixtures() {
    insta::glob!("../../../testdata/syntax", "*.flux", |path| {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let parsed = parse(&source);
        // Files named error_* must fail; every other file must parse cleanly.
        assert_eq!(
            name.starts_with("error_"),
            !parsed.errors.is_empty(),
            "{name}: {:?}",
            parsed.errors
        );
        insta::assert_snapshot!(render(&source));
    });
}
