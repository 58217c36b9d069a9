//! Helpers for the facade's tests: a wiremock server on its own runtime, short runners.
#![allow(dead_code, clippy::unwrap_used)]

use std::time::Duration;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A mock HTTP server (its runtime lives as long as it does).
pub struct Server {
    rt: tokio::runtime::Runtime,
    mock: MockServer,
}

impl Server {
    pub fn start() -> Server {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mock = rt.block_on(MockServer::start());
        Server { rt, mock }
    }

    /// Answer `VERB at` with `response`.
    pub fn on(&self, verb: &str, at: &str, response: ResponseTemplate) -> &Server {
        self.rt.block_on(
            Mock::given(method(verb))
                .and(path(at))
                .respond_with(response)
                .mount(&self.mock),
        );
        self
    }

    /// Answer `GET at` with `response`.
    pub fn on_get(&self, at: &str, response: ResponseTemplate) -> &Server {
        self.on("GET", at, response)
    }

    /// Answer `GET at` with `200 body` after `delay`.
    pub fn slow(&self, at: &str, delay: Duration) -> &Server {
        self.on_get(
            at,
            ResponseTemplate::new(200)
                .set_delay(delay)
                .set_body_string("late"),
        )
    }

    /// `http://127.0.0.1:PORT`.
    pub fn uri(&self) -> String {
        self.mock.uri()
    }

    /// `127.0.0.1:PORT`.
    pub fn authority(&self) -> String {
        self.mock.address().to_string()
    }

    pub fn requests(&self) -> Vec<Request> {
        self.rt
            .block_on(self.mock.received_requests())
            .unwrap_or_default()
    }

    /// The one request received (fails the test otherwise).
    pub fn only_request(&self) -> Request {
        let mut all = self.requests();
        assert_eq!(all.len(), 1, "expected one request, got {all:?}");
        all.remove(0)
    }
}

/// The header `name` of `request`, if sent.
pub fn header(request: &Request, name: &str) -> Option<String> {
    request.headers.get(name).map(|v| v.to_str().unwrap().to_string())
}

/// The `Authorization` header of `request`, if sent.
pub fn authorization(request: &Request) -> Option<String> {
    header(request, "authorization")
}

/// `display()` of each value, one per line; an error's plain rendering.
pub fn show(result: Result<Vec<flux::Value>, flux::Error>) -> String {
    match result {
        Ok(values) => values.iter().map(|v| v.display()).collect::<Vec<_>>().join("\n"),
        Err(e) => format!("error: {e}"),
    }
}
