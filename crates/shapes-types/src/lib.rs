// @generated from specs/shapes.yaml (sha256 6f8bb858e3f7b3159b4955a74dd5aeffe8f8eae4988b311a911ae0d1d0ba115f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
