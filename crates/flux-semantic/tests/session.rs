//! A session checks each entry against what earlier entries bound; bad input gives
//! errors, never a panic or a hang.

mod common;

use common::{checker, prelude};

#[test]
fn a_session_grows_entry_by_entry() -> Result<(), String> {
    let c = checker();
    let mut env = prelude();
    for entry in [
        "import \"strings\"",
        "f = (x) => x + 1",
        "r = {a: 1, b: \"s\"}",
        "y = f(x: r.a)",
    ] {
        env = c
            .check_source(entry, &env)
            .map_err(|e| format!("{entry}: {e:?}"))?
            .env()
            .clone();
    }
    assert_eq!(env.type_of("f").as_deref(), Some("(x: int) => int"));
    assert_eq!(env.type_of("y").as_deref(), Some("int"));
    assert_eq!(
        env.fields_of("r"),
        vec!["a".into(), "b".into()] as Vec<std::sync::Arc<str>>
    );
    assert!(env.fields_of("strings").iter().any(|m| m.as_ref() == "toUpper"));
    let types = c
        .check_source("strings.toUpper(v: r.b)", &env)
        .map_err(|e| format!("{e:?}"))?;
    assert_eq!(types.last_expression_type().as_deref(), Some("string"));
    // An entry with an error leaves the session as it was.
    let err = c.check_source("f(x: \"a\")", &env).err().unwrap_or_default();
    assert_eq!(err[0].message, "expected int but found string (argument x)");
    // A later entry may rebind a name of an earlier one.
    let env = c
        .check_source("f = 1", &env)
        .map_err(|e| format!("{e:?}"))?
        .env()
        .clone();
    assert_eq!(env.type_of("f").as_deref(), Some("int"));
    Ok(())
}

#[test]
fn bindings_are_listed_in_source_order() -> Result<(), String> {
    let types = checker()
        .check_source("b = 1\na = (x) => x\nbuiltin c : int", &prelude())
        .map_err(|e| format!("{e:?}"))?;
    let got: Vec<String> = types
        .bindings()
        .into_iter()
        .map(|(n, t)| format!("{n}: {t}"))
        .collect();
    assert_eq!(got, ["b: int", "a: (x: A) => A", "c: int"]);
    Ok(())
}

#[test]
fn long_and_deep_input_does_not_overflow() {
    let sum = vec!["1"; 900].join(" + ");
    assert_eq!(common::errors(&sum), "");
    let nested = format!("{}1{}", "[".repeat(70), "]".repeat(70));
    assert_eq!(common::errors(&nested), "");
    let calls = format!("f = (x) => x\n{}1{}", "f(x: ".repeat(70), ")".repeat(70));
    assert_eq!(common::errors(&calls), "");
}

#[test]
fn recursive_records_give_an_error_and_stop() {
    // Rows that would unify forever are cut off with an error.
    let src = "f = (r) => if true then {r with a: 1} else {r with b: 1}\ng = (x) => f(r: {x with c: 1}) == x";
    let _ = common::errors(src);
}

#[test]
fn function_literals_have_types_by_span() -> Result<(), String> {
    let src = "apply = (f) => f(x: 1)\nn = apply(f: (x) => x * 2)";
    let types = checker()
        .check_source(src, &prelude())
        .map_err(|e| format!("{e:?}"))?;
    let at = |needle: &str| {
        let start = src.find(needle).unwrap_or_default();
        flux_syntax::Span::new(start as u32, (start + needle.len()) as u32)
    };
    assert_eq!(
        types.function_type(at("(f) => f(x: 1)")).as_deref(),
        Some("(f: (x: int) => A) => A")
    );
    assert_eq!(
        types.function_type(at("(x) => x * 2")).as_deref(),
        Some("(x: int) => int")
    );
    assert_eq!(types.binding("n").map(|p| p.to_string()).as_deref(), Some("int"));
    Ok(())
}

#[test]
fn checker_env_and_types_are_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<flux_semantic::Checker>();
    send_sync::<flux_semantic::Env>();
    send_sync::<flux_semantic::Types>();
}

#[test]
fn wide_records_do_not_overflow() {
    let fields: Vec<String> = (0..3000).map(|i| format!("f{i}: {i}")).collect();
    let src = format!(
        "r = {{{}}}\ng = (x) => x.f2999 + 1\nn = g(x: r)\ns = [r, r]\nb = r == r\nt = {{r with extra: 1}}",
        fields.join(", ")
    );
    assert_eq!(common::errors(&src), "");
}
