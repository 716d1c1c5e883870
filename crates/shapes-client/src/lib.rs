// @generated from specs/shapes.yaml (sha256 69264fc6712285a9f209fce48eee43446ad22019c8e2112483f47f9de8e143f9).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the Shapes API.
//!
//! TLS (rustls) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
