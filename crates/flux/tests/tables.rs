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
