// @generated from specs/shapes.yaml (sha256 e79a1372dc0962e59744743536043a9591656f97ceb97217d657e35bf281bc41).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
