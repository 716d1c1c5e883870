// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Corbado Backend API: every schema of the spec, as serde types.
//!
//! Shared by the `corbado-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
