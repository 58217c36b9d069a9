//! A minimal keep-alive HTTP/1.1 server on 127.0.0.1 for benchmarks: every request
//! (no request body expected) gets `200 OK` with a fixed body. It runs on its own
//! thread and stops when the process exits.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Connections accepted so far (a reused client opens one).
pub static CONNECTIONS: AtomicUsize = AtomicUsize::new(0);

/// Start the server; returns its address.
pub fn start(body: &'static [u8]) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            let mut response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            response.extend_from_slice(body);
            // One write per response, no Nagle delay.
            let response: &'static [u8] = Box::leak(response.into_boxed_slice());
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    continue;
                };
                CONNECTIONS.fetch_add(1, Ordering::Relaxed);
                let _ = socket.set_nodelay(true);
                tokio::spawn(async move {
                    let mut pending: Vec<u8> = Vec::new();
                    let mut buf = [0u8; 8192];
                    loop {
                        let Ok(n) = socket.read(&mut buf).await else {
                            return;
                        };
                        if n == 0 {
                            return;
                        }
                        pending.extend_from_slice(&buf[..n]);
                        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
                            pending.drain(..end + 4);
                            if socket.write_all(response).await.is_err() {
                                return;
                            }
                        }
                    }
                });
            }
        });
    });
    rx.recv().unwrap()
}
