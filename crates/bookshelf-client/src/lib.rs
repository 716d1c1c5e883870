// @generated from specs/bookshelf.yaml (sha256 2a5a4fc7ddf42539dc926f604e37d3cd8e28108cba963c371daf68ca1daa3961).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Bookshelf API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
