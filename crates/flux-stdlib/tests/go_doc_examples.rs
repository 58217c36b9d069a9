//! The outputs shown in the doc examples of stdlib/{math,strings,regexp,bitwise}/*.flux,
//! computed with the pure functions behind those packages. (The examples run as
//! golden tests once the packages are wired into the stdlib table; until then
//! this keeps the documented digits honest.)

use flux_eval::display::format_float_display as show;
use flux_stdlib::go::{bitwise as b, math as m, regexp as r, strings as s};

#[test]
fn math_examples() {
    let cases: &[(f64, &str)] = &[
        (m::PI, "3.141592653589793"),
        (m::sqrt(m::pow(3.0, 2.0) + m::pow(4.0, 2.0)), "5"),
        (m::abs(-1.5), "1.5"),
        (m::acos(0.5), "1.0471975511965976"),
        (m::acosh(2.0), "1.3169578969248166"),
        (m::asin(0.5), "0.5235987755982989"),
        (m::asinh(1.0), "0.881373587019543"),
        (m::atan(1.0), "0.7853981633974483"),
        (m::atan2(1.0, -1.0), "2.356194490192345"),
        (m::atanh(0.5), "0.5493061443340548"),
        (m::cbrt(27.0), "3"),
        (m::ceil(1.2), "2"),
        (m::copysign(3.0, -1.0), "-3"),
        (m::cos(m::PI), "-1"),
        (m::cosh(1.0), "1.5430806348152437"),
        (m::dim(5.0, 3.0), "2"),
        (m::dim(3.0, 5.0), "0"),
        (m::erf(0.5), "0.5204998778130465"),
        (m::erfc(0.5), "0.4795001221869535"),
        (m::erfcinv(0.5), "0.4769362762044699"),
        (m::erfinv(0.5), "0.4769362762044699"),
        (m::exp(1.0), "2.718281828459045"),
        (m::exp2(10.0), "1024"),
        (m::expm1(0.01), "0.010050167084168058"),
        (m::float64frombits(4_607_182_418_800_017_408), "1"),
        (m::floor(-1.5), "-2"),
        (m::frexp(8.0).0, "0.5"),
        (m::gamma(5.0), "24"),
        (m::gamma(0.5), "1.7724538509055159"),
        (m::hypot(3.0, 4.0), "5"),
        (m::inf(-1), "-Inf"),
        (m::j0(1.0), "0.7651976865579666"),
        (m::j1(1.0), "0.4400505857449335"),
        (m::jn(2, 1.0).unwrap_or_default(), "0.11490348493190049"),
        (m::ldexp(0.5, 4), "8"),
        (m::lgamma(10.0).0, "12.80182748008147"),
        (m::log(10.0), "2.302585092994046"),
        (m::log10(1000.0), "3"),
        (m::log1p(0.01), "0.009950330853168083"),
        (m::log2(8.0), "3"),
        (m::logb(8.0), "3"),
        (m::m_max(1.0, 2.0), "2"),
        (m::m_min(1.0, 2.0), "1"),
        (m::fmod(7.0, 4.0), "3"),
        (m::fmod(-7.0, 4.0), "-3"),
        (m::modf(3.25).0, "3"),
        (m::modf(3.25).1, "0.25"),
        (m::NAN, "NaN"),
        (m::nextafter(1.0, 2.0), "1.0000000000000002"),
        (m::pow(2.0, 10.0), "1024"),
        (m::pow10(3), "1000"),
        (m::remainder(7.0, 4.0), "-1"),
        (m::round(2.5), "3"),
        (m::roundtoeven(2.5), "2"),
        (m::sin(m::PI / 2.0), "1"),
        (m::cos(0.0), "1"),
        (m::sinh(1.0), "1.1752011936438014"),
        (m::sqrt(2.0), "1.4142135623730951"),
        (m::tan(m::PI / 4.0), "1"),
        (m::tanh(0.5), "0.46211715726000974"),
        (m::trunc(-3.7), "-3"),
        (m::y0(1.0), "0.08825696421567697"),
        (m::y1(1.0), "-0.7812128213002887"),
        (m::yn(2, 1.0).unwrap_or_default(), "-1.6506826068162543"),
    ];
    for (i, (value, shown)) in cases.iter().enumerate() {
        assert_eq!(show(*value), *shown, "case {i}");
    }
    assert_eq!(m::float64bits(1.0), 4_607_182_418_800_017_408);
    assert_eq!(m::frexp(8.0).1, 4);
    assert_eq!(m::lgamma(10.0).1, 1);
    assert_eq!(m::ilogb(8.0), 3);
    assert!(m::is_inf(m::inf(1), 0));
    assert!(m::is_nan(m::NAN));
    assert!(m::signbit(-0.5));
    assert_eq!(
        (m::MAXINT, m::MAXUINT),
        (9_223_372_036_854_775_807, 18_446_744_073_709_551_615)
    );
}

#[test]
fn strings_examples() -> Result<(), String> {
    assert_eq!(
        s::join_str(&s::split("cpu,mem,disk", ","), " | "),
        "cpu | mem | disk"
    );
    assert_eq!(s::title("hello world o'neil"), "Hello World O'Neil");
    assert_eq!(s::to_upper("straße"), "STRAßE");
    assert_eq!(s::to_lower("Hello ΣΑΣ"), "hello σασ");
    assert_eq!(s::trim(".abc.", "."), "abc");
    assert_eq!(s::trim_prefix("_value", "_"), "value");
    assert_eq!(s::trim_space("  \t hi \n"), "hi");
    assert_eq!(s::trim_suffix("temp_c", "_c"), "temp");
    assert_eq!(s::trim_right("abc...!", ".!"), "abc");
    assert_eq!(s::trim_left("000123", "0"), "123");
    assert_eq!(s::to_title("ǆemal"), "ǅEMAL");
    assert!(s::contains_any("failure", "ui"));
    assert!(s::equal_fold("Go", "GO"));
    assert_eq!(s::compare("a", "b"), -1);
    assert_eq!((s::count("cheese", "e"), s::count("five", "")), (3, 5));
    assert_eq!((s::index("chicken", "ken"), s::index("日本語", "語")), (4, 6));
    assert_eq!(s::index_any("golang", "ny"), 4);
    assert_eq!(s::last_index("go gopher", "go"), 3);
    assert_eq!(s::last_index_any("go gopher", "go"), 4);
    assert_eq!(
        (
            s::is_digit("7")?,
            s::is_letter("a")?,
            s::is_lower("a")?,
            s::is_upper("a")?
        ),
        (true, true, true, false)
    );
    assert_eq!(s::repeat("ab", 3)?, "ababab");
    assert_eq!(s::replace("oink oink oink", "k", "ky", 2), "oinky oinky oink");
    assert_eq!(s::replace_all("oink oink", "oink", "moo"), "moo moo");
    assert_eq!(s::split("a,b,c", ","), ["a", "b", "c"]);
    assert_eq!(s::split_after("a.b.c", "."), ["a.", "b.", "c"]);
    assert_eq!(s::split_n("a-b-c", "-", 2), ["a", "b-c"]);
    assert_eq!(s::split_after_n("a-b-c", "-", 2), ["a-", "b-c"]);
    assert_eq!(s::join_str(&["a", "b", "c"], ", "), "a, b, c");
    assert_eq!(s::strlen("日本語"), 3);
    assert_eq!(s::substring("influx", 0, 3), "inf");
    assert_eq!(s::substring("日本語", 1, 10), "本語");
    Ok(())
}

#[test]
fn regexp_examples() -> Result<(), String> {
    let literal = |body: &str| r::literal_to_pattern(body).and_then(|p| r::GoRegex::compile(&p));
    assert!(literal(r"^\xe6\x97\xa5")?.is_match("日本語"));
    assert_eq!(literal(r"\d+")?.replace_all_string("a1b22", "#"), "a#b#");
    assert!(r::GoRegex::compile("^a+$")?.is_match("aaa"));
    assert_eq!(
        r::quote_meta("Escaping $ is fun (1.5)"),
        r"Escaping \$ is fun \(1\.5\)"
    );
    assert_eq!(literal("go+")?.find_string("I love gooo!"), "gooo");
    assert_eq!(literal("ab?")?.find_string_index("tablet"), Some((1, 3)));
    assert!(literal("(gopher){2}")?.is_match("gophergophergopher"));
    assert_eq!(
        literal(r"(\w+)@(\w+)")?.replace_all_string("joe@example", "$2:$1"),
        "example:joe"
    );
    assert_eq!(literal(r"\s*,\s*")?.split("a , b,c ,d", -1), ["a", "b", "c", "d"]);
    assert_eq!(literal("[a-z]+")?.as_str(), "[a-z]+");
    Ok(())
}

#[test]
fn bitwise_examples() {
    assert_eq!(b::uand(255, b::ulshift(1, 4)), 16);
    assert_eq!(b::sxor(1234, 4567), 5381);
    assert_eq!(b::srshift(-1234, 2), Ok(-309));
}
