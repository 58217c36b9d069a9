use super::{Result, eq, fails, stream};
use flux_table::ops;

const FIELDS: &str = "
    *_measurement:string,*_field:string,_time:time,_value:float
    m,usage,1s,1
    m,usage,2s,2

    *_measurement:string,*_field:string,_time:time,_value:float
    m,temp,1s,30
    m,temp,3s,31";

#[test]
fn pivot_fields_into_columns() -> Result {
    eq(
        ops::pivot(&stream(FIELDS)?, &["_time"], &["_field"], "_value"),
        "*_measurement:string,_time:time,usage:float,temp:float
         m,1s,1,30
         m,2s,2,
         m,3s,,31",
    );
    Ok(())
}

#[test]
fn pivot_joins_several_column_keys_with_underscores() -> Result {
    let input = stream("_time:time,a:string,b:int,_value:int\n1s,x,1,10\n1s,y,2,20")?;
    eq(
        ops::pivot(&input, &["_time"], &["a", "b"], "_value"),
        "_time:time,x_1:int,y_2:int
         1s,10,20",
    );
    Ok(())
}

#[test]
fn pivot_keeps_the_last_of_repeated_cells() -> Result {
    let input = stream("_time:time,f:string,_value:int\n1s,a,1\n1s,a,2")?;
    eq(
        ops::pivot(&input, &["_time"], &["f"], "_value"),
        "_time:time,a:int\n1s,2",
    );
    Ok(())
}

#[test]
fn pivot_names_float_and_null_column_keys_as_go_does() -> Result {
    let input = stream("_time:time,f:float,_value:int\n1s,1.5,1\n1s,,2")?;
    eq(
        ops::pivot(&input, &["_time"], &["f"], "_value"),
        "_time:time,1.5E+00:int,null:int\n1s,1,2",
    );
    Ok(())
}

#[test]
fn pivot_errors() -> Result {
    let input = stream(FIELDS)?;
    fails(
        ops::pivot(&input, &["_time"], &["_time"], "_value"),
        "column name found in both rowKey and colKey: _time",
    );
    fails(
        ops::pivot(&input, &["nope"], &["_field"], "_value"),
        "specified row key column does not exist in table: nope",
    );
    fails(
        ops::pivot(&input, &["_time"], &["nope"], "_value"),
        "specified column does not exist in table: nope",
    );
    fails(
        ops::pivot(&input, &["_time"], &["_field"], "nope"),
        "specified value column does not exist in table: nope",
    );
    let clash = stream("_time:time,f:string,_value:int\n1s,_time,1")?;
    fails(
        ops::pivot(&clash, &["_time"], &["f"], "_value"),
        "value \"_time\" appears in a column key column, but a column named \"_time\" already exists; consider renaming \"_time\" to something else before pivoting",
    );
    Ok(())
}

#[test]
fn pivot_gives_each_new_column_the_type_of_its_own_values() -> Result {
    let input = stream(
        "*_field:string,_time:time,_value:float
         load1,1s,0.5

         *_field:string,_time:time,_value:int
         procs,1s,7",
    )?;
    eq(
        ops::pivot(&input, &["_time"], &["_field"], "_value"),
        "_time:time,load1:float,procs:int\n1s,0.5,7",
    );
    Ok(())
}

#[test]
fn pivot_fails_when_one_new_column_gets_values_of_two_types() -> Result {
    let input = stream(
        "*f:string,_time:time,_value:float
         x,1s,0.5

         *f:string,_time:time,_value:int
         x,2s,7",
    )?;
    fails(
        ops::pivot(&input, &["_time"], &["f"], "_value"),
        "value columns with the same column key have different types",
    );
    Ok(())
}
