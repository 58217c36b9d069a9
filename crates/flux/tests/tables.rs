//! Streams of tables as values: sources and their errors, in Flux's words.

mod common;
use common::{eq, fails};

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
