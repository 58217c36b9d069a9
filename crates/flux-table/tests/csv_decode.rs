//! Reading annotated CSV: what tables come out (shown as the `flux` command prints them), and
//! what is refused (with the line).

use std::io::Read;

use flux_table::csv::{CsvError, Mode, NamedStream, decode, decode_reader};
use flux_table::format;

/// A reader that hands out one byte per read: the decoder must not care where its reads end.
struct ByteByByte<'a>(&'a [u8]);

impl Read for ByteByByte<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match (self.0.split_first(), buf.first_mut()) {
            (Some((&byte, rest)), Some(slot)) => {
                *slot = byte;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

/// `decode` of `input`, checked to read the same (tables or error) as `decode_reader` of it
/// read a byte at a time.
fn decode_both_ways(input: &str, mode: Mode) -> Result<Vec<NamedStream>, CsvError> {
    let whole = decode(input.as_bytes(), mode);
    let streamed = decode_reader(ByteByByte(input.as_bytes()), mode);
    assert_eq!(
        printed(&whole),
        printed(&streamed),
        "decode and decode_reader differ"
    );
    whole
}

fn printed(decoded: &Result<Vec<NamedStream>, CsvError>) -> String {
    match decoded {
        Err(e) => format!("error: {e}"),
        Ok(results) => {
            let mut out = Vec::new();
            for r in results {
                out.extend_from_slice(format!("Result: {}\n", r.name).as_bytes());
                for table in r.stream.tables() {
                    let _ = format::write_table(&mut out, table);
                }
            }
            String::from_utf8_lossy(&out).into_owned()
        }
    }
}

/// The results of `input` as the `flux` command prints them (every decoded table, those without
/// rows too, which the `flux` command skips), or the error.
fn show(input: &str, mode: Mode) -> String {
    printed(&decode_both_ways(input, mode))
}

fn annotated(input: &str) -> String {
    show(input, Mode::Annotations)
}

fn error(input: &str) -> String {
    match decode_both_ways(input, Mode::Annotations) {
        Err(e) => e.to_string(),
        Ok(r) => format!("no error: {} results", r.len()),
    }
}

const HEAD: &str =
    "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,,,,,,,
,result,table,_start,_stop,_time,_measurement,host,_value
";

#[test]
fn two_tables_of_one_result() {
    let input = format!(
        "{HEAD},,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,A,42
,,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:01Z,cpu,A,43
,,1,2018-04-17T00:05:00Z,2018-04-17T00:10:00Z,2018-04-17T00:06:00Z,mem,A,52.5
"
    );
    insta::assert_snapshot!(annotated(&input));
}

#[test]
fn crlf_line_endings_and_blank_lines_read_the_same() {
    let lf = format!("{HEAD},,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,A,42\n");
    let crlf = lf.replace('\n', "\r\n");
    let blank = lf.replace('\n', "\n\n");
    assert_eq!(annotated(&lf), annotated(&crlf));
    assert_eq!(annotated(&lf), annotated(&blank));
    assert_eq!(annotated(&lf), annotated(&format!("\u{feff}{lf}")));
}

#[test]
fn empty_cells_are_null_or_the_default() {
    let input =
        "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,,cpu,A,
,result,table,_start,_stop,_time,_measurement,host,_value
,,,,,2018-04-17T00:00:00Z,cpu,A,42.0
,,,,,2018-04-17T00:00:01Z,,,
";
    insta::assert_snapshot!(annotated(input));
}

#[test]
fn null_in_a_group_key_column() {
    let input = format!("{HEAD},,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,,42\n");
    insta::assert_snapshot!(annotated(&input));
}

#[test]
fn a_table_without_rows_takes_its_key_from_default() {
    let input =
        "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,,cpu,A,
,result,table,_start,_stop,_time,_measurement,host,_value
";
    insta::assert_snapshot!(annotated(input));
    insta::assert_snapshot!(annotated("#datatype,string,long\n#group,false,false\n#default,_result,0\n,result,table\n"), @r"
    Result: _result
    Table: keys: []


    ");
}

#[test]
fn a_table_without_rows_needs_a_table_id() {
    let input =
        "#datatype,string,long,string\n#group,false,false,true\n#default,_result,,cpu\n,result,table,_m\n";
    assert_eq!(error(input), "line 4: missing table ID");
}

#[test]
fn schemas_change_after_a_blank_line_and_annotations() {
    let input = "#datatype,string,long,string,double
#group,false,false,true,false
#default,_result,,,
,result,table,host,_value
,,0,A,1
,,1,B,2

#datatype,string,long,string,string,boolean,unsignedLong,long
#group,false,false,true,false,false,false,false
#default,_result,,,,,,
,result,table,host,state,ok,n,delta
,,2,A,up,true,18446744073709551615,-9223372036854775808
,,2,A,,false,0,
";
    insta::assert_snapshot!(annotated(input));
}

#[test]
fn results_are_named_by_default_rows() {
    let input = "#datatype,string,long,double
#group,false,false,false
#default,_result,,
,result,table,_value
,,0,1

#datatype,string,long,double
#group,false,false,false
#default,mean,,
,result,table,_value
,,0,40.1
";
    let results = decode(input.as_bytes(), Mode::Annotations).map_err(|e| e.to_string());
    let names: Vec<String> = results.unwrap_or_default().into_iter().map(|r| r.name).collect();
    assert_eq!(names, ["_result", "mean"]);
    insta::assert_snapshot!(annotated(input));
}

#[test]
fn unknown_annotations_are_ignored() {
    let input = "#datatype,string,long,double\n#unsupported,,,\n#group,false,false,false\n#default,_result,,\n,result,table,_value\n,,0,1\n";
    assert!(
        annotated(input)
            .ends_with("_value:float  \n----------------------------  \n                           1  \n")
    );
}

#[test]
fn a_new_table_id_starts_a_new_table_even_when_the_key_is_the_same() {
    let input = "#datatype,string,long,string,long\n#group,false,false,true,false\n#default,_result,,,\n,result,table,t,v\n,,0,a,1\n,,1,a,2\n,,1,a,3\n";
    let results = decode(input.as_bytes(), Mode::Annotations).map_err(|e| e.to_string());
    let sizes: Vec<usize> = results.unwrap_or_default()[0]
        .stream
        .tables()
        .iter()
        .map(|t| t.num_rows())
        .collect();
    assert_eq!(sizes, [1, 2]);
}

#[test]
fn times_with_fractions_and_offsets() {
    let input = "#datatype,string,long,dateTime:RFC3339Nano,dateTime:RFC3339,dateTime:number,dateTime
#group,false,false,false,false,false,false
#default,_result,,,,,
,result,table,a,b,c,d
,,0,2018-05-22T19:53:26.123456789Z,2018-05-22T21:53:26.5+02:00,1527018806000000001,2018-05-22T19:53:26Z
";
    insta::assert_snapshot!(annotated(input));
}

#[test]
fn quoted_fields() {
    let input = "#datatype,string,long,string,string\r\n#group,false,false,false,false\r\n#default,_result,,,\r\n,result,table,\"a,b\",s\r\n,,0,\"x,y\",\"say \"\"hi\"\"\r\nbye\"\r\n";
    let results = decode(input.as_bytes(), Mode::Annotations).map_err(|e| e.to_string());
    let results = results.unwrap_or_default();
    let table = &results[0].stream.tables()[0];
    assert_eq!(&*table.columns()[0].label, "a,b");
    assert_eq!(table.cell(0, 0), flux_table::Scalar::String("x,y".into()));
    assert_eq!(
        table.cell(1, 0),
        flux_table::Scalar::String("say \"hi\"\nbye".into())
    );
}

#[test]
fn raw_mode_reads_strings() {
    let input = "_start,_stop,_time,_measurement,host,_value
2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,A,42
2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:01Z,cpu,,43
";
    insta::assert_snapshot!(show(input, Mode::Raw));
    assert_eq!(show("", Mode::Raw), "");
    assert_eq!(
        show("\ncol1,col2,col3,col4\ndata1,data2,data3\n", Mode::Raw),
        "error: line 3: wrong number of fields: expected 4, found 3"
    );
}

#[test]
fn nothing_in_nothing_out() {
    assert_eq!(annotated(""), "");
    assert_eq!(annotated("\r\n\r\n"), "");
}

#[test]
fn an_error_table_is_the_error_it_holds() {
    let input = "#datatype,string,string\r\n#group,true,true\r\n#default,,\r\n,error,reference\r\n,failed to create physical plan: query must specify explicit yields when there is more than one result.,\r\n";
    assert_eq!(
        decode(input.as_bytes(), Mode::Annotations).map(|_| ()),
        Err(CsvError::Reported {
            message: "failed to create physical plan: query must specify explicit yields when there is more than one result."
                .into(),
            reference: String::new()
        })
    );
    // After a table, too.
    let input = "#datatype,string,long,double\n#group,false,false,false\n#default,_result,0,\n,result,table,_value\n\n#datatype,string,string\n#group,true,true\n#default,,\n,error,reference\n,here is an error,897\n";
    assert_eq!(error(input), "here is an error");
}

#[test]
fn malformed_input_names_the_line() {
    let cases = [
        (
            "1,2\n",
            "line 1: missing expected annotation datatype. consider using the mode: \"raw\" for csv that is not expected to have annotations.",
        ),
        (
            "#group,false,false,false\n",
            "line 2: missing expected annotation datatype. Consider using the mode: \"raw\" for csv that is not expected to have annotations.",
        ),
        (
            "#datatype,string,long,double\n",
            "line 2: missing expected annotation group",
        ),
        (
            "#datatype,string,long,double\n#default,_result,,\n",
            "line 3: missing expected annotation group",
        ),
        (
            "#datatype,string,long,double\n#group,false,false,false\n,result,table,_value\n",
            "line 3: missing expected annotation default",
        ),
        (
            "#datatype,string,long,double\n#group,false,false,false\n#default,_result,,\n",
            "line 4: missing expected header row",
        ),
        (
            "#datatype,string,long,double\n#group,false,false\n",
            "line 2: annotation row has 3 fields, the one before has 4",
        ),
        (
            "#datatype,string\n#group,false,false\n#default,_result,\n,result,table\n",
            "line 1: the \"datatype\" annotation needs at least 3 fields",
        ),
        (
            "#datatype,string,long\n#group,false,false,false\n",
            "line 2: annotation row has 4 fields, the one before has 3",
        ),
        (
            "#datatype,string,long,double\n#group,false,false,false\n#default,_result,long,\n,result,table,_value\n",
            "line 3: default Table ID is not an integer",
        ),
        (
            "#datatype,string,long,duration\n#group,false,false,false\n#default,_result,,\n,result,table,d\n",
            "line 4: column \"d\" has invalid datatype: unsupported data type \"duration\"",
        ),
        (
            "#datatype,string,long,dateTime:2006-01-02\n#group,false,false,false\n#default,_result,,\n,result,table,d\n",
            "line 4: column \"d\" has invalid datatype: unsupported time format \"2006-01-02\"",
        ),
        (
            "#datatype,string,long,long\n#group,false,false,false\n#default,_result,,x\n,result,table,n\n",
            "line 4: column \"n\" has invalid default value: invalid syntax",
        ),
        (
            "#datatype,string,long,long\n#group,false,false,false\n#default,_result,,\n,result,table,n\n,,0,1\n,,0,2,3\n",
            "line 6: wrong number of fields: expected 4, found 5",
        ),
        (
            "#datatype,string,long,long\n#group,false,false,false\n#default,_result,,\n,result,table,n,m\n",
            "line 4: wrong number of fields: expected 4, found 5",
        ),
        (
            "#datatype,string,long,long\n#group,false,false,false\n#default,_result,,\n,result,table,n\n,,0,1\n,,0,x\n",
            "line 6: column \"n\": cannot read \"x\" as int: invalid syntax",
        ),
        (
            "#datatype,string,long,long\n#group,false,false,false\n#default,_result,,\n,result,table,n\n,,0,99999999999999999999\n",
            "line 5: column \"n\": cannot read \"99999999999999999999\" as int: value out of range",
        ),
        (
            "#datatype,string,long,unsignedLong\n#group,false,false,false\n#default,_result,,\n,result,table,n\n,,0,-1\n",
            "line 5: column \"n\": cannot read \"-1\" as uint: invalid syntax",
        ),
        (
            "#datatype,string,long,double\n#group,false,false,false\n#default,_result,,\n,result,table,n\n,,0,1,5\n",
            "line 5: wrong number of fields: expected 4, found 5",
        ),
        (
            "#datatype,string,long,boolean\n#group,false,false,true\n#default,_result,,\n,result,table,b\n,,0,yes\n",
            "line 5: column \"b\": cannot read \"yes\" as bool: invalid syntax",
        ),
        (
            "#datatype,string,long,dateTime:RFC3339\n#group,false,false,false\n#default,_result,,\n,result,table,t\n,,0,2018-02-30T00:00:00Z\n",
            "line 5: column \"t\": cannot read \"2018-02-30T00:00:00Z\" as time: day out of range",
        ),
        (
            "#datatype,string,long,dateTime:RFC3339\n#group,false,false,false\n#default,_result,,\n,result,table,t\n,,0,2018-02-03\n",
            "line 5: column \"t\": cannot read \"2018-02-03\" as time: not of the form 2006-01-02T15:04:05Z07:00",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(input, expected)| error(input) != *expected)
        .map(|(input, _)| format!("{input:?}\n  gives {:?}", error(input)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn text_that_is_not_utf8_is_refused() {
    let input = b"#datatype,string,long,string\n#group,false,false,false\n#default,_result,,\n,result,table,s\n,,0,\"\xff\"\n";
    assert_eq!(
        decode(input, Mode::Annotations)
            .map(|_| ())
            .map_err(|e| e.to_string()),
        Err("line 5: column \"s\": cannot read \"\u{fffd}\" as string: not UTF-8".to_string())
    );
}

mod never_panics {
    use flux_table::csv::{Mode, decode};
    use proptest::prelude::*;

    /// Lines made of the pieces annotated CSV is made of, in any order.
    fn csvish() -> impl Strategy<Value = String> {
        let cell = prop_oneof![
            Just("".to_string()),
            Just("#datatype".to_string()),
            Just("#group".to_string()),
            Just("#default".to_string()),
            Just("error".to_string()),
            Just("_result".to_string()),
            Just("long".to_string()),
            Just("double".to_string()),
            Just("dateTime:RFC3339".to_string()),
            Just("string".to_string()),
            Just("boolean".to_string()),
            Just("unsignedLong".to_string()),
            Just("true".to_string()),
            Just("false".to_string()),
            Just("0".to_string()),
            Just("1".to_string()),
            Just("\"".to_string()),
            Just("2018-05-22T19:53:26Z".to_string()),
            "[a-z0-9.:-]{0,6}",
        ];
        let line = proptest::collection::vec(cell, 1..6).prop_map(|cells| cells.join(","));
        proptest::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]
        #[test]
        fn on_csvish_text(text in csvish()) {
            let _ = decode(text.as_bytes(), Mode::Annotations);
            let _ = decode(text.as_bytes(), Mode::Raw);
        }

        #[test]
        fn on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = decode(&bytes, Mode::Annotations);
            let _ = decode(&bytes, Mode::Raw);
        }
    }
}

#[test]
fn repeated_cells_read_the_same_as_new_ones() -> Result<(), CsvError> {
    // Three rows with "\r\r\n" written quoted, then a raw "\r\n" (quoted too): the reader turns a
    // quoted CRLF into "\n", so the second cell is "\r\n" read from "\r\r\n" and the third "\n".
    let input = "#datatype,string,long,string,dateTime:RFC3339\n#group,false,false,false,false\n#default,_result,,,\n,result,table,s,t\n\
                 ,,0,\"\r\r\n\",2018-05-22T19:53:26Z\n,,0,\"\r\n\",2018-05-22T19:53:26Z\n,,0,a,2018-05-22T19:53:27Z\n,,0,a,2018-05-22T19:53:27Z\n";
    let results = decode(input.as_bytes(), Mode::Annotations)?;
    let table = &results[0].stream.tables()[0];
    let strings: Vec<_> = (0..4).map(|r| table.cell(0, r)).collect();
    let s = |t: &str| flux_table::Scalar::String(t.into());
    assert_eq!(strings, [s("\r\n"), s("\n"), s("a"), s("a")]);
    let times: Vec<_> = (0..4).map(|r| table.cell(1, r)).collect();
    let t = flux_table::Scalar::Time;
    assert_eq!(
        times,
        [
            t(1_527_018_806_000_000_000),
            t(1_527_018_806_000_000_000),
            t(1_527_018_807_000_000_000),
            t(1_527_018_807_000_000_000)
        ]
    );
    Ok(())
}
