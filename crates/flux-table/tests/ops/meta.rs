use super::{Result, eq, fails, stream};
use flux_table::ops;

const DATA: &str = "
    *host:string,*region:string,_value:int
    a,east,1";

#[test]
fn columns_lists_every_column() -> Result {
    eq(
        ops::columns(&stream(DATA)?, "_value"),
        "*host:string,*region:string,_value:string
         a,east,host
         a,east,region
         a,east,_value",
    );
    Ok(())
}

#[test]
fn keys_lists_the_key_columns() -> Result {
    eq(
        ops::keys(&stream(DATA)?, "k"),
        "*host:string,*region:string,k:string
         a,east,host
         a,east,region",
    );
    Ok(())
}

#[test]
fn key_values_lists_distinct_pairs_row_by_row() -> Result {
    let input = stream("*host:string,x:int,y:int\na,1,2\na,1,3\na,,2\na,,")?;
    eq(
        ops::key_values(&input, &["x", "y", "missing"]),
        "*host:string,_key:string,_value:int
         a,x,1
         a,y,2
         a,y,3
         a,x,",
    );
    Ok(())
}

#[test]
fn key_values_errors() -> Result {
    fails(
        ops::key_values(&stream(DATA)?, &["nope"]),
        "received table with columns [host region _value] not having key columns [nope]",
    );
    fails(
        ops::key_values(&stream("a:int,b:float\n1,1.5")?, &["a", "b"]),
        "keyColumns must all be the same type",
    );
    Ok(())
}
