// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the Corbado Backend API: implement [`CorbadoApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
