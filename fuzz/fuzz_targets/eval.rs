//! Evaluation never panics or overflows the stack, and always ends: a step limit,
//! no network (the allow-list is empty), and an error renders. (libFuzzer's
//! `-timeout` catches an input that runs too long.)
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn runtime() -> &'static flux::Runtime {
    static RUNTIME: OnceLock<flux::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        flux::Runtime::builder()
            .secrets(flux::MemorySecrets::new().with("k", "s3cr3t"))
            .allow_hosts(Vec::<String>::new())
            .max_steps(20_000)
            .build()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match runtime().eval(source) {
        Ok(values) => {
            for v in values {
                let _ = v.display();
            }
        }
        Err(e) => {
            let _ = e.render_plain();
        }
    }
});
