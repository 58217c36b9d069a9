//! Packages: every registered package parses, every `builtin` has a native and
//! every native a `builtin`; imports bind the package clause name or an alias.

mod common;
use common::{eq, fails};

#[test]
fn every_package_declares_exactly_its_natives() {
    for pkg in flux::stdlib::STDLIB {
        assert_eq!(flux_eval::check_package(pkg), Ok(()), "package {}", pkg.path);
    }
}

#[test]
fn a_native_without_builtin_is_reported() {
    let pkg = flux::PackageSource {
        path: "p".into(),
        source: "package p\nbuiltin a : (x: int) => int\n".into(),
        natives: vec![flux_eval::NativeFunction::new("b", |_, _| Ok(flux::Value::Null))].into(),
    };
    let problems = flux_eval::check_package(&pkg).err().unwrap_or_default();
    assert_eq!(
        problems,
        vec![
            "builtin \"a\" of package \"p\" has no native implementation".to_string(),
            "native \"b\" of package \"p\" has no builtin declaration".to_string(),
        ]
    );
    let rt = flux::Runtime::builder().packages([pkg]).build();
    let err = rt
        .eval("import \"p\"\n1")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("has no native implementation"), "{err}");
}

#[test]
fn imports() {
    eq(
        "import \"dict\"\ndict.fromList(pairs: [{key: 1, value: \"foo\"}, {key: 2, value: \"bar\"}])",
        "[1: foo, 2: bar]",
    );
    eq(
        "import d \"dict\"\nd.get(dict: [1: \"foo\", 2: \"bar\"], key: 1, default: \"\")",
        "foo",
    );
    eq(
        "import \"dict\"\nd = [1: \"foo\", 2: \"bar\"]\ndict.insert(dict: d, key: 3, value: \"baz\")\ndict.insert(dict: d, key: 2, value: \"baz\")\ndict.remove(dict: d, key: 1)",
        "[1: foo, 2: bar, 3: baz]\n[1: foo, 2: baz]\n[2: bar]",
    );
    eq(
        "import \"json\"\nstring(v: json.encode(v: {foo: \"bar\", baz: 123, quz: [4, 5, 6]}))",
        "{\"baz\":123,\"foo\":\"bar\",\"quz\":[4,5,6]}",
    );
    eq(
        "import \"experimental/influxdb\"\ndisplay(v: influxdb.api) != \"\"",
        "true",
    );
    fails(
        "import \"dict\"\ndict.get(dict: [1: \"a\"], key: 1)",
        "missing required argument default",
    );
}

#[test]
fn package_functions_report_errors_at_the_call() {
    fails(
        "import \"influxdata/influxdb/secrets\"\nsecrets.get(key: \"KEY_NAME\")",
        "error calling function \"get\" @2:1-2:29: secret key \"KEY_NAME\" not found",
    );
}

#[test]
fn qualified_options_update_the_package_record() {
    let rt = flux::Runtime::builder()
        .packages([flux::PackageSource {
            path: "conf".into(),
            source: "package conf\noption level = 1\n".into(),
            natives: vec![].into(),
        }])
        .build();
    let got = rt.eval("import \"conf\"\nconf.level\noption conf.level = 2\nconf.level");
    let shown: Vec<String> = got.unwrap_or_default().iter().map(|v| v.display()).collect();
    assert_eq!(shown, ["1", "2"]);
}

#[test]
fn a_package_function_reads_the_option_the_script_set() {
    let rt = flux::Runtime::builder()
        .packages([flux::PackageSource {
            path: "myorg/conf".into(),
            source: "package conf\noption level = 1\nlevelPlus = (n) => level + n\n".into(),
            natives: vec![].into(),
        }])
        .build();
    let got = rt.eval("import \"myorg/conf\"\nconf.levelPlus(n: 10)\noption conf.level = 5\nconf.levelPlus(n: 10)\nconf.level");
    let shown: Vec<String> = got.unwrap_or_default().iter().map(|v| v.display()).collect();
    assert_eq!(shown, ["11", "15", "5"]);
}

#[test]
fn natives_see_the_options_the_script_sets() -> Result<(), flux::Error> {
    let probe = flux::Package::new("probe").function("get", "(name: string) => A", |args, cx| {
        let name: String = args.required("name")?;
        Ok(cx.option(&name).cloned().unwrap_or(flux::Value::from("unset")))
    });
    let rt = flux::Runtime::builder().package(probe).build();
    let values = rt
        .eval(
            "import \"probe\"\nimport d \"internal/debug\"\noption now = () => 2030-01-01T00:00:00Z\noption d.vectorize = true\nprobe.get(name: \"now\")()\nprobe.get(name: \"internal/debug.vectorize\")\nprobe.get(name: \"other\")",
        )?;
    let shown: Vec<String> = values.iter().map(|v| v.display()).collect();
    assert_eq!(shown, ["2030-01-01T00:00:00.000000000Z", "true", "unset"]);
    Ok(())
}
