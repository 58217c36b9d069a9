use super::{Result, eq, fails, stream};
use flux_table::ops::{self, DerivativeOptions, DifferenceOptions};

const S: i64 = 1_000_000_000;

const DATA: &str = "
    *host:string,_time:time,_value:int
    a,1s,10
    a,2s,
    a,3s,15
    a,4s,12";

#[test]
fn difference_drops_the_first_row_and_skips_nulls() -> Result {
    eq(
        ops::difference(&stream(DATA)?, &["_value"], DifferenceOptions::default()),
        "*host:string,_time:time,_value:int
         a,2s,
         a,3s,5
         a,4s,-3",
    );
    Ok(())
}

#[test]
fn difference_non_negative_keep_first_initial_zero() -> Result {
    let non_negative = DifferenceOptions {
        non_negative: true,
        ..Default::default()
    };
    eq(
        ops::difference(&stream(DATA)?, &["_value"], non_negative),
        "*host:string,_time:time,_value:int\na,2s,\na,3s,5\na,4s,",
    );
    let all = DifferenceOptions {
        non_negative: true,
        keep_first: true,
        initial_zero: true,
    };
    eq(
        ops::difference(&stream(DATA)?, &["_value"], all),
        "*host:string,_time:time,_value:int\na,1s,0\na,2s,\na,3s,5\na,4s,12",
    );
    Ok(())
}

#[test]
fn difference_of_uints_gives_ints_and_rejects_times() -> Result {
    eq(
        ops::difference(
            &stream("_time:time,_value:uint\n1s,5\n2s,3")?,
            &["_value"],
            DifferenceOptions::default(),
        ),
        "_time:time,_value:int\n2s,-2",
    );
    fails(
        ops::difference(&stream(DATA)?, &["_time"], DifferenceOptions::default()),
        "difference does not support time columns. Try the elapsed function",
    );
    fails(
        ops::difference(&stream(DATA)?, &["host"], DifferenceOptions::default()),
        "difference does not support column \"host\" of type \"string\"",
    );
    Ok(())
}

#[test]
fn cumulative_sum_carries_the_sum_over_nulls() -> Result {
    eq(
        ops::cumulative_sum(&stream(DATA)?, &["_value"]),
        "*host:string,_time:time,_value:int\na,1s,10\na,2s,10\na,3s,25\na,4s,37",
    );
    Ok(())
}

#[test]
fn increase_counts_resets_as_increases() -> Result {
    let input = stream("_time:time,_value:float\n1s,1\n2s,3\n3s,1\n4s,4")?;
    eq(
        ops::increase(&input, &["_value"]),
        "_time:time,_value:float\n1s,0\n2s,2\n3s,3\n4s,6",
    );
    Ok(())
}

#[test]
fn derivative_per_second_skips_nulls_and_repeated_times() -> Result {
    let input = stream("_time:time,_value:int,t:string\n0s,0,a\n2s,10,b\n2s,99,c\n3s,,d\n5s,4,e")?;
    eq(
        ops::derivative(&input, &["_value"], &DerivativeOptions::default()),
        "_time:time,_value:float,t:string
         2s,5,b
         3s,,d
         5s,-2,e",
    );
    let per_minute = DerivativeOptions {
        unit: 60 * S,
        non_negative: true,
        ..Default::default()
    };
    eq(
        ops::derivative(&input, &["_value"], &per_minute),
        "_time:time,_value:float,t:string\n2s,300,b\n3s,,d\n5s,,e",
    );
    Ok(())
}

#[test]
fn derivative_errors() -> Result {
    let backwards = stream("_time:time,_value:float\n2s,1\n1s,2")?;
    fails(
        ops::derivative(&backwards, &["_value"], &DerivativeOptions::default()),
        "derivative found out-of-order times in time column",
    );
    fails(
        ops::derivative(
            &stream("_time:time,_value:string\n1s,x")?,
            &["_value"],
            &DerivativeOptions::default(),
        ),
        "unsupported derivative column type _value:string",
    );
    Ok(())
}

#[test]
fn elapsed_adds_the_time_since_the_previous_row() -> Result {
    let input = stream("_time:time,_value:int\n1s,1\n3s,2\n4s,3")?;
    eq(
        ops::elapsed(&input, S, "_time", "elapsed"),
        "_time:time,_value:int,elapsed:int\n3s,2,2\n4s,3,1",
    );
    Ok(())
}

#[test]
fn moving_average_over_the_last_n_rows() -> Result {
    let input = stream("_time:time,_value:int\n1s,1\n2s,\n3s,3\n4s,5")?;
    eq(
        ops::moving_average(&input, 2),
        "_time:time,_value:float\n2s,1\n3s,3\n4s,4",
    );
    eq(ops::moving_average(&input, 9), "_time:time,_value:float\n4s,3");
    fails(
        ops::moving_average(&input, 0),
        "cannot take moving average with a period of 0 (must be greater than 0)",
    );
    Ok(())
}

#[test]
fn mode_lists_the_most_frequent_values() -> Result {
    let input = stream("*host:string,_value:int\na,3\na,1\na,3\na,1\na,2")?;
    eq(ops::mode(&input, "_value"), "*host:string,_value:int\na,1\na,3");
    let all_tied = stream("*host:string,_value:int\na,3\na,1")?;
    eq(ops::mode(&all_tied, "_value"), "*host:string,_value:int\na,");
    Ok(())
}

#[test]
fn top_and_bottom() -> Result {
    let input = stream("_value:int,t:string\n3,a\n9,b\n1,c\n9,d")?;
    eq(ops::top(&input, 2, &["_value"]), "_value:int,t:string\n9,b\n9,d");
    eq(ops::bottom(&input, 1, &["_value"]), "_value:int,t:string\n1,c");
    Ok(())
}
