//! Runtime errors carry the calls that led to them and the source they happened in;
//! Flux's one-line form is built from those when rendering. Expected texts are what
//! the Go `flux` command (v0.196.1) prints for the same scripts.

use flux::{Error, Package, Runtime};

fn error_of(runtime: &Runtime, src: &str) -> Error {
    match runtime.eval(src) {
        Ok(values) => panic!("{src}: expected an error, got {values:?}"),
        Err(e) => e,
    }
}

fn one_line(src: &str) -> String {
    error_of(&Runtime::new(), src).render_plain()
}

#[test]
fn every_call_on_the_way_is_named_with_its_location() {
    assert_eq!(
        one_line("g = (x) => die(msg: \"a\")\nf = (x) => g(x: x)\ny = f(x: 1)"),
        "error calling function \"f\" @3:5-3:12: error calling function \"g\" @2:12-2:19: \
         error calling function \"die\" @1:12-1:25: a"
    );
    assert_eq!(
        one_line("f = (x) => x / 0\ny = f(x: 1)"),
        "error calling function \"f\" @2:5-2:12: cannot divide by zero"
    );
    assert_eq!(
        one_line("y = ((x) => die(msg: \"q\"))(x: 1)"),
        "error calling function \"<anonymous function>\" @1:5-1:33: \
         error calling function \"die\" @1:13-1:26: q"
    );
}

#[test]
fn errors_outside_calls_keep_their_own_location() {
    assert_eq!(
        one_line("y = [1][5]"),
        "error @1:5-1:11: cannot access element 5 of array of length 1"
    );
}

#[test]
fn internal_functions_are_not_named() {
    // Go Flux leaves calls of `_`-prefixed functions out of the chain.
    let tools = Package::new("myorg/tools")
        .function("_fail", "() => int", |_, _| {
            Err(flux::RuntimeError::new(
                flux::ErrorKind::Runtime,
                Default::default(),
                "inner",
            ))
        })
        .flux("wrapped = () => _fail()");
    let runtime = Runtime::builder().package(tools).build();
    let e = error_of(&runtime, "import \"myorg/tools\"\ntools.wrapped()");
    assert_eq!(
        e.render_plain(),
        "error calling function \"wrapped\" @2:1-2:16: inner"
    );
}

#[test]
fn an_error_in_a_packages_flux_code_has_its_own_location_and_the_call_site() {
    let tools = Package::new("myorg/tools").flux("half = (x) =>\n    x / 0");
    let runtime = Runtime::builder().package(tools).build();
    let e = error_of(&runtime, "import \"myorg/tools\"\n\ny = tools.half(x: 4)");
    let Error::Runtime { error, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(error.source().map(|s| &*s.name), Some("myorg/tools"));
    assert_eq!(error.frames().len(), 1);
    assert_eq!(&*error.frames()[0].function, "half");
    assert_eq!(
        e.render_plain(),
        "error calling function \"half\" @3:5-3:21: cannot divide by zero"
    );
    let snippet = e.render("main.flux", false);
    assert!(snippet.contains("main.flux:3:5"), "points at the call: {snippet}");
    assert!(
        snippet.contains("it happened in package \"myorg/tools\" at 5:5-5:10"),
        "{snippet}"
    );
    assert_eq!(snippet.matches("cannot divide by zero").count(), 1, "{snippet}");
}

#[test]
fn rendered_snippets_list_the_calls_once() {
    let e = error_of(
        &Runtime::new(),
        "g = (x) => die(msg: \"deep\")\nf = (x) => g(x: x)\ny = f(x: 1)",
    );
    let snippet = e.render("main.flux", false);
    assert!(snippet.starts_with("Error: deep"), "{snippet}");
    assert!(
        snippet.contains("main.flux:1:12"),
        "points at the failing call: {snippet}"
    );
    assert!(
        snippet.contains("calls: f @3:5-3:12 > g @2:12-2:19 > die @1:12-1:28"),
        "{snippet}"
    );
    assert_eq!(
        snippet.matches("deep").count(),
        2,
        "header and the source line: {snippet}"
    );
}

#[test]
fn limit_errors_are_not_wrapped() {
    let runtime = Runtime::builder().max_steps(40).build();
    let e = error_of(
        &runtime,
        "f = (n) => n + n + n + n + n\nf(n: f(n: f(n: f(n: f(n: 1)))))",
    );
    assert_eq!(e.kind(), flux::ErrorKind::Limit);
    assert!(
        !e.render_plain().contains("error calling function"),
        "{}",
        e.render_plain()
    );
}

#[test]
fn an_argument_of_the_wrong_type_is_pointed_at_and_the_call_still_named() {
    let e = error_of(&Runtime::new(), "import \"strings\"\ny = strings.toUpper(v: 42)");
    // Found before running, as Go Flux finds it: the span of `42`.
    assert_eq!(e.messages()[0].0, flux::Span::new(40, 42), "the span of `42`");
    assert_eq!(
        e.render_plain(),
        "error @2:24-2:26: expected string but found int (argument v)"
    );
    // An error from a function the native called is not the native's argument.
    let e = error_of(
        &Runtime::new(),
        "import \"array\"\nimport \"strings\"\ny = array.map(arr: [1], fn: (x) => strings.toUpper(v: x))",
    );
    // Found before running: the callback does not fit `fn`'s type.
    assert_eq!(
        e.messages()[0].0,
        flux::Span::new(60, 88),
        "the span of the callback: {}",
        e.render_plain()
    );
}
