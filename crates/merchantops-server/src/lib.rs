// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

//! Server stub for the MerchantOps API: implement [`MerchantopsApi`] and serve [`router`].
//!
//! Inputs are parsed and validated against the spec before a method is called; refused
//! requests are answered with the error body the spec declares.

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications, non_camel_case_types)]
mod generated;

pub use generated::*;
