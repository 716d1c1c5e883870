// @generated from specs/shapes.yaml (sha256 4db969ccdbf43baf34cfd80fd1ba8035b1e5bb45fd8fb9d46867dd5e3070d63d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
