package types

builtin a : int
builtin b : A
builtin c : [string]
builtin d : [string:int]
builtin e : stream[{A with _value: B}]
builtin f : vector[float]
builtin g : {a: int, "b c": string}
builtin h : (v: A) => string
builtin i : (<-tables: stream[A], ?n: int, fn: (r: A) => bool) => stream[A] where A: Record
builtin j : (x: A, y: B) => A where A: Numeric + Comparable, B: Equatable
builtin k : () => dynamic
builtin l : (?host: string, ?token: string) => {statusCode: int, body: bytes, headers: [string:string]}
