//! `from()`, `buckets()`, `to()` and the schema package against a real InfluxDB 2 (started by
//! each test, see support/influxdb2.rs). Each query runs twice: through our `flux` (which sends
//! `from |> range` to the server and runs the rest here) and on the server alone (the same Flux
//! POSTed to /api/v2/query); both answers are read as tables and must print the same.

mod common;
mod support;

use support::influxdb2::{BUCKET, InfluxDb2, ORG, TOKEN};

/// Points at fixed times (2023-11-14T22:13:20Z and after): three measurements, two tags,
/// fields of every type line protocol has.
const POINTS: &str = "\
cpu,host=a,region=eu usage_user=1.5,usage_system=0.5 1700000000000000000
cpu,host=a,region=eu usage_user=2.5,usage_system=0.25 1700000010000000000
cpu,host=b,region=us usage_user=7.5,usage_system=1.5 1700000000000000000
cpu,host=b,region=us usage_user=8,usage_system=2 1700000020000000000
mem,host=a used=1024i,free=2048u,ok=true 1700000000000000000
mem,host=b used=4096i,free=512u,ok=false 1700000030000000000
log,host=a,level=info msg=\"started, \\\"quoted\\\"\" 1700000005000000000
";

const RANGE: &str = "range(start: 2023-11-14T00:00:00Z, stop: 2023-11-15T00:00:00Z)";

/// Our `flux` with the server as its default host, token and org; stdout on success.
fn ours(server: &InfluxDb2, code: &str) -> Result<String, String> {
    let out = common::flux()
        .args([
            "--host",
            &server.url,
            "--token",
            TOKEN,
            "--org",
            ORG,
            "--format",
            "csv",
            "-e",
            code,
        ])
        .output()
        .expect("run flux");
    if out.status.success() {
        Ok(common::stdout(&out))
    } else {
        Err(common::stderr(&out))
    }
}

/// Annotated CSV read back as tables and printed as the Go `flux` command prints them.
fn tables(csv: &str) -> String {
    let results = flux::table::csv::decode(csv.as_bytes(), flux::table::csv::Mode::Annotations)
        .unwrap_or_else(|e| panic!("cannot read {csv:?}: {e}"));
    let mut out = Vec::new();
    for result in &results {
        flux::table::format::write_result(&mut out, "_result", &result.stream).expect("format");
    }
    String::from_utf8(out).expect("UTF-8")
}

/// `code` run by us and by the server give the same tables (and at least one row).
fn same_as_server(server: &InfluxDb2, code: &str) -> String {
    let mine = tables(&ours(server, code).unwrap_or_else(|e| panic!("{code}\nfailed: {e}")));
    // Inside InfluxDB, `from()` may not name an organization (the query's is used).
    let inside = code.replace(&format!(", org: \"{ORG}\""), "");
    let theirs = tables(&server.query(&inside));
    assert_eq!(mine, theirs, "{code}");
    assert!(mine.contains("----"), "no table for {code}:\n{mine}");
    mine
}

/// Like [`same_as_server`], the rows in any order: inside InfluxDB the schema functions are
/// answered by the storage engine, sorted; outside (Go with `host:`, and us) `distinct` keeps
/// the order in which the series arrive.
fn same_rows_as_server(server: &InfluxDb2, code: &str) -> String {
    let sorted = |text: String| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines.sort();
        lines.join("\n")
    };
    let mine = sorted(tables(
        &ours(server, code).unwrap_or_else(|e| panic!("{code}\nfailed: {e}")),
    ));
    let theirs = sorted(tables(&server.query(code)));
    assert_eq!(mine, theirs, "{code}");
    assert!(mine.contains("----"), "no table for {code}:\n{mine}");
    mine
}

#[test]
fn from_range_filter_reads_what_the_server_reads() {
    let server = InfluxDb2::start();
    server.write(POINTS);
    let queries = [
        format!("from(bucket: \"{BUCKET}\") |> {RANGE}"),
        format!("from(bucket: \"{BUCKET}\") |> {RANGE} |> filter(fn: (r) => r._measurement == \"cpu\")"),
        format!(
            "from(bucket: \"{BUCKET}\") |> {RANGE} |> filter(fn: (r) => r._measurement == \"cpu\" and r._field == \"usage_user\" and r.host == \"b\")"
        ),
        format!(
            "from(bucket: \"{BUCKET}\") |> range(start: 2023-11-14T22:13:25Z, stop: 2023-11-14T22:13:35Z)"
        ),
        format!("from(bucket: \"{BUCKET}\") |> {RANGE} |> filter(fn: (r) => r._measurement == \"mem\")"),
        format!(
            "from(bucketID: \"{}\") |> {RANGE} |> filter(fn: (r) => r._measurement == \"log\")",
            server.bucket_id
        ),
        format!(
            "from(bucket: \"{BUCKET}\", org: \"{ORG}\") |> {RANGE} |> filter(fn: (r) => r._measurement == \"cpu\" and r._value > 2.0)"
        ),
    ];
    for code in &queries {
        same_as_server(&server, code);
    }
    // The arguments the runtime supplies may be given in the script instead.
    let explicit = format!(
        "from(bucket: \"{BUCKET}\", host: \"{}\", token: \"{TOKEN}\", org: \"{ORG}\") |> {RANGE}",
        server.url
    );
    let out = common::flux()
        .args(["--format", "csv", "-e", &explicit])
        .output()
        .expect("run flux");
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(tables(&common::stdout(&out)), tables(&server.query(&queries[0])));
}

#[test]
fn to_writes_what_from_reads_back() {
    let server = InfluxDb2::start();
    let write = format!(
        "import \"array\"\n\
         array.from(rows: [\n\
           {{_time: 2023-11-14T22:13:20Z, _measurement: \"weather\", city: \"Oslo\", _field: \"temp\", _value: -3.5}},\n\
           {{_time: 2023-11-14T22:13:30Z, _measurement: \"weather\", city: \"Rome, IT\", _field: \"temp\", _value: 14.25}},\n\
         ]) |> to(bucket: \"{BUCKET}\")"
    );
    ours(&server, &write).expect("to() writes");
    let fields = format!(
        "import \"array\"\n\
         array.from(rows: [{{_time: 2023-11-14T22:13:40Z, _measurement: \"door\", room: \"hall\", open: true, count: 3}}])\n\
           |> to(bucket: \"{BUCKET}\", tagColumns: [\"room\"], fieldFn: (r) => ({{open: r.open, count: r.count}}))"
    );
    ours(&server, &fields).expect("to() with fieldFn writes");
    let read = same_as_server(&server, &format!("from(bucket: \"{BUCKET}\") |> {RANGE}"));
    for expected in ["Oslo", "Rome, IT", "14.25", "-3.5", "hall", "open", "count"] {
        assert!(read.contains(expected), "{expected} missing from:\n{read}");
    }
}

#[test]
fn buckets_lists_what_the_server_lists() {
    let server = InfluxDb2::start();
    let listed = same_as_server(&server, "buckets()");
    assert!(
        listed.contains(BUCKET) && listed.contains("_monitoring"),
        "{listed}"
    );
}

#[test]
fn errors_say_what_go_flux_says() {
    let server = InfluxDb2::start();
    let unbounded = ours(&server, &format!("from(bucket: \"{BUCKET}\")")).expect_err("unbounded");
    assert!(
        unbounded.contains(
            "cannot submit unbounded read to \"flux-rs\"; try bounding 'from' with a call to 'range'"
        ),
        "{unbounded}"
    );
    let filtered_first = ours(
        &server,
        &format!("from(bucket: \"{BUCKET}\") |> filter(fn: (r) => true) |> {RANGE}"),
    )
    .expect_err("filter before range");
    assert!(
        filtered_first.contains("cannot submit unbounded read"),
        "{filtered_first}"
    );
    let both = ours(
        &server,
        "from(bucket: \"a\", bucketID: \"b\") |> range(start: -1h)",
    )
    .expect_err("both");
    assert!(
        both.contains("must specify only one of bucket or bucketID"),
        "{both}"
    );
    let neither = ours(&server, "from() |> range(start: -1h)").expect_err("neither");
    assert!(neither.contains("must specify bucket or bucketID"), "{neither}");
    let out = common::flux()
        .args(["-e", "from(bucket: \"b\") |> range(start: -1h)"])
        .output()
        .expect("run flux");
    assert!(
        common::stderr(&out).contains("from requires a remote host to be specified"),
        "{}",
        common::stderr(&out)
    );
    let bad_token = common::flux()
        .args([
            "--host",
            &server.url,
            "--token",
            "not-the-token",
            "--org",
            ORG,
            "-e",
            "buckets()",
        ])
        .output()
        .expect("run flux");
    let message = common::stderr(&bad_token);
    assert!(message.contains("unauthorized access"), "{message}");
    assert!(!message.contains("not-the-token"), "{message}");
    let no_org = common::flux()
        .args(["--host", &server.url, "--token", TOKEN, "-e", "buckets()"])
        .output()
        .expect("run flux");
    assert!(
        common::stderr(&no_org)
            .contains("listing buckets from a remote host requires an organization to be set"),
        "{}",
        common::stderr(&no_org)
    );
}

/// Recent points (the schema functions look at the last 30 days by default).
fn recent_points() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_nanos();
    let t = now - 3_600_000_000_000;
    format!(
        "cpu,host=a,region=eu usage_user=1.5,usage_system=0.5 {t}\n\
         cpu,host=b,region=us usage_user=7.5 {t}\n\
         mem,host=a,rack=r1 used=10i {t}\n\
         disk,path=/ free=3.5 {t}\n"
    )
}

#[test]
fn schema_functions_answer_as_the_server_does() {
    let server = InfluxDb2::start();
    server.write(&recent_points());
    let calls = [
        format!("schema.measurements(bucket: \"{BUCKET}\")"),
        format!("schema.tagKeys(bucket: \"{BUCKET}\")"),
        format!("schema.tagValues(bucket: \"{BUCKET}\", tag: \"host\")"),
        format!("schema.fieldKeys(bucket: \"{BUCKET}\")"),
        format!("schema.measurementTagValues(bucket: \"{BUCKET}\", measurement: \"cpu\", tag: \"region\")"),
        format!("schema.measurementTagKeys(bucket: \"{BUCKET}\", measurement: \"mem\")"),
        format!("schema.measurementFieldKeys(bucket: \"{BUCKET}\", measurement: \"cpu\")"),
        format!(
            "schema.tagValues(bucket: \"{BUCKET}\", tag: \"host\", predicate: (r) => r._measurement == \"mem\", start: -2h)"
        ),
    ];
    for call in &calls {
        let code = format!("import \"influxdata/influxdb/schema\"\n{call}");
        same_rows_as_server(&server, &code);
    }
    // Absolute bounds: the two runs happen at different times.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_nanos();
    let (start, stop) = (now - 7_200_000_000_000, now + 60_000_000_000);
    let code = format!(
        "import \"influxdata/influxdb/schema\"\n\
         from(bucket: \"{BUCKET}\") |> range(start: time(v: {start}), stop: time(v: {stop}))\n\
           |> filter(fn: (r) => r._measurement == \"cpu\") |> schema.fieldsAsCols()"
    );
    same_as_server(&server, &code);
}

#[test]
fn dashboard_queries_run_with_v() {
    let server = InfluxDb2::start();
    server.write(&recent_points());
    let code = "from(bucket: v.bucket)\n\
                |> range(start: v.timeRangeStart, stop: v.timeRangeStop)\n\
                |> filter(fn: (r) => r._measurement == \"cpu\")\n\
                |> keep(columns: [\"_value\", \"host\", \"_field\"])";
    let out = common::flux()
        .args([
            "--host",
            &server.url,
            "--token",
            TOKEN,
            "--org",
            ORG,
            "--bucket",
            BUCKET,
        ])
        .args(["--var", "timeRangeStart=-2h", "-e", code])
        .output()
        .expect("run flux");
    let text = common::stdout(&out);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(text.contains("usage_user") && text.contains("7.5"), "{text}");
}
