// Package date reads the parts of a time (year, month, day, hour, ...), moves a time
// by calendar durations and truncates times to a unit, in UTC or in a location.
//
// Wherever a function takes a time `t`, a duration works too: it means that long
// from `now()` (`-1h` is an hour ago). Functions with a `location` parameter read the
// wall clock of that location (see the `timezone` package); without one they use the
// `location` option, which is UTC unless a script sets it.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// option location = timezone.location(name: "Asia/Tokyo")
//
// date.hour(t: 2024-06-01T20:00:00Z)
// // => 5
// ```
package date

// second returns the seconds of `t`'s clock, 0 to 59.
//
// ## Examples
//
// ```
// import "date"
//
// date.second(t: 2021-03-14T13:45:27.123456789Z)
// // => 27
// ```
builtin second : (t: T) => int where T: Timeable

// millisecond returns the whole milliseconds of `t`'s current second, 0 to 999.
//
// ## Examples
//
// ```
// import "date"
//
// date.millisecond(t: 2021-03-14T13:45:27.123456789Z)
// // => 123
// ```
builtin millisecond : (t: T) => int where T: Timeable

// microsecond returns the whole microseconds of `t`'s current second, 0 to 999999.
//
// ## Examples
//
// ```
// import "date"
//
// date.microsecond(t: 2021-03-14T13:45:27.123456789Z)
// // => 123456
// ```
builtin microsecond : (t: T) => int where T: Timeable

// nanosecond returns the nanoseconds of `t`'s current second, 0 to 999999999.
//
// ## Examples
//
// ```
// import "date"
//
// date.nanosecond(t: 2021-03-14T13:45:27.123456789Z)
// // => 123456789
// ```
builtin nanosecond : (t: T) => int where T: Timeable

// time returns the wall-clock time of `t` in `location`, written as if it were UTC.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.time(t: 2021-03-14T13:45:27Z, location: timezone.location(name: "America/New_York"))
// // => 2021-03-14T09:45:27.000000000Z
// ```
builtin time : (t: T, ?location: {zone: string, offset: duration}) => time where T: Timeable

// minute returns the minutes of the clock in `location` at `t`, 0 to 59.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.minute(t: 2021-03-14T13:45:27Z)
// // => 45
// date.minute(t: 2021-03-14T13:45:27Z, location: timezone.location(name: "Asia/Kolkata"))
// // => 15
// ```
builtin minute : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// hour returns the hour of the clock in `location` at `t`, 0 to 23.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.hour(t: 2021-03-14T13:45:27Z)
// // => 13
// date.hour(t: 2021-03-14T13:45:27Z, location: timezone.fixed(offset: -8h))
// // => 5
// ```
builtin hour : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// weekDay returns the day of the week in `location` at `t`: 0 is Sunday, 6 Saturday
// (`date.Sunday` ... `date.Saturday`).
//
// ## Examples
//
// ```
// import "date"
//
// date.weekDay(t: 2021-03-14T13:45:27Z) == date.Sunday
// // => true
// ```
builtin weekDay : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// monthDay returns the day of the month in `location` at `t`, 1 to 31.
//
// ## Examples
//
// ```
// import "date"
//
// date.monthDay(t: 2021-03-14T13:45:27Z)
// // => 14
// ```
builtin monthDay : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// yearDay returns the day of the year in `location` at `t`, 1 to 366.
//
// ## Examples
//
// ```
// import "date"
//
// date.yearDay(t: 2021-12-31T13:45:27Z)
// // => 365
// ```
builtin yearDay : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// month returns the month in `location` at `t`, 1 (January) to 12 (December).
//
// ## Examples
//
// ```
// import "date"
//
// date.month(t: 2021-03-14T13:45:27Z) == date.March
// // => true
// ```
builtin month : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// year returns the year in `location` at `t`.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.year(t: 2021-12-31T20:00:00Z, location: timezone.location(name: "Asia/Tokyo"))
// // => 2022
// ```
builtin year : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// week returns the ISO 8601 week of the year in `location` at `t`, 1 to 53. Weeks
// start on Monday, and week 1 is the one holding the year's first Thursday, so the
// first days of January may be in the last week of the year before.
//
// ## Examples
//
// ```
// import "date"
//
// date.week(t: 2021-01-01T13:45:27Z)
// // => 53
// date.week(t: 2018-12-31T13:45:27Z)
// // => 1
// ```
builtin week : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// quarter returns the quarter of the year in `location` at `t`, 1 to 4.
//
// ## Examples
//
// ```
// import "date"
//
// date.quarter(t: 2021-08-14T13:45:27Z)
// // => 3
// ```
builtin quarter : (t: T, ?location: {zone: string, offset: duration}) => int where T: Timeable

// add adds the duration `d` to the time `to` on the wall clock of `location`.
// Months and years move the calendar date, keeping the clock; a day past the end of
// the new month becomes its last day. Days keep the clock across a DST change.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.add(d: 1mo, to: 2021-01-31T12:00:00Z)
// // => 2021-02-28T12:00:00.000000000Z
// date.add(d: 1d, to: 2021-03-13T12:00:00Z, location: timezone.location(name: "America/New_York"))
// // => 2021-03-14T11:00:00.000000000Z
// ```
builtin add : (d: duration, to: T, ?location: {zone: string, offset: duration}) => time where T: Timeable

// sub subtracts the duration `d` from the time `from`, with the calendar rules of `add`.
//
// ## Examples
//
// ```
// import "date"
//
// date.sub(d: 1mo1d, from: 2021-03-31T12:00:00Z)
// // => 2021-02-27T12:00:00.000000000Z
// ```
builtin sub : (from: T, d: duration, ?location: {zone: string, offset: duration}) => time where T: Timeable

// truncate rounds `t` down to a whole `unit` on the wall clock of `location`: to the
// second, minute, hour, day, week (weeks count from Thursday 1970-01-01), month or
// year. `unit` must be positive and may not mix months with smaller units. A day
// starts at local midnight, also on the day of a DST change.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.truncate(t: 2021-03-14T13:45:27Z, unit: 1mo)
// // => 2021-03-01T00:00:00.000000000Z
// date.truncate(t: 2021-03-14T13:45:27Z, unit: 1d, location: timezone.location(name: "America/New_York"))
// // => 2021-03-14T05:00:00.000000000Z
// ```
builtin truncate : (t: T, unit: duration, ?location: {zone: string, offset: duration}) => time
    where
    T: Timeable

// scale multiplies the duration `d` by `n`, each unit separately (`1mo2h` times 3 is
// `3mo6h`).
//
// ## Examples
//
// ```
// import "date"
//
// date.scale(d: 1mo2h, n: -3)
// // => -3mo6h
// ```
builtin scale : (d: duration, n: int) => duration

// The days of the week, as `weekDay` returns them: `Sunday` is 0, `Saturday` 6.
//
// ## Examples
//
// ```
// import "date"
//
// date.Friday
// // => 5
// ```
Sunday = 0
Monday = 1
Tuesday = 2
Wednesday = 3
Thursday = 4
Friday = 5
Saturday = 6

// The months, as `month` returns them: `January` is 1, `December` 12.
//
// ## Examples
//
// ```
// import "date"
//
// date.December
// // => 12
// ```
January = 1
February = 2
March = 3
April = 4
May = 5
June = 6
July = 7
August = 8
September = 9
October = 10
November = 11
December = 12
