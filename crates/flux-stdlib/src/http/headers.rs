//! Header name canonicalisation as Go's `textproto.CanonicalMIMEHeaderKey` does it.

/// `content-type` → `Content-Type`, `x-request-id` → `X-Request-Id`: the first letter
/// and every letter after a `-` upper-case, the rest lower-case. A name with a byte
/// that is not a header token character is returned unchanged (as Go does).
pub fn canonical_header_name(name: &str) -> String {
    if !name.bytes().all(is_token_byte) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        if upper {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c.to_ascii_lowercase());
        }
        upper = c == '-';
    }
    out
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::canonical_header_name as canon;

    #[test]
    fn canonical_names() {
        assert_eq!(canon("content-type"), "Content-Type");
        assert_eq!(canon("x-request-id"), "X-Request-Id");
        assert_eq!(canon("DATE"), "Date");
        assert_eq!(canon("www-authenticate"), "Www-Authenticate");
        assert_eq!(canon("bad header"), "bad header");
    }
}
