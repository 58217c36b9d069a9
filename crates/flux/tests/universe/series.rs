//! Windows in calendar units and time zones, time-column functions, state tracking,
//! integrals, technical-analysis series and statistics (issue 13, part B). Expected tables
//! are what the Go `flux` command (v0.196.1) prints for the same scripts.

use super::*;

#[test]
fn integral_per_table() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> integral(unit: 10s)"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a                           8.5  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       b                             8  
"##,
    );
}

#[test]
fn integral_interpolated_to_the_bounds() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> filter(fn: (r) => r.host == "b") |> integral(unit: 10s, interpolate: "linear")"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       b                            17  
"##,
    );
}

#[test]
fn state_count_restarts_after_a_false_row() {
    check(
        r##"data |> stateCount(fn: (r) => r._value > 2.0)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float              stateCount:int  
----------------------  ----------------------  ------------------------------  ----------------------------  --------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5                          -1  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5                           1  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                                        -1  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4                           1  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float              stateCount:int  
----------------------  ----------------------  ------------------------------  ----------------------------  --------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5                           1  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5                          -1  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5                           1  
"##,
    );
}

#[test]
fn state_duration_in_units() {
    check(
        r##"data |> stateDuration(fn: (r) => r._value > 2.0, unit: 10s) |> keep(columns: ["host", "_time", "stateDuration"])"##,
        r##"Result: _result
Table: keys: [host]
           host:string                      _time:time           stateDuration:int  
----------------------  ------------------------------  --------------------------  
                     a  2021-01-01T00:00:00.000000000Z                          -1  
                     a  2021-01-01T00:00:10.000000000Z                           0  
                     a  2021-01-01T00:00:20.000000000Z                          -1  
                     a  2021-01-01T00:00:30.000000000Z                           0  
Table: keys: [host]
           host:string                      _time:time           stateDuration:int  
----------------------  ------------------------------  --------------------------  
                     b  2021-01-01T00:00:00.000000000Z                           0  
                     b  2021-01-01T00:00:10.000000000Z                          -1  
                     b  2021-01-01T00:00:40.000000000Z                           0  
"##,
    );
}

#[test]
fn time_shift_by_calendar_months() {
    check(
        r##"data |> timeShift(duration: -1mo, columns: ["_time"]) |> filter(fn: (r) => r.host == "b")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2020-12-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2020-12-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2020-12-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn sample_every_second_row() {
    check(
        r##"data |> sample(n: 2, pos: 1)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
"##,
    );
}

#[test]
fn histogram_counts_cumulatively() {
    check(
        r##"data |> histogram(bins: [5.0, 1.0, 3.0])"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      le:float                  _value:float  
----------------------  ----------------------  ----------------------------  ----------------------------  
                 usage                       a                             1                             0  
                 usage                       a                             3                             2  
                 usage                       a                             5                             3  
Table: keys: [_field, host]
         _field:string             host:string                      le:float                  _value:float  
----------------------  ----------------------  ----------------------------  ----------------------------  
                 usage                       b                             1                             1  
                 usage                       b                             3                             1  
                 usage                       b                             5                             3  
"##,
    );
}

#[test]
fn histogram_quantile_interpolates_in_the_bin() {
    check(
        r##"data |> histogram(bins: [1.0, 3.0, 5.0]) |> histogramQuantile(quantile: 0.5)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a                           2.5  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b                           3.5  
"##,
    );
}

#[test]
fn monthly_windows() {
    check(
        r##"data |> range(start: 2020-12-15T00:00:00Z, stop: 2021-02-10T00:00:00Z) |> window(every: 1mo, createEmpty: true) |> count()"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:int  
------------------------------  ------------------------------  ----------------------  ----------------------  --------------------------  
2020-12-15T00:00:00.000000000Z  2021-01-01T00:00:00.000000000Z                   usage                       a                           0  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:int  
------------------------------  ------------------------------  ----------------------  ----------------------  --------------------------  
2020-12-15T00:00:00.000000000Z  2021-01-01T00:00:00.000000000Z                   usage                       b                           0  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:int  
------------------------------  ------------------------------  ----------------------  ----------------------  --------------------------  
2021-01-01T00:00:00.000000000Z  2021-02-01T00:00:00.000000000Z                   usage                       a                           4  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:int  
------------------------------  ------------------------------  ----------------------  ----------------------  --------------------------  
2021-01-01T00:00:00.000000000Z  2021-02-01T00:00:00.000000000Z                   usage                       b                           3  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:int  
------------------------------  ------------------------------  ----------------------  ----------------------  --------------------------  
2021-02-01T00:00:00.000000000Z  2021-02-10T00:00:00.000000000Z                   usage                       a                           0  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                  _value:int  
------------------------------  ------------------------------  ----------------------  ----------------------  --------------------------  
2021-02-01T00:00:00.000000000Z  2021-02-10T00:00:00.000000000Z                   usage                       b                           0  
"##,
    );
}

#[test]
fn aggregate_window_by_month_in_a_time_zone() {
    check(
        r##"array.from(rows: [{_time: 2021-01-15T00:00:00Z, _value: 1.0}, {_time: 2021-01-31T23:30:00Z, _value: 3.0}, {_time: 2021-03-02T00:00:00Z, _value: 5.0}]) |> range(start: 2021-01-01T00:00:00Z, stop: 2021-04-01T00:00:00Z) |> aggregateWindow(every: 1mo, fn: sum, location: {zone: "Europe/Paris", offset: 0s})"##,
        r##"Result: _result
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                      _time:time                  _value:float  
------------------------------  ------------------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-04-01T00:00:00.000000000Z  2021-01-31T23:00:00.000000000Z                             1  
2021-01-01T00:00:00.000000000Z  2021-04-01T00:00:00.000000000Z  2021-02-28T23:00:00.000000000Z                             3  
2021-01-01T00:00:00.000000000Z  2021-04-01T00:00:00.000000000Z  2021-03-31T22:00:00.000000000Z                             5  
2021-01-01T00:00:00.000000000Z  2021-04-01T00:00:00.000000000Z  2021-04-01T00:00:00.000000000Z                                
"##,
    );
}

#[test]
fn yearly_windows_with_an_offset() {
    check(
        r##"ints |> range(start: 2020-06-01T00:00:00Z, stop: 2021-06-01T00:00:00Z) |> window(every: 1y, offset: 2mo)"##,
        r##"Result: _result
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                      _time:time                  _value:int                t:string  
------------------------------  ------------------------------  ------------------------------  --------------------------  ----------------------  
2020-06-01T00:00:00.000000000Z  2021-03-01T00:00:00.000000000Z  2021-01-01T00:00:00.000000000Z                           3                       x  
2020-06-01T00:00:00.000000000Z  2021-03-01T00:00:00.000000000Z  2021-01-01T00:00:10.000000000Z                           1                       y  
2020-06-01T00:00:00.000000000Z  2021-03-01T00:00:00.000000000Z  2021-01-01T00:00:20.000000000Z                           7                       x  
"##,
    );
}

#[test]
fn hour_selection_wraps_past_midnight() {
    check(
        r##"array.from(rows: [{_time: 2021-01-01T12:00:00Z, _value: 1}, {_time: 2021-01-01T14:00:00Z, _value: 2}, {_time: 2021-01-01T16:00:00Z, _value: 3}]) |> hourSelection(start: 22, stop: 0, location: {zone: "Asia/Tokyo", offset: 0s})"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int  
------------------------------  --------------------------  
2021-01-01T14:00:00.000000000Z                           2  
"##,
    );
}

#[test]
fn truncate_time_column_to_the_minute() {
    check(
        r##"ints |> truncateTimeColumn(unit: 1m)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:00.000000000Z                           1                       y  
2021-01-01T00:00:00.000000000Z                           7                       x  
"##,
    );
}

#[test]
fn exponential_moving_average_skips_nulls() {
    check(
        r##"data |> exponentialMovingAverage(n: 2)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                             2  
                 usage                       a  2021-01-01T00:00:20.000000000Z                             2  
                 usage                       a  2021-01-01T00:00:30.000000000Z             3.333333333333333  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                             2  
                 usage                       b  2021-01-01T00:00:40.000000000Z                             3  
"##,
    );
}

#[test]
fn triple_ema() {
    check(
        r##"array.from(rows: [{_value: 1.0}, {_value: 3.0}, {_value: 6.0}, {_value: 10.0}, {_value: 12.0}]) |> tripleEMA(n: 2)"##,
        r##"Result: _result
Table: keys: []
                _value:float  
----------------------------  
           9.851851851851848  
          12.041152263374483  
"##,
    );
}

#[test]
fn chande_momentum_oscillator_of_ints() {
    check(
        r##"ints |> chandeMomentumOscillator(n: 1)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float                t:string  
------------------------------  ----------------------------  ----------------------  
2021-01-01T00:00:10.000000000Z                          -100                       y  
2021-01-01T00:00:20.000000000Z                           100                       x  
"##,
    );
}

#[test]
fn relative_strength_index_of_a_short_table() {
    check(
        r##"ints |> relativeStrengthIndex(n: 5)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float                t:string  
------------------------------  ----------------------------  ----------------------  
2021-01-01T00:00:20.000000000Z             81.81818181818181                       x  
"##,
    );
}

#[test]
fn kaufmans_ama() {
    check(
        r##"array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 4.0}, {_value: 3.0}, {_value: 5.0}]) |> kaufmansAMA(n: 2)"##,
        r##"Result: _result
Table: keys: []
                _value:float  
----------------------------  
          2.8888888888888893  
           2.896705392331091  
           3.044669078198371  
"##,
    );
}

#[test]
fn skew_and_covariance() {
    check(
        r##"data |> duplicate(column: "_value", as: "v2") |> covariance(columns: ["_value", "v2"], pearsonr: true)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a                             1  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b                             1  
"##,
    );
}

#[test]
fn skew_of_each_table() {
    check(
        r##"data |> skew()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a           0.23906314692954478  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b           -0.7071067811865476  
"##,
    );
}

#[test]
fn timed_moving_average() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> timedMovingAverage(every: 20s, period: 40s) |> filter(fn: (r) => r.host == "a")"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a  2021-01-01T00:00:20.000000000Z                             2  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a  2021-01-01T00:00:40.000000000Z            2.6666666666666665  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a  2021-01-01T00:01:00.000000000Z                             4  
"##,
    );
}

#[test]
fn time_weighted_average() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> timeWeightedAvg(unit: 1s) |> group() |> keep(columns: ["_value"])"##,
        r##"Result: _result
Table: keys: []
                _value:float  
----------------------------  
          3.9791666666666665  
          2.8333333333333335  
"##,
    );
}

#[test]
fn holt_winters_forecasts_after_the_last_bucket() {
    check(
        r##"data |> holtWinters(n: 3, interval: 10s, withMinSSE: true) |> filter(fn: (r) => r.host == "b")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                   minSSE:float  
----------------------  ----------------------  ------------------------------  ----------------------------  -----------------------------  
                 usage                       b  2021-01-01T00:00:50.000000000Z             7.807434732963244  0.000000000016195916572002645  
                 usage                       b  2021-01-01T00:01:00.000000000Z             20.05653198192967  0.000000000016195916572002645  
                 usage                       b  2021-01-01T00:01:10.000000000Z             58.87776147760897  0.000000000016195916572002645  
"##,
    );
}

#[test]
fn holt_winters_with_fit_and_seasons() {
    check(
        r##"array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:01:00Z, _value: 3.0}, {_time: 2021-01-01T00:02:00Z, _value: 1.5}, {_time: 2021-01-01T00:03:00Z, _value: 3.5}, {_time: 2021-01-01T00:04:00Z, _value: 2.0}, {_time: 2021-01-01T00:05:00Z, _value: 4.0}]) |> holtWinters(n: 2, interval: 1m, seasonality: 2, withFit: true)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float  
------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z                             1  
2021-01-01T00:01:00.000000000Z            3.0001080261141446  
2021-01-01T00:02:00.000000000Z            1.4998592577164616  
2021-01-01T00:03:00.000000000Z            3.4999683017854895  
2021-01-01T00:04:00.000000000Z             2.000109048845569  
2021-01-01T00:05:00.000000000Z             3.999850396318432  
2021-01-01T00:06:00.000000000Z             2.488044541269999  
2021-01-01T00:07:00.000000000Z             4.397599044271412  
"##,
    );
}

#[test]
fn rows_outside_the_bounds_go_to_a_window_of_the_bounds() {
    check(
        r##"ints |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:00:20Z) |> map(fn: (r) => ({r with _time: if r._value == 1 then 2021-01-01T01:00:00Z else r._time})) |> window(every: 10s)"##,
        r##"Result: _result
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                      _time:time                  _value:int                t:string  
------------------------------  ------------------------------  ------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:00:10.000000000Z  2021-01-01T00:00:00.000000000Z                           3                       x  
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                      _time:time                  _value:int                t:string  
------------------------------  ------------------------------  ------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:00:20.000000000Z  2021-01-01T01:00:00.000000000Z                           1                       y  
"##,
    );
}

#[test]
fn windows_emptied_by_a_dst_change_take_the_bounds() {
    check(
        r##"array.from(rows: [{_time: 2021-03-28T00:55:00Z, _value: 1}, {_time: 2021-03-28T01:05:00Z, _value: 2}]) |> range(start: 2021-03-28T00:50:00Z, stop: 2021-03-28T01:20:00Z) |> window(every: 10m, createEmpty: true, location: {zone: "Europe/Paris", offset: 0s}) |> count()"##,
        r##"Result: _result
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                  _value:int  
------------------------------  ------------------------------  --------------------------  
2021-03-28T00:50:00.000000000Z  2021-03-28T01:00:00.000000000Z                           1  
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                  _value:int  
------------------------------  ------------------------------  --------------------------  
2021-03-28T00:50:00.000000000Z  2021-03-28T01:20:00.000000000Z                           0  
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                  _value:int  
------------------------------  ------------------------------  --------------------------  
2021-03-28T01:00:00.000000000Z  2021-03-28T01:10:00.000000000Z                           1  
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                  _value:int  
------------------------------  ------------------------------  --------------------------  
2021-03-28T01:10:00.000000000Z  2021-03-28T01:20:00.000000000Z                           0  
"##,
    );
}

#[test]
fn window_and_series_errors_use_gos_words() {
    use super::errors::fails;
    fails(
        "data |> range(start: 2021-01-01T00:00:00Z) |> window(every: 1mo2w)",
        "duration used as an interval cannot mix month and nanosecond units",
    );
    fails(
        "data |> integral()",
        "integral function needs _start column to be part of group key",
    );
    fails(
        "data |> stateDuration(fn: (r) => true, unit: 0s)",
        "state tracking duration unit must be greater than zero",
    );
    fails(
        "data |> sample(n: 2, pos: 2)",
        "pos must be less than n, but 2 >= 2",
    );
    fails(
        "data |> histogramQuantile(quantile: 0.5, onNonmonotonic: \"x\")",
        "value provided to histogramQuantile parameter onNonmonotonic is invalid",
    );
    fails(
        "data |> timeShift(duration: 1h, columns: [\"host\"])",
        "column \"host\" is not of type time",
    );
}
