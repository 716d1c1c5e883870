// @generated from specs/shapes.yaml (sha256 745a66bc69abbb4a41da19f1e4c1764918c8edfe1de85d81ceb1eac787e16ae3).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
