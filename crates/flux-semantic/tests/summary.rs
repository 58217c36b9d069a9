//! Types summaries: a package's members written as `builtin` declarations, read back
//! (the prelude's lazily, one member on first lookup) instead of checking its source.

use std::sync::Arc;

use flux_semantic::Checker;

const UNIVERSE: &str = "package universe\n\
    builtin id : (x: A) => A\n\
    twice = (x) => x + x\n\
    long = (a, b, c, d, e, tables=<-) => tables\n";

fn checker(summary: Option<&'static str>) -> Checker {
    let source: Arc<str> = UNIVERSE.into();
    let checker = Checker::new(move |p| (p == "universe").then(|| source.clone()), &["universe"]);
    match summary {
        Some(text) => checker.with_summaries(move |p| (p == "universe").then_some(text)),
        None => checker,
    }
}

fn summary() -> Result<&'static str, String> {
    let text = checker(None).package("universe")?.summary();
    Ok(Box::leak(text.into_boxed_str()))
}

#[test]
fn a_summary_is_builtin_declarations_in_name_order() -> Result<(), String> {
    assert_eq!(
        summary()?,
        "package universe\n\n\
         builtin id : (x: A) => A\n\
         builtin long : (\n    <-tables: F,\n    a: A,\n    b: B,\n    c: C,\n    d: D,\n    e: E,\n) => F\n\
         builtin twice : (x: A) => A where A: Addable\n"
    );
    Ok(())
}

#[test]
fn the_prelude_read_from_a_summary_checks_as_the_source_does() -> Result<(), String> {
    let text = summary()?;
    for (script, want) in [
        ("twice(x: 2.5)", Ok("float")),
        ("id(x: \"s\")", Ok("string")),
        ("twice(x: 1h)", Err("duration is not Addable (argument x)")),
    ] {
        for c in [checker(None), checker(Some(text))] {
            let env = c.prelude().map_err(|e| e.message)?;
            let got = c
                .check_source(script, &env)
                .map(|t| t.last_expression_type().unwrap_or_default())
                .map_err(|e| e[0].message.clone());
            assert_eq!(got.as_deref(), want.map_err(String::from).as_deref(), "{script}");
        }
    }
    // Imported, the package is read whole.
    let c = checker(Some(text));
    let pkg = c.package("universe")?;
    assert_eq!(pkg.name.as_ref(), "universe");
    assert_eq!(pkg.members.len(), 3);
    Ok(())
}

#[test]
fn a_declaration_that_does_not_read_binds_the_error_type() -> Result<(), String> {
    let c = checker(Some(
        "package universe\n\nbuiltin id : (x: A) =>\nbuiltin n : int\n",
    ));
    let env = c.prelude().map_err(|e| e.message)?;
    // `id` does not parse: it is the error type, which anything unifies with.
    assert_eq!(env.type_of("id").as_deref(), Some("<error>"));
    assert_eq!(env.type_of("n").as_deref(), Some("int"));
    // Imported, the whole summary is read, and the error names the package.
    let err = c.package("universe").err().unwrap_or_default();
    assert!(err.starts_with("types summary of package universe: "), "{err}");
    Ok(())
}
