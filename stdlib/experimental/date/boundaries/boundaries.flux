// Package boundaries gives the start and stop of common calendar periods around
// today (yesterday, a day of the week, a week, a month) as `{start, stop}` records,
// ready for `range(start: b.start, stop: b.stop)`. Days begin at midnight on the clock
// of the `location` option, like `today()`.
//
// ## Examples
//
// ```
// import "experimental/date/boundaries"
//
// option now = () => 2024-05-08T10:00:00Z
//
// boundaries.yesterday().start
// // => 2024-05-07T00:00:00.000000000Z
// ```
package boundaries

import "date"

// yesterday returns the day before today: from its midnight to today's.
//
// ## Examples
//
// ```
// import "experimental/date/boundaries"
//
// option now = () => 2024-05-08T10:00:00Z
//
// boundaries.yesterday().stop
// // => 2024-05-08T00:00:00.000000000Z
// ```
yesterday = () => ({start: date.sub(d: 1d, from: today()), stop: today()})

// _lastDay is midnight of the latest `day` of the week (0 Sunday ... 6 Saturday)
// before `from`: a week back when `from` is that day itself.
_lastDay = (day, from) => {
    back = (date.weekDay(t: from) - day + 7) % 7
    span = if back == 0 then 1w else date.scale(d: 1d, n: back)

    return date.truncate(t: date.sub(d: span, from: from), unit: 1d)
}

// _dayOf is the whole latest `day` of the week before today.
_dayOf = (day) => {
    start = _lastDay(day: day, from: today())

    return {start: start, stop: date.add(d: 1d, to: start)}
}

// monday returns the last Monday before today, from midnight to midnight (a week
// ago when today is Monday). `tuesday` ... `sunday` do the same for their day.
//
// ## Examples
//
// ```
// import "experimental/date/boundaries"
//
// option now = () => 2024-05-08T10:00:00Z
//
// boundaries.monday().start
// // => 2024-05-06T00:00:00.000000000Z
// boundaries.wednesday().start
// // => 2024-05-01T00:00:00.000000000Z
// boundaries.sunday().stop
// // => 2024-05-06T00:00:00.000000000Z
// ```
monday = () => _dayOf(day: date.Monday)
tuesday = () => _dayOf(day: date.Tuesday)
wednesday = () => _dayOf(day: date.Wednesday)
thursday = () => _dayOf(day: date.Thursday)
friday = () => _dayOf(day: date.Friday)
saturday = () => _dayOf(day: date.Saturday)
sunday = () => _dayOf(day: date.Sunday)

// month returns the current calendar month, or the one `month_offset` months away
// (-1 is last month).
//
// ## Parameters
// - month_offset: months to move from the current month (default 0).
//
// ## Examples
//
// ```
// import "experimental/date/boundaries"
//
// option now = () => 2024-05-08T10:00:00Z
//
// boundaries.month(month_offset: -1)
// // => {start: 2024-04-01T00:00:00.000000000Z, stop: 2024-05-01T00:00:00.000000000Z}
// ```
month = (month_offset=0) => {
    start = date.add(d: date.scale(d: 1mo, n: month_offset), to: date.truncate(t: today(), unit: 1mo))

    return {start: start, stop: date.add(d: 1mo, to: start)}
}

// week returns the current week, starting on Monday (on Sunday with
// `start_sunday: true`), or the week `week_offset` weeks away.
//
// ## Parameters
// - week_offset: weeks to move from the current week (default 0).
// - start_sunday: whether weeks start on Sunday (default false: Monday).
//
// ## Examples
//
// ```
// import "experimental/date/boundaries"
//
// option now = () => 2024-05-08T10:00:00Z
//
// boundaries.week()
// // => {start: 2024-05-06T00:00:00.000000000Z, stop: 2024-05-13T00:00:00.000000000Z}
// boundaries.week(week_offset: -1, start_sunday: true).start
// // => 2024-04-28T00:00:00.000000000Z
// ```
week = (week_offset=0, start_sunday=false) => {
    first = if start_sunday then date.Sunday else date.Monday
    from = if week_offset != 0 then date.add(d: date.scale(d: 1w, n: week_offset), to: today()) else today()
    before = _lastDay(day: first, from: from)
    start = if date.weekDay(t: today()) == date.weekDay(t: before) then date.add(d: 1w, to: before) else before

    return {start: start, stop: date.add(d: 1w, to: start)}
}
