//! Streams of tables as values: sources and their errors, in Flux's words.

mod common;
use common::{eq, fails, run};

#[test]
fn streams_display_as_stream() {
    eq("import \"array\"\narray.from(rows: [{a: 1}])", "<stream>");
    eq(
        "import \"csv\"\ncsv.from(csv: \"a\\n1\\n\", mode: \"raw\")",
        "<stream>",
    );
}

#[test]
fn array_from_errors() {
    fails("import \"array\"\narray.from(rows: [])", "rows must be non-empty");
    fails(
        "import \"array\"\narray.from(rows: [{a: 1}, {a: \"x\"}])",
        "error @2:27-2:35: expected int but found string",
    );
    fails(
        "import \"array\"\narray.from(rows: [{a: 1m}])",
        "cannot represent the type duration as column data",
    );
    fails(
        "import \"array\"\narray.from(rows: [1])",
        "int is not Record (argument rows)",
    );
}

#[test]
fn csv_from_errors() {
    fails(
        "import \"csv\"\ncsv.from()",
        "must provide csv raw text or filename",
    );
    fails(
        "import \"csv\"\ncsv.from(csv: \"\", file: \"x\")",
        "must provide exactly one of the parameters csv or file",
    );
    fails(
        "import \"csv\"\ncsv.from(file: \"/nonexistent/flux-rs.csv\")",
        "csv.from() failed to read file",
    );
}

/// The labels of `stream`'s first table, in column order, joined by commas.
fn labels(stream: &str) -> String {
    format!(
        "import \"array\"\nimport \"strings\"\nk = 2\nstrings.joinStr(arr: {stream} |> columns() |> findColumn(fn: (key) => true, column: \"_value\"), v: \",\")"
    )
}

#[test]
fn array_from_columns_follow_the_first_record() {
    eq(&labels("array.from(rows: [{z: 1, c: 2, b: 3}])"), "z,c,b");
    eq(&labels("array.from(rows: [{z: 1, c: 2}, {c: 3, z: 4}])"), "z,c");
    eq(
        &labels("((r) => array.from(rows: [{r with a: 1, z: 2}]))(r: {z: 1, c: 2})"),
        "z,c,a",
    );
}

#[test]
fn map_columns_are_in_record_order_when_go_vectorises_the_function() {
    let rows = "array.from(rows: [{z: 1, t: \"a\", v: 2.0}])";
    let map = |f: &str| labels(&format!("{rows} |> map(fn: {f})"));
    eq(&map("(r) => ({r with b: r.v * 2.0})"), "z,t,v,b");
    eq(
        &map("(r) => ({r with b: if r.z > 0 then true else false})"),
        "z,t,v,b",
    );
    eq(&map("(r) => ({r with b: float(v: r.z), c: \"x\"})"), "z,t,v,b,c");
    eq(&map("(r) => { return {b: r.z, a: 1} }"), "b,a");
    // Not vectorised by Go (a call, a captured variable, an interpolation, a regex match,
    // a block with statements): sorted by label.
    eq(&map("(r) => ({r with v: int(v: r.v)})"), "t,v,z");
    eq(&map("(r) => ({r with b: r.z * k})"), "b,t,v,z");
    eq(&map("(r) => ({r with b: \"${r.t}\"})"), "b,t,v,z");
    eq(&map("(r) => ({r with b: r.t =~ /a/})"), "b,t,v,z");
    eq(&map("(r) => {\n x = 1\n return {r with b: x}\n}"), "b,t,v,z");
}

#[test]
fn csv_from_file_reads_as_csv_from_text() {
    let text = "#datatype,string,long,string,double\n#group,false,false,true,false\n\
                #default,_result,,,\n,result,table,host,_value\n,,0,a,1.5\n,,1,b,2.5\n";
    let path = std::env::temp_dir().join(format!("flux-rs-csv-from-file-{}.csv", std::process::id()));
    std::fs::write(&path, format!("\u{feff}{}", text.replace('\n', "\r\n"))).expect("a temporary file");
    let sum = |source: String| {
        format!(
            "import \"csv\"\n{source} |> sum() |> findColumn(fn: (key) => key.host == \"b\", column: \"_value\")"
        )
    };
    let from_file = run(&sum(format!("csv.from(file: {:?})", path.display().to_string())));
    let from_text = run(&sum(format!("csv.from(csv: {text:?})")));
    let _ = std::fs::remove_file(&path);
    assert_eq!(from_file.map_err(|e| e.to_string()), Ok("[2.5]".to_string()));
    assert_eq!(from_text.map_err(|e| e.to_string()), Ok("[2.5]".to_string()));
    fails(
        &format!(
            "import \"csv\"\ncsv.from(file: {:?})",
            std::env::temp_dir().display().to_string()
        ),
        "csv.from() failed to read file: is a directory",
    );
}
