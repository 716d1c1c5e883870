// @generated from specs/bookshelf.yaml (sha256 3249dae2588b993e3172752f0df76652801f2fd3205f8afb321a1d0f4a32c68d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Bookshelf API: implement [`BookshelfApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
