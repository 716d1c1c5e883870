// @generated from specs/shapes.yaml (sha256 cb798c9be6fc4fec1079adc0b6b54b9957dba60ba1a67cd08f446cb6d640bbbd).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
