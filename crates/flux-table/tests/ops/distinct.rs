use super::{Result, eq, fails, stream};
use flux_table::ops;

const DATA: &str = "
    *host:string,tag:string,_value:int
    a,x,1
    a,,2
    a,y,3
    a,x,4
    a,,5";

#[test]
fn distinct_lists_values_in_order_of_first_appearance_with_null_once() -> Result {
    eq(
        ops::distinct(&stream(DATA)?, "tag"),
        "*host:string,_value:string
         a,x
         a,
         a,y",
    );
    Ok(())
}

#[test]
fn distinct_of_a_key_column_is_its_key_value() -> Result {
    eq(
        ops::distinct(&stream(DATA)?, "host"),
        "*host:string,_value:string\na,a",
    );
    Ok(())
}

#[test]
fn distinct_of_a_missing_column_is_an_empty_string() -> Result {
    eq(
        ops::distinct(&stream(DATA)?, "nope"),
        "*host:string,_value:string\na,\"\"",
    );
    Ok(())
}

#[test]
fn unique_keeps_the_first_row_of_each_value() -> Result {
    eq(
        ops::unique(&stream(DATA)?, "tag"),
        "*host:string,tag:string,_value:int
         a,x,1
         a,,2
         a,y,3",
    );
    fails(ops::unique(&stream(DATA)?, "nope"), "no column \"nope\" exists");
    Ok(())
}
