// A small universe for tests and benches: builtin declarations only.
package universe
builtin true : bool
builtin false : bool
builtin string : (v: A) => string
builtin int : (v: A) => int
builtin float : (v: A) => float
builtin length : (arr: [A]) => int
builtin isType : (v: A, type: string) => bool where A: Basic
builtin findColumn : () => [A] where A: Record
builtin yield : (<-tables: stream[A], ?name: string) => stream[A] where A: Record
builtin filter : (<-tables: stream[A], fn: (r: A) => bool, ?onEmpty: string) => stream[A] where A: Record
builtin map : (<-tables: stream[A], fn: (r: A) => B, ?mergeKey: bool) => stream[B]
builtin from : (bucket: string) => stream[{A with _value: B, _time: time}]
builtin mean : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record
builtin range : (<-tables: stream[{A with _time: time}], start: B, ?stop: C) => stream[{A with _time: time}]
builtin aggregateWindow : (<-tables: stream[A], every: duration, fn: (<-tables: stream[B], column: string) => stream[C]) => stream[D] where A: Record, B: Record, C: Record, D: Record
builtin now : () => time
builtin dyn : dynamic
builtin asArray : (v: dynamic) => [dynamic]
builtin fn : (v: A) => bool where A: Record
