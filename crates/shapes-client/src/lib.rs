// @generated from specs/shapes.yaml (sha256 307e756f7bf43d24717fc12e29613685f54c26ee581a8398645ce62470190b56).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! TLS (rustls with its `ring` provider) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
