// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Typed client for the MerchantOps API.
//!
//! TLS (rustls with its `ring` provider) is on by default, for `https://` servers; without default features the client speaks plain HTTP only, unless reqwest's own TLS features are enabled.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
