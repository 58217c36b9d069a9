//! Completion candidates for the REPL, computed from plain lists of names so the
//! logic is testable without a terminal: keywords and names in scope, package
//! paths inside `import "`, members after `pkg.` and record fields after `r.`.

use flux_syntax::{KEYWORDS, Span, TokenClass, tokens};

use super::scan::{End, end_of, last_code};

/// What the REPL knows about the session, for completion.
pub trait Names {
    /// Every name bound in the session (universe builtins, imports, assignments).
    fn names_in_scope(&self) -> Vec<String>;
    /// Every importable package path (`dict`, `experimental/influxdb`, …).
    fn package_paths(&self) -> Vec<String>;
    /// Members of the value at `path` (`["r"]`, `["influxdb"]`, `["r", "headers"]`):
    /// the fields of a record, the members of an imported package; empty otherwise.
    fn members(&self, path: &[&str]) -> Vec<String>;
}

/// A completion: replace `line[start..pos]` with one of `candidates`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    /// Byte offset where the replaced word starts.
    pub start: usize,
    /// Replacement texts, sorted, without duplicates.
    pub candidates: Vec<String>,
}

/// Complete the word that ends at byte offset `pos` of `line`.
pub fn complete(line: &str, pos: usize, names: &dyn Names) -> Completion {
    let pos = clamp_to_char_boundary(line, pos);
    let before = &line[..pos];
    let nothing = Completion {
        start: pos,
        candidates: Vec::new(),
    };
    match end_of(before) {
        End::Comment => return nothing,
        End::String => return complete_import_path(line, pos, names).unwrap_or(nothing),
        End::Code => {}
    }
    let tokens = tokens(before);
    // The word being typed: a name or keyword that ends at the cursor.
    let (word_start, base) = match tokens.split_last() {
        Some(((TokenClass::Identifier | TokenClass::Keyword, span), rest)) if span.end as usize == pos => {
            (span.start as usize, member_base(before, rest))
        }
        _ => (pos, member_base(before, &tokens)),
    };
    let word = &before[word_start..];
    if let Some(path) = base {
        return Completion {
            start: word_start,
            candidates: matching(names.members(&path), word),
        };
    }
    if word.is_empty() {
        return nothing;
    }
    let mut all = names.names_in_scope();
    all.extend(KEYWORDS.iter().map(|k| k.to_string()));
    Completion {
        start: word_start,
        candidates: matching(all, word),
    }
}

/// Inside `import "…`: the package paths that start with what is typed so far.
fn complete_import_path(line: &str, pos: usize, names: &dyn Names) -> Option<Completion> {
    let before = &line[..pos];
    let tokens = tokens(before);
    let (string, rest) = tokens.split_last()?;
    let is_import =
        matches!(last_code(rest), Some((TokenClass::Keyword, span)) if &before[span.range()] == "import");
    if !is_import {
        return None;
    }
    let start = string.1.start as usize + 1;
    let typed = &before[start..];
    let closing = if line[pos..].starts_with('"') { "" } else { "\"" };
    let candidates = matching(names.package_paths(), typed)
        .into_iter()
        .map(|p| format!("{p}{closing}"))
        .collect();
    Some(Completion { start, candidates })
}

/// `r.` / `a.b.` at the end of `tokens`: the dotted base path (`["r"]`, `["a", "b"]`).
fn member_base<'s>(source: &'s str, tokens: &[(TokenClass, Span)]) -> Option<Vec<&'s str>> {
    let text = |span: &Span| &source[span.range()];
    let mut path = Vec::new();
    let mut rest = tokens;
    while let [
        head @ ..,
        (TokenClass::Identifier, name),
        (TokenClass::Operator, dot),
    ] = rest
    {
        if text(dot) != "." {
            break;
        }
        path.push(text(name));
        rest = head;
    }
    path.reverse();
    (!path.is_empty()).then_some(path)
}

fn matching(mut all: Vec<String>, prefix: &str) -> Vec<String> {
    all.retain(|n| n.starts_with(prefix));
    all.sort();
    all.dedup();
    all
}

fn clamp_to_char_boundary(line: &str, mut pos: usize) -> usize {
    pos = pos.min(line.len());
    while !line.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl Names for Fake {
        fn names_in_scope(&self) -> Vec<String> {
            ["display", "dict", "duration", "r", "influxdb", "x"]
                .map(String::from)
                .to_vec()
        }
        fn package_paths(&self) -> Vec<String> {
            ["dict", "experimental/influxdb", "experimental/json", "json"]
                .map(String::from)
                .to_vec()
        }
        fn members(&self, path: &[&str]) -> Vec<String> {
            match path {
                ["r"] => vec!["statusCode".into(), "body".into(), "headers".into()],
                ["influxdb"] => vec!["api".into()],
                ["r", "headers"] => vec!["len".into()],
                _ => vec![],
            }
        }
    }

    fn cands(line: &str) -> (usize, Vec<String>) {
        let c = complete(line, line.len(), &Fake);
        (c.start, c.candidates)
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            cands("d"),
            (0, vec!["dict".into(), "display".into(), "duration".into()])
        );
        assert_eq!(cands("x = di"), (4, vec!["dict".into(), "display".into()]));
        assert_eq!(cands("if x th"), (5, vec!["then".into()]));
        assert_eq!(cands("zz"), (0, vec![]));
        assert_eq!(cands(""), (0, vec![]));
        assert_eq!(cands("1 + "), (4, vec![]));
    }

    #[test]
    fn members_after_a_dot() {
        assert_eq!(
            cands("r."),
            (2, vec!["body".into(), "headers".into(), "statusCode".into()])
        );
        assert_eq!(cands("r.s"), (2, vec!["statusCode".into()]));
        assert_eq!(cands("x = influxdb.a"), (13, vec!["api".into()]));
        assert_eq!(cands("r.headers.l"), (10, vec!["len".into()]));
        assert_eq!(cands("f(v: r.b"), (7, vec!["body".into()]));
        assert_eq!(cands("1.5").1, Vec::<String>::new());
    }

    #[test]
    fn package_paths_inside_import() {
        assert_eq!(
            cands("import \"exp"),
            (
                8,
                vec!["experimental/influxdb\"".into(), "experimental/json\"".into()]
            )
        );
        assert_eq!(
            cands("import \""),
            (
                8,
                vec![
                    "dict\"".into(),
                    "experimental/influxdb\"".into(),
                    "experimental/json\"".into(),
                    "json\"".into()
                ]
            )
        );
        let c = complete("import \"j\"", 9, &Fake);
        assert_eq!(c.candidates, vec!["json".to_string()]);
    }

    #[test]
    fn nothing_inside_other_strings_or_comments() {
        assert_eq!(cands("x = \"di"), (7, vec![]));
        assert_eq!(cands("x // di"), (7, vec![]));
    }
}
