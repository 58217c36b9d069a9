//! Link the `flux` binary as a position-dependent executable on Linux.
//!
//! A position-independent `flux` spends a third of a trivial script's time before
//! `main`: the dynamic loader applies ~49,000 relocations to 190 pages of read-only
//! data (vtables, static tables), and every one of those pages is copied on write.
//! Without PIE they are resolved at link time (docs/performance.md, "Start-up").
//! Libraries, heap and stack are still placed at random; the executable's own code
//! is not.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
