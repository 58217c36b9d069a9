#!/bin/sh
# A RUSTC_WRAPPER that caps lint levels at "warn" for every crate cargo compiles, build scripts and
# build dependencies included (RUSTFLAGS does not reach those when cargo is given --target, as
# InfluxData's pkg-config wrapper does). libflux denies warnings, and newer compilers warn more.
case " $* " in
*" --cap-lints"*) exec "$@" ;;
esac
exec "$@" --cap-lints=warn
