// @generated from specs/shapes.yaml (sha256 69264fc6712285a9f209fce48eee43446ad22019c8e2112483f47f9de8e143f9).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Shapes API: implement [`ShapesApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
