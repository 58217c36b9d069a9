//! Sessions (the REPL's engine): bindings and imports persist, names may be re-bound,
//! a failing input changes nothing.

fn show(values: Result<Vec<flux::Value>, flux::Error>) -> String {
    match values {
        Ok(v) => v.iter().map(|v| v.display()).collect::<Vec<_>>().join("\n"),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn bindings_persist_and_can_be_rebound() {
    let mut s = flux::Runtime::new().session();
    assert_eq!(show(s.eval("x = 1")), "");
    assert_eq!(show(s.eval("x + 1")), "2");
    assert_eq!(show(s.eval("x = \"now a string\"\nx")), "now a string");
    assert_eq!(show(s.eval("import \"dict\"")), "");
    assert_eq!(
        show(s.eval("dict.get(dict: [\"a\": 1], key: \"a\", default: 0)")),
        "1"
    );
    let names: Vec<String> = s.bindings().iter().map(|(k, _)| k.to_string()).collect();
    assert_eq!(names, ["x", "dict"]);
    assert!(s.names().iter().any(|n| &**n == "string"));
    assert_eq!(
        s.lookup("x").map(|v| v.display()),
        Some("now a string".to_string())
    );
}

#[test]
fn a_failing_input_leaves_the_session_unchanged() {
    let mut s = flux::Runtime::new().session();
    assert_eq!(show(s.eval("y = 1")), "");
    assert!(show(s.eval("y = 2\nz = 1 / 0")).starts_with("error: error @2:5-2:10: cannot divide by zero"));
    assert_eq!(show(s.eval("y")), "1");
    assert!(show(s.eval("z")).contains("undefined identifier z"));
    assert!(show(s.eval("1 +")).starts_with("error: "));
    assert_eq!(show(s.eval("y * 10")), "10");
}
