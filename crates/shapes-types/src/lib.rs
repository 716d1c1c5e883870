// @generated from specs/shapes.yaml (sha256 04f8c99bda47b646a981c289861c8121bc61ace23f1cf399e3467d98d52fec35).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
