// @generated from specs/shapes.yaml (sha256 0c1b4ad4533f40bf31e04c3fb61cd919245fbe1aa2d02f149de0c0afff01d1e3).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
