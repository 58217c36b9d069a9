//! Reading annotated CSV into results (see the module documentation for the rules).

use std::io::{self, Read};
use std::sync::Arc;

use csv::ByteRecord;

use super::{CsvError, Mode, NamedStream};
use crate::text::{self, NumberError};
use crate::time;
use crate::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table};

/// Read `input` (annotated CSV, or plain CSV in [`Mode::Raw`]) into its results, in order.
///
/// ```
/// use flux_table::csv::{decode, Mode};
/// use flux_table::Scalar;
///
/// let input = "#datatype,string,long,string,double\n\
///              #group,false,false,true,false\n\
///              #default,_result,,,\n\
///              ,result,table,host,_value\n\
///              ,,0,a,1.5\n\
///              ,,1,b,2.5\n";
/// let results = decode(input.as_bytes(), Mode::Annotations)?;
/// assert_eq!(results.len(), 1);
/// assert_eq!(results[0].name, "_result");
/// let tables = results[0].stream.tables();
/// assert_eq!(tables.len(), 2);
/// assert_eq!(tables[1].key().value("host"), Some(&Scalar::String("b".into())));
/// assert_eq!(tables[1].cell(1, 0), Scalar::Float(2.5));
/// # Ok::<(), flux_table::csv::CsvError>(())
/// ```
pub fn decode(input: &[u8], mode: Mode) -> Result<Vec<NamedStream>, CsvError> {
    let input = input.strip_prefix(BYTE_ORDER_MARK).unwrap_or(input);
    decode_lines(&mut Lines::new(input), mode)
}

/// Read CSV from `reader` as [`decode`] reads a slice, a buffer at a time: the text is never
/// held whole (a file of any size needs only the memory of its decoded columns). A failure to
/// read is an error naming the line it happened on.
pub fn decode_reader<R: Read>(mut reader: R, mode: Mode) -> Result<Vec<NamedStream>, CsvError> {
    let head = read_head(&mut reader).map_err(|e| CsvError::invalid(1, e.to_string()))?;
    let skip = if head == BYTE_ORDER_MARK { head.len() } else { 0 };
    let mut head = io::Cursor::new(head);
    head.set_position(skip as u64);
    decode_lines(&mut Lines::new(head.chain(reader)), mode)
}

const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// The first bytes of `reader`, as many as a byte-order mark has (fewer at the end of input).
fn read_head(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(BYTE_ORDER_MARK.len());
    reader
        .by_ref()
        .take(BYTE_ORDER_MARK.len() as u64)
        .read_to_end(&mut head)?;
    Ok(head)
}

fn decode_lines<R: Read>(lines: &mut Lines<R>, mode: Mode) -> Result<Vec<NamedStream>, CsvError> {
    match mode {
        Mode::Annotations => decode_annotated(lines),
        Mode::Raw => decode_raw(lines),
    }
}

/// Rows read so far estimate how many the next table has (tables in a result are often alike).
const FIRST_CAPACITY: usize = 64;

fn decode_annotated<R: Read>(lines: &mut Lines<R>) -> Result<Vec<NamedStream>, CsvError> {
    let mut results = Vec::new();
    let Some(mut meta) = read_metadata(lines)? else {
        return Ok(results);
    };
    let mut capacity = FIRST_CAPACITY;
    loop {
        let name = meta.result.clone();
        let mut tables = Vec::new();
        let next_meta = loop {
            let table = read_table(lines, &meta, capacity)?;
            capacity = table.num_rows().max(FIRST_CAPACITY);
            tables.push(table);
            if !lines.advance()? {
                break None;
            }
            let annotation = !lines.field(0).is_empty();
            lines.unread();
            if annotation {
                match read_metadata(lines)? {
                    None => break None,
                    Some(m) if m.result != name => break Some(m),
                    Some(m) => meta = m,
                }
            }
        };
        results.push(NamedStream {
            name,
            stream: Stream::new(tables),
        });
        match next_meta {
            Some(m) => meta = m,
            None => return Ok(results),
        }
    }
}

fn decode_raw<R: Read>(lines: &mut Lines<R>) -> Result<Vec<NamedStream>, CsvError> {
    if !lines.advance()? {
        return Ok(Vec::new());
    }
    let columns = lines
        .record
        .iter()
        .map(|label| {
            Ok(ColumnMeta {
                label: utf8(label, lines.line)?.into(),
                ty: ColumnType::String,
                time_format: TimeFormat::Rfc3339,
                group: false,
                default: Scalar::Null,
            })
        })
        .collect::<Result<Vec<_>, CsvError>>()?;
    let width = columns.len();
    let mut builders = new_builders(&columns, FIRST_CAPACITY);
    while lines.advance()? {
        if lines.record.len() != width {
            return Err(wrong_field_count(lines, width));
        }
        for (i, (col, builder)) in columns.iter().zip(&mut builders).enumerate() {
            builder.push_cell(col, &lines.record[i], lines.line)?;
        }
    }
    let table = finish_table(GroupKey::empty(), &columns, builders, lines.line)?;
    Ok(vec![NamedStream {
        name: "_result".into(),
        stream: Stream::new(vec![table]),
    }])
}

/// What an annotation block and header say about the tables after them.
struct Meta {
    result: String,
    /// The `#default` row's table id (used by a table without rows).
    table_id: Vec<u8>,
    columns: Vec<ColumnMeta>,
    /// Number of fields of every row, the three leading columns included.
    width: usize,
    header_line: u64,
}

struct ColumnMeta {
    label: Arc<str>,
    ty: ColumnType,
    time_format: TimeFormat,
    group: bool,
    default: Scalar,
}

#[derive(Clone, Copy)]
enum TimeFormat {
    Rfc3339,
    UnixNanos,
}

/// The index of the first data column (after the annotation, `result` and `table` columns).
const FIRST_DATA: usize = 3;

/// Read an annotation block and its header. `None` at the end of the input.
fn read_metadata<R: Read>(lines: &mut Lines<R>) -> Result<Option<Meta>, CsvError> {
    let mut datatypes: Option<ByteRecord> = None;
    let mut groups: Option<ByteRecord> = None;
    let mut defaults: Option<ByteRecord> = None;
    let mut width = None;
    while datatypes.is_none() || groups.is_none() || defaults.is_none() {
        if !lines.advance()? {
            if datatypes.is_none() && groups.is_none() && defaults.is_none() {
                return Ok(None);
            }
            return Err(missing_annotation(lines.line, true, &datatypes, &groups));
        }
        let n = *width.get_or_insert(lines.record.len());
        if lines.record.len() != n {
            return Err(CsvError::invalid(
                lines.line,
                format!(
                    "annotation row has {} fields, the one before has {n}",
                    lines.record.len()
                ),
            ));
        }
        let first = lines.field(0);
        let name = first.strip_prefix(b"#").unwrap_or(first);
        let slot = match name {
            b"datatype" => &mut datatypes,
            b"group" => &mut groups,
            b"default" => &mut defaults,
            _ if first.starts_with(b"#") => continue, // an annotation Flux does not use
            _ => return Err(missing_annotation(lines.line, false, &datatypes, &groups)),
        };
        if n < FIRST_DATA {
            let name = String::from_utf8_lossy(name);
            return Err(CsvError::invalid(
                lines.line,
                format!("the {name:?} annotation needs at least {FIRST_DATA} fields"),
            ));
        }
        *slot = Some(lines.record.clone());
    }
    let (Some(datatypes), Some(groups), Some(defaults), Some(width)) = (datatypes, groups, defaults, width)
    else {
        return Err(CsvError::invalid(lines.line, "missing annotation"));
    };
    let result = utf8(&defaults[1], lines.line)?.to_string();
    let table_id = defaults[2].to_vec();
    if !table_id.is_empty() && text::parse_int(&table_id).is_err() {
        return Err(CsvError::invalid(
            lines.line,
            "default Table ID is not an integer",
        ));
    }

    if !lines.advance()? {
        return Err(CsvError::invalid(lines.line, "missing expected header row"));
    }
    let header_line = lines.line;
    if lines.record.len() != width {
        return Err(wrong_field_count(lines, width));
    }
    if lines.field(1) == b"error" {
        return Err(read_error_table(lines, width));
    }
    let mut columns = Vec::with_capacity(width - FIRST_DATA);
    for j in FIRST_DATA..width {
        let label: Arc<str> = utf8(&lines.record[j], header_line)?.into();
        let (ty, time_format) = decode_datatype(&datatypes[j]).map_err(|why| {
            CsvError::invalid(
                header_line,
                format!("column {label:?} has invalid datatype: {why}"),
            )
        })?;
        let mut col = ColumnMeta {
            label,
            ty,
            time_format,
            group: &groups[j] == b"true",
            default: Scalar::Null,
        };
        if !defaults[j].is_empty() {
            col.default = decode_scalar(&col, &defaults[j]).map_err(|why| {
                CsvError::invalid(
                    header_line,
                    format!("column {:?} has invalid default value: {why}", col.label),
                )
            })?;
        }
        columns.push(col);
    }
    Ok(Some(Meta {
        result,
        table_id,
        columns,
        width,
        header_line,
    }))
}

/// Go words the hint with a capital at the end of the input and without one before a data row.
fn missing_annotation(
    line: u64,
    at_end: bool,
    datatypes: &Option<ByteRecord>,
    groups: &Option<ByteRecord>,
) -> CsvError {
    let message = if datatypes.is_none() && at_end {
        "missing expected annotation datatype. Consider using the mode: \"raw\" for csv that is not \
         expected to have annotations."
    } else if datatypes.is_none() {
        "missing expected annotation datatype. consider using the mode: \"raw\" for csv that is not \
         expected to have annotations."
    } else if groups.is_none() {
        "missing expected annotation group"
    } else {
        "missing expected annotation default"
    };
    CsvError::invalid(line, message)
}

/// The header said `error`: the next row holds the error (and its reference).
fn read_error_table<R: Read>(lines: &mut Lines<R>, width: usize) -> CsvError {
    match lines.advance() {
        Err(e) => e,
        Ok(false) => CsvError::invalid(lines.line, "error table without an error row"),
        Ok(true) if lines.record.len() != width => wrong_field_count(lines, width),
        Ok(true) => CsvError::Reported {
            message: String::from_utf8_lossy(lines.field(1)).into_owned(),
            reference: String::from_utf8_lossy(lines.field(2)).into_owned(),
        },
    }
}

fn decode_datatype(datatype: &[u8]) -> Result<(ColumnType, TimeFormat), String> {
    let (name, format) = match datatype.iter().position(|&b| b == b':') {
        Some(i) => (&datatype[..i], Some(&datatype[i + 1..])),
        None => (datatype, None),
    };
    let ty = match name {
        b"boolean" => ColumnType::Bool,
        b"long" => ColumnType::Int,
        b"unsignedLong" => ColumnType::UInt,
        b"double" => ColumnType::Float,
        b"string" => ColumnType::String,
        b"dateTime" => {
            let format = match format {
                None | Some(b"RFC3339" | b"RFC3339Nano") => TimeFormat::Rfc3339,
                Some(b"number") => TimeFormat::UnixNanos,
                Some(other) => {
                    return Err(format!(
                        "unsupported time format {:?}",
                        String::from_utf8_lossy(other)
                    ));
                }
            };
            return Ok((ColumnType::Time, format));
        }
        other => {
            return Err(format!(
                "unsupported data type {:?}",
                String::from_utf8_lossy(other)
            ));
        }
    };
    Ok((ty, TimeFormat::Rfc3339))
}

/// Read one table: rows up to the next annotation block, a row with another table id, or the end.
fn read_table<R: Read>(lines: &mut Lines<R>, meta: &Meta, capacity: usize) -> Result<Table, CsvError> {
    let mut builders = new_builders(&meta.columns, capacity);
    let mut table_id: Option<Vec<u8>> = None;
    let mut key_values = Vec::new();
    while lines.advance()? {
        if lines.record.len() != meta.width {
            if lines.field(0).is_empty() {
                return Err(wrong_field_count(lines, meta.width));
            }
            lines.unread();
            break;
        }
        if !lines.field(0).is_empty() {
            lines.unread();
            break;
        }
        let id = lines.field(2);
        match &table_id {
            None => {
                table_id = Some(id.to_vec());
                key_values = first_row_key(lines, meta)?;
            }
            Some(current) if !id.is_empty() && id != current.as_slice() => {
                lines.unread();
                break;
            }
            Some(_) => {}
        }
        for (j, (col, builder)) in meta.columns.iter().zip(&mut builders).enumerate() {
            builder.push_cell(col, &lines.record[FIRST_DATA + j], lines.line)?;
        }
    }
    if table_id.is_none() {
        // No rows: the key comes from the #default row.
        if meta.table_id.is_empty() {
            return Err(CsvError::invalid(meta.header_line, "missing table ID"));
        }
        key_values = meta
            .columns
            .iter()
            .filter(|c| c.group)
            .map(|c| c.default.clone())
            .collect();
    }
    let key_columns = meta
        .columns
        .iter()
        .filter(|c| c.group)
        .map(|c| Column::new(c.label.clone(), c.ty))
        .collect();
    let key = GroupKey::new(key_columns, key_values).map_err(|e| CsvError::invalid(lines.line, e.message))?;
    finish_table(key, &meta.columns, builders, lines.line)
}

/// The group-key values in the first row of a table (empty cells take the column's default).
fn first_row_key<R: Read>(lines: &Lines<R>, meta: &Meta) -> Result<Vec<Scalar>, CsvError> {
    let mut values = Vec::new();
    for (j, col) in meta.columns.iter().enumerate() {
        if col.group {
            let cell = &lines.record[FIRST_DATA + j];
            let value = if cell.is_empty() {
                col.default.clone()
            } else {
                decode_scalar(col, cell).map_err(|why| cell_error(lines.line, col, cell, &why))?
            };
            values.push(value);
        }
    }
    Ok(values)
}

fn new_builders(columns: &[ColumnMeta], capacity: usize) -> Vec<CellReader> {
    columns
        .iter()
        .map(|c| CellReader {
            builder: ColumnBuilder::new(c.ty, capacity),
            last_text: String::new(),
            last_time_text: Vec::new(),
            last_time: 0,
        })
        .collect()
}

fn finish_table(
    key: GroupKey,
    columns: &[ColumnMeta],
    builders: Vec<CellReader>,
    line: u64,
) -> Result<Table, CsvError> {
    let named = columns
        .iter()
        .map(|c| c.label.clone())
        .zip(builders.into_iter().map(|b| b.builder))
        .collect();
    Table::from_builders(key, named).map_err(|e| CsvError::invalid(line, e.message))
}

/// Reads the cells of one column into its builder.
struct CellReader {
    builder: ColumnBuilder,
    /// The last string cell read as it is (not empty once set), and the last time cell and its
    /// value: key columns repeat one value on every row, which then needs no parsing or UTF-8
    /// check.
    last_text: String,
    last_time_text: Vec<u8>,
    last_time: i64,
}

impl CellReader {
    /// Append one cell: empty is the column's default (or null), else a value of its type.
    fn push_cell(&mut self, col: &ColumnMeta, cell: &[u8], line: u64) -> Result<(), CsvError> {
        if cell.is_empty() {
            return self
                .builder
                .push(&col.default)
                .map_err(|e| CsvError::invalid(line, e.message));
        }
        let number = |e: NumberError| e.reason().to_string();
        let result = match &mut self.builder {
            ColumnBuilder::Int(b) => text::parse_int(cell).map(|v| b.append_value(v)).map_err(number),
            ColumnBuilder::UInt(b) => text::parse_uint(cell).map(|v| b.append_value(v)).map_err(number),
            ColumnBuilder::Float(b) => text::parse_float(cell).map(|v| b.append_value(v)).map_err(number),
            ColumnBuilder::Bool(b) => text::parse_bool(cell)
                .map(|v| b.append_value(v))
                .ok_or_else(|| "invalid syntax".to_string()),
            ColumnBuilder::String(b) if cell == self.last_text.as_bytes() => {
                b.append_value(&self.last_text);
                Ok(())
            }
            ColumnBuilder::String(b) => string_cell(cell).map(|s| {
                b.append_value(&s);
                match s {
                    // Only text read as it is: a cell equal to it is the same string.
                    std::borrow::Cow::Borrowed(s) => remember(&mut self.last_text, s),
                    std::borrow::Cow::Owned(_) => self.last_text.clear(),
                }
            }),
            ColumnBuilder::Time(b) if cell == self.last_time_text.as_slice() => {
                b.append_value(self.last_time);
                Ok(())
            }
            ColumnBuilder::Time(b) => decode_time(col.time_format, cell).map(|v| {
                b.append_value(v);
                self.last_time = v;
                self.last_time_text.clear();
                self.last_time_text.extend_from_slice(cell);
            }),
        };
        result.map_err(|why| cell_error(line, col, cell, &why))
    }
}

fn remember(last: &mut String, text: &str) {
    last.clear();
    last.push_str(text);
}

fn cell_error(line: u64, col: &ColumnMeta, cell: &[u8], why: &str) -> CsvError {
    CsvError::invalid(
        line,
        format!(
            "column {:?}: cannot read {:?} as {}: {why}",
            col.label,
            String::from_utf8_lossy(cell),
            col.ty.flux_name()
        ),
    )
}

/// A value for a group key or a default.
fn decode_scalar(col: &ColumnMeta, cell: &[u8]) -> Result<Scalar, String> {
    let number = |e: NumberError| e.reason().to_string();
    Ok(match col.ty {
        ColumnType::Bool => Scalar::Bool(text::parse_bool(cell).ok_or("invalid syntax")?),
        ColumnType::Int => Scalar::Int(text::parse_int(cell).map_err(number)?),
        ColumnType::UInt => Scalar::UInt(text::parse_uint(cell).map_err(number)?),
        ColumnType::Float => Scalar::Float(text::parse_float(cell).map_err(number)?),
        ColumnType::String => Scalar::String(string_cell(cell)?.into()),
        ColumnType::Time => Scalar::Time(decode_time(col.time_format, cell)?),
    })
}

fn decode_time(format: TimeFormat, cell: &[u8]) -> Result<i64, String> {
    match format {
        TimeFormat::Rfc3339 => time::parse_bytes(cell).map_err(|reason| match std::str::from_utf8(cell) {
            Err(_) => "not UTF-8".to_string(),
            Ok(_) => reason.to_string(),
        }),
        TimeFormat::UnixNanos => text::parse_int(cell).map_err(|e| e.reason().to_string()),
    }
}

/// A string cell. A quoted line break written as CRLF reads as `\n`, as Go's reader has it.
fn string_cell(cell: &[u8]) -> Result<std::borrow::Cow<'_, str>, String> {
    let text = std::str::from_utf8(cell).map_err(|_| "not UTF-8".to_string())?;
    if text.contains('\r') {
        return Ok(text.replace("\r\n", "\n").into());
    }
    Ok(text.into())
}

fn utf8(field: &[u8], line: u64) -> Result<&str, CsvError> {
    std::str::from_utf8(field).map_err(|_| CsvError::invalid(line, "text is not UTF-8"))
}

fn wrong_field_count<R: Read>(lines: &Lines<R>, width: usize) -> CsvError {
    CsvError::invalid(
        lines.line,
        format!(
            "wrong number of fields: expected {width}, found {}",
            lines.record.len()
        ),
    )
}

/// Bytes read from the input at a time.
const READ_BUFFER: usize = 64 * 1024;

/// CSV records one at a time, with one record of look-back (`unread`).
struct Lines<R> {
    reader: csv::Reader<R>,
    record: ByteRecord,
    /// The line the current record starts on.
    line: u64,
    /// `unread` was called: the next `advance` keeps the current record.
    held: bool,
}

impl<R: Read> Lines<R> {
    fn new(input: R) -> Self {
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(READ_BUFFER)
            .from_reader(input);
        Lines {
            reader,
            record: ByteRecord::new(),
            line: 0,
            held: false,
        }
    }

    /// Move to the next record; false at the end of the input.
    fn advance(&mut self) -> Result<bool, CsvError> {
        if self.held {
            self.held = false;
            return Ok(true);
        }
        let more = self
            .reader
            .read_byte_record(&mut self.record)
            .map_err(|e| CsvError::invalid(self.line + 1, e.to_string()))?;
        self.line = match self.record.position() {
            Some(p) if more => p.line(),
            _ => self.reader.position().line(),
        };
        Ok(more)
    }

    fn unread(&mut self) {
        self.held = true;
    }

    /// Field `i` of the current record (empty when it has fewer fields).
    fn field(&self, i: usize) -> &[u8] {
        self.record.get(i).unwrap_or_default()
    }
}
