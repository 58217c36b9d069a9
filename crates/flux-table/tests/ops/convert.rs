use super::{Result, eq, fails, stream};
use flux_table::ops;

#[test]
fn to_string_formats_like_flux() -> Result {
    eq(
        ops::to_string(&stream("_value:float\n1.5\n2\n1e21\n")?),
        "_value:string\n1.5\n2\n1000000000000000000000",
    );
    eq(
        ops::to_string(&stream("_value:time\n2020-01-01T00:00:00.5Z")?),
        "_value:string\n2020-01-01T00:00:00.5Z",
    );
    eq(
        ops::to_string(&stream("_value:bool,x:int\ntrue,1\n,2")?),
        "_value:string,x:int\ntrue,1\n,2",
    );
    Ok(())
}

#[test]
fn to_int_truncates_and_parses() -> Result {
    eq(
        ops::to_int(&stream("_value:float\n1.9\n-1.9")?),
        "_value:int\n1\n-1",
    );
    eq(
        ops::to_int(&stream("_value:string\n42\n-7")?),
        "_value:int\n42\n-7",
    );
    eq(
        ops::to_int(&stream("_value:bool\ntrue\nfalse")?),
        "_value:int\n1\n0",
    );
    eq(ops::to_int(&stream("_value:time\n1s")?), "_value:int\n1000000000");
    fails(
        ops::to_int(&stream("_value:string\n1.5")?),
        "cannot convert string \"1.5\" to int due to invalid syntax",
    );
    Ok(())
}

#[test]
fn to_uint_rejects_signs_in_strings() -> Result {
    eq(ops::to_uint(&stream("_value:int\n5")?), "_value:uint\n5");
    fails(
        ops::to_uint(&stream("_value:string\n+5")?),
        "cannot convert string \"+5\" to uint due to invalid syntax",
    );
    Ok(())
}

#[test]
fn to_float_and_to_bool() -> Result {
    eq(
        ops::to_float(&stream("_value:string\n1.5\n3")?),
        "_value:float\n1.5\n3",
    );
    eq(
        ops::to_bool(&stream("_value:int\n0\n1")?),
        "_value:bool\nfalse\ntrue",
    );
    fails(
        ops::to_bool(&stream("_value:float\n2")?),
        "cannot convert float 2.000000 to bool, must be 0 or 1",
    );
    fails(
        ops::to_bool(&stream("_value:string\nyes")?),
        "cannot convert string \"yes\" to bool",
    );
    fails(
        ops::to_float(&stream("_value:time\n1s")?),
        "cannot convert time to float",
    );
    Ok(())
}

#[test]
fn to_time_parses_rfc3339() -> Result {
    eq(
        ops::to_time(&stream("_value:string\n1970-01-01T00:00:05Z")?),
        "_value:time\n5s",
    );
    eq(
        ops::to_time(&stream("_value:int\n5000000000")?),
        "_value:time\n5s",
    );
    fails(
        ops::to_time(&stream("_value:bool\ntrue")?),
        "cannot convert bool to time",
    );
    Ok(())
}

#[test]
fn converting_a_key_column_converts_its_key_value() -> Result {
    eq(ops::to_string(&stream("*_value:int\n3")?), "*_value:string\n3");
    Ok(())
}
