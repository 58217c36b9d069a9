use super::{Result, eq, fails, stream};
use flux_table::ops;

const CPU: &str = "
    *_measurement:string,*host:string,_time:time,_value:float
    cpu,a,1s,1.5
    cpu,a,2s,2.5";

#[test]
fn keep_lists_columns_and_ignores_missing_ones() -> Result {
    eq(
        ops::keep(&stream(CPU)?, &["_value", "host", "nope"]),
        "*host:string,_value:float
         a,1.5
         a,2.5",
    );
    Ok(())
}

#[test]
fn keep_shares_the_kept_arrays() -> Result {
    let input = stream(CPU)?;
    let out = ops::keep(&input, &["_value"])?;
    let (before, after) = (&input.tables()[0].arrays()[3], &out.tables()[0].arrays()[0]);
    assert!(std::sync::Arc::ptr_eq(before, after));
    Ok(())
}

#[test]
fn drop_by_list_and_by_predicate() -> Result {
    let want = "*_measurement:string,*host:string,_value:float
                cpu,a,1.5
                cpu,a,2.5";
    eq(ops::drop(&stream(CPU)?, &["_time", "missing"]), want);
    eq(ops::drop_by(&stream(CPU)?, |l| l == "_time"), want);
    Ok(())
}

#[test]
fn dropping_a_key_column_merges_tables_with_equal_keys() -> Result {
    let input = stream(
        "*host:string,*region:string,_value:int
         a,east,1

         *host:string,*region:string,_value:int
         b,east,2",
    )?;
    eq(
        ops::drop(&input, &["host"]),
        "*region:string,_value:int
         east,1
         east,2",
    );
    Ok(())
}

#[test]
fn rename_renames_in_the_key_too() -> Result {
    eq(
        ops::rename(&stream(CPU)?, &[("host", "server"), ("_value", "v")]),
        "*_measurement:string,*server:string,_time:time,v:float
         cpu,a,1s,1.5
         cpu,a,2s,2.5",
    );
    Ok(())
}

#[test]
fn rename_of_a_missing_column_fails() -> Result {
    fails(
        ops::rename(&stream(CPU)?, &[("nope", "x")]),
        "rename error: column \"nope\" doesn't exist",
    );
    Ok(())
}

#[test]
fn rename_onto_an_existing_name_fails() -> Result {
    fails(
        ops::rename(&stream(CPU)?, &[("host", "_value")]),
        "column 1 and 3 have the same name (\"_value\") which is not allowed",
    );
    Ok(())
}

#[test]
fn rename_by_function() -> Result {
    eq(
        ops::rename_by(&stream("a:int,b:int\n1,2")?, |l| format!("{l}_x").into()),
        "a_x:int,b_x:int
         1,2",
    );
    Ok(())
}

#[test]
fn duplicate_appends_a_copy_outside_the_key() -> Result {
    eq(
        ops::duplicate(&stream(CPU)?, "host", "server"),
        "*_measurement:string,*host:string,_time:time,_value:float,server:string
         cpu,a,1s,1.5,a
         cpu,a,2s,2.5,a",
    );
    Ok(())
}

#[test]
fn duplicate_overwrites_a_column_in_place() -> Result {
    eq(
        ops::duplicate(&stream(CPU)?, "_time", "_value"),
        "*_measurement:string,*host:string,_time:time,_value:time
         cpu,a,1s,1s
         cpu,a,2s,2s",
    );
    fails(
        ops::duplicate(&stream(CPU)?, "nope", "x"),
        "duplicate error: column \"nope\" doesn't exist",
    );
    Ok(())
}

#[test]
fn set_adds_or_replaces_a_string_column() -> Result {
    eq(
        ops::set(&stream(CPU)?, "unit", "pct"),
        "*_measurement:string,*host:string,_time:time,_value:float,unit:string
         cpu,a,1s,1.5,pct
         cpu,a,2s,2.5,pct",
    );
    eq(
        ops::set(&stream(CPU)?, "host", "b"),
        "*_measurement:string,*host:string,_time:time,_value:float
         cpu,b,1s,1.5
         cpu,b,2s,2.5",
    );
    Ok(())
}

#[test]
fn set_on_a_key_column_merges_tables() -> Result {
    let input = stream("*host:string,_value:int\na,1\n\n*host:string,_value:int\nb,2")?;
    eq(
        ops::set(&input, "host", "all"),
        "*host:string,_value:int
         all,1
         all,2",
    );
    Ok(())
}
