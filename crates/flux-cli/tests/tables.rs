//! Scripts under testdata/tables/ run through the binary in each output format;
//! the outputs are insta snapshots.

mod common;

use std::path::PathBuf;

use common::{flux, stderr, stdout};

fn run(script: &str, format: &str) -> Result<String, Box<dyn std::error::Error>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/tables")
        .join(script);
    let out = flux().args(["--format", format]).arg(&path).output()?;
    Ok(format!(
        "exit: {:?}\n{}{}",
        out.status.code(),
        stdout(&out),
        stderr(&out)
    ))
}

macro_rules! snapshot_formats {
    ($name:ident, $script:literal) => {
        #[test]
        fn $name() -> Result<(), Box<dyn std::error::Error>> {
            for format in ["text", "csv", "json"] {
                insta::assert_snapshot!(
                    format!("{}_{format}", stringify!($name)),
                    run($script, format)?
                );
            }
            Ok(())
        }
    };
}

snapshot_formats!(array_from, "array_from.flux");
snapshot_formats!(csv_from, "csv_from.flux");
