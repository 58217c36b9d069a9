//! Golden tests: every testdata/eval/*.flux runs; the snapshot is what `flux FILE`
//! prints: each expression statement's display() on stdout, then the rendered error.

#[test]
fn eval_fixtures() {
    insta::glob!("../../../testdata/eval", "*.flux", |path| {
        let src = std::fs::read_to_string(path).expect("fixture is readable");
        let mut out = String::new();
        let result = flux::Runtime::new().run(&src, |v| {
            out.push_str(&v.display());
            out.push('\n');
        });
        if let Err(e) = result {
            out.push_str(&e.render_plain());
            out.push('\n');
        }
        insta::assert_snapshot!(out);
    });
}
