//! Series functions, windows and the functions that turn tables back into values.

use super::*;

#[test]
fn difference() {
    check(
        r##"data |> difference()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                             1  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                           1.5  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                            -3  
                 usage                       b  2021-01-01T00:00:40.000000000Z                             3  
"##,
    );
}

#[test]
fn difference_keep() {
    check(
        r##"ints |> difference(keepFirst: true, nonNegative: true)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                                                   x  
2021-01-01T00:00:10.000000000Z                                                   y  
2021-01-01T00:00:20.000000000Z                           6                       x  
"##,
    );
}

#[test]
fn derivative() {
    check(
        r##"data |> derivative(unit: 10s)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                             1  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                          0.75  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                            -3  
                 usage                       b  2021-01-01T00:00:40.000000000Z                             1  
"##,
    );
}

#[test]
fn cumulative_sum() {
    check(
        r##"ints |> cumulativeSum()"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:10.000000000Z                           4                       y  
2021-01-01T00:00:20.000000000Z                          11                       x  
"##,
    );
}

#[test]
fn increase() {
    check(
        r##"ints |> increase()"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           0                       x  
2021-01-01T00:00:10.000000000Z                           1                       y  
2021-01-01T00:00:20.000000000Z                           7                       x  
"##,
    );
}

#[test]
fn elapsed() {
    check(
        r##"data |> elapsed()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                 elapsed:int  
----------------------  ----------------------  ------------------------------  ----------------------------  --------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5                          10  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                                        10  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4                          10  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                 elapsed:int  
----------------------  ----------------------  ------------------------------  ----------------------------  --------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5                          10  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5                          30  
"##,
    );
}

#[test]
fn moving_average() {
    check(
        r##"data |> movingAverage(n: 2)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                             2  
                 usage                       a  2021-01-01T00:00:20.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                             2  
                 usage                       b  2021-01-01T00:00:40.000000000Z                             2  
"##,
    );
}

#[test]
fn window() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> window(every: 20s)"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:00:20.000000000Z                   usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:00:20.000000000Z                   usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:00:20.000000000Z                   usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:00:20.000000000Z                   usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:20.000000000Z  2021-01-01T00:00:40.000000000Z                   usage                       a  2021-01-01T00:00:20.000000000Z                                
2021-01-01T00:00:20.000000000Z  2021-01-01T00:00:40.000000000Z                   usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:40.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn aggregate_window() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> aggregateWindow(every: 20s, fn: mean)"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a  2021-01-01T00:00:20.000000000Z                             2  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a  2021-01-01T00:00:40.000000000Z                             4  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       a  2021-01-01T00:01:00.000000000Z                                
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       b  2021-01-01T00:00:20.000000000Z                             2  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       b  2021-01-01T00:00:40.000000000Z                                
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z                   usage                       b  2021-01-01T00:01:00.000000000Z                           3.5  
"##,
    );
}

#[test]
fn aggregate_window_count() {
    check(
        r##"ints |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> aggregateWindow(every: 30s, fn: count)"##,
        r##"Result: _result
Table: keys: [_start, _stop]
                   _start:time                      _stop:time                      _time:time                  _value:int  
------------------------------  ------------------------------  ------------------------------  --------------------------  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z  2021-01-01T00:00:30.000000000Z                           3  
2021-01-01T00:00:00.000000000Z  2021-01-01T00:01:00.000000000Z  2021-01-01T00:01:00.000000000Z                           0  
"##,
    );
}

#[test]
fn table_find() {
    check(
        r##"array.from(rows: [{v: display(v: data |> tableFind(fn: (key) => key.host == "b") |> getColumn(column: "_value"))}])"##,
        r##"Result: _result
Table: keys: []
              v:string  
----------------------  
       [3.5, 0.5, 3.5]  
"##,
    );
}

#[test]
fn get_record() {
    check(
        r##"array.from(rows: [{v: display(v: data |> tableFind(fn: (key) => key.host == "b") |> getRecord(idx: 1))}])"##,
        r##"Result: _result
Table: keys: []
                                                                                      v:string  
----------------------------------------------------------------------------------------------  
{
    _field: usage,
    _time: 2021-01-01T00:00:10.000000000Z,
    _value: 0.5,
    host: b
}  
"##,
    );
}

#[test]
fn find_column() {
    check(
        r##"array.from(rows: [{v: display(v: data |> findColumn(fn: (key) => key.host == "a", column: "_value"))}])"##,
        r##"Result: _result
Table: keys: []
                               v:string  
---------------------------------------  
[
    1.5,
    2.5,
    <null>,
    4
]  
"##,
    );
}

#[test]
fn find_record() {
    check(
        r##"array.from(rows: [{v: display(v: ints |> findRecord(fn: (key) => true, idx: 2))}])"##,
        r##"Result: _result
Table: keys: []
                                                v:string  
--------------------------------------------------------  
{_time: 2021-01-01T00:00:20.000000000Z, _value: 7, t: x}  
"##,
    );
}

#[test]
fn find_missing() {
    check(
        r##"array.from(rows: [{v: display(v: data |> findColumn(fn: (key) => key.host == "q", column: "_value"))}])"##,
        r##"Result: _result
Table: keys: []
              v:string  
----------------------  
                    []  
"##,
    );
}

#[test]
fn table_find_missing_key() {
    check(
        r##"array.from(rows: [{v: display(v: data |> findColumn(fn: (key) => key.nope == "x" or key.host == "b", column: "_value"))}])"##,
        r##"Result: _result
Table: keys: []
              v:string  
----------------------  
       [3.5, 0.5, 3.5]  
"##,
    );
}
