//! CI runs `examples/embed.rs`: its `main` is called here.
#![allow(clippy::unwrap_used)]

#[path = "../examples/embed.rs"]
mod embed_example;

#[test]
fn the_embedding_example_runs() {
    embed_example::main().unwrap();
}
