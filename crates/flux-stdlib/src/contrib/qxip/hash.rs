//! `import "contrib/qxip/hash"`: digests of a string (SHA-256, SHA-1, MD5, xxHash64,
//! CityHash64), URL-safe base64 and an HMAC-SHA1 signature, with Go Flux's outputs.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};
use hmac::{Hmac, Mac};
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::cityhash::cityhash64;
use crate::natives::error;

/// The package's natives (declarations in stdlib/contrib/qxip/hash/hash.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("sha256", |a, _| hash(a, "sha256", |s| hex(&Sha256::digest(s)))),
    NativeFunction::new("sha1", |a, _| hash(a, "sha1", |s| hex(&Sha1::digest(s)))),
    NativeFunction::new("md5", |a, _| hash(a, "md5", |s| hex(&Md5::digest(s)))),
    // Go Flux names sha256 in these two messages.
    NativeFunction::new("xxhash64", |a, _| {
        hash(a, "sha256", |s| xxhash_rust::xxh64::xxh64(s, 0).to_string())
    }),
    NativeFunction::new("cityhash64", |a, _| {
        hash(a, "sha256", |s| cityhash64(s).to_string())
    }),
    NativeFunction::new("b64", |a, _| hash(a, "b64", |s| URL_SAFE.encode(s))),
    NativeFunction::new("hmac", hmac_sha1),
];

/// `f` of the string `v`'s bytes; null gives null, another type Go Flux's error.
fn hash(args: &mut Args, what: &str, f: fn(&[u8]) -> String) -> Result<Value> {
    match args.required::<Value>("v")? {
        Value::String(s) => Ok(Value::from(f(s.as_bytes()))),
        Value::Null => Ok(Value::Null),
        other => Err(cannot_convert(&other, what)),
    }
}

fn cannot_convert(v: &Value, what: &str) -> flux_eval::RuntimeError {
    error(
        ErrorKind::Type,
        format!("hash cannot convert {} to {what}", v.type_string()),
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `hmac(v:, k:)`: the HMAC-SHA1 of `v` keyed with `k`, in standard base64.
fn hmac_sha1(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    let k: Value = args.required("k")?;
    if v.is_null() || k.is_null() {
        return Ok(Value::Null);
    }
    let (Value::String(v), Value::String(k)) = (&v, &k) else {
        let wrong = if matches!(v, Value::String(_)) { &k } else { &v };
        return Err(cannot_convert(wrong, "hmac"));
    };
    let mut mac =
        Hmac::<Sha1>::new_from_slice(k.as_bytes()).map_err(|e| error(ErrorKind::Internal, e.to_string()))?;
    mac.update(v.as_bytes());
    Ok(Value::from(STANDARD.encode(mac.finalize().into_bytes())))
}
