//! Table output as the Go `flux` command prints it, and the JSON form.

use flux_table::csv::{Mode, decode};
use flux_table::{ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table, format, json};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const INPUT: &str = "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string
#group,false,false,true,true,false,false,true,true
#default,_result,,,,,,,
,result,table,_start,_stop,_time,_value,_field,host
,,0,2018-05-22T19:53:00Z,2018-05-22T19:54:00Z,2018-05-22T19:53:26Z,1.5,usage_idle,a
,,0,2018-05-22T19:53:00Z,2018-05-22T19:54:00Z,2018-05-22T19:53:36.25Z,,usage_idle,a
,,1,2018-05-22T19:53:00Z,2018-05-22T19:54:00Z,2018-05-22T19:53:26Z,-0.000001,usage_user,a-very-long-host-name-indeed
";

fn stream() -> Result<Stream> {
    let mut results = decode(INPUT.as_bytes(), Mode::Annotations)?;
    Ok(results.remove(0).stream)
}

#[test]
fn key_columns_first_right_aligned_with_trailing_spaces() -> Result {
    let mut out = Vec::new();
    format::write_result(&mut out, "_result", &stream()?)?;
    // `|` marks the ends of lines, so the trailing spaces show.
    let text = String::from_utf8(out)?.replace('\n', "|\n");
    insta::assert_snapshot!(text);
    Ok(())
}

#[test]
fn json_lines_one_table_per_line() -> Result {
    let mut out = Vec::new();
    json::write_result(&mut out, "_result", &stream()?)?;
    let text = String::from_utf8(out)?;
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line)?;
    }
    insta::assert_snapshot!(text);
    Ok(())
}

#[test]
fn every_type_and_odd_values() -> Result {
    let mut builders = Vec::new();
    let columns: [(&str, ColumnType, [Scalar; 2]); 6] = [
        ("b", ColumnType::Bool, [Scalar::Bool(true), Scalar::Null]),
        ("i", ColumnType::Int, [Scalar::Int(i64::MIN), Scalar::Int(7)]),
        ("u", ColumnType::UInt, [Scalar::UInt(u64::MAX), Scalar::Null]),
        (
            "f",
            ColumnType::Float,
            [Scalar::Float(f64::NAN), Scalar::Float(f64::NEG_INFINITY)],
        ),
        (
            "s",
            ColumnType::String,
            [Scalar::String("tab\t\"q\" ü".into()), Scalar::String("".into())],
        ),
        ("t", ColumnType::Time, [Scalar::Time(-1), Scalar::Null]),
    ];
    for (label, ty, values) in columns {
        let mut b = ColumnBuilder::new(ty, 2);
        for v in &values {
            b.push(v)?;
        }
        builders.push((label.into(), b));
    }
    let table = Table::from_builders(GroupKey::empty(), builders)?;
    let stream = Stream::new(vec![table]);
    let mut out = Vec::new();
    format::write_result(&mut out, "r", &stream)?;
    json::write_result(&mut out, "r", &stream)?;
    insta::assert_snapshot!(String::from_utf8(out)?.replace('\n', "|\n"));
    Ok(())
}

#[test]
fn a_table_without_rows_is_not_printed_as_in_go() -> Result {
    let input = "#datatype,string,long,string,double\n#group,false,false,true,false\n#default,_result,0,cpu,\n,result,table,_measurement,_value\n";
    let stream = decode(input.as_bytes(), Mode::Annotations)?.remove(0).stream;
    let mut out = Vec::new();
    format::write_result(&mut out, "_result", &stream)?;
    json::write_result(&mut out, "_result", &stream)?;
    insta::assert_snapshot!(String::from_utf8(out)?.replace('\n', "|\n"), @r#"
    Result: _result|
    {"result":"_result","table":0,"key":{"_measurement":"cpu"},"columns":[{"label":"_measurement","type":"string"},{"label":"_value","type":"float"}],"rows":[]}|
    "#);
    Ok(())
}
