// @generated from specs/shapes.yaml (sha256 bbaf987b2f957cdf1b180f19340f0e8282466c32d6f347bc7b01238a6a74024c).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
