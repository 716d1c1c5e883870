//! The engine: OpenAPI 3.0/3.1 documents in, Rust crates out.
//!
//! Data flows load → `$ref` check → 3.1 normalization → shared preparation → generators.
//! See ARCHITECTURE.md at the workspace root for the whole picture.

pub mod bundle;
pub mod client;
pub mod diagnostic;
pub mod load;
pub mod manifest;
mod naming;
pub mod normalize;
mod panic_guard;
pub mod pipeline;
pub mod prepare;
pub mod progenitor_view;
pub mod refs;
mod rejection_body;
pub mod render;
pub mod server;

use std::path::Path;

pub use diagnostic::{Diagnostic, Location, Severity, SpecError};
pub use manifest::{ApiEntry, Manifest};
pub use render::GeneratedFile;

/// Everything generated for one API, and the rewrites it took.
#[derive(Debug)]
pub struct ApiOutput {
    pub files: Vec<GeneratedFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Generates every crate of `entry`, reading its spec under `root`.
pub fn generate_api(root: &Path, entry: &ApiEntry) -> Result<ApiOutput, SpecError> {
    let spec = pipeline::prepare_file(root, &entry.spec_path())?;
    generate_prepared(&spec, entry)
}

/// Generates every crate of `entry` from a spec already prepared.
pub fn generate_prepared(spec: &pipeline::PreparedSpec, entry: &ApiEntry) -> Result<ApiOutput, SpecError> {
    let mut diagnostics = spec.diagnostics.clone();
    let client = client::generate_client_crates(spec, entry, &mut diagnostics)?;
    let mut files = client.files;
    if let Some(server_crate) = &entry.server_crate {
        let crates = server::ServerCrates {
            api_name: &entry.name,
            types_crate: &entry.types_crate,
            server_crate,
            type_names: &client.type_names,
        };
        files.extend(server::generate_server_crate(spec, &crates, &mut diagnostics)?);
    }
    Ok(ApiOutput { files, diagnostics })
}
