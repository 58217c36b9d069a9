//! Whatever the input, parsing returns (a tree and errors) and never panics or
//! overflows the stack: random bytes, token soup, truncated files, deep nesting.
//! Test threads have 2 MB stacks, so these also check the depth bounds. Each input
//! also checks that the fast parser agrees with the error-recovering one.

use flux_syntax::{parse, parse_recovering, sexpr};
use proptest::prelude::*;

/// Parse, and walk the result the way consumers do (printing recurses the tree).
/// The fast parser must either give up or build what the recovering parser builds.
fn survives(source: &str) {
    let parsed = parse(source);
    assert_eq!(
        parsed,
        parse_recovering(source),
        "fast and recovering parsers differ on {source:?}"
    );
    let _ = sexpr(&parsed.file);
    for error in &parsed.errors {
        assert!(error.span.start <= error.span.end, "{source:?}: {error:?}");
        assert!(error.span.end as usize <= source.len(), "{source:?}: {error:?}");
        assert!(!error.message.is_empty());
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "\"${",
    "}\"",
    "${",
    "/",
    "/re/",
    "//",
    ",",
    ":",
    ".",
    "=",
    "==",
    "=>",
    "<-",
    "|>",
    "+",
    "-",
    "*",
    "^",
    "%",
    "<",
    "<=",
    "=~",
    "!~",
    "!",
    "?",
    "@",
    "\\",
    "and",
    "or",
    "not",
    "exists",
    "if",
    "then",
    "else",
    "return",
    "option",
    "import",
    "package",
    "builtin",
    "testcase",
    "with",
    "where",
    "extends",
    "x",
    "r",
    "_value",
    "1",
    "0123",
    "1.5",
    ".5",
    "1h30m",
    "1mo",
    "2µs",
    "2018-01-01",
    "2018-01-01T00:00:00Z",
    "2018-01-01T00:00:00",
    "\"s\"",
    "\"\\q\"",
    "\"\\x\"",
    "#",
    "µ",
    "é",
    "\n",
    " ",
    "\t",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|tokens| tokens.join(" "))
}

fn nesting() -> impl Strategy<Value = String> {
    let opener = prop::sample::select(
        &[
            "(",
            "[",
            "{",
            "\"${",
            "-",
            "not ",
            "if a then b else ",
            "() => ",
            "f(x: ",
        ][..],
    );
    (prop::collection::vec(opener, 0..400), any::<bool>()).prop_map(|(openers, close)| {
        let mut s: String = openers.concat();
        s.push('1');
        if close {
            for o in openers.iter().rev() {
                s.push_str(match *o {
                    "(" | "f(x: " => ")",
                    "[" => "]",
                    "{" => "}",
                    "\"${" => "}\"",
                    _ => "",
                });
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        survives(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_text(text in "\\PC{0,200}") {
        survives(&text);
    }

    #[test]
    fn random_token_soup(source in token_soup()) {
        survives(&source);
    }

    #[test]
    fn random_deep_nesting(source in nesting()) {
        survives(&source);
    }
}

#[test]
fn every_prefix_of_the_fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/syntax");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    assert!(files.len() > 20, "fixtures in {}", dir.display());
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        // Every prefix of the small files; for the big ones, a few hundred cut points.
        let step = (source.len() / 300).max(1);
        for end in (0..=source.len()).step_by(step) {
            if source.is_char_boundary(end) {
                survives(&source[..end]);
            }
        }
    }
}
