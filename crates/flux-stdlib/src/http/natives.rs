//! What the natives that send HTTP requests share (`influxdb.api()`, `http.post`,
//! `requests.do`): the URL checks, sending through the capabilities' client with its
//! errors turned into Flux errors, secret scrubbing, durations and header dictionaries.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use flux_eval::{CallContext, Dict, ErrorKind, Result, RuntimeError, Value};

use super::{HttpError, HttpErrorKind, HttpRequest, HttpResponse, host_allowed};
use crate::capabilities::Capabilities;
use crate::natives::error;
use crate::secret_string::SecretString;

/// Run `f`, scrubbing every secret read so far out of its error message.
pub(crate) fn scrubbed<T>(caps: &Capabilities, f: impl FnOnce() -> Result<T>) -> Result<T> {
    f().map_err(|mut e| {
        e.message = caps.redactions.scrub(&e.message);
        e
    })
}

/// An http or https URL whose host the allow-list accepts.
pub(crate) fn check_target(caps: &Capabilities, url: &url::Url) -> Result<()> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(error(
            ErrorKind::Argument,
            format!("unsupported URL scheme {:?} (only http and https)", url.scheme()),
        ));
    }
    if !host_allowed(url, caps.allowed_hosts.as_deref()) {
        return Err(error(
            ErrorKind::Http,
            format!(
                "host {:?} is not in the allowed hosts",
                url.host_str().unwrap_or("")
            ),
        ));
    }
    Ok(())
}

/// Send `request` through the capabilities' client (which enforces the limits, the
/// allow-list on redirects and the timeout), stopping early on an interrupt.
pub(crate) fn send(caps: &Capabilities, request: HttpRequest, cx: &CallContext) -> Result<HttpResponse> {
    caps.http.send(request, &|| cx.interrupted()).map_err(flux_error)
}

/// A failed request as a Flux error, its kind from the failure's.
pub(crate) fn flux_error(e: HttpError) -> RuntimeError {
    let kind = match e.kind {
        HttpErrorKind::Interrupted => ErrorKind::Limit,
        HttpErrorKind::InvalidUrl | HttpErrorKind::InvalidHeader => ErrorKind::Argument,
        _ => ErrorKind::Http,
    };
    error(kind, e.message)
}

/// A URL as a script wrote it: absolute, http or https.
pub(crate) fn parse_url(text: &str) -> Result<url::Url> {
    url::Url::parse(text).map_err(|e| error(ErrorKind::Argument, format!("invalid URL {text:?}: {e}")))
}

/// Add `params` to the query of `url`: a name given in `params` replaces the values
/// the query had for it; names come out sorted, as Go's `url.Values.Encode` writes them.
pub(crate) fn merge_query(url: &mut url::Url, params: &[(String, Vec<String>)]) {
    if params.is_empty() {
        return;
    }
    let mut merged: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in url.query_pairs() {
        merged.entry(k.into_owned()).or_default().push(v.into_owned());
    }
    for (k, values) in params {
        merged.insert(k.clone(), values.clone());
    }
    let mut encoded = form_urlencoded::Serializer::new(String::new());
    for (k, values) in &merged {
        for v in values {
            encoded.append_pair(k, v);
        }
    }
    let encoded = encoded.finish();
    url.set_query((!encoded.is_empty()).then_some(encoded.as_str()));
}

/// Take a script's `Authorization` header out of `headers`, as a secret: it is never
/// shown, is scrubbed from errors, and is not sent on after a redirect to another host.
pub(crate) fn take_authorization(
    caps: &Capabilities,
    headers: &mut Vec<(String, String)>,
) -> Option<SecretString> {
    let mut found = None;
    headers.retain(|(name, value)| {
        let is_authorization = name.eq_ignore_ascii_case("authorization");
        if is_authorization {
            found = Some(SecretString::from(value.clone()));
        }
        !is_authorization
    });
    if let Some(secret) = &found {
        caps.redactions.add(secret);
    }
    found
}

/// Names of the `headers` whose values hold a secret read so far: like
/// `Authorization`, they are not sent on after a redirect to another host.
pub(crate) fn sensitive_headers(caps: &Capabilities, headers: &[(String, String)]) -> Vec<String> {
    headers
        .iter()
        .filter(|(_, value)| caps.redactions.found_in(value))
        .map(|(name, _)| name.clone())
        .collect()
}

/// Flux duration → std duration (a month counts as 365.25 days / 12, as in Flux);
/// a negative duration is zero.
pub(crate) fn std_duration(d: &flux_eval::Duration) -> Duration {
    if d.negative {
        return Duration::ZERO;
    }
    const MONTH_SECS: u64 = 2_629_800;
    let months = u64::try_from(d.months).unwrap_or(0);
    let nanos = u64::try_from(d.nanos).unwrap_or(0);
    Duration::from_secs(months.saturating_mul(MONTH_SECS)) + Duration::from_nanos(nanos)
}

/// Response headers as a `[string:string]` dictionary; a repeated name keeps its
/// last value, as in Flux.
pub(crate) fn headers_dict(headers: Vec<(String, String)>) -> Value {
    Value::Dict(Arc::new(Dict::from_entries(
        headers
            .into_iter()
            .map(|(name, value)| (Value::string(name), Value::string(value))),
    )))
}

/// `keyword argument "NAME" must be WHAT`.
pub(crate) fn must_be(kind: ErrorKind, name: &str, what: &str) -> RuntimeError {
    error(kind, format!("keyword argument {name:?} must be {what}"))
}
