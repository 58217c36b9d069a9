//! universe's table functions, one test each: a pipeline over a small data set and the
//! tables the Go `flux` command (v0.196.1) prints for the same script, as expected text.

use flux::Value;

/// The data every test starts from: `data` (two float series, one null) and `ints`.
const PRELUDE: &str = r##"import "csv"
import "array"
data = csv.from(csv: "#datatype,string,long,dateTime:RFC3339,double,string,string
#group,false,false,false,false,true,true
#default,_result,,,,,
,result,table,_time,_value,_field,host
,,0,2021-01-01T00:00:00Z,1.5,usage,a
,,0,2021-01-01T00:00:10Z,2.5,usage,a
,,0,2021-01-01T00:00:20Z,,usage,a
,,0,2021-01-01T00:00:30Z,4,usage,a
,,1,2021-01-01T00:00:00Z,3.5,usage,b
,,1,2021-01-01T00:00:10Z,0.5,usage,b
,,1,2021-01-01T00:00:40Z,3.5,usage,b
")
ints = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 3, t: "x"}, {_time: 2021-01-01T00:00:10Z, _value: 1, t: "y"}, {_time: 2021-01-01T00:00:20Z, _value: 7, t: "x"}])
"##;

/// What the script `PRELUDE + src` prints as the Go `flux` command does, each stream
/// statement under its result name.
fn tables(src: &str) -> Result<String, flux::Error> {
    let mut out = Vec::new();
    flux::Runtime::new().run(&format!("{PRELUDE}{src}\n"), |v| {
        if let Value::Stream(s) = v {
            flux::table::format::write_result(&mut out, s.name().unwrap_or("_result"), &s)
                .expect("writing to a Vec");
        }
    })?;
    Ok(String::from_utf8(out).expect("UTF-8 output"))
}

#[track_caller]
fn check(src: &str, want: &str) {
    match tables(src) {
        Ok(got) => assert_eq!(got, want, "script: {src}"),
        Err(e) => panic!("script: {src}\nunexpected error: {e}"),
    }
}

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
    check(
        r##"data |> filter(fn: (r) => r._value < 1.0, onEmpty: "keep")"##,
        r##"Result: _result
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
Table: keys: [_field, host]
         _field:string             host:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                 usage                       b  2021-01-01T00:00:10.000000000Z                           0.5  
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

/// `PRELUDE + src` fails with an error whose text contains `part` (Go's wording, checked
/// against the Go `flux` command).
#[track_caller]
fn fails(src: &str, part: &str) {
    match tables(src) {
        Ok(got) => panic!("script: {src}\nexpected an error containing {part:?}, got\n{got}"),
        Err(e) => {
            let text = e.to_string();
            assert!(
                text.contains(part),
                "script: {src}\nerror {text:?} does not contain {part:?}"
            );
        }
    }
}

#[test]
fn errors_use_gos_words() {
    fails(
        "data |> keep()",
        "keep error: neither column list nor predicate function provided",
    );
    fails(
        "data |> keep(columns: [\"a\"], fn: (column) => true)",
        "keep error: both column list and predicate provided",
    );
    fails(
        "data |> group(columns: [\"host\"], mode: \"bad\")",
        "invalid group mode: must be \"by\" or \"except\"",
    );
    fails(
        "data |> filter(fn: (r) => true, onEmpty: \"bad\")",
        "onEmpty must be keep or drop, was \"bad\"",
    );
    fails(
        "data |> limit(n: 1, offset: -1)",
        "limit offset cannot be negative (-1)",
    );
    fails(
        "data |> sum(column: \"host\")",
        "cannot aggregate columns that are part of the group key",
    );
    fails("data |> mean(column: \"nope\")", "column \"nope\" does not exist");
    fails(
        "data |> tableFind(fn: (key) => true) |> getRecord(idx: 10)",
        "index out of bounds: 10",
    );
    fails(
        "data |> tableFind(fn: (key) => key.host == \"zz\")",
        "no table found",
    );
    fails(
        "data |> tableFind(fn: (key) => true) |> getColumn(column: \"nope\")",
        "cannot find column nope",
    );
    fails(
        "data |> range(start: 2021-01-02T00:00:00Z, stop: 2021-01-01T00:00:00Z)",
        "cannot query an empty range",
    );
    fails(
        "data |> fill(value: 1, usePrevious: true)",
        "fill requires exactly one of value or usePrevious",
    );
    fails("data |> fill(value: 1)", "fill column type mismatch: float/int");
    fails(
        "data |> stddev(mode: \"bad\")",
        "\"bad\" is not a valid standard deviation mode",
    );
    fails("data |> quantile(q: 2.0)", "quantile must be between 0 and 1");
    fails(
        "data |> pivot(rowKey: [\"_time\"], columnKey: [\"_time\"], valueColumn: \"_value\")",
        "column name found in both rowKey and colKey: _time",
    );
    fails(
        "data |> duplicate(column: \"nope\", as: \"x\")",
        "duplicate error: column \"nope\" doesn't exist",
    );
    fails(
        "data |> rename(columns: {nope: \"x\"})",
        "rename error: column \"nope\" doesn't exist",
    );
    fails(
        "data |> window(every: 0s)",
        "window function requires at least one of \"every\" or \"period\" to be set and non-zero",
    );
    fails(
        "data |> movingAverage(n: 0)",
        "cannot take moving average with a period of 0 (must be greater than 0)",
    );
    fails(
        "data |> derivative(timeColumn: \"nope\")",
        "no column \"nope\" exists",
    );
    // Go rejects this one when type checking (`type conflict: bool != float`).
    fails(
        "data |> filter(fn: (r) => r._value)",
        "row predicate function does not evaluate to a boolean",
    );
    fails(
        "data |> map(fn: (r) => ({r with x: 1m}))",
        "map object property \"x\" is duration type which is not supported in a flux table",
    );
    fails(
        "union(tables: [data])",
        "union must have at least two streams as input",
    );
}

/// Both paths of `filter` and `map` give the same tables: the recognised lambda and the
/// same function written with a block body, which is always called per row.
#[track_caller]
fn same(fast: &str, slow: &str) {
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
