// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Corbado Backend API.
//!
//! TLS (rustls with its `ring` provider) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
