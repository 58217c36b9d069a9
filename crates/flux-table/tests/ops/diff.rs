use super::{Result, eq, fails, stream};
use flux_table::ops;

#[test]
fn equal_streams_give_no_tables() -> Result {
    let want = stream("*t:string,_value:float\na,1\na,2\n\n*t:string,_value:float\nb,3")?;
    let got = stream("*t:string,_value:float\nb,3.0000001\n\n*t:string,_value:float\na,1\na,2")?;
    assert!(ops::diff(&want, &got)?.is_empty());
    Ok(())
}

#[test]
fn a_changed_row_is_a_minus_then_a_plus_between_shared_rows() -> Result {
    let want = stream("_value:int,tag:string\n1,a\n5,b\n3,c")?;
    let got = stream("_value:int,tag:string\n1,a\n2,b\n3,c")?;
    eq(
        ops::diff(&want, &got),
        "_diff:string,_value:int,tag:string
         \"\",1,a
         -,5,b
         +,2,b
         \"\",3,c",
    );
    Ok(())
}

#[test]
fn keys_on_one_side_only_are_all_plus_or_all_minus() -> Result {
    let want = stream("*k:string,_value:int\na,1\n\n*k:string,_value:int\nc,3")?;
    let got = stream("*k:string,_value:int\na,1\n\n*k:string,_value:int\nb,2")?;
    eq(
        ops::diff(&want, &got),
        "_diff:string,*k:string,_value:int
         +,b,2

         _diff:string,*k:string,_value:int
         -,c,3",
    );
    Ok(())
}

#[test]
fn a_column_one_side_lacks_is_null_there_and_types_must_agree() -> Result {
    let want = stream("a:int,c:float\n1,2")?;
    let got = stream("a:int,b:string\n1,x")?;
    eq(
        ops::diff(&want, &got),
        "_diff:string,a:int,c:float,b:string
         -,1,2,
         +,1,,x",
    );
    let other = stream("a:float\n1")?;
    fails(
        ops::diff(&want, &other),
        "column \"a\" has different types int != float",
    );
    Ok(())
}

#[test]
fn nans_equal_any_float_as_in_go_and_nulls_equal_only_nulls() -> Result {
    let want = stream("v:float,s:string\nNaN,\n1,x")?;
    let got = stream("v:float,s:string\nNaN,\n1,x")?;
    assert!(ops::diff(&want, &got)?.is_empty());
    assert!(ops::diff(&stream("v:float\nNaN")?, &stream("v:float\n1")?)?.is_empty());
    let nulls = stream("v:float,s:string\nNaN,\n,x")?;
    assert_eq!(ops::diff(&want, &nulls)?.tables()[0].num_rows(), 3);
    Ok(())
}
