// @generated from specs/shapes.yaml (sha256 69264fc6712285a9f209fce48eee43446ad22019c8e2112483f47f9de8e143f9).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
