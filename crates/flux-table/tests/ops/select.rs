use super::{Result, eq, fails, stream};
use flux_table::ops;

const DATA: &str = "
    *host:string,_time:time,_value:float
    a,1s,
    a,2s,3
    a,3s,1
    a,4s,3
    a,5s,1
    a,6s,";

#[test]
fn first_and_last_skip_nulls() -> Result {
    eq(
        ops::first(&stream(DATA)?, "_value"),
        "*host:string,_time:time,_value:float\na,2s,3",
    );
    eq(
        ops::last(&stream(DATA)?, "_value"),
        "*host:string,_time:time,_value:float\na,5s,1",
    );
    Ok(())
}

#[test]
fn min_and_max_pick_the_first_extreme_row() -> Result {
    eq(
        ops::min(&stream(DATA)?, "_value"),
        "*host:string,_time:time,_value:float\na,3s,1",
    );
    eq(
        ops::max(&stream(DATA)?, "_value"),
        "*host:string,_time:time,_value:float\na,2s,3",
    );
    eq(
        ops::max(&stream(DATA)?, "_time"),
        "*host:string,_time:time,_value:float\na,6s,",
    );
    Ok(())
}

#[test]
fn selectors_on_all_null_or_empty_tables_give_no_row() -> Result {
    let input = stream("*host:string,_value:int\na,\na,")?;
    eq(ops::first(&input, "_value"), "*host:string=a,_value:int");
    eq(ops::min(&input, "_value"), "*host:string=a,_value:int");
    Ok(())
}

#[test]
fn selector_errors() -> Result {
    fails(ops::first(&stream(DATA)?, "nope"), "no column \"nope\" exists");
    fails(
        ops::min(&stream("_value:string\nx")?, "_value"),
        "invalid use of function: *universe.MinSelector has no implementation for type string",
    );
    fails(
        ops::max(&stream("_value:bool\ntrue")?, "_value"),
        "invalid use of function: *universe.MaxSelector has no implementation for type bool",
    );
    Ok(())
}
