//! A small prelude and packages written for these tests, and one-line helpers.
#![allow(dead_code)] // each test binary uses some of the helpers

use std::sync::{Arc, OnceLock};

use flux_semantic::{Checker, Env};

const UNIVERSE: &str = include_str!("../../testdata/universe.flux");

const STRINGS: &str = r#"package strings
builtin toUpper : (v: string) => string
joinAll = (arr) => arr[0] + "!"
"#;

const SETTINGS: &str = r#"package settings
option host = "localhost"
option retries = 3
"#;

/// The shared checker (packages are checked once per test binary).
pub fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        Checker::new(
            |path| {
                let src = match path {
                    "universe" => UNIVERSE,
                    "strings" => STRINGS,
                    "example/settings" => SETTINGS,
                    _ => return None,
                };
                Some(Arc::from(src))
            },
            &["universe"],
        )
    })
}

/// The prelude environment.
pub fn prelude() -> Env {
    checker().prelude().expect("the test prelude checks")
}

/// Every error of `src` as `L:C-L:C: message`, one a line (empty when it checks).
pub fn errors(src: &str) -> String {
    match checker().check_source(src, &prelude()) {
        Ok(_) => String::new(),
        Err(errors) => {
            let index = flux_syntax::LineIndex::new(src);
            errors
                .iter()
                .map(|e| format!("{}: {}\n", index.location(e.span), e.message))
                .collect()
        }
    }
}

/// The type of the last expression statement of `src`.
#[track_caller]
pub fn ty(src: &str, want: &str) {
    match checker().check_source(src, &prelude()) {
        Ok(types) => assert_eq!(
            types.last_expression_type().as_deref(),
            Some(want),
            "type of {src}"
        ),
        Err(e) => panic!("{src}: unexpected errors {e:?}"),
    }
}

/// The type of the binding `name` in `src`.
#[track_caller]
pub fn binding(src: &str, name: &str, want: &str) {
    match checker().check_source(src, &prelude()) {
        Ok(types) => {
            let got = types
                .bindings()
                .into_iter()
                .rev()
                .find(|(n, _)| n.as_ref() == name)
                .map(|(_, t)| t);
            assert_eq!(got.as_deref(), Some(want), "type of {name} in {src}");
        }
        Err(e) => panic!("{src}: unexpected errors {e:?}"),
    }
}

/// The first error message of `src`.
#[track_caller]
pub fn ty_err(src: &str, want: &str) {
    match checker().check_source(src, &prelude()) {
        Ok(types) => panic!("{src}: checks, with bindings {:?}", types.bindings()),
        Err(errors) => assert_eq!(errors[0].message, want, "first error of {src}: {errors:?}"),
    }
}
