//! One fixture per error message: tests/fixtures/NAME.flux and its snapshot, the
//! errors as `L:C-L:C: message` lines in the order they are found.

mod common;

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.flux", |path| {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let errors = common::errors(&src);
        assert!(!errors.is_empty(), "{} checks without errors", path.display());
        insta::assert_snapshot!(format!("{src}---\n{errors}"));
    });
}
