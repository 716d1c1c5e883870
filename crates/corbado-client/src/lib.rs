// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Corbado Backend API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
