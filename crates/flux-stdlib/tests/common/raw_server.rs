//! A tiny HTTP/1.1 server on plain std threads, for what wiremock cannot do:
//! count connections (keep-alive reuse) and send chunked bodies without a length.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A running server; it lives until the test process exits.
pub struct RawServer {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// Connections accepted so far.
    pub connections: Arc<AtomicUsize>,
}

/// Serve `response` (the full bytes after each request head) on every request.
pub fn serve(response: Vec<u8>) -> RawServer {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&connections);
    let response = Arc::new(response);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let response = Arc::clone(&response);
            std::thread::spawn(move || handle(stream, &response));
        }
    });
    RawServer { url, connections }
}

fn handle(mut stream: TcpStream, response: &[u8]) {
    let _ = stream.set_nodelay(true);
    let mut pending = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let Ok(n) = stream.read(&mut buf) else { return };
        if n == 0 {
            return;
        }
        pending.extend_from_slice(&buf[..n]);
        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
            pending.drain(..end + 4);
            if stream.write_all(response).is_err() {
                return;
            }
        }
    }
}

/// A `200 OK` response with a `Content-Length`.
pub fn fixed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// A `200 OK` response with a chunked body (no `Content-Length`): `chunks` chunks of `size` bytes.
pub fn chunked(chunks: usize, size: usize) -> Vec<u8> {
    let mut out = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..chunks {
        out.extend_from_slice(format!("{size:x}\r\n").as_bytes());
        out.extend(std::iter::repeat_n(b'x', size));
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}
