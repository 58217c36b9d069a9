//! The dashboard record `v` (`--bucket`, `--var NAME=VALUE`): what scripts see.

mod common;

/// Run `code` with `args`: (exit status, stdout, stderr).
fn run(args: &[&str], code: &str) -> (i32, String, String) {
    let out = common::flux()
        .args(args)
        .args(["-e", code])
        .output()
        .expect("run flux");
    (
        out.status.code().unwrap_or(-1),
        common::stdout(&out),
        common::stderr(&out),
    )
}

fn value(args: &[&str], code: &str) -> String {
    let (status, out, err) = run(args, code);
    assert_eq!(status, 0, "{code}: {err}");
    out.trim_end().to_string()
}

#[test]
fn v_is_the_last_hour_by_default() {
    assert_eq!(value(&[], "v.windowPeriod"), "10s");
    assert_eq!(
        value(&[], "int(v: v.timeRangeStop) - int(v: v.timeRangeStart)"),
        "3600000000000"
    );
    assert_eq!(value(&[], "v.timeRangeStop <= now()"), "true");
    // As when InfluxDB prepends `option v = {...}`: a field v lacks is a type error.
    let (status, _, err) = run(&[], "exists v.bucket");
    assert_eq!(status, 1);
    assert!(err.contains("record is missing label bucket"), "{err}");
}

#[test]
fn vars_set_fields_as_flux_literals() {
    assert_eq!(value(&["--bucket", "telegraf"], "v.bucket"), "telegraf");
    assert_eq!(value(&["--var", "timeRangeStart=-6h"], "v.timeRangeStart"), "-6h");
    assert_eq!(value(&["--var", "timeRangeStart=-6h"], "v.windowPeriod"), "1m");
    assert_eq!(
        value(
            &[
                "--var",
                "timeRangeStart=2024-01-01T00:00:00Z",
                "--var",
                "timeRangeStop=2024-01-02T00:00:00Z"
            ],
            "v.windowPeriod"
        ),
        "4m"
    );
    assert_eq!(value(&["--var", "windowPeriod=5m"], "v.windowPeriod"), "5m");
    assert_eq!(value(&["--var", "n=41"], "v.n + 1"), "42");
    assert_eq!(value(&["--var", "ratio=0.5"], "v.ratio * 2.0"), "1");
    assert_eq!(value(&["--var", "name=\"a b\""], "v.name"), "a b");
    assert_eq!(value(&["--var", "host=web-1"], "v.host"), "web-1");
    assert_eq!(value(&["--var", "on=true"], "v.on"), "true");
    assert_eq!(value(&["--var", "bucket=b2", "--bucket", "b1"], "v.bucket"), "b2");
}

#[test]
fn a_script_may_define_its_own_v() {
    assert_eq!(value(&[], "v = {x: 1}\nv.x"), "1");
}

#[test]
fn bad_vars_are_usage_errors() {
    for bad in ["novalue", "1x=2", "a.b=3"] {
        let (status, _, err) = run(&["--var", bad], "1");
        assert_eq!(status, 2, "{bad}: {err}");
    }
}
