//! universe's table functions, one test each (by topic in the modules): a pipeline over a small data set and the
//! tables the Go `flux` command (v0.196.1) prints for the same script, as expected text.

use flux::Value;

/// The data every test starts from: `data` (two float series, one null) and `ints`.
const PRELUDE: &str = r##"import "csv"
import "array"
data = csv.from(csv: "#datatype,string,long,dateTime:RFC3339,double,string,string
#group,false,false,false,false,true,true
#default,_result,,,,,
,result,table,_time,_value,_field,host
,,0,2021-01-01T00:00:00Z,1.5,usage,a
,,0,2021-01-01T00:00:10Z,2.5,usage,a
,,0,2021-01-01T00:00:20Z,,usage,a
,,0,2021-01-01T00:00:30Z,4,usage,a
,,1,2021-01-01T00:00:00Z,3.5,usage,b
,,1,2021-01-01T00:00:10Z,0.5,usage,b
,,1,2021-01-01T00:00:40Z,3.5,usage,b
")
ints = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 3, t: "x"}, {_time: 2021-01-01T00:00:10Z, _value: 1, t: "y"}, {_time: 2021-01-01T00:00:20Z, _value: 7, t: "x"}])
"##;

/// What the script `PRELUDE + src` prints as the Go `flux` command does, each stream
/// statement under its result name.
pub fn tables(src: &str) -> Result<String, flux::Error> {
    let mut out = Vec::new();
    flux::Runtime::new().run(&format!("{PRELUDE}{src}\n"), |v| {
        if let Value::Stream(s) = v {
            flux::table::format::write_result(&mut out, s.name().unwrap_or("_result"), &s)
                .expect("writing to a Vec");
        }
    })?;
    Ok(String::from_utf8(out).expect("UTF-8 output"))
}

#[track_caller]
pub fn check(src: &str, want: &str) {
    match tables(src) {
        Ok(got) => assert_eq!(got, want, "script: {src}"),
        Err(e) => panic!("script: {src}\nunexpected error: {e}"),
    }
}

mod aggregate_window;
mod aggregates;
mod closures;
mod errors;
mod rows;
mod series;
mod windows;
