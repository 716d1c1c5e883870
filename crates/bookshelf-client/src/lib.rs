// @generated from specs/bookshelf.yaml (sha256 3249dae2588b993e3172752f0df76652801f2fd3205f8afb321a1d0f4a32c68d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Bookshelf API.
//!
//! Enable the `rustls` feature (or reqwest's own TLS features) to reach `https://` servers.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
