// Package join joins two streams of tables row by row.
//
// Tables of the two streams pair by group key; within a pair, rows pair where the
// columns compared by `on` are equal, and `as` builds each output row from the left
// row `l` and the right row `r`. Output columns are sorted by label.
package join


// tables joins `left` and `right` with the given method.
//
// Rows without a partner are dropped by `"inner"`; `"left"`, `"right"` and `"full"` keep
// those of the left, the right or both sides, joined with a row of nulls that holds the
// group key's values. `as` must keep the group key's values.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - on: the join predicate, `l.column == r.column` comparisons joined with `and`.
// - as: builds an output record from `l` and `r`.
// - method: `"inner"`, `"left"`, `"right"` or `"full"`.
//
// ## Examples
//
// ```
// import "array"
// import "join"
//
// left = array.from(rows: [{id: 1, a: "x"}, {id: 2, a: "y"}])
// right = array.from(rows: [{id: 2, b: 2.5}])
// join.tables(left: left, right: right, on: (l, r) => l.id == r.id, as: (l, r) => ({l with b: r.b}), method: "left")
//     |> findColumn(fn: (key) => true, column: "b")
// // => [<null>, 2.5]
// ```
builtin tables : (
        <-left: stream[L],
        right: stream[R],
        on: (l: L, r: R) => bool,
        as: (l: L, r: R) => A,
        method: string,
    ) => stream[A]
    where
    A: Record,
    L: Record,
    R: Record

// time joins `left` and `right` on their `_time` columns.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - as: builds an output record from `l` and `r`.
// - method: the join method, `"inner"` by default.
time = (left=<-, right, as, method="inner") =>
    tables(
        left: left,
        right: right,
        on: (l, r) => l._time == r._time,
        as: as,
        method: method,
    )

// inner keeps only rows that have a partner on the other side.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - on: the join predicate.
// - as: builds an output record from `l` and `r`.
inner = (left=<-, right, on, as) => tables(left: left, right: right, on: on, as: as, method: "inner")

// full keeps every row of both sides; a row without a partner meets a row of nulls.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - on: the join predicate.
// - as: builds an output record from `l` and `r`.
full = (left=<-, right, on, as) => tables(left: left, right: right, on: on, as: as, method: "full")

// left keeps every row of the left side; one without a partner meets a row of nulls.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - on: the join predicate.
// - as: builds an output record from `l` and `r`.
left = (left=<-, right, on, as) => tables(left: left, right: right, on: on, as: as, method: "left")

// right keeps every row of the right side; one without a partner meets a row of nulls.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - on: the join predicate.
// - as: builds an output record from `l` and `r`.
right = (left=<-, right, on, as) => tables(left: left, right: right, on: on, as: as, method: "right")
