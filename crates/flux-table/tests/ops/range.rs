use super::{Result, eq, fails, stream};
use flux_table::ops::{self, range::RangeSpec};

const S: i64 = 1_000_000_000;

#[test]
fn range_keeps_start_inclusive_stop_exclusive_and_adds_bounds_to_the_key() -> Result {
    let input = stream("*host:string,_time:time,_value:int\na,1s,1\na,2s,2\na,3s,3\na,,4")?;
    eq(
        ops::range(&input, &RangeSpec::new(2 * S, 3 * S)),
        "*_start:time,*_stop:time,*host:string,_time:time,_value:int
         2s,3s,a,2s,2",
    );
    Ok(())
}

#[test]
fn range_narrows_existing_bounds_to_their_intersection() -> Result {
    let input = stream("*_start:time,*_stop:time,_time:time,_value:int\n0s,10s,5s,1\n0s,10s,8s,2")?;
    eq(
        ops::range(&input, &RangeSpec::new(4 * S, 20 * S)),
        "*_start:time,*_stop:time,_time:time,_value:int
         4s,10s,5s,1
         4s,10s,8s,2",
    );
    Ok(())
}

#[test]
fn range_keeps_empty_tables() -> Result {
    let input = stream("_time:time,_value:int\n1s,1")?;
    eq(
        ops::range(&input, &RangeSpec::new(5 * S, 6 * S)),
        "*_start:time=5s,*_stop:time=6s,_time:time,_value:int",
    );
    Ok(())
}

#[test]
fn range_errors() -> Result {
    let input = stream("_value:int\n1")?;
    fails(
        ops::range(&input, &RangeSpec::new(S, S)),
        "cannot query an empty range",
    );
    fails(
        ops::range(&input, &RangeSpec::new(0, S)),
        "range error: supplied time column _time doesn't exist",
    );
    let spec = RangeSpec {
        time_column: "_value",
        ..RangeSpec::new(0, S)
    };
    fails(
        ops::range(&input, &spec),
        "range error: provided time column _value is not of type time",
    );
    Ok(())
}

#[test]
fn range_on_another_time_column() -> Result {
    let input = stream("t:time,_value:int\n1s,1\n7s,2")?;
    let spec = RangeSpec {
        time_column: "t",
        ..RangeSpec::new(5 * S, 10 * S)
    };
    eq(
        ops::range(&input, &spec),
        "*_start:time,*_stop:time,t:time,_value:int
         5s,10s,7s,2",
    );
    Ok(())
}
