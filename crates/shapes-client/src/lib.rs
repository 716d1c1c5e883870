// @generated from specs/shapes.yaml (sha256 4db969ccdbf43baf34cfd80fd1ba8035b1e5bb45fd8fb9d46867dd5e3070d63d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
