use std::sync::Arc;

use super::{Result, eq, render_table, stream, table};
use arrow_array::BooleanArray;
use flux_table::ops::{self, rows};
use flux_table::{Column, ColumnType, GroupKey, Scalar, Stream};

#[test]
fn filter_by_mask_keeps_true_rows() -> Result {
    let t = table("*host:string,_value:int\na,1\na,2\na,3")?;
    let kept = ops::filter_by_mask(&t, &BooleanArray::from(vec![Some(true), None, Some(false)]))?;
    eq(Ok(Stream::new(vec![kept])), "*host:string,_value:int\na,1");
    Ok(())
}

#[test]
fn filter_keeping_every_row_shares_the_columns() -> Result {
    let t = table("_value:int\n1\n2")?;
    let kept = ops::filter_by_mask(&t, &BooleanArray::from(vec![true, true]))?;
    assert!(Arc::ptr_eq(&t.arrays()[0], &kept.arrays()[0]));
    Ok(())
}

#[test]
fn rows_read_as_label_value_pairs() -> Result {
    let t = table("a:int,b:string\n1,x\n,y")?;
    let row: Vec<(String, Scalar)> = rows::row_record(&t, 1).map(|(l, v)| (l.to_string(), v)).collect();
    assert_eq!(
        row,
        vec![
            ("a".into(), Scalar::Null),
            ("b".into(), Scalar::String("y".into()))
        ]
    );
    assert_eq!(
        rows::row_values(&t, 0),
        vec![Scalar::Int(1), Scalar::String("x".into())]
    );
    Ok(())
}

#[test]
fn tables_from_records_infer_column_types() -> Result {
    let r = |pairs: &[(&str, Scalar)]| {
        pairs
            .iter()
            .map(|(l, v)| (Arc::from(*l), v.clone()))
            .collect::<Vec<_>>()
    };
    let records = vec![
        r(&[("a", Scalar::Null), ("b", Scalar::Int(1))]),
        r(&[("a", Scalar::Float(1.5)), ("c", Scalar::Bool(true))]),
    ];
    let t = rows::from_records(GroupKey::empty(), &records, None)?;
    assert_eq!(render_table(&t), "a:float,b:int,c:bool\n,1,\n1.5,,true");
    let mixed = vec![r(&[("a", Scalar::Int(1))]), r(&[("a", Scalar::Float(1.0))])];
    let err = rows::from_records(GroupKey::empty(), &mixed, None)
        .map(|_| ())
        .map_err(|e| e.message);
    assert_eq!(err, Err("column \"a\": expected int but found float".to_string()));
    Ok(())
}

#[test]
fn tables_from_rows_and_replaced_columns() -> Result {
    let columns = vec![Column::new("x", ColumnType::Int)];
    let t = rows::from_rows(
        GroupKey::empty(),
        columns,
        vec![vec![Scalar::Int(1)], vec![Scalar::Null]],
    )?;
    let doubled = Arc::new(arrow_array::Int64Array::from(vec![Some(2), None]));
    let t = rows::with_column(&t, "x", ColumnType::Int, doubled)?;
    assert_eq!(render_table(&t), "x:int\n2\n");
    let s = stream("_value:int\n1")?;
    let added = rows::with_column(
        &s.tables()[0],
        "y",
        ColumnType::Float,
        Arc::new(arrow_array::Float64Array::from(vec![0.5])),
    )?;
    assert_eq!(render_table(&added), "_value:int,y:float\n1,0.5");
    Ok(())
}
