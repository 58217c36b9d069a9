//! Go Flux's `bitwise` package: Go's integer operators on `uint` (u64) and `int` (i64).
//!
//! Shifts follow Go: an amount of 64 or more shifts every bit out (0, or -1 for a
//! negative `int` shifted right). Go panics on a negative `int` shift amount;
//! here that is the error [`NEGATIVE_SHIFT`].

/// The message for a negative shift amount, Go's runtime error text.
pub const NEGATIVE_SHIFT: &str = "runtime error: negative shift amount";

/// `a & b`.
pub fn uand(a: u64, b: u64) -> u64 {
    a & b
}
/// `a | b`.
pub fn uor(a: u64, b: u64) -> u64 {
    a | b
}
/// `^a` (every bit flipped).
pub fn unot(a: u64) -> u64 {
    !a
}
/// `a ^ b`.
pub fn uxor(a: u64, b: u64) -> u64 {
    a ^ b
}
/// `a &^ b`: the bits of `a` not set in `b`.
pub fn uclear(a: u64, b: u64) -> u64 {
    a & !b
}
/// `a << b`; 0 when `b >= 64`.
pub fn ulshift(a: u64, b: u64) -> u64 {
    u32::try_from(b).ok().and_then(|b| a.checked_shl(b)).unwrap_or(0)
}
/// `a >> b`; 0 when `b >= 64`.
pub fn urshift(a: u64, b: u64) -> u64 {
    u32::try_from(b).ok().and_then(|b| a.checked_shr(b)).unwrap_or(0)
}
/// `a & b`.
pub fn sand(a: i64, b: i64) -> i64 {
    a & b
}
/// `a | b`.
pub fn sor(a: i64, b: i64) -> i64 {
    a | b
}
/// `^a` (every bit flipped: `-a - 1`).
pub fn snot(a: i64) -> i64 {
    !a
}
/// `a ^ b`.
pub fn sxor(a: i64, b: i64) -> i64 {
    a ^ b
}
/// `a &^ b`: the bits of `a` not set in `b`.
pub fn sclear(a: i64, b: i64) -> i64 {
    a & !b
}
/// `a << b`: bits shifted past the sign are lost; 0 when `b >= 64`.
pub fn slshift(a: i64, b: i64) -> Result<i64, &'static str> {
    if b < 0 {
        return Err(NEGATIVE_SHIFT);
    }
    Ok(u32::try_from(b).ok().and_then(|b| a.checked_shl(b)).unwrap_or(0))
}
/// `a >> b`, arithmetic (the sign is copied in); 0 or -1 when `b >= 64`.
pub fn srshift(a: i64, b: i64) -> Result<i64, &'static str> {
    if b < 0 {
        return Err(NEGATIVE_SHIFT);
    }
    Ok(u32::try_from(b)
        .ok()
        .and_then(|b| a.checked_shr(b))
        .unwrap_or(if a < 0 { -1 } else { 0 }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsigned_operators() {
        assert_eq!(uand(1234, 4567), 210);
        assert_eq!(uor(1234, 4567), 5591);
        assert_eq!(unot(1234), 18_446_744_073_709_550_381);
        assert_eq!(uxor(1234, 4567), 5381);
        assert_eq!(uclear(1234, 4567), 1024);
        assert_eq!(ulshift(1234, 2), 4936);
        assert_eq!(urshift(1234, 2), 308);
    }

    #[test]
    fn signed_operators() {
        assert_eq!(sand(1234, 4567), 210);
        assert_eq!(sor(1234, 4567), 5591);
        assert_eq!(snot(1234), -1235);
        assert_eq!(sxor(1234, 4567), 5381);
        assert_eq!(sclear(1234, 4567), 1024);
        assert_eq!(slshift(1234, 2), Ok(4936));
        assert_eq!(srshift(1234, 2), Ok(308));
        assert_eq!(srshift(-1234, 2), Ok(-309));
    }

    #[test]
    fn shifts_of_64_or_more_shift_everything_out() {
        assert_eq!(ulshift(u64::MAX, 64), 0);
        assert_eq!(urshift(u64::MAX, 64), 0);
        assert_eq!(ulshift(1, u64::MAX), 0);
        assert_eq!(ulshift(1, 63), 1 << 63);
        assert_eq!(slshift(1, 63), Ok(i64::MIN));
        assert_eq!(slshift(3, 63), Ok(i64::MIN));
        assert_eq!(slshift(-1, 64), Ok(0));
        assert_eq!(srshift(-5, 64), Ok(-1));
        assert_eq!(srshift(-5, i64::MAX), Ok(-1));
        assert_eq!(srshift(5, 100), Ok(0));
    }

    #[test]
    fn negative_shift_amounts_are_errors() {
        assert_eq!(slshift(1, -1), Err(NEGATIVE_SHIFT));
        assert_eq!(srshift(1, i64::MIN), Err(NEGATIVE_SHIFT));
    }
}
