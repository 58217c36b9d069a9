//! Fenced examples in doc comments, and what they are expected to print.

/// One fenced code block of a doc comment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Example {
    /// The code between the fences.
    pub code: String,
    /// 1-based line of the `.flux` source where the code starts.
    pub line: usize,
    /// `Some(reason)` for a ```` ```no_run reason ```` fence (the reason may be empty,
    /// which the test suite rejects).
    pub no_run: Option<String>,
    /// The `// => TEXT` lines: what the example prints, line by line.
    pub expected: Vec<String>,
    /// The `// error: MESSAGE` line: the example fails with a message ending with this.
    pub expected_error: Option<String>,
}

/// The Flux examples of a doc comment (fences with no info string, `flux` or
/// `no_run ...`). `doc_line` is the source line where `doc` starts.
pub fn examples(doc: &str, doc_line: usize) -> Vec<Example> {
    let mut found = Vec::new();
    let mut state = Fence::Prose;
    for (n, line) in doc.lines().enumerate() {
        let trimmed = line.trim();
        state = match state {
            Fence::Prose => match trimmed.strip_prefix("```") {
                Some(info) if is_flux_fence(info) => Fence::Flux(
                    Example {
                        line: doc_line + n + 1,
                        no_run: info
                            .trim()
                            .strip_prefix("no_run")
                            .map(|reason| reason.trim().to_string()),
                        ..Example::default()
                    },
                    Vec::new(),
                ),
                Some(_) => Fence::Other,
                None => Fence::Prose,
            },
            Fence::Other if trimmed == "```" => Fence::Prose,
            Fence::Other => Fence::Other,
            Fence::Flux(mut example, code) if trimmed == "```" => {
                example.code = code.join("\n");
                found.push(example);
                Fence::Prose
            }
            Fence::Flux(mut example, mut code) => {
                if let Some(text) = trimmed.strip_prefix("// =>") {
                    example
                        .expected
                        .push(text.strip_prefix(' ').unwrap_or(text).to_string());
                } else if let Some(text) = trimmed.strip_prefix("// error:") {
                    example.expected_error = Some(text.trim().to_string());
                }
                code.push(line);
                Fence::Flux(example, code)
            }
        };
    }
    found
}

/// Where the scan of a doc comment is.
enum Fence<'a> {
    Prose,
    Flux(Example, Vec<&'a str>),
    Other,
}

fn is_flux_fence(info: &str) -> bool {
    let first = info.split_whitespace().next().unwrap_or("");
    matches!(first, "" | "flux" | "no_run")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_outputs_and_errors() {
        let doc = "Intro.\n\n```\nx = 1\nx + 1\n// => 2\n```\n\n```json\n{\"a\": 1}\n```\n\n```no_run needs a server\nhttp()\n```\n```\ndie(msg: \"no\")\n// error: no\n```";
        let found = examples(doc, 10);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].code, "x = 1\nx + 1\n// => 2");
        assert_eq!(found[0].line, 13);
        assert_eq!(found[0].expected, vec!["2"]);
        assert_eq!(found[0].no_run, None);
        assert_eq!(found[1].no_run.as_deref(), Some("needs a server"));
        assert_eq!(found[2].expected_error.as_deref(), Some("no"));
    }

    #[test]
    fn an_output_line_keeps_its_inner_spaces() {
        let found = examples("```\n\"a  b\"\n// => a  b\n```", 1);
        assert_eq!(found[0].expected, vec!["a  b"]);
    }
}
