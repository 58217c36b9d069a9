//! `from()` and `buckets()` outside InfluxDB: the query goes to the server's `/api/v2/query`.
//!
//! `from()` cannot read yet: a server only answers a bounded read, and the bounds come from
//! the `range()` that must follow it (Go Flux's rule). So `from()` returns a
//! [`Value::Unbounded`] holding a [`RemoteFrom`]; `range` gives it the bounds and it sends
//! `from(bucket: …) |> range(start: …, stop: …)`.

use std::sync::Arc;

use flux_eval::unbounded::UnboundedRead;
use flux_eval::{Args, CallContext, ErrorKind, Result, Value};
use flux_table::Stream;
use flux_table::time::format_rfc3339_nano;

use super::remote::{self, NameOrId, Server, flux_string};
use crate::natives::error;

/// `from(bucket:/bucketID:, org:/orgID:, host:, token:)`.
pub fn from(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let bucket = remote::name_or_id(args, "bucket", "bucketID")?
        .ok_or_else(|| error(ErrorKind::Argument, "must specify bucket or bucketID"))?;
    let server = remote::server(args, cx, "from requires a remote host to be specified")?;
    Ok(Value::Unbounded(Arc::new(RemoteFrom { server, bucket })))
}

/// `buckets(org:/orgID:, host:, token:)`: the server's `buckets()`.
pub fn buckets(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let server = remote::server(args, cx, "buckets requires a remote host to be specified")?;
    if server.org.is_none() {
        return Err(error(
            ErrorKind::Argument,
            "listing buckets from a remote host requires an organization to be set",
        ));
    }
    remote::query(&server, "buckets()", cx).map(Value::Stream)
}

/// A `from()` of a remote bucket, waiting for `range`.
#[derive(Debug)]
pub struct RemoteFrom {
    server: Server,
    bucket: NameOrId,
}

impl RemoteFrom {
    /// The Flux the server runs for the rows in `[start, stop)`.
    pub fn query_text(&self, start: i64, stop: i64) -> String {
        let bucket = match &self.bucket {
            NameOrId::Name(name) => format!("bucket: {}", flux_string(name)),
            NameOrId::Id(id) => format!("bucketID: {}", flux_string(id)),
        };
        format!(
            "from({bucket}) |> range(start: {}, stop: {})",
            format_rfc3339_nano(start),
            format_rfc3339_nano(stop)
        )
    }
}

impl UnboundedRead for RemoteFrom {
    fn bucket(&self) -> &str {
        self.bucket.text()
    }

    fn read(&self, start: i64, stop: i64, cx: &mut CallContext) -> Result<Stream> {
        remote::query(&self.server, &self.query_text(start, stop), cx)
    }
}

#[cfg(test)]
mod tests {
    use super::{NameOrId, RemoteFrom, Server};

    #[test]
    fn the_server_gets_from_and_range_with_absolute_times() {
        let server = Server {
            host: "http://h".into(),
            token: None,
            org: None,
        };
        let read = RemoteFrom {
            server,
            bucket: NameOrId::Name("my \"b\"".into()),
        };
        assert_eq!(
            read.query_text(0, 1_500_000_000),
            "from(bucket: \"my \\\"b\\\"\") |> range(start: 1970-01-01T00:00:00Z, stop: 1970-01-01T00:00:01.5Z)"
        );
    }
}
