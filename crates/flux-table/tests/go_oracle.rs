//! Floats and times written by this crate against the same values written by Go's standard
//! library (`strconv.FormatFloat(f, 'f', -1, 64)`, `time.Format(time.RFC3339Nano)` and the fixed
//! nine-digit layout of the `flux` command). The data file holds Go's output for random values:
//! `f BITS TEXT` and `t NANOS RFC3339NANO FIXED` lines.

use flux_table::text::{parse_float, write_float};
use flux_table::time::{format_fixed_nanos, format_rfc3339_nano, parse_rfc3339};

const DATA: &str = include_str!("data/go_strconv_time.txt");

#[test]
fn floats_and_times_match_go() {
    let mut wrong = Vec::new();
    for line in DATA.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["f", bits, go] => {
                let value = f64::from_bits(bits.parse().unwrap_or_default());
                let mut ours = Vec::new();
                write_float(&mut ours, value);
                let back = parse_float(go.as_bytes()).map(f64::to_bits);
                if ours != go.as_bytes() || back != Ok(value.to_bits()) {
                    wrong.push(format!("{line}: wrote {}", String::from_utf8_lossy(&ours)));
                }
            }
            ["t", nanos, rfc, fixed] => {
                let nanos: i64 = nanos.parse().unwrap_or_default();
                if format_rfc3339_nano(nanos) != *rfc
                    || format_fixed_nanos(nanos) != *fixed
                    || parse_rfc3339(rfc) != Ok(nanos)
                    || parse_rfc3339(fixed) != Ok(nanos)
                {
                    wrong.push(format!("{line}: wrote {}", format_rfc3339_nano(nanos)));
                }
            }
            _ => wrong.push(format!("bad data line {line}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(DATA.lines().count() > 1900);
}
