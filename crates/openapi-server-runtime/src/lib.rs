//! Run-time support for generated axum server stubs. Generated crates call into this crate for
//! everything that is the same across APIs — reading credentials, decoding parameters and
//! bodies, describing rejected requests, status codes that cannot be invalid — so that the
//! generated code only says what is specific to one spec. [`serve`] puts a router on the
//! network with every connection bounded in time, size and number.

pub mod credentials;
pub mod input;
pub mod rejection;
pub mod respond;
pub mod serve;
pub mod status;

pub use credentials::{ApiKey, BasicCredentials, BearerToken};
pub use rejection::{LocStep, Problem, ProblemKind, Rejection, RejectionReason, Source};
pub use serve::{ServeLimits, serve};
pub use status::{AnyStatus, RangeStatus};
