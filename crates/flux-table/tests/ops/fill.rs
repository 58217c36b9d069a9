use super::{Result, eq, fails, stream};
use flux_table::Scalar;
use flux_table::ops;

const DATA: &str = "
    _time:time,_value:float
    1s,
    2s,1.5
    3s,
    4s,2.5";

#[test]
fn fill_with_a_value() -> Result {
    eq(
        ops::fill_value(&stream(DATA)?, "_value", &Scalar::Float(0.0)),
        "_time:time,_value:float
         1s,0
         2s,1.5
         3s,0
         4s,2.5",
    );
    Ok(())
}

#[test]
fn fill_with_the_previous_value_leaves_leading_nulls() -> Result {
    eq(
        ops::fill_previous(&stream(DATA)?, "_value"),
        "_time:time,_value:float
         1s,
         2s,1.5
         3s,1.5
         4s,2.5",
    );
    Ok(())
}

#[test]
fn fill_adds_a_missing_column() -> Result {
    eq(
        ops::fill_value(&stream("_value:int\n1")?, "tag", &Scalar::String("none".into())),
        "_value:int,tag:string\n1,none",
    );
    eq(
        ops::fill_previous(&stream("_value:int\n1")?, "tag"),
        "_value:int\n1",
    );
    Ok(())
}

#[test]
fn fill_sets_a_null_key_value() -> Result {
    eq(
        ops::fill_value(
            &stream("*host:string,_value:int\n,1")?,
            "host",
            &Scalar::String("h".into()),
        ),
        "*host:string,_value:int\nh,1",
    );
    Ok(())
}

#[test]
fn fill_with_a_value_of_another_type_fails() -> Result {
    fails(
        ops::fill_value(&stream(DATA)?, "_value", &Scalar::Int(0)),
        "fill column type mismatch: float/int",
    );
    Ok(())
}
