// Package timezone makes the locations that `date` functions take (and the
// `location` option): a named IANA time zone with its daylight-saving rules, or a
// fixed offset from UTC.
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.hour(t: 2021-07-01T12:00:00Z, location: timezone.location(name: "Europe/Paris"))
// // => 14
// ```
package timezone

// utc is the UTC location, the default.
//
// ## Examples
//
// ```
// import "timezone"
//
// timezone.utc
// // => {offset: 0ns, zone: UTC}
// ```
utc = {zone: "UTC", offset: 0h}

// fixed returns a location a fixed `offset` away from UTC, with no daylight saving.
//
// ## Parameters
// - offset: how far the location's clock is ahead of UTC (negative: behind).
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// date.hour(t: 2021-07-01T12:00:00Z, location: timezone.fixed(offset: -8h))
// // => 4
// ```
fixed = (offset) => ({zone: utc.zone, offset: offset})

// location returns the location of an IANA time zone such as `America/New_York`
// (names are case-sensitive). The zone database is built into flux-rs.
//
// ## Parameters
// - name: the time zone's name.
//
// ## Examples
//
// ```
// import "timezone"
//
// timezone.location(name: "Europe/Berlin")
// // => {offset: 0ns, zone: Europe/Berlin}
// ```
builtin location : (name: string) => {zone: string, offset: duration}
