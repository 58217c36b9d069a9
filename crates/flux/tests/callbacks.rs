//! Natives that call Flux functions back (`cx.call`), and the evaluator's limits
//! reaching inside those calls.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use flux::{Args, CallContext, Package, Runtime, Value};
use flux_eval::Function;

/// `each(arr: [A], fn: (x: A) => B) => [B]` and `pipeInto(v: A, fn: (<-x: A) => B) => B`.
fn test_package() -> Package {
    Package::new("testing/callbacks")
        .function("each", "(arr: [A], fn: (x: A) => B) => [B]", each)
        .function("pipeInto", "(v: A, fn: (<-x: A) => B) => B", |args, cx| {
            let v: Value = args.required("v")?;
            let f: Function = args.required("fn")?;
            cx.call_piped(&f, v, [])
        })
}

fn each(args: &mut Args, cx: &mut CallContext) -> Result<Value, flux::RuntimeError> {
    let arr: Arc<Vec<Value>> = args.required("arr")?;
    let f: Function = args.required("fn")?;
    let mut out = Vec::with_capacity(arr.len());
    for item in arr.iter() {
        out.push(cx.call(&f, [("x", item.clone())])?);
    }
    Ok(Value::array(out))
}

fn runtime() -> Runtime {
    Runtime::builder().package(test_package()).build()
}

fn run(rt: &Runtime, src: &str) -> String {
    let src = format!("import \"testing/callbacks\"\n{src}");
    match rt.eval(&src) {
        Ok(values) => values.iter().map(Value::display).collect::<Vec<_>>().join("\n"),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn a_native_calls_closures_and_builtins() {
    let rt = runtime();
    assert_eq!(
        run(&rt, "callbacks.each(arr: [1, 2, 3], fn: (x) => x * 10)"),
        "[10, 20, 30]"
    );
    assert_eq!(
        run(&rt, "callbacks.each(arr: [1, 2], fn: (x, y=5) => x + y)"),
        "[6, 7]"
    );
    assert_eq!(
        run(&rt, "f = (x) => string(v: x)\ncallbacks.each(arr: [1, 2], fn: f)"),
        "[1, 2]"
    );
    assert_eq!(run(&rt, "callbacks.pipeInto(v: 3, fn: (x=<-) => x + 1)"), "4");
    assert_eq!(
        run(&rt, "callbacks.each(arr: [[1, 2]], fn: (x) => length(arr: x))"),
        "[2]"
    );
}

#[test]
fn callbacks_nest() {
    let rt = runtime();
    assert_eq!(
        run(
            &rt,
            "callbacks.each(arr: [1, 2], fn: (x) => callbacks.each(arr: [x, x], fn: (x) => x + 1))"
        ),
        "[[2, 2], [3, 3]]"
    );
}

#[test]
fn argument_errors_in_a_callback_are_flux_errors() {
    let rt = runtime();
    assert_eq!(
        run(&rt, "callbacks.each(arr: [1], fn: (y) => y)"),
        "error: error @2:30-2:38: found unexpected argument y (Expected `x`) (argument fn)\n\n\
         error @2:30-2:38: missing required argument x (argument fn)"
    );
    assert_eq!(
        run(&rt, "callbacks.each(arr: [1], fn: (x) => die(msg: \"no\"))"),
        "error: error calling function \"each\" @2:1-2:52: error calling function \"die\" @2:37-2:51: no"
    );
}

#[test]
fn the_step_limit_holds_inside_callbacks() {
    let rt = Runtime::builder()
        .package(test_package())
        .max_steps(1_000)
        .build();
    let ten = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]";
    let src = format!(
        "inner = (a) => callbacks.each(arr: {ten}, fn: (x) => a + x + a + x)\ncallbacks.each(arr: {ten}, fn: (x) => inner(a: x))"
    );
    let got = run(&rt, &src);
    assert!(
        got.contains("evaluation exceeded the limit of 1000 steps"),
        "{got}"
    );
}

#[test]
fn the_call_depth_limit_holds_through_natives() {
    let rt = runtime();
    // No recursion in Flux: a chain of functions, each calling the one before through a native.
    let mut src = String::from("c0 = (x) => x\n");
    for i in 1..=80 {
        src.push_str(&format!(
            "c{i} = (x) => callbacks.each(arr: [x], fn: (x) => c{}(x: x))\n",
            i - 1
        ));
    }
    src.push_str("c80(x: 1)");
    let got = run(&rt, &src);
    assert!(got.contains("maximum call depth of 100 exceeded"), "{got}");
}

#[test]
fn the_time_limit_holds_inside_callbacks() {
    let rt = Runtime::builder()
        .package(test_package())
        .time_limit(Duration::from_millis(200))
        .build();
    let forty: Vec<String> = (1..=40).map(|i| i.to_string()).collect();
    let forty = format!("[{}]", forty.join(", "));
    let src = format!(
        "l3 = (a) => callbacks.each(arr: {forty}, fn: (x) => a + x)\n\
         l2 = (a) => callbacks.each(arr: {forty}, fn: (x) => l3(a: a + x))\n\
         l1 = (a) => callbacks.each(arr: {forty}, fn: (x) => l2(a: a + x))\n\
         callbacks.each(arr: {forty}, fn: (x) => l1(a: x))"
    );
    let got = run(&rt, &src);
    assert!(
        got.contains("evaluation exceeded the time limit of 200ms"),
        "{got}"
    );
}

#[test]
fn an_interrupt_stops_a_callback_loop() {
    let flag = Arc::new(AtomicBool::new(false));
    let raised = flag.clone();
    let stopper = Package::new("testing/stop").function("stop", "() => int", move |_, _| {
        raised.store(true, Ordering::Relaxed);
        Ok(Value::from(0))
    });
    let rt = Runtime::builder()
        .package(test_package())
        .package(stopper)
        .interrupt(flag)
        .build();
    let got = run(
        &rt,
        "import \"testing/stop\"\ncallbacks.each(arr: [1, 2, 3], fn: (x) => if x == 2 then stop.stop() else x)",
    );
    assert!(got.contains("evaluation interrupted"), "{got}");
}
