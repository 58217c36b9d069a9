//! Completion candidates for the REPL, computed from plain lists of names so the
//! logic is testable without a terminal: keywords and names in scope, package
//! paths inside `import "`, members after `pkg.` and record fields after `r.`.

use super::scan::{is_ident_continue, is_ident_start, scan};

/// Flux keywords (SPEC), offered with the names in scope.
pub const KEYWORDS: &[&str] = &[
    "and", "builtin", "else", "exists", "if", "import", "not", "option", "or", "package", "return",
    "testcase", "then",
];

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
    let end = scan(before);
    if end.in_comment() {
        return Completion {
            start: pos,
            candidates: Vec::new(),
        };
    }
    if end.in_string() {
        return complete_import_path(line, pos, names);
    }
    let word_start = word_start(before);
    let word = &before[word_start..];
    if let Some(base) = member_base(&before[..word_start]) {
        let path: Vec<&str> = base.split('.').collect();
        return Completion {
            start: word_start,
            candidates: matching(names.members(&path), word),
        };
    }
    if word.is_empty() || word.chars().next().is_some_and(|c| !is_ident_start(c)) {
        return Completion {
            start: pos,
            candidates: Vec::new(),
        };
    }
    let mut all = names.names_in_scope();
    all.extend(KEYWORDS.iter().map(|k| k.to_string()));
    Completion {
        start: word_start,
        candidates: matching(all, word),
    }
}

/// Inside `import "…`: the package paths that start with what is typed so far.
fn complete_import_path(line: &str, pos: usize, names: &dyn Names) -> Completion {
    let before = &line[..pos];
    let Some(quote) = before.rfind('"') else {
        return Completion {
            start: pos,
            candidates: Vec::new(),
        };
    };
    let head = before[..quote].trim_end();
    let is_import = head.ends_with("import") && word_start(head) == head.len() - "import".len();
    if !is_import {
        return Completion {
            start: pos,
            candidates: Vec::new(),
        };
    }
    let typed = &before[quote + 1..];
    let closing = if line[pos..].starts_with('"') { "" } else { "\"" };
    let candidates = matching(names.package_paths(), typed)
        .into_iter()
        .map(|p| format!("{p}{closing}"))
        .collect();
    Completion {
        start: quote + 1,
        candidates,
    }
}

/// Byte offset where the identifier that ends `before` starts.
fn word_start(before: &str) -> usize {
    before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_ident_continue(*c))
        .last()
        .map_or(before.len(), |(i, _)| i)
}

/// `r.` / `a.b.` just before the word: the dotted base path (`r`, `a.b`).
fn member_base(before_word: &str) -> Option<&str> {
    let without_dot = before_word.strip_suffix('.')?;
    let mut start = without_dot.len();
    loop {
        let ident_start = word_start(&without_dot[..start]);
        let ident = &without_dot[ident_start..start];
        if ident.is_empty() || !ident.chars().next().is_some_and(is_ident_start) {
            return None;
        }
        start = ident_start;
        match without_dot[..start].strip_suffix('.') {
            Some(rest) if rest.chars().next_back().is_some_and(is_ident_continue) => start -= 1,
            _ => break,
        }
    }
    Some(&without_dot[start..])
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
