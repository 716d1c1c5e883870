// @generated from specs/shapes.yaml (sha256 6bc8ab89131ac188d7218475ba8b16dada7aa492fde5120da5d83c05f6bbadc1).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! TLS (rustls) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
