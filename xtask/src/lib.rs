//! Workspace tasks, as a library so the tests drive the same code as `cargo xtask`.

pub mod bench;
pub mod codegen;
pub mod conformance;
pub mod diff;
pub mod semver;
pub mod try_spec;
pub mod vendor;

use std::path::PathBuf;

/// The checkout `cargo xtask` was run in: the nearest folder at or above the current one that
/// holds `specs/apis.toml`. Read at run time, never from where the binary was built, so one
/// target directory shared by several checkouts still acts on the one the user is in.
pub fn workspace_root() -> Result<PathBuf, String> {
    let here = std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    openapi_codegen::manifest::find_workspace_root(&here).ok_or_else(|| {
        format!(
            "{} is not inside a checkout of this workspace (no {} above it)",
            here.display(),
            openapi_codegen::manifest::MANIFEST_PATH
        )
    })
}
