// @generated from specs/shapes.yaml (sha256 bbaf987b2f957cdf1b180f19340f0e8282466c32d6f347bc7b01238a6a74024c).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Shapes API: implement [`ShapesApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
