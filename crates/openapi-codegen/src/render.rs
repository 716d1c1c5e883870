//! Turning token streams into the bytes of committed files: formatting, headers, manifests.

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

/// A file the engine produced, with its path relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// The command that regenerates every generated file; named in each header.
pub const REGENERATE_COMMAND: &str = "cargo xtask codegen";

/// Identifies the spec a file came from, for its header.
#[derive(Debug, Clone)]
pub struct Provenance {
    pub spec_path: PathBuf,
    pub sha256: String,
}

impl Provenance {
    /// The header lines, each prefixed by `comment` (`//` or `#`).
    pub fn header(&self, comment: &str) -> String {
        format!(
            "{comment} @generated from {spec} (sha256 {sha}).\n{comment} Do not edit: change the spec, then run `{REGENERATE_COMMAND}`.\n",
            spec = display_slashes(&self.spec_path),
            sha = self.sha256,
        )
    }
}

/// Paths in generated text use `/` on every platform, so the bytes do not depend on the host.
pub fn display_slashes(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Formats `tokens` as a Rust file (prettyplease), under the header.
pub fn rust_file(provenance: &Provenance, tokens: TokenStream) -> Result<String, syn::Error> {
    Ok(rust_file_from_items(provenance, syn::parse2::<syn::File>(tokens)?.items))
}

/// Formats already-parsed items as a Rust file (prettyplease), under the header.
pub fn rust_file_from_items(provenance: &Provenance, items: Vec<syn::Item>) -> String {
    let file = syn::File { shebang: None, attrs: Vec::new(), items };
    format!("{}\n{}", provenance.header("//"), prettyplease::unparse(&file))
}

/// `lib.rs` of a generated crate: docs and a `rustfmt::skip` module holding the code, so
/// `cargo fmt` leaves prettyplease's layout alone and lints see generated code as such.
pub fn crate_root(provenance: &Provenance, doc: &str) -> String {
    let doc: String = doc.lines().map(|line| format!("//! {line}\n").replace("//! \n", "//!\n")).collect();
    format!(
        "{header}\n{doc}\n#[rustfmt::skip]\n#[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]\nmod generated;\n\npub use generated::*;\n",
        header = provenance.header("//"),
    )
}

/// A dependency line of a generated crate's `Cargo.toml`.
#[derive(Clone)]
pub enum Dependency<'a> {
    /// Version and features come from the workspace's `[workspace.dependencies]`.
    Workspace(&'a str),
    /// A sibling generated crate.
    Path { name: &'a str, path: &'a str },
}

/// `Cargo.toml` of a generated crate.
pub fn cargo_manifest(
    provenance: &Provenance,
    name: &str,
    description: &str,
    dependencies: &[Dependency<'_>],
    features: &[(&str, &str)],
) -> String {
    let mut out = provenance.header("#");
    out.push_str(&format!(
        "\n[package]\nname = \"{name}\"\nversion = \"0.1.0\"\ndescription = {description:?}\nedition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\npublish.workspace = true\n\n[dependencies]\n"
    ));
    for dependency in dependencies {
        match dependency {
            Dependency::Workspace(dep) => out.push_str(&format!("{dep}.workspace = true\n")),
            Dependency::Path { name, path } => out.push_str(&format!("{name} = {{ path = \"{path}\" }}\n")),
        }
    }
    if !features.is_empty() {
        out.push_str("\n[features]\n");
        for (feature, enables) in features {
            out.push_str(&format!("{feature} = {enables}\n"));
        }
    }
    out
}
