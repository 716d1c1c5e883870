// @generated from specs/shapes.yaml (sha256 49729d844347ae8b6bca71ddb3338f9c205b3fa3c8e1d0a59114443df4b91641).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
