use super::{Result, eq, stream};
use flux_table::ops;

#[test]
fn sort_ascending_puts_nulls_first_and_is_stable() -> Result {
    let input = stream("_value:float,tag:string\n2,x\n,n\n1,y\n2,z")?;
    eq(
        ops::sort(&input, &["_value"], false),
        "_value:float,tag:string
         ,n
         1,y
         2,x
         2,z",
    );
    Ok(())
}

#[test]
fn sort_descending_keeps_nulls_first() -> Result {
    let input = stream("_value:int,tag:string\n1,a\n,n\n3,b\n3,c")?;
    eq(
        ops::sort(&input, &["_value"], true),
        "_value:int,tag:string
         ,n
         3,b
         3,c
         1,a",
    );
    Ok(())
}

#[test]
fn sort_by_several_columns_of_any_type() -> Result {
    let input = stream("s:string,b:bool,t:time\nb,true,2s\na,true,1s\nb,false,3s\na,false,4s")?;
    eq(
        ops::sort(&input, &["b", "s"], false),
        "s:string,b:bool,t:time
         a,false,4s
         b,false,3s
         a,true,1s
         b,true,2s",
    );
    Ok(())
}

#[test]
fn sort_ignores_key_and_missing_columns() -> Result {
    let input = stream("*host:string,_value:int\na,2\na,1")?;
    eq(
        ops::sort(&input, &["host", "nope"], false),
        "*host:string,_value:int\na,2\na,1",
    );
    Ok(())
}

#[test]
fn limit_and_offset() -> Result {
    let input = stream("_value:int\n1\n2\n3\n4")?;
    eq(ops::limit(&input, 2, 1), "_value:int\n2\n3");
    eq(ops::limit(&input, 10, 3), "_value:int\n4");
    eq(ops::limit(&input, 2, 10), "_value:int");
    Ok(())
}

#[test]
fn tail_and_offset() -> Result {
    let input = stream("_value:int\n1\n2\n3\n4")?;
    eq(ops::tail(&input, 2, 0), "_value:int\n3\n4");
    eq(ops::tail(&input, 2, 1), "_value:int\n2\n3");
    eq(ops::tail(&input, 9, 3), "_value:int\n1");
    Ok(())
}
