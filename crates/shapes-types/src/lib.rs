// @generated from specs/shapes.yaml (sha256 c46bd98a02ddfdc9607bfd13efc5ceed8a489ae2412834e4dc31b2b33ca52641).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Types of the Shapes API: every schema of the spec, as serde types.
//!
//! Shared by the `shapes-client` client and the server stubs.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
mod generated;

pub use generated::*;
