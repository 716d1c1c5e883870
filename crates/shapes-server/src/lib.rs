// @generated from specs/shapes.yaml (sha256 04f8c99bda47b646a981c289861c8121bc61ace23f1cf399e3467d98d52fec35).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Shapes API: implement [`ShapesApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
