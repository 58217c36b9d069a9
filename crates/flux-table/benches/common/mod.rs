//! Generated data for the benchmarks: a query answer as InfluxDB writes it, `tables` tables of
//! `rows` rows with the columns `_start`, `_stop`, `_time`, `_value`, `_field`, `_measurement`,
//! `host` (all but `_time` and `_value` in the group key; one host per table).
//!
//! The text is written directly (not by encoding tables), so making it leaves no freed column
//! memory behind for a decoder to reuse, which would hide its true peak.

use flux_table::Stream;
use flux_table::text::write_float;
use flux_table::time::write_rfc3339_nano;

const START: i64 = 1_527_000_000_000_000_000;
const STEP: i64 = 10_000_000_000;

/// Annotated CSV of `tables` tables of `rows` rows, CRLF, ending with the result's blank line.
pub fn csv_text(tables: usize, rows: usize) -> Vec<u8> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut out = Vec::new();
    out.extend_from_slice(
        b"#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string,string\r\n\
          #group,false,false,true,true,false,false,true,true,true\r\n\
          #default,_result,,,,,,,,\r\n\
          ,result,table,_start,_stop,_time,_value,_field,_measurement,host\r\n",
    );
    let mut start = Vec::new();
    write_rfc3339_nano(&mut start, START);
    let mut stop = Vec::new();
    write_rfc3339_nano(&mut stop, START + rows as i64 * STEP);
    for t in 0..tables {
        for r in 0..rows {
            out.extend_from_slice(b",,");
            out.extend_from_slice(itoa::Buffer::new().format(t).as_bytes());
            out.push(b',');
            out.extend_from_slice(&start);
            out.push(b',');
            out.extend_from_slice(&stop);
            out.push(b',');
            write_rfc3339_nano(&mut out, START + r as i64 * STEP);
            out.push(b',');
            // A gauge with up to three decimals.
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            write_float(&mut out, (seed % 100_000) as f64 / 1000.0);
            out.extend_from_slice(b",usage_idle,cpu,host-");
            out.extend_from_slice(format!("{t:04}").as_bytes());
            out.extend_from_slice(b"\r\n");
        }
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// Bytes of data in the arrays of a stream (what "the decoded columns" weigh): values, offsets
/// and validity bits, not the unused capacity of their buffers.
#[allow(dead_code)]
pub fn column_bytes(stream: &Stream) -> usize {
    use arrow_array::Array;
    stream
        .tables()
        .iter()
        .flat_map(|t| t.arrays())
        .map(|a| a.to_data().get_slice_memory_size().unwrap_or(0))
        .sum()
}
