//! Generated programs: Flux expressions that Go Flux accepts (well typed, no runtime error
//! by construction), drawn from a seeded generator so every run checks the same programs.

/// A small deterministic generator (xorshift64*), enough to vary programs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// What a program is about (for the report).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Values,
    Operators,
    Conversions,
    Records,
    Functions,
    Strings,
    Tables,
    /// `array.from` piped through universe's table functions.
    Pipelines,
}

/// One generated program: an expression whose value (or stream) is compared.
#[derive(Clone, Debug)]
pub struct Program {
    pub category: Category,
    /// `import "…"` lines it needs.
    pub imports: Vec<&'static str>,
    pub expr: String,
}

const NAMES: &[&str] = &["a", "b", "host", "_value", "région", "x1"];

fn int(rng: &mut Rng) -> i64 {
    match rng.below(6) {
        0 => *rng.pick(&[0, 1, -1, i64::MAX, i64::MIN + 1, 42]),
        1 => rng.below(10) as i64,
        2 => -(rng.below(1000) as i64),
        3 => (rng.next() >> 1) as i64,
        _ => rng.below(100_000) as i64 - 50_000,
    }
}

fn int_lit(rng: &mut Rng) -> String {
    let n = int(rng);
    if n < 0 { format!("({n})") } else { n.to_string() }
}

fn nonzero_int_lit(rng: &mut Rng) -> String {
    let n = (rng.below(97) + 1) as i64 * if rng.chance(30) { -1 } else { 1 };
    if n < 0 { format!("({n})") } else { n.to_string() }
}

fn float_lit(rng: &mut Rng) -> String {
    let text = match rng.below(7) {
        0 => rng
            .pick(&["0.0", "1.0", "0.1", "0.5", "2.5", "100.0", "1.5"])
            .to_string(),
        1 => format!("{}.{}", rng.below(1000), rng.below(1000)),
        2 => format!("{}.{:03}", rng.below(10_000_000), rng.below(1000)),
        3 => format!("0.{:06}", rng.below(1_000_000)),
        4 => format!("{}.0", rng.next() % 100_000_000_000_000_000),
        5 => format!("123456789.{}", rng.below(1_000_000_000)),
        _ => format!("{}.{}", rng.below(100), rng.below(100)),
    };
    if rng.chance(25) {
        format!("(-{text})")
    } else {
        text
    }
}

fn uint_lit(rng: &mut Rng) -> String {
    let n = match rng.below(3) {
        0 => rng.below(100) as u64,
        1 => rng.next() >> 1,
        _ => rng.below(1_000_000) as u64,
    };
    format!("uint(v: {n})")
}

fn string_lit(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "a",
        "abc",
        "Hello",
        "hello world",
        " ",
        "  padded  ",
        "x,y",
        "日本",
        "é",
        "\\\"quoted\\\"",
        "back\\\\slash",
        "tab\\t",
        "new\\nline",
        "",
        "ß",
        "ABC",
        "123",
        "a-b_c",
        "$",
        "{}",
        "Zz",
    ];
    let n = rng.below(3) + 1;
    let text: String = (0..n).map(|_| *rng.pick(PIECES)).collect();
    format!("\"{text}\"")
}

fn plain_string_lit(rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "a",
        "abc",
        "Hello",
        "hello world",
        "  padded  ",
        "x,y,z",
        "日本語",
        "éte",
        "ABC",
        "123",
        "a-b_c",
        "banana",
        "MiXeD",
        "",
        "aaa",
        "b a n",
        "42x",
    ];
    format!("\"{}\"", rng.pick(WORDS))
}

fn duration_lit(rng: &mut Rng) -> String {
    const UNITS: &[&str] = &["ns", "us", "ms", "s", "m", "h", "d", "w", "mo", "y"];
    let n = rng.below(3) + 1;
    let mut text = String::new();
    let mut start = rng.below(UNITS.len());
    for _ in 0..n {
        if start >= UNITS.len() {
            break;
        }
        let unit = UNITS[UNITS.len() - 1 - start];
        text.push_str(&format!("{}{unit}", rng.below(120)));
        start += 1 + rng.below(2);
    }
    if text.is_empty() {
        text = "1s".into();
    }
    if rng.chance(20) { format!("-{text}") } else { text }
}

fn time_lit(rng: &mut Rng) -> String {
    let year = 1970 + rng.below(100);
    let frac = match rng.below(4) {
        0 => String::new(),
        1 => format!(".{}", rng.below(1000)),
        2 => format!(".{:09}", rng.below(1_000_000_000)),
        _ => format!(".{:06}", rng.below(1_000_000)),
    };
    let zone = *rng.pick(&["Z", "Z", "+01:00", "-05:30"]);
    format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}{frac}{zone}",
        rng.below(12) + 1,
        rng.below(28) + 1,
        rng.below(24),
        rng.below(60),
        rng.below(60)
    )
}

fn bool_lit(rng: &mut Rng) -> String {
    rng.pick(&["true", "false"]).to_string()
}

/// A literal of a scalar type, by type index (0 int, 1 float, 2 string, 3 bool, 4 duration, 5 time, 6 uint).
fn scalar(rng: &mut Rng, ty: usize) -> String {
    match ty {
        0 => int_lit(rng),
        1 => float_lit(rng),
        2 => string_lit(rng),
        3 => bool_lit(rng),
        4 => duration_lit(rng),
        5 => time_lit(rng),
        _ => uint_lit(rng),
    }
}

fn value(rng: &mut Rng, depth: usize) -> String {
    let choice = if depth > 1 { rng.below(7) } else { rng.below(11) };
    match choice {
        0..=6 => scalar(rng, choice),
        7 => {
            let ty = rng.below(7);
            let n = rng.below(5);
            let items: Vec<String> = (0..n).map(|_| scalar(rng, ty)).collect();
            if n == 0 {
                // An empty array needs a type from somewhere: Go cannot display `[]` alone.
                format!("[{}]", scalar(rng, ty))
            } else {
                format!("[{}]", items.join(", "))
            }
        }
        8 => record(rng, depth + 1),
        9 => {
            let n = rng.below(4) + 1;
            let vt = rng.below(7);
            let items: Vec<String> = (0..n)
                .map(|i| format!("\"k{}\": {}", (i * 7 + rng.below(5)) % 10, scalar(rng, vt)))
                .collect();
            format!("[{}]", items.join(", "))
        }
        _ => format!("bytes(v: {})", plain_string_lit(rng)),
    }
}

fn record(rng: &mut Rng, depth: usize) -> String {
    let n = rng.below(5) + 1;
    let mut fields = Vec::new();
    let mut used = Vec::new();
    for _ in 0..n {
        let name = *rng.pick(&["a", "b", "c", "zeta", "Alpha", "_x", "n1"]);
        if used.contains(&name) {
            continue;
        }
        used.push(name);
        fields.push(format!("{name}: {}", value(rng, depth + 1)));
    }
    format!("{{{}}}", fields.join(", "))
}

fn operator(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 | 1 => {
            let op = *rng.pick(&["+", "-", "*", "==", "!=", "<", "<=", ">", ">="]);
            format!("{} {op} {}", int_lit(rng), int_lit(rng))
        }
        2 => {
            let op = *rng.pick(&["/", "%"]);
            format!("{} {op} {}", int_lit(rng), nonzero_int_lit(rng))
        }
        3 | 4 => {
            let op = *rng.pick(&["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "^"]);
            format!("{} {op} {}", float_lit(rng), float_lit(rng))
        }
        5 => {
            let op = *rng.pick(&["+", "*", "==", "!=", "<", ">=", "/", "%"]);
            let divisor = format!("uint(v: {})", rng.below(50) + 1);
            let right = if matches!(op, "/" | "%") {
                divisor
            } else {
                uint_lit(rng)
            };
            format!("{} {op} {right}", uint_lit(rng))
        }
        6 => {
            let op = *rng.pick(&["+", "==", "!=", "<", "<=", ">", ">="]);
            format!("{} {op} {}", string_lit(rng), string_lit(rng))
        }
        7 => {
            let op = *rng.pick(&["and", "or"]);
            let not = if rng.chance(30) { "not " } else { "" };
            format!("{not}{} {op} {}", bool_lit(rng), bool_lit(rng))
        }
        8 => {
            let op = *rng.pick(&["==", "!=", "<", "<=", ">", ">="]);
            format!("{} {op} {}", time_lit(rng), time_lit(rng))
        }
        _ => {
            let op = *rng.pick(&["=~", "!~"]);
            let re = *rng.pick(&["/a/", "/^H/", "/[0-9]+/", "/o w/", "/^$/", "/日/", "/(?i)abc/"]);
            format!("{} {op} {re}", string_lit(rng))
        }
    }
}

fn conversion(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => format!(
            "int(v: {})",
            rng.pick(&[
                "\"123\"",
                "\"-7\"",
                "1.9",
                "-1.9",
                "true",
                "false",
                "uint(v: 5)",
                "2020-01-01T00:00:00Z",
                "1h"
            ])
        ),
        1 => format!("int(v: {})", float_lit(rng)),
        2 => format!(
            "float(v: {})",
            rng.pick(&[
                "\"1.5\"",
                "\"-0.25\"",
                "\"1e3\"",
                "3",
                "true",
                "uint(v: 7)",
                "\"NaN\"",
                "\"+Inf\""
            ])
        ),
        3 => format!("float(v: {})", int_lit(rng)),
        4 => {
            let ty = rng.below(7);
            format!("string(v: {})", scalar(rng, ty))
        }
        5 => format!(
            "bool(v: {})",
            rng.pick(&["\"true\"", "\"false\"", "1", "0", "1.0", "0.0", "uint(v: 0)"])
        ),
        6 => format!(
            "uint(v: {})",
            rng.pick(&["\"42\"", "3.7", "true", "2020-01-01T00:00:00Z", "1m"])
        ),
        7 => format!("time(v: \"{}\")", time_lit(rng)),
        8 => format!("time(v: {})", rng.below(2_000_000_000) as i64 * 1_000_000_000),
        9 => format!(
            "duration(v: {})",
            rng.pick(&[
                "\"1h30m\"",
                "\"-5s\"",
                "3600000000000",
                "\"1mo\"",
                "uint(v: 1000)",
                "\"2d4h\""
            ])
        ),
        10 => format!("string(v: float(v: {}))", int_lit(rng)),
        _ => format!("string(v: bytes(v: {}))", plain_string_lit(rng)),
    }
}

fn record_program(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 | 1 => record(rng, 0),
        2 => {
            let r = record(rng, 1);
            format!(
                "(() => {{ r = {r}\n return {{r with extra: {}, a: {}}} }})()",
                value(rng, 2),
                value(rng, 2)
            )
        }
        3 => format!("({{a: {}, b: {}}}).b", value(rng, 1), value(rng, 1)),
        4 => format!(
            "({{a: {}, \"key with space\": {}}})[\"key with space\"]",
            value(rng, 1),
            value(rng, 1)
        ),
        _ => format!("[{}, {}][{}]", record_same(rng), record_same(rng), rng.below(2)),
    }
}

fn record_same(rng: &mut Rng) -> String {
    format!("{{x: {}, y: {}}}", int_lit(rng), string_lit(rng))
}

fn function_program(rng: &mut Rng) -> String {
    match rng.below(7) {
        0 => format!("((x, y=3) => x * y + 1)(x: {})", int_lit(rng)),
        1 => format!("((x, y=3) => x - y)(x: {}, y: {})", int_lit(rng), int_lit(rng)),
        2 => format!("{} |> ((<-v, m) => v * m)(m: {})", float_lit(rng), float_lit(rng)),
        3 => format!(
            "(() => {{ a = {}\n f = (x) => x + a\n return f(x: {}) }})()",
            int_lit(rng),
            int_lit(rng)
        ),
        4 => format!("((s, t=\"-\") => s + t + s)(s: {})", plain_string_lit(rng)),
        5 => format!(
            "(() => {{ twice = (f, x) => f(x: f(x: x))\n return twice(f: (x) => x * 2, x: {}) }})()",
            nonzero_int_lit(rng)
        ),
        _ => format!(
            "if {} then {} else {}",
            operator_bool(rng),
            int_lit(rng),
            int_lit(rng)
        ),
    }
}

fn operator_bool(rng: &mut Rng) -> String {
    format!("{} < {}", int_lit(rng), int_lit(rng))
}

fn string_program(rng: &mut Rng) -> String {
    let s = plain_string_lit(rng);
    let t = plain_string_lit(rng);
    let sub = *rng.pick(&["\"a\"", "\"l\"", "\" \"", "\"\"", "\",\"", "\"日\"", "\"ab\""]);
    match rng.below(24) {
        0 => format!("strings.toUpper(v: {s})"),
        1 => format!("strings.toLower(v: {s})"),
        2 => format!("strings.title(v: {s})"),
        3 => format!("strings.trimSpace(v: {s})"),
        4 => format!("strings.trim(v: {s}, cutset: {sub})"),
        5 => format!("strings.trimLeft(v: {s}, cutset: {sub})"),
        6 => format!("strings.trimPrefix(v: {s}, prefix: {sub})"),
        7 => format!("strings.hasSuffix(v: {s}, suffix: {sub})"),
        8 => format!("strings.containsStr(v: {s}, substr: {sub})"),
        9 => format!("strings.containsAny(v: {s}, chars: {sub})"),
        10 => format!("strings.equalFold(v: {s}, t: {t})"),
        11 => format!("strings.compare(v: {s}, t: {t})"),
        12 => format!("strings.countStr(v: {s}, substr: {sub})"),
        13 => format!("strings.index(v: {s}, substr: {sub})"),
        14 => format!("strings.lastIndex(v: {s}, substr: {sub})"),
        15 => format!("strings.isDigit(v: {})", rng.pick(&["\"1\"", "\"a\"", "\"٣\""])),
        16 => format!("strings.repeat(v: {s}, i: {})", rng.below(4)),
        17 => format!("strings.replaceAll(v: {s}, t: {sub}, u: \"_\")"),
        18 => format!("strings.replace(v: {s}, t: {sub}, u: \"_\", i: {})", rng.below(3)),
        19 => format!("strings.split(v: {s}, t: {sub})"),
        20 => format!("strings.splitN(v: {s}, t: {sub}, i: {})", rng.below(4)),
        21 => format!("strings.joinStr(arr: [{s}, {t}], v: {sub})"),
        22 => format!("strings.strlen(v: {s})"),
        _ => format!("strings.toTitle(v: {s})"),
    }
}

/// `array.from` of a few rows of a few columns.
fn table_program(rng: &mut Rng) -> String {
    table_with_columns(rng).0
}

fn pipeline_program(rng: &mut Rng) -> String {
    let (table, cols) = table_with_columns(rng);
    let (col, ty) = cols[rng.below(cols.len())];
    let col = label(col);
    let field = if col.starts_with('"') {
        format!("r[{col}]")
    } else {
        format!("r.{col}")
    };
    let tail = match rng.below(12) {
        0 => format!("sort(columns: [\"{}\"])", col.trim_matches('"')),
        1 => format!(
            "sort(columns: [\"{}\"], desc: true) |> limit(n: 2)",
            col.trim_matches('"')
        ),
        2 => format!("keep(columns: [\"{}\"])", col.trim_matches('"')),
        3 => format!("drop(columns: [\"{}\"])", col.trim_matches('"')),
        4 => format!("rename(columns: {{{col}: \"renamed\"}})"),
        5 => format!("group(columns: [\"{}\"])", col.trim_matches('"')),
        6 => format!("count(column: \"{}\")", col.trim_matches('"')),
        7 => "map(fn: (r) => ({r with extra: 1}))".to_string(),
        8 => match ty {
            0 => format!("filter(fn: (r) => {field} > 0)"),
            1 => format!("filter(fn: (r) => {field} < 100.0)"),
            2 => format!("filter(fn: (r) => {field} != \"\")"),
            3 => format!("filter(fn: (r) => {field})"),
            _ => "filter(fn: (r) => true)".to_string(),
        },
        9 => match ty {
            0 => format!("map(fn: (r) => ({{r with doubled: {field} * 2}}))"),
            1 => format!("map(fn: (r) => ({{r with half: {field} / 2.0}}))"),
            2 => format!("map(fn: (r) => ({{r with len: {field} + \"!\"}}))"),
            _ => "map(fn: (r) => ({r with one: 1.0}))".to_string(),
        },
        10 => "limit(n: 1, offset: 1)".to_string(),
        _ => "tail(n: 2)".to_string(),
    };
    format!("{table}\n    |> {tail}")
}

/// A table program and its columns (label, type index).
fn table_with_columns(rng: &mut Rng) -> (String, Vec<(&'static str, usize)>) {
    let ncols = rng.below(4) + 1;
    let mut cols: Vec<(&str, usize)> = Vec::new();
    for _ in 0..ncols {
        let name = *rng.pick(NAMES);
        if cols.iter().any(|(n, _)| *n == name) {
            continue;
        }
        // Table columns hold bool, int, uint, float, string and time.
        let ty = *rng.pick(&[0usize, 1, 2, 3, 5, 6]);
        cols.push((name, ty));
    }
    // array.from orders columns by label here, by the record literal in Go (a difference the
    // fixtures show once): the generated rows list their labels in sorted order.
    cols.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let nrows = rng.below(4) + 1;
    let rows: Vec<String> = (0..nrows)
        .map(|_| {
            let fields: Vec<String> = cols
                .iter()
                .map(|(name, ty)| {
                    let v = scalar(rng, *ty);
                    let v = if *ty == 5 {
                        v
                    } else {
                        v.trim_start_matches('(').trim_end_matches(')').to_string()
                    };
                    format!("{}: {v}", label(name))
                })
                .collect();
            format!("{{{}}}", fields.join(", "))
        })
        .collect();
    (format!("array.from(rows: [{}])", rows.join(", ")), cols)
}

fn label(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("\"{name}\"")
    }
}

/// `n` programs of each category, from `seed`.
pub fn programs(seed: u64, n: usize) -> Vec<Program> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let categories = [
        Category::Values,
        Category::Operators,
        Category::Conversions,
        Category::Records,
        Category::Functions,
        Category::Strings,
        Category::Tables,
        Category::Pipelines,
    ];
    for category in categories {
        for _ in 0..n {
            let (imports, expr) = match category {
                Category::Values => (vec![], value(&mut rng, 0)),
                Category::Operators => (vec![], operator(&mut rng)),
                Category::Conversions => (vec![], conversion(&mut rng)),
                Category::Records => (vec![], record_program(&mut rng)),
                Category::Functions => (vec![], function_program(&mut rng)),
                Category::Strings => (vec!["strings"], string_program(&mut rng)),
                Category::Tables => (vec!["array"], table_program(&mut rng)),
                Category::Pipelines => (vec!["array"], pipeline_program(&mut rng)),
            };
            out.push(Program {
                category,
                imports,
                expr,
            });
        }
    }
    out
}
