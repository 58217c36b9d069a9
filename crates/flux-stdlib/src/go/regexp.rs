//! Go regexp.
