//! Workspace tasks, as a library so the tests drive the same code as `cargo xtask`.

pub mod bench;
pub mod codegen;
pub mod conformance;
pub mod diff;
pub mod semver;
pub mod try_spec;
pub mod vendor;

use std::path::PathBuf;

/// `print!`, but a reader that has gone away (`cargo xtask diff | head`) only ends the output:
/// `print!` would panic on the closed pipe.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = ::std::io::stdout().write_fmt(format_args!($($arg)*));
    }};
}

/// `println!`, as [`out!`] is `print!`.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let mut stdout = ::std::io::stdout().lock();
        let _ = stdout.write_fmt(format_args!($($arg)*)).and_then(|()| stdout.write_all(b"\n"));
    }};
}

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
