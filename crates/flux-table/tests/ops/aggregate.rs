use super::{Result, eq, fails, stream};
use flux_table::ops::{self, QuantileMethod};

const DATA: &str = "
    *host:string,_time:time,_value:float
    a,1s,1
    a,2s,
    a,3s,2
    a,4s,6";

#[test]
fn count_counts_rows_including_nulls() -> Result {
    eq(
        ops::count(&stream(DATA)?, "_value"),
        "*host:string,_value:int\na,4",
    );
    eq(
        ops::count(&stream("*host:string=a,_value:string")?, "_value"),
        "*host:string,_value:int\na,0",
    );
    Ok(())
}

#[test]
fn sum_and_mean_skip_nulls() -> Result {
    eq(
        ops::sum(&stream(DATA)?, "_value"),
        "*host:string,_value:float\na,9",
    );
    eq(
        ops::mean(&stream(DATA)?, "_value"),
        "*host:string,_value:float\na,3",
    );
    eq(
        ops::sum(&stream("t:int,_value:int\n1,2\n2,\n3,3")?, "_value"),
        "_value:int\n5",
    );
    eq(
        ops::sum(&stream("_value:uint\n2\n3")?, "_value"),
        "_value:uint\n5",
    );
    eq(
        ops::mean(&stream("_value:int\n1\n2")?, "_value"),
        "_value:float\n1.5",
    );
    Ok(())
}

#[test]
fn aggregates_of_nothing_are_null() -> Result {
    eq(
        ops::sum(&stream("*host:string,_value:int\na,")?, "_value"),
        "*host:string,_value:int\na,",
    );
    eq(
        ops::mean(&stream("*host:string=a,_value:float")?, "_value"),
        "*host:string,_value:float\na,",
    );
    Ok(())
}

#[test]
fn aggregate_errors() -> Result {
    fails(ops::sum(&stream(DATA)?, "x"), "column \"x\" does not exist");
    fails(
        ops::mean(&stream(DATA)?, "host"),
        "cannot aggregate columns that are part of the group key",
    );
    fails(
        ops::sum(&stream("_value:string\nx")?, "_value"),
        "unsupported aggregate column type string",
    );
    fails(
        ops::mean(&stream("_value:bool\ntrue")?, "_value"),
        "unsupported aggregate column type bool",
    );
    fails(
        ops::count(&stream("_time:time\n1s")?, "_time"),
        "unsupported aggregate column type time",
    );
    Ok(())
}

#[test]
fn median_estimates_with_a_tdigest() -> Result {
    let m = QuantileMethod::EstimateTdigest(0.0);
    eq(
        ops::median(&stream("_value:float\n1\n2\n3\n4")?, "_value", m),
        "_value:float\n2.5",
    );
    eq(
        ops::median(&stream("_value:int\n5\n1\n3")?, "_value", m),
        "_value:float\n3",
    );
    Ok(())
}

#[test]
fn quantile_exact_mean_interpolates() -> Result {
    let input = stream("_value:float\n10\n40\n20\n30")?;
    eq(
        ops::quantile(&input, "_value", 0.5, QuantileMethod::ExactMean),
        "_value:float\n25",
    );
    eq(
        ops::quantile(&input, "_value", 0.9, QuantileMethod::ExactMean),
        "_value:float\n37",
    );
    Ok(())
}

#[test]
fn quantile_exact_selector_returns_a_row() -> Result {
    let input = stream("t:string,_value:int\na,10\nb,40\nc,20\nd,30")?;
    eq(
        ops::quantile(&input, "_value", 0.5, QuantileMethod::ExactSelector),
        "t:string,_value:int\nc,20",
    );
    eq(
        ops::quantile(&input, "_value", 0.0, QuantileMethod::ExactSelector),
        "t:string,_value:int\na,10",
    );
    let none = stream("*host:string=a,t:string,_value:int")?;
    eq(
        ops::quantile(&none, "_value", 0.5, QuantileMethod::ExactSelector),
        "*host:string,t:string,_value:int\na,,",
    );
    Ok(())
}

#[test]
fn quantile_arguments_are_checked() -> Result {
    fails(
        ops::quantile(&stream(DATA)?, "_value", 1.5, QuantileMethod::ExactMean),
        "quantile must be between 0 and 1",
    );
    assert_eq!(
        QuantileMethod::parse("exact_mean", 10.0).map_err(|e| e.message),
        Err("compression parameter is only valid for method estimate_tdigest".to_string())
    );
    assert_eq!(
        QuantileMethod::parse("nope", 0.0).map_err(|e| e.message),
        Err("unknown method nope".to_string())
    );
    Ok(())
}

#[test]
fn spread_keeps_integer_types() -> Result {
    eq(
        ops::spread(&stream(DATA)?, "_value"),
        "*host:string,_value:float\na,5",
    );
    eq(
        ops::spread(&stream("_value:int\n7\n-3")?, "_value"),
        "_value:int\n10",
    );
    Ok(())
}

#[test]
fn stddev_sample_and_population() -> Result {
    let input = stream("_value:float\n2\n4\n4\n4\n5\n5\n7\n9")?;
    eq(ops::stddev(&input, "_value", true), "_value:float\n2");
    eq(
        ops::stddev(&stream("_value:int\n1\n3")?, "_value", false),
        "_value:float\n1.4142135623730951",
    );
    eq(
        ops::stddev(&stream("_value:int\n1")?, "_value", false),
        "_value:float\nNaN",
    );
    Ok(())
}
