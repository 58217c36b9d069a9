//! Aggregates and selectors.

use super::*;

#[test]
fn first() {
    check(
        r##"data |> first()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
"##,
    );
}

#[test]
fn last() {
    check(
        r##"data |> last()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn min() {
    check(
        r##"data |> min()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
"##,
    );
}

#[test]
fn max() {
    check(
        r##"data |> max()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
"##,
    );
}

#[test]
fn count() {
    check(
        r##"data |> count()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:int  
----------------------  ----------------------  --------------------------  
                 usage                       a                           4  
Table: keys: [_field, host]
         _field:string             host:string                  _value:int  
----------------------  ----------------------  --------------------------  
                 usage                       b                           3  
"##,
    );
}

#[test]
fn sum() {
    check(
        r##"data |> sum()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a                             8  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b                           7.5  
"##,
    );
}

#[test]
fn sum_int() {
    check(
        r##"ints |> sum()"##,
        r##"Result: _result
Table: keys: []
                _value:int  
--------------------------  
                        11  
"##,
    );
}

#[test]
fn mean() {
    check(
        r##"data |> mean()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a            2.6666666666666665  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b                           2.5  
"##,
    );
}

#[test]
fn median() {
    check(
        r##"data |> median()"##,
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
fn median_exact() {
    check(
        r##"data |> median(method: "exact_mean")"##,
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
fn quantile() {
    check(
        r##"data |> quantile(q: 0.9, method: "exact_selector")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn spread() {
    check(
        r##"data |> spread()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a                           2.5  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b                             3  
"##,
    );
}

#[test]
fn stddev() {
    check(
        r##"data |> stddev()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       a            1.2583057392117918  
Table: keys: [_field, host]
         _field:string             host:string                  _value:float  
----------------------  ----------------------  ----------------------------  
                 usage                       b            1.7320508075688772  
"##,
    );
}

#[test]
fn distinct() {
    check(
        r##"data |> distinct(column: "host")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string           _value:string  
----------------------  ----------------------  ----------------------  
                 usage                       a                       a  
Table: keys: [_field, host]
         _field:string             host:string           _value:string  
----------------------  ----------------------  ----------------------  
                 usage                       b                       b  
"##,
    );
}

#[test]
fn unique() {
    check(
        r##"ints |> unique(column: "t")"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:10.000000000Z                           1                       y  
"##,
    );
}

#[test]
fn mode() {
    check(
        r##"ints |> mode(column: "t")"##,
        r##"Result: _result
Table: keys: []
         _value:string  
----------------------  
                     x  
"##,
    );
}

#[test]
fn highest_max() {
    check(
        r##"data |> highestMax(n: 1, groupColumns: ["host"])"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float           _field:string             host:string  
------------------------------  ----------------------------  ----------------------  ----------------------  
2021-01-01T00:00:30.000000000Z                             4                   usage                       a  
"##,
    );
}
