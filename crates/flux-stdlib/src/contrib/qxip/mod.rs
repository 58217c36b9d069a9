//! Packages under `contrib/qxip/`.

mod cityhash;
pub mod hash;
