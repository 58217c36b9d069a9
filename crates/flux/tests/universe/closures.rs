//! `filter`, `map` and the `to*` conversions built on `map`; both paths of the row functions.

use super::*;

#[test]
fn filter_gt() {
    check(
        r##"data |> filter(fn: (r) => r._value > 2.0)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn filter_and() {
    check(
        r##"data |> filter(fn: (r) => r._value > 2.0 and r.host == "a")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
"##,
    );
}

#[test]
fn filter_or() {
    check(
        r##"data |> filter(fn: (r) => r._value < 1.0 or r._value >= 4)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
"##,
    );
}

#[test]
fn filter_flipped() {
    check(
        r##"data |> filter(fn: (r) => 2.0 < r._value)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn filter_keep() {
    // A kept table has no rows, which the `flux` command does not print: count shows it.
    check(
        r##"data |> filter(fn: (r) => r._value < 1.0, onEmpty: "keep") |> count()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                  _value:int  
----------------------  ----------------------  --------------------------  
                 usage                       a                           0  
Table: keys: [_field, host]
         _field:string             host:string                  _value:int  
----------------------  ----------------------  --------------------------  
                 usage                       b                           1  
"##,
    );
}

#[test]
fn filter_per_row() {
    check(
        r##"data |> filter(fn: (r) => r._value * 2.0 > 5.0)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn filter_captured() {
    check(
        r##"x = 2.5 data |> filter(fn: (r) => r._value == x)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
"##,
    );
}

#[test]
fn filter_time() {
    check(
        r##"data |> filter(fn: (r) => r._time >= 2021-01-01T00:00:20Z)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn filter_int() {
    check(
        r##"ints |> filter(fn: (r) => r._value > 2.5)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:20.000000000Z                           7                       x  
"##,
    );
}

#[test]
fn map_double() {
    check(
        r##"data |> map(fn: (r) => ({r with _value: r._value * 2.0}))"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                             3  
                 usage                       a  2021-01-01T00:00:10.000000000Z                             5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             8  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                             7  
                 usage                       b  2021-01-01T00:00:10.000000000Z                             1  
                 usage                       b  2021-01-01T00:00:40.000000000Z                             7  
"##,
    );
}

#[test]
fn map_new() {
    check(
        r##"data |> map(fn: (r) => ({r with doubled: r._value * 2.0, one: 1}))"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                 doubled:float                     one:int  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------------  --------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5                             3                           1  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5                             5                           1  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                                                                       1  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4                             8                           1  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                 doubled:float                     one:int  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------------  --------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5                             7                           1  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5                             1                           1  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5                             7                           1  
"##,
    );
}

#[test]
fn map_key() {
    check(
        r##"data |> map(fn: (r) => ({r with host: "z"}))"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       z  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       z  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       z  2021-01-01T00:00:20.000000000Z                                
                 usage                       z  2021-01-01T00:00:30.000000000Z                             4  
                 usage                       z  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       z  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       z  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn map_key_split() {
    check(
        r##"ints |> group(columns: ["t"]) |> map(fn: (r) => ({r with t: if r._value > 2 then "big" else "small"}))"##,
        r##"Result: _result
Table: keys: [t]
              t:string                      _time:time                  _value:int  
----------------------  ------------------------------  --------------------------  
                   big  2021-01-01T00:00:00.000000000Z                           3  
                   big  2021-01-01T00:00:20.000000000Z                           7  
Table: keys: [t]
              t:string                      _time:time                  _value:int  
----------------------  ------------------------------  --------------------------  
                 small  2021-01-01T00:00:10.000000000Z                           1  
"##,
    );
}

#[test]
fn map_plain() {
    check(
        r##"data |> map(fn: (r) => ({_time: r._time, v: r._value}))"##,
        r##"Result: _result
Table: keys: []
                    _time:time                       v:float  
------------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z                           1.5  
2021-01-01T00:00:10.000000000Z                           2.5  
2021-01-01T00:00:20.000000000Z                                
2021-01-01T00:00:30.000000000Z                             4  
2021-01-01T00:00:00.000000000Z                           3.5  
2021-01-01T00:00:10.000000000Z                           0.5  
2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn map_per_row() {
    check(
        r##"data |> map(fn: (r) => ({r with s: "h-" + r.host, c: if exists r._value then r._value else -1.0}))"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                s:string                       c:float  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5                     h-a                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5                     h-a                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                                   h-a                            -1  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4                     h-a                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                s:string                       c:float  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5                     h-b                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5                     h-b                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5                     h-b                           3.5  
"##,
    );
}

#[test]
fn map_int() {
    check(
        r##"ints |> map(fn: (r) => ({r with _value: r._value * 10, q: r._value / 2, p: 2 - r._value}))"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string                       q:int                       p:int  
------------------------------  --------------------------  ----------------------  --------------------------  --------------------------  
2021-01-01T00:00:00.000000000Z                          30                       x                           1                          -1  
2021-01-01T00:00:10.000000000Z                          10                       y                           0                           1  
2021-01-01T00:00:20.000000000Z                          70                       x                           3                          -5  
"##,
    );
}

#[test]
fn to_string() {
    check(
        r##"data |> toString()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time           _value:string  
----------------------  ----------------------  ------------------------------  ----------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                     1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                     2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                          
                 usage                       a  2021-01-01T00:00:30.000000000Z                       4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time           _value:string  
----------------------  ----------------------  ------------------------------  ----------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                     3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                     0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                     3.5  
"##,
    );
}

#[test]
fn to_int() {
    check(
        r##"data |> toInt()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:int  
----------------------  ----------------------  ------------------------------  --------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2  
                 usage                       a  2021-01-01T00:00:20.000000000Z                              
                 usage                       a  2021-01-01T00:00:30.000000000Z                           4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:int  
----------------------  ----------------------  ------------------------------  --------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3  
"##,
    );
}

#[test]
fn to_float() {
    check(
        r##"ints |> toFloat()"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float                t:string  
------------------------------  ----------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                             3                       x  
2021-01-01T00:00:10.000000000Z                             1                       y  
2021-01-01T00:00:20.000000000Z                             7                       x  
"##,
    );
}

/// Both paths of `filter` and `map` give the same tables: the recognised lambda and the
/// same function written with a block body, which is always called per row.
#[track_caller]
pub fn same(fast: &str, slow: &str) {
    let (a, b) = (tables(fast), tables(slow));
    match (a, b) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{fast}\nversus\n{slow}"),
        (Err(a), Err(b)) => assert_eq!(a.to_string().rsplit(':').next(), b.to_string().rsplit(':').next()),
        (a, b) => panic!("{fast}: {a:?}\n{slow}: {b:?}"),
    }
}

#[test]
fn column_wise_and_per_row_paths_agree() {
    for (fast, slow) in [
        ("r._value > 2.0", "{ return r._value > 2.0 }"),
        (
            "r._value > 2 and r.host != \"b\" or r._value < 1.0",
            "{ return r._value > 2 and r.host != \"b\" or r._value < 1.0 }",
        ),
        (
            "r._time >= 2021-01-01T00:00:10Z",
            "{ return r._time >= 2021-01-01T00:00:10Z }",
        ),
        ("r.host == 1", "{ return r.host == 1 }"),
    ] {
        same(
            &format!("data |> filter(fn: (r) => {fast})"),
            &format!("data |> filter(fn: (r) => {slow})"),
        );
    }
    for (fast, slow) in [
        (
            "({r with _value: r._value * 2.0})",
            "{ return {r with _value: r._value * 2.0} }",
        ),
        (
            "({r with host: \"z\", n: 1 - r._value})",
            "{ return {r with host: \"z\", n: 1 - r._value} }",
        ),
        (
            "({r with n: 1.0 - r._value, host: r._field + \"!\"})",
            "{ return {r with n: 1.0 - r._value, host: r._field + \"!\"} }",
        ),
        (
            "({v: r._value / 0.0, t: r._time})",
            "{ return {v: r._value / 0.0, t: r._time} }",
        ),
    ] {
        same(
            &format!("data |> map(fn: (r) => {fast})"),
            &format!("data |> map(fn: (r) => {slow})"),
        );
    }
    for (fast, slow) in [
        (
            "({r with q: r._value / 0})",
            "{ return {r with q: r._value / 0} }",
        ),
        (
            "({r with q: 10 / r._value, p: r._value ^ 2})",
            "{ return {r with q: 10 / r._value, p: r._value ^ 2} }",
        ),
    ] {
        same(
            &format!("ints |> map(fn: (r) => {fast})"),
            &format!("ints |> map(fn: (r) => {slow})"),
        );
    }
}

// A label the function reads that the row lacks is null, as in Go.

#[test]
fn map_missing_label() {
    check(
        r##"data |> map(fn: (r) => ({r with x: r._value * 2.0, y: r.nope}))"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                       x:float  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5                             3  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5                             5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                                              
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4                             8  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                       x:float  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5                             7  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5                             1  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5                             7  
"##,
    );
}

#[test]
fn filter_missing_label() {
    check(
        r##"data |> filter(fn: (r) => r.nope == 1 or r._value > 3.0)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}
