// @generated from specs/shapes.yaml (sha256 9b209393368d5730ba79c400805dda1ebcdece80b51ca9a1973bfa0df8e5cf8d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
