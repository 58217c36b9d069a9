//! Limits: runaway recursion and deep nesting end in an error, never a stack
//! overflow, even on a 2 MB thread (the default for spawned threads and tests).

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

mod common;

fn on_small_stack(src: String) -> Result<Vec<flux::Value>, flux::Error> {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || flux::Runtime::new().eval(&src))
        .expect("thread starts")
        .join()
        .expect("no stack overflow or panic")
}

fn message(r: Result<Vec<flux::Value>, flux::Error>) -> String {
    match r {
        Ok(v) => format!("ok: {v:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn runaway_recursion_hits_the_call_depth_limit() {
    let r = on_small_stack(common::call_chain(150));
    assert!(message(r).contains("maximum call depth of 100 exceeded"));
}

#[test]
fn recursion_through_arguments_hits_a_limit() {
    let mut src = String::from("c0 = (n) => n\n");
    for i in 1..=150 {
        src.push_str(&format!("c{i} = (n) => [{{a: c{}(n: [n][0] + 1)}}]\n", i - 1));
    }
    src.push_str("c150(n: 0)");
    let r = on_small_stack(src);
    let m = message(r);
    assert!(m.contains("exceeded") || m.contains("exceeds"), "{m}");
}

#[test]
fn self_reference_is_an_undefined_identifier() {
    let r = on_small_stack("f = (n) => f(n: n + 1)\nf(n: 0)".to_string());
    assert!(message(r).contains("undefined identifier f"));
}

#[test]
fn deep_nesting_is_an_error() {
    let src: &'static str = Box::leak(format!("{}1{}", "(".repeat(1500), ")".repeat(1500)).into_boxed_str());
    let m = message(on_small_stack(src.to_string()));
    assert!(m.contains("nesting") || m.contains("error"), "{m}");
}

#[test]
fn step_limit() {
    let rt = flux::Runtime::builder()
        .limits(flux::Limits {
            max_steps: Some(50),
            ..flux::Limits::default()
        })
        .build();
    let m = message(rt.eval("f = (x) => x + 1\nf(x: f(x: f(x: f(x: f(x: f(x: f(x: f(x: 1))))))))\nx = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]"));
    assert!(m.contains("evaluation exceeded the limit of 50 steps"), "{m}");
}

#[test]
fn interrupt_flag_stops_evaluation() {
    let flag = Arc::new(AtomicBool::new(true));
    let rt = flux::Runtime::builder().interrupt(flag).build();
    assert!(message(rt.eval("1 + 1")).contains("evaluation interrupted"));
}

#[test]
fn runtimes_work_from_other_threads() {
    let rt = flux::Runtime::new();
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let rt = rt.clone();
            std::thread::spawn(move || rt.eval(&format!("{i} * 2")).map(|v| v[0].display()))
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.join().ok().and_then(|r| r.ok()), Some((i * 2).to_string()));
    }
}
