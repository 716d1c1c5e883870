// @generated from specs/shapes.yaml (sha256 9b209393368d5730ba79c400805dda1ebcdece80b51ca9a1973bfa0df8e5cf8d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
