use super::{Result, eq, fails, stream};
use flux_table::ops::{self, WindowSpec};

const S: i64 = 1_000_000_000;

const DATA: &str = "
    *host:string,_time:time,_value:int
    a,1s,1
    a,2s,2
    a,5s,3
    a,11s,4";

#[test]
fn window_splits_rows_by_time_and_adds_bounds_to_the_key() -> Result {
    eq(
        ops::window(&stream(DATA)?, &WindowSpec::every(5 * S, Some((0, 12 * S)))),
        "*host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,1s,1,0s,5s
         a,2s,2,0s,5s

         *host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,5s,3,5s,10s

         *host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,11s,4,10s,12s",
    );
    Ok(())
}

#[test]
fn window_with_create_empty_makes_empty_tables() -> Result {
    let spec = WindowSpec {
        create_empty: true,
        ..WindowSpec::every(4 * S, Some((0, 12 * S)))
    };
    let out = ops::window(&stream(DATA)?, &spec)?;
    let rows: Vec<usize> = out.tables().iter().map(|t| t.num_rows()).collect();
    assert_eq!(rows, vec![2, 1, 1]);
    let input = stream("*host:string,_time:time,_value:int\na,1s,1")?;
    let rows: Vec<usize> = ops::window(&input, &spec)?
        .tables()
        .iter()
        .map(|t| t.num_rows())
        .collect();
    assert_eq!(rows, vec![1, 0, 0]);
    Ok(())
}

#[test]
fn overlapping_windows_repeat_rows_and_are_clipped_to_the_bounds() -> Result {
    let spec = WindowSpec {
        period: 4 * S,
        ..WindowSpec::every(2 * S, Some((0, 6 * S)))
    };
    let input = stream("_time:time,_value:int\n1s,1\n3s,2")?;
    eq(
        ops::window(&input, &spec),
        "_time:time,_value:int,*_start:time,*_stop:time
         1s,1,0s,2s

         _time:time,_value:int,*_start:time,*_stop:time
         1s,1,0s,4s
         3s,2,0s,4s

         _time:time,_value:int,*_start:time,*_stop:time
         3s,2,2s,6s",
    );
    Ok(())
}

#[test]
fn window_every_inf_undoes_windowing() -> Result {
    let windowed = ops::window(&stream(DATA)?, &WindowSpec::every(5 * S, Some((0, 12 * S))))?;
    let spec = WindowSpec {
        every: None,
        ..WindowSpec::every(1, Some((0, 12 * S)))
    };
    eq(
        ops::window(&windowed, &spec),
        "*host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,1s,1,0s,12s
         a,2s,2,0s,12s
         a,5s,3,0s,12s
         a,11s,4,0s,12s",
    );
    Ok(())
}

#[test]
fn window_errors() -> Result {
    fails(
        ops::window(&stream(DATA)?, &WindowSpec::every(0, Some((0, S)))),
        "duration used as an interval cannot be zero",
    );
    fails(
        ops::window(&stream("_value:int\n1")?, &WindowSpec::every(S, Some((0, S)))),
        "missing time column \"_time\"",
    );
    Ok(())
}

#[test]
fn aggregate_window_means_per_window_stamped_with_the_window_stop() -> Result {
    let spec = WindowSpec {
        create_empty: true,
        ..WindowSpec::every(5 * S, Some((0, 20 * S)))
    };
    eq(
        ops::aggregate_window(&stream(DATA)?, &spec, "_value", "_stop", "_time", ops::mean),
        "*host:string,*_start:time,*_stop:time,_value:float,_time:time
         a,0s,20s,1.5,5s
         a,0s,20s,3,10s
         a,0s,20s,4,15s
         a,0s,20s,,20s",
    );
    Ok(())
}

#[test]
fn fill_empty_gives_empty_tables_one_row_of_key_values() -> Result {
    eq(
        ops::fill_empty(&stream(
            "*host:string=a,_value:int\n\n*host:string,_value:int\nb,1",
        )?),
        "*host:string,_value:int\na,\n\n*host:string,_value:int\nb,1",
    );
    Ok(())
}

#[test]
fn absurd_window_counts_fail_instead_of_exhausting_memory() -> Result {
    let spec = WindowSpec {
        create_empty: true,
        ..WindowSpec::every(1, Some((0, i64::MAX)))
    };
    fails(
        ops::window(&stream(DATA)?, &spec),
        "window: createEmpty would make more than 4194304 windows; narrow the range or widen every",
    );
    let spec = WindowSpec {
        period: i64::MAX,
        ..WindowSpec::every(1, Some((0, S)))
    };
    fails(
        ops::window(&stream(DATA)?, &spec),
        "window: a period of 9223372036854775807ns every 1ns puts each row in more than 4194304 windows",
    );
    Ok(())
}

/// Windows that double in length: window `k >= 0` is `[2^k - 1, 2^(k+1) - 1)` seconds
/// (before the epoch, one-second windows).
#[derive(Debug)]
struct Doubling;

impl ops::window::WindowCalendar for Doubling {
    fn latest_index(&self, t: i64) -> i64 {
        (0..30).rev().find(|k| ((1i64 << k) - 1) * S <= t).unwrap_or(0)
    }

    fn bounds(&self, index: i64) -> (i64, i64) {
        if index < 0 {
            return ((index - 1) * S, index * S);
        }
        let k = index.min(30) as u32;
        (((1i64 << k) - 1) * S, ((1i64 << (k + 1)) - 1) * S)
    }
}

#[test]
fn a_calendar_gives_windows_of_varying_length() -> Result {
    let spec = WindowSpec {
        calendar: Some(&Doubling),
        create_empty: true,
        ..WindowSpec::every(1, Some((0, 12 * S)))
    };
    eq(
        ops::window(&stream(DATA)?, &spec),
        "*host:string=a,_time:time,_value:int,*_start:time=0s,*_stop:time=1s

         *host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,1s,1,1s,3s
         a,2s,2,1s,3s

         *host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,5s,3,3s,7s

         *host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,11s,4,7s,12s",
    );
    Ok(())
}

#[test]
fn a_negative_period_ends_each_window_at_its_start() -> Result {
    let spec = WindowSpec {
        period: -3 * S,
        ..WindowSpec::every(5 * S, Some((0, 12 * S)))
    };
    // Windows [2s, 5s), [7s, 10s), [12s, 15s): only the row at 2s is in one.
    eq(
        ops::window(&stream(DATA)?, &spec),
        "*host:string,_time:time,_value:int,*_start:time,*_stop:time
         a,2s,2,2s,5s",
    );
    Ok(())
}
