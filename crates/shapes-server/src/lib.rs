// @generated from specs/shapes.yaml (sha256 e79a1372dc0962e59744743536043a9591656f97ceb97217d657e35bf281bc41).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Shapes API: implement [`ShapesApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
