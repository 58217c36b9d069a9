//! CityHash64 as Go Flux's `hash.cityhash64` computes it: Google's CityHash, version
//! 1.0 (later versions changed the results for short inputs), over the bytes of a
//! string. All arithmetic wraps, as on unsigned 64-bit integers in C.

const K0: u64 = 0xc3a5_c85c_97cb_3127;
const K1: u64 = 0xb492_b66f_be98_f273;
const K2: u64 = 0x9ae1_6a3b_2f90_404f;
const K3: u64 = 0xc949_d7c7_509e_6557;
const K_MUL: u64 = 0x9ddf_ea08_eb38_2d69;

/// The little-endian u64 at `at` (callers keep `at + 8 <= s.len()`).
fn word(s: &[u8], at: usize) -> u64 {
    let mut b = [0; 8];
    b.copy_from_slice(&s[at..at + 8]);
    u64::from_le_bytes(b)
}

fn half_word(s: &[u8], at: usize) -> u64 {
    let mut b = [0; 4];
    b.copy_from_slice(&s[at..at + 4]);
    u64::from(u32::from_le_bytes(b))
}

fn shift_mix(v: u64) -> u64 {
    v ^ (v >> 47)
}

/// Two words folded into one (a Murmur-style finish).
fn fold(lo: u64, hi: u64) -> u64 {
    let mut a = (lo ^ hi).wrapping_mul(K_MUL);
    a ^= a >> 47;
    let mut b = (hi ^ a).wrapping_mul(K_MUL);
    b ^= b >> 47;
    b.wrapping_mul(K_MUL)
}

fn short(s: &[u8]) -> u64 {
    let n = s.len();
    if n > 8 {
        let a = word(s, 0);
        let b = word(s, n - 8);
        return fold(a, b.wrapping_add(n as u64).rotate_right(n as u32)) ^ b;
    }
    if n >= 4 {
        let a = half_word(s, 0);
        return fold((n as u64).wrapping_add(a << 3), half_word(s, n - 4));
    }
    if n > 0 {
        let y = u64::from(s[0]) + (u64::from(s[n >> 1]) << 8);
        let z = n as u64 + (u64::from(s[n - 1]) << 2);
        return shift_mix(y.wrapping_mul(K2) ^ z.wrapping_mul(K3)).wrapping_mul(K2);
    }
    K2
}

fn medium(s: &[u8]) -> u64 {
    let n = s.len();
    let a = word(s, 0).wrapping_mul(K1);
    let b = word(s, 8);
    let c = word(s, n - 8).wrapping_mul(K2);
    let d = word(s, n - 16).wrapping_mul(K0);
    fold(
        a.wrapping_sub(b)
            .rotate_right(43)
            .wrapping_add(c.rotate_right(30))
            .wrapping_add(d),
        a.wrapping_add((b ^ K3).rotate_right(20))
            .wrapping_sub(c)
            .wrapping_add(n as u64),
    )
}

fn long(s: &[u8]) -> u64 {
    let n = s.len();
    let mut z = word(s, 24);
    let mut a = word(s, 0).wrapping_add((n as u64).wrapping_add(word(s, n - 16)).wrapping_mul(K0));
    let mut b = a.wrapping_add(z).rotate_right(52);
    let mut c = a.rotate_right(37);
    a = a.wrapping_add(word(s, 8));
    c = c.wrapping_add(a.rotate_right(7));
    a = a.wrapping_add(word(s, 16));
    let vf = a.wrapping_add(z);
    let vs = b.wrapping_add(a.rotate_right(31)).wrapping_add(c);
    a = word(s, 16).wrapping_add(word(s, n - 32));
    z = word(s, n - 8);
    b = a.wrapping_add(z).rotate_right(52);
    c = a.rotate_right(37);
    a = a.wrapping_add(word(s, n - 24));
    c = c.wrapping_add(a.rotate_right(7));
    a = a.wrapping_add(word(s, n - 16));
    let wf = a.wrapping_add(z);
    let ws = b.wrapping_add(a.rotate_right(31)).wrapping_add(c);
    let r = shift_mix(
        vf.wrapping_add(ws)
            .wrapping_mul(K2)
            .wrapping_add(wf.wrapping_add(vs).wrapping_mul(K0)),
    );
    shift_mix(r.wrapping_mul(K0).wrapping_add(vs)).wrapping_mul(K2)
}

/// Mixes the 32 bytes at `at` into the pair `(a, b)`.
fn mix32(s: &[u8], at: usize, a: u64, b: u64) -> (u64, u64) {
    let (w, x, y, z) = (word(s, at), word(s, at + 8), word(s, at + 16), word(s, at + 24));
    let mut a = a.wrapping_add(w);
    let mut b = b.wrapping_add(a).wrapping_add(z).rotate_right(21);
    let c = a;
    a = a.wrapping_add(x).wrapping_add(y);
    b = b.wrapping_add(a.rotate_right(44));
    (a.wrapping_add(z), b.wrapping_add(c))
}

/// CityHash64 (v1.0) of `s`.
pub fn cityhash64(s: &[u8]) -> u64 {
    let n = s.len();
    match n {
        0..=16 => return short(s),
        17..=32 => return medium(s),
        33..=64 => return long(s),
        _ => {}
    }
    let mut x = word(s, 0);
    let mut y = word(s, n - 16) ^ K1;
    let mut z = word(s, n - 56) ^ K0;
    let mut v = mix32(s, n - 64, n as u64, y);
    let mut w = mix32(s, n - 32, (n as u64).wrapping_mul(K1), K0);
    z = z.wrapping_add(shift_mix(v.1).wrapping_mul(K1));
    x = z.wrapping_add(x).rotate_right(39).wrapping_mul(K1);
    y = y.rotate_right(33).wrapping_mul(K1);
    // Whole 64-byte blocks from the start, as many as cover all but the last byte.
    for block in 0..(n - 1) / 64 {
        let at = block * 64;
        x = x
            .wrapping_add(y)
            .wrapping_add(v.0)
            .wrapping_add(word(s, at + 16))
            .rotate_right(37)
            .wrapping_mul(K1);
        y = y
            .wrapping_add(v.1)
            .wrapping_add(word(s, at + 48))
            .rotate_right(42)
            .wrapping_mul(K1);
        x ^= w.1;
        y ^= v.0;
        z = (z ^ w.0).rotate_right(33);
        v = mix32(s, at, v.1.wrapping_mul(K1), x.wrapping_add(w.0));
        w = mix32(s, at + 32, z.wrapping_add(w.1), y);
        std::mem::swap(&mut z, &mut x);
    }
    fold(
        fold(v.0, w.0)
            .wrapping_add(shift_mix(y).wrapping_mul(K1))
            .wrapping_add(z),
        fold(v.1, w.1).wrapping_add(x),
    )
}

#[cfg(test)]
mod tests {
    use super::cityhash64;

    #[test]
    fn go_flux_values() {
        // What Go Flux's hash.cityhash64 returns for these strings.
        let alphabet = "abcdefghijklmnopqrstuvwxyz";
        assert_eq!(cityhash64(b""), 11_160_318_154_034_397_263);
        assert_eq!(cityhash64(b"hello"), 2_578_220_239_953_316_063);
        assert_eq!(cityhash64(alphabet.as_bytes()), 15_358_950_491_435_023_419);
        assert_eq!(
            cityhash64(alphabet.repeat(2).as_bytes()),
            2_986_571_975_095_690_636
        );
        assert_eq!(
            cityhash64(alphabet.repeat(5).as_bytes()),
            12_989_388_165_031_134_396
        );
    }
}
