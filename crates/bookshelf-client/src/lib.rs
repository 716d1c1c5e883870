// @generated from specs/bookshelf.yaml (sha256 2a5a4fc7ddf42539dc926f604e37d3cd8e28108cba963c371daf68ca1daa3961).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Bookshelf API.
//!
//! TLS (rustls with its `ring` provider) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
