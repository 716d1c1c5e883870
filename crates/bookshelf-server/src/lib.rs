// @generated from specs/bookshelf.yaml (sha256 2a5a4fc7ddf42539dc926f604e37d3cd8e28108cba963c371daf68ca1daa3961).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Bookshelf API: implement [`BookshelfApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
