//! Writing annotated CSV as InfluxDB's `/api/v2/query` does (CRLF, annotations per schema, a
//! blank line after each result), and reading back what was written.

use std::sync::Arc;

use flux_table::csv::{Mode, NamedStream, decode, encode, write_error, write_results};
use flux_table::{ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Decode InfluxDB-shaped CSV (written here with `\n`) and encode it again: the bytes must match.
fn round_trip(lf_text: &str) -> Result {
    let crlf = lf_text.replace('\n', "\r\n");
    let results = decode(crlf.as_bytes(), Mode::Annotations)?;
    assert_eq!(String::from_utf8(encode(&results))?, crlf);
    Ok(())
}

#[test]
fn one_table() -> Result {
    round_trip(
        "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,,,,,,,
,result,table,_start,_stop,_time,_measurement,host,_value
,,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,A,42
,,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:01Z,cpu,A,43

",
    )
}

#[test]
fn tables_of_one_schema_share_the_annotations() -> Result {
    round_trip(
        "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,,,,,,,
,result,table,_start,_stop,_time,_measurement,host,_value
,,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,A,42
,,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:01Z,cpu,A,43
,,1,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,B,44
,,1,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:01Z,cpu,B,45.25

",
    )
}

#[test]
fn a_change_of_key_columns_writes_the_annotations_again() -> Result {
    round_trip(
        "#datatype,string,long,dateTime:RFC3339,string,double
#group,false,false,false,true,false
#default,_result,,,,
,result,table,_time,host,_value
,,0,2018-04-17T00:00:00Z,A,42

#datatype,string,long,dateTime:RFC3339,string,double
#group,false,false,false,false,false
#default,_result,,,,
,result,table,_time,host,_value
,,1,2018-04-17T00:00:00Z,A,44

#datatype,string,long,dateTime:RFC3339,string,double
#group,false,false,false,true,false
#default,_result,,,,
,result,table,_time,host,_value
,,2,2018-04-17T00:00:00Z,B,46

",
    )
}

#[test]
fn an_empty_table_carries_its_id_and_key_in_default() -> Result {
    round_trip(
        "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,,,,,,,
,result,table,_start,_stop,_time,_measurement,host,_value
,,0,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,A,42

#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,1,2018-04-17T00:00:00.5Z,2018-04-17T00:05:00Z,,cpu,B,
,result,table,_start,_stop,_time,_measurement,host,_value

#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,string,string,double
#group,false,false,true,true,false,true,true,false
#default,_result,,,,,,,
,result,table,_start,_stop,_time,_measurement,host,_value
,,2,2018-04-17T00:00:00Z,2018-04-17T00:05:00Z,2018-04-17T00:00:00Z,cpu,C,42

",
    )
}

#[test]
fn a_table_without_columns() -> Result {
    round_trip("#datatype,string,long\n#group,false,false\n#default,_result,0\n,result,table\n\n")
}

#[test]
fn two_results_each_end_with_a_blank_line() -> Result {
    round_trip(
        "#datatype,string,long,double
#group,false,false,false
#default,_result,,
,result,table,_value
,,0,42

#datatype,string,long,double
#group,false,false,false
#default,mean,,
,result,table,_value
,,0,40.1

",
    )
}

#[test]
fn meta_column_names_as_data_columns() -> Result {
    round_trip(
        "#datatype,string,long,string,string,string,double
#group,false,false,true,true,true,false
#default,_result,,,,,
,result,table,_measurement,result,table,_value
,,0,cpu,A,B,42

",
    )
}

fn column(ty: ColumnType, values: &[Scalar]) -> Result<ColumnBuilder> {
    let mut b = ColumnBuilder::new(ty, values.len());
    for v in values {
        b.push(v)?;
    }
    Ok(b)
}

fn s(text: &str) -> Scalar {
    Scalar::String(text.into())
}

#[test]
fn values_are_written_as_go_writes_them() -> Result {
    let table = Table::from_builders(
        GroupKey::empty(),
        vec![
            (
                "f".into(),
                column(
                    ColumnType::Float,
                    &[
                        Scalar::Float(f64::NAN),
                        Scalar::Float(f64::INFINITY),
                        Scalar::Float(f64::NEG_INFINITY),
                        Scalar::Float(-0.0),
                        Scalar::Float(1e21),
                        Scalar::Float(1e-7),
                        Scalar::Null,
                    ],
                )?,
            ),
            (
                "s".into(),
                column(
                    ColumnType::String,
                    &[
                        s("a,b"),
                        s("say \"hi\""),
                        s("two\nlines"),
                        s(" lead"),
                        s(""),
                        s("\\."),
                        Scalar::Null,
                    ],
                )?,
            ),
            (
                "t".into(),
                column(
                    ColumnType::Time,
                    &[
                        Scalar::Time(0),
                        Scalar::Time(1),
                        Scalar::Time(-1),
                        Scalar::Time(1_500_000_000),
                        Scalar::Time(i64::MAX),
                        Scalar::Time(i64::MIN),
                        Scalar::Null,
                    ],
                )?,
            ),
            (
                "u".into(),
                column(
                    ColumnType::UInt,
                    &[
                        Scalar::UInt(u64::MAX),
                        Scalar::UInt(0),
                        Scalar::Null,
                        Scalar::UInt(1),
                        Scalar::UInt(2),
                        Scalar::UInt(3),
                        Scalar::UInt(4),
                    ],
                )?,
            ),
            (
                "b".into(),
                column(
                    ColumnType::Bool,
                    &[
                        Scalar::Bool(true),
                        Scalar::Bool(false),
                        Scalar::Null,
                        Scalar::Bool(true),
                        Scalar::Bool(true),
                        Scalar::Bool(true),
                        Scalar::Bool(true),
                    ],
                )?,
            ),
        ],
    )?;
    let results = [NamedStream {
        name: "a \"result\"".into(),
        stream: Stream::new(vec![table]),
    }];
    let text = String::from_utf8(encode(&results))?;
    insta::assert_snapshot!(text.replace("\r\n", "⏎\n"));
    // And it reads back to the same values.
    let back = decode(text.as_bytes(), Mode::Annotations)?;
    assert_eq!(back[0].name, "a \"result\"");
    let (a, b) = (&results[0].stream.tables()[0], &back[0].stream.tables()[0]);
    for c in 0..a.columns().len() {
        for r in 0..a.num_rows() {
            let (x, y) = (a.cell(c, r), b.cell(c, r));
            let same = match (&x, &y) {
                (Scalar::Float(p), Scalar::Float(q)) => {
                    p.to_bits() == q.to_bits() || (p.is_nan() && q.is_nan())
                }
                _ => x == y,
            };
            // Empty strings read back as null: annotated CSV cannot tell them apart.
            assert!(
                same || (x == s("") && y == Scalar::Null),
                "cell {c},{r}: {x:?} became {y:?}"
            );
        }
    }
    Ok(())
}

#[test]
fn empty_results_and_errors() -> Result {
    let mut out = Vec::new();
    write_results(&mut out, &[NamedStream::default()])?;
    assert_eq!(out, b"\r\n");

    let mut out = Vec::new();
    write_error(&mut out, "test error", false)?;
    assert_eq!(
        String::from_utf8(out)?,
        "#datatype,string,string\r\n#group,true,true\r\n#default,,\r\n,error,reference\r\n,test error,\r\n"
    );
    let mut out = Vec::new();
    write_error(&mut out, "bad, \"very\"", true)?;
    assert!(String::from_utf8(out)?.starts_with("\r\n#datatype,string,string\r\n"));
    Ok(())
}

#[test]
fn group_key_values_of_an_empty_table_are_quoted_when_needed() -> Result {
    let key = GroupKey::new(
        vec![flux_table::Column::new("host", ColumnType::String)],
        vec![Scalar::String(Arc::from("a,b"))],
    )?;
    let table = Table::from_builders(
        key,
        vec![("host".into(), ColumnBuilder::new(ColumnType::String, 0))],
    )?;
    let text = String::from_utf8(encode(&[NamedStream {
        name: "_result".into(),
        stream: Stream::new(vec![table]),
    }]))?;
    assert!(text.contains("#default,_result,0,\"a,b\"\r\n"), "{text}");
    Ok(())
}
