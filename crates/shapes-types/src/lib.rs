// @generated from specs/shapes.yaml (sha256 e79a1372dc0962e59744743536043a9591656f97ceb97217d657e35bf281bc41).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
