use super::{Result, eq, fails, stream};
use flux_table::ops::{self, GroupMode};

const ROWS: &str = "
    host:string,cpu:string,_value:int
    b,c1,1
    a,c1,2
    b,c2,3
    a,c1,4";

#[test]
fn group_by_splits_rows_and_sorts_tables_by_key() -> Result {
    eq(
        ops::group(&stream(ROWS)?, &["host"], GroupMode::By),
        "*host:string,cpu:string,_value:int
         a,c1,2
         a,c1,4

         *host:string,cpu:string,_value:int
         b,c1,1
         b,c2,3",
    );
    Ok(())
}

#[test]
fn group_by_two_columns_keeps_table_column_order_in_the_key() -> Result {
    eq(
        ops::group(&stream(ROWS)?, &["cpu", "host"], GroupMode::By),
        "*host:string,*cpu:string,_value:int
         a,c1,2
         a,c1,4

         *host:string,*cpu:string,_value:int
         b,c1,1

         *host:string,*cpu:string,_value:int
         b,c2,3",
    );
    Ok(())
}

#[test]
fn group_except() -> Result {
    eq(
        ops::group(&stream(ROWS)?, &["_value", "cpu"], GroupMode::Except),
        "*host:string,cpu:string,_value:int
         a,c1,2
         a,c1,4

         *host:string,cpu:string,_value:int
         b,c1,1
         b,c2,3",
    );
    Ok(())
}

#[test]
fn group_with_no_columns_merges_everything() -> Result {
    let input = stream("*host:string,_value:int\na,1\n\n*host:string,_value:int\nb,2")?;
    eq(
        ops::group(&input, &[], GroupMode::By),
        "host:string,_value:int
         a,1
         b,2",
    );
    Ok(())
}

#[test]
fn regrouping_by_existing_key_columns_keeps_whole_tables() -> Result {
    let input =
        stream("*host:string,*cpu:string,_value:int\na,c1,1\n\n*host:string,*cpu:string,_value:int\na,c2,2")?;
    let out = ops::group(&input, &["host"], GroupMode::By)?;
    assert_eq!(out.len(), 1);
    assert_eq!(out.tables()[0].num_rows(), 2);
    Ok(())
}

#[test]
fn group_fills_missing_columns_with_nulls() -> Result {
    let input = stream("*host:string,_value:int\na,1\n\n*host:string,x:float\na,1.5")?;
    eq(
        ops::group(&input, &["host"], GroupMode::By),
        "*host:string,_value:int,x:float
         a,1,
         a,,1.5",
    );
    Ok(())
}

#[test]
fn group_reports_a_schema_collision() -> Result {
    let input = stream("*host:string,_value:int\na,1\n\n*host:string,_value:float\na,1.5")?;
    fails(
        ops::group(&input, &["host"], GroupMode::By),
        "schema collision detected: column \"_value\" is both of type float and int",
    );
    Ok(())
}

#[test]
fn null_key_values_group_together_and_sort_first() -> Result {
    eq(
        ops::group(
            &stream("host:string,_value:int\na,1\n,2\n,3")?,
            &["host"],
            GroupMode::By,
        ),
        "*host:string,_value:int
         ,2
         ,3

         *host:string,_value:int
         a,1",
    );
    Ok(())
}

#[test]
fn grouping_drops_empty_tables_that_must_be_split() -> Result {
    let input = stream("host:string,_value:int")?;
    eq(ops::group(&input, &["host"], GroupMode::By), "");
    Ok(())
}

#[test]
fn union_merges_tables_with_equal_keys() -> Result {
    let left = stream("*host:string,_value:int\na,1")?;
    let right = stream("*host:string,_value:int,extra:bool\na,2,true\n\n*host:string,_value:int\nb,3")?;
    eq(
        ops::union(&[left, right]),
        "*host:string,_value:int,extra:bool
         a,1,
         a,2,true

         *host:string,_value:int
         b,3",
    );
    fails(
        ops::union(&[stream("a:int")?]),
        "union must have at least two streams as input",
    );
    Ok(())
}
