//! Go strings.
