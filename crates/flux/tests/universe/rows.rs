//! Column, grouping and ordering transformations.

use super::*;

#[test]
fn range() {
    check(
        r##"data |> range(start: 2021-01-01T00:00:05Z, stop: 2021-01-01T00:00:35Z)"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       a  2021-01-01T00:00:20.000000000Z                                
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
"##,
    );
}

#[test]
fn range_int() {
    check(
        r##"data |> range(start: 1609459205, stop: 1609459235)"##,
        r##"Result: _result
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       a  2021-01-01T00:00:20.000000000Z                                
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_start, _stop, _field, host]
                   _start:time                      _stop:time           _field:string             host:string                      _time:time                  _value:float  
------------------------------  ------------------------------  ----------------------  ----------------------  ------------------------------  ----------------------------  
2021-01-01T00:00:05.000000000Z  2021-01-01T00:00:35.000000000Z                   usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
"##,
    );
}

#[test]
fn keep() {
    check(
        r##"data |> keep(columns: ["_time", "_value"])"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float  
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
fn keep_fn() {
    check(
        r##"data |> keep(fn: (column) => column =~ /^_/)"##,
        r##"Result: _result
Table: keys: [_field]
         _field:string                      _time:time                  _value:float  
----------------------  ------------------------------  ----------------------------  
                 usage  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage  2021-01-01T00:00:20.000000000Z                                
                 usage  2021-01-01T00:00:30.000000000Z                             4  
                 usage  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn drop() {
    check(
        r##"data |> drop(columns: ["host"])"##,
        r##"Result: _result
Table: keys: [_field]
         _field:string                      _time:time                  _value:float  
----------------------  ------------------------------  ----------------------------  
                 usage  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage  2021-01-01T00:00:20.000000000Z                                
                 usage  2021-01-01T00:00:30.000000000Z                             4  
                 usage  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn rename() {
    check(
        r##"data |> rename(columns: {_value: "v", host: "h"})"##,
        r##"Result: _result
Table: keys: [_field, h]
         _field:string                h:string                      _time:time                       v:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, h]
         _field:string                h:string                      _time:time                       v:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn rename_fn() {
    check(
        r##"data |> rename(fn: (column) => column + "_x")"##,
        r##"Result: _result
Table: keys: [_field_x, host_x]
       _field_x:string           host_x:string                    _time_x:time                _value_x:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field_x, host_x]
       _field_x:string           host_x:string                    _time_x:time                _value_x:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn duplicate() {
    check(
        r##"data |> duplicate(column: "host", as: "h")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                h:string  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5                       a  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5                       a  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                                     a  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4                       a  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float                h:string  
----------------------  ----------------------  ------------------------------  ----------------------------  ----------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5                       b  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5                       b  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5                       b  
"##,
    );
}

#[test]
fn set() {
    check(
        r##"data |> set(key: "host", value: "x")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       x  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       x  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       x  2021-01-01T00:00:20.000000000Z                                
                 usage                       x  2021-01-01T00:00:30.000000000Z                             4  
                 usage                       x  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       x  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       x  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn group_none() {
    check(
        r##"data |> group()"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:float           _field:string             host:string  
------------------------------  ----------------------------  ----------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           1.5                   usage                       a  
2021-01-01T00:00:10.000000000Z                           2.5                   usage                       a  
2021-01-01T00:00:20.000000000Z                                                 usage                       a  
2021-01-01T00:00:30.000000000Z                             4                   usage                       a  
2021-01-01T00:00:00.000000000Z                           3.5                   usage                       b  
2021-01-01T00:00:10.000000000Z                           0.5                   usage                       b  
2021-01-01T00:00:40.000000000Z                           3.5                   usage                       b  
"##,
    );
}

#[test]
fn group_by() {
    check(
        r##"ints |> group(columns: ["t"])"##,
        r##"Result: _result
Table: keys: [t]
              t:string                      _time:time                  _value:int  
----------------------  ------------------------------  --------------------------  
                     x  2021-01-01T00:00:00.000000000Z                           3  
                     x  2021-01-01T00:00:20.000000000Z                           7  
Table: keys: [t]
              t:string                      _time:time                  _value:int  
----------------------  ------------------------------  --------------------------  
                     y  2021-01-01T00:00:10.000000000Z                           1  
"##,
    );
}

#[test]
fn group_except() {
    check(
        r##"data |> group(columns: ["_time", "_value"], mode: "except")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn sort() {
    check(
        r##"data |> sort(columns: ["_value"], desc: true)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
"##,
    );
}

#[test]
fn sort_default() {
    check(
        r##"ints |> sort()"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:10.000000000Z                           1                       y  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:20.000000000Z                           7                       x  
"##,
    );
}

#[test]
fn limit() {
    check(
        r##"data |> limit(n: 2, offset: 1)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn tail() {
    check(
        r##"data |> tail(n: 1)"##,
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
fn columns() {
    check(
        r##"data |> columns()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string           _value:string  
----------------------  ----------------------  ----------------------  
                 usage                       a                   _time  
                 usage                       a                  _value  
                 usage                       a                  _field  
                 usage                       a                    host  
Table: keys: [_field, host]
         _field:string             host:string           _value:string  
----------------------  ----------------------  ----------------------  
                 usage                       b                   _time  
                 usage                       b                  _value  
                 usage                       b                  _field  
                 usage                       b                    host  
"##,
    );
}

#[test]
fn keys() {
    check(
        r##"data |> keys()"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string           _value:string  
----------------------  ----------------------  ----------------------  
                 usage                       a                  _field  
                 usage                       a                    host  
Table: keys: [_field, host]
         _field:string             host:string           _value:string  
----------------------  ----------------------  ----------------------  
                 usage                       b                  _field  
                 usage                       b                    host  
"##,
    );
}

#[test]
fn key_values() {
    check(
        r##"data |> keyValues(keyColumns: ["host"])"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string             _key:string           _value:string  
----------------------  ----------------------  ----------------------  ----------------------  
                 usage                       a                    host                       a  
Table: keys: [_field, host]
         _field:string             host:string             _key:string           _value:string  
----------------------  ----------------------  ----------------------  ----------------------  
                 usage                       b                    host                       b  
"##,
    );
}

#[test]
fn fill_value() {
    check(
        r##"data |> fill(value: 0.0)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                             0  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn fill_previous() {
    check(
        r##"data |> fill(usePrevious: true)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn pivot() {
    check(
        r##"data |> group() |> pivot(rowKey: ["_time"], columnKey: ["host"], valueColumn: "_value")"##,
        r##"Result: _result
Table: keys: []
                    _time:time                       a:float                       b:float  
------------------------------  ----------------------------  ----------------------------  
2021-01-01T00:00:00.000000000Z                           1.5                           3.5  
2021-01-01T00:00:10.000000000Z                           2.5                           0.5  
2021-01-01T00:00:20.000000000Z                                                              
2021-01-01T00:00:30.000000000Z                             4                                
2021-01-01T00:00:40.000000000Z                                                         3.5  
"##,
    );
}

#[test]
fn union() {
    check(
        r##"union(tables: [ints, ints |> set(key: "t", value: "z")])"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:10.000000000Z                           1                       y  
2021-01-01T00:00:20.000000000Z                           7                       x  
2021-01-01T00:00:00.000000000Z                           3                       z  
2021-01-01T00:00:10.000000000Z                           1                       z  
2021-01-01T00:00:20.000000000Z                           7                       z  
"##,
    );
}

#[test]
fn top() {
    check(
        r##"data |> top(n: 2)"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
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
fn bottom() {
    check(
        r##"ints |> bottom(n: 1)"##,
        r##"Result: _result
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:10.000000000Z                           1                       y  
"##,
    );
}

#[test]
fn yield_named() {
    check(
        r##"data |> yield(name: "mine")"##,
        r##"Result: mine
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       a  2021-01-01T00:00:00.000000000Z                           1.5  
                 usage                       a  2021-01-01T00:00:10.000000000Z                           2.5  
                 usage                       a  2021-01-01T00:00:20.000000000Z                                
                 usage                       a  2021-01-01T00:00:30.000000000Z                             4  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:00.000000000Z                           3.5  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
                 usage                       b  2021-01-01T00:00:40.000000000Z                           3.5  
"##,
    );
}

#[test]
fn yield_mid_pipeline_is_a_result_too() {
    // Go prints both results (in an order that varies from run to run); we print them in
    // pipeline order.
    check(
        r##"ints |> yield(name: "raw") |> filter(fn: (r) => r._value > 2) |> keep(columns: ["_value"])"##,
        r##"Result: raw
Table: keys: []
                    _time:time                  _value:int                t:string  
------------------------------  --------------------------  ----------------------  
2021-01-01T00:00:00.000000000Z                           3                       x  
2021-01-01T00:00:10.000000000Z                           1                       y  
2021-01-01T00:00:20.000000000Z                           7                       x  
Result: _result
Table: keys: []
                _value:int  
--------------------------  
                         3  
                         7  
"##,
    );
}

#[test]
fn yield_in_a_binding_is_a_result() {
    check(
        r##"kept = ints |> keep(columns: ["t"]) |> yield(name: "kept")"##,
        r##"Result: kept
Table: keys: []
              t:string  
----------------------  
                     x  
                     y  
                     x  
"##,
    );
}
