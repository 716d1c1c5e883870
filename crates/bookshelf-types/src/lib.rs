// @generated from specs/bookshelf.yaml (sha256 3249dae2588b993e3172752f0df76652801f2fd3205f8afb321a1d0f4a32c68d).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Bookshelf API: every schema of the spec, as serde types.
//!
//! Shared by the `bookshelf-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
