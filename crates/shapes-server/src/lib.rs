// @generated from specs/shapes.yaml (sha256 57637cfb945ca15b447de17d85258edd8fba50af8fba9d372855b9f34271771b).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Shapes API: implement [`ShapesApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
