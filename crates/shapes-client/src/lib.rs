// @generated from specs/shapes.yaml (sha256 49729d844347ae8b6bca71ddb3338f9c205b3fa3c8e1d0a59114443df4b91641).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
