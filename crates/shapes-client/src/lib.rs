// @generated from specs/shapes.yaml (sha256 57637cfb945ca15b447de17d85258edd8fba50af8fba9d372855b9f34271771b).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
