//! The engine: OpenAPI 3.0/3.1 documents in, Rust crates out.
//!
//! Data flows load → bundle → 3.1 normalization → `$ref` check → type shapes → shared
//! preparation → generators (client, server).
//! See ARCHITECTURE.md at the workspace root for the whole picture.

pub mod bundle;
pub mod client;
pub mod diagnostic;
pub mod document;
pub mod load;
pub mod manifest;
pub mod naming;
pub mod normalize;
mod panic_guard;
pub mod pipeline;
pub mod prepare;
pub mod progenitor_view;
mod rejection_body;
pub mod render;
pub mod security;
pub mod select;
pub mod server;
mod server_model;
mod shared_types;
pub mod spec_diff;
mod tolerant_enums;
mod type_builders;
pub mod type_definitions;
mod type_serde;
mod type_shapes;

use std::path::Path;

use diagnostic::PointerError;
pub use diagnostic::{Diagnostic, ErrorKind, Location, Position, Rule, Severity, SpecError};
pub use manifest::{ApiEntry, Manifest};
pub use render::GeneratedFile;

/// Everything generated for one API, and the rewrites it took.
#[derive(Debug)]
pub struct ApiOutput {
    pub files: Vec<GeneratedFile>,
    pub diagnostics: Vec<Diagnostic>,
    /// The `openapi` version the spec declares.
    pub openapi_version: String,
    /// SHA-256 of the spec file as read.
    pub sha256: String,
    pub operations: usize,
    /// The Rust method name of each operation, as the client and the server trait spell it.
    pub operation_methods: Vec<String>,
}

/// Generates every crate of `entry`, reading its spec under `root`. An error found after
/// parsing gets the line and column of its pointer, when the spec's text has that place.
pub fn generate_api(root: &Path, entry: &ApiEntry) -> Result<ApiOutput, SpecError> {
    let prepared = pipeline::prepare_file(root, &entry.spec_path()).and_then(|mut spec| {
        if let Some(selection) = &entry.select {
            select::apply(&mut spec.document, selection, &mut spec.diagnostics).map_err(|e| spec.error(e))?;
        }
        Ok(spec)
    });
    prepared.and_then(|spec| generate_leaving_out_failures(spec, entry)).map_err(|err| {
        match std::fs::read_to_string(root.join(&err.file)) {
            Ok(source) => err.placed_in(&source),
            Err(_) => err,
        }
    })
}

/// At most this many operations of one API are left out before its failure is reported: past
/// that, the engine is missing something the spec uses throughout.
const MAX_LEFT_OUT: usize = 20;

/// Generates every crate of `entry`; what a generator fails on is left out (see
/// [`select::leave_out_failure`]) and the rest generated again, unless the manifest asks for `strict`.
fn generate_leaving_out_failures(mut spec: pipeline::PreparedSpec, entry: &ApiEntry) -> Result<ApiOutput, SpecError> {
    for _ in 0..MAX_LEFT_OUT {
        let failure = match generate_prepared(&spec, entry) {
            Ok(output) => return Ok(output),
            Err(failure) => failure,
        };
        let skippable = !entry.strict && matches!(failure.kind, ErrorKind::Generator | ErrorKind::Unsupported);
        let pointer = failure.location.pointer.as_deref().unwrap_or_default();
        if !skippable
            || !select::leave_out_failure(&mut spec.document, pointer, &failure.message, &mut spec.diagnostics)
        {
            return Err(failure);
        }
    }
    generate_prepared(&spec, entry)
}

/// Generates every crate of `entry` from a spec already prepared.
pub fn generate_prepared(spec: &pipeline::PreparedSpec, entry: &ApiEntry) -> Result<ApiOutput, SpecError> {
    let mut diagnostics = spec.diagnostics.clone();
    let (files, formatted) = render::with_formatter(|formatter| {
        // The server stub is generated beside the client (which takes longest), on a thread
        // of its own; its items go to the same formatter.
        std::thread::scope(|scope| {
            let mut type_roots = None;
            let server = entry.server_crate.as_ref().map(|server_crate| {
                let mut formatter = formatter.clone();
                let (roots_sender, roots_receiver) = std::sync::mpsc::channel();
                type_roots = Some(roots_receiver);
                scope.spawn(move || {
                    let crates =
                        server::ServerCrates { api_name: &entry.name, types_crate: &entry.types_crate, server_crate };
                    let mut diagnostics = Vec::new();
                    let output =
                        server::generate_server_crate(spec, &crates, &mut diagnostics, &mut formatter, roots_sender);
                    output.map(|output| (output, diagnostics))
                })
            });
            let client = client::generate_client_crates(spec, entry, &mut diagnostics, formatter, type_roots)?;
            let mut files = client.files;
            if let Some(server) = server {
                let stopped = || spec.error(PointerError::generator("", "internal: the server generator stopped"));
                let (server, server_diagnostics) = server.join().map_err(|_| stopped())??;
                let missing = server.used_types.iter().find(|(name, _)| !client.type_names.contains(*name));
                if let Some((name, reference)) = missing {
                    let message = format!("the types crate has no type `{name}` for `{reference}`");
                    return Err(spec.error(PointerError::generator("", message)));
                }
                diagnostics.extend(server_diagnostics);
                files.extend(server.finish(&spec.document, &client.definitions, formatter));
            }
            Ok(files)
        })
    });
    let files = render::assemble_files(files?, formatted)
        .map_err(|message| spec.error(PointerError::generator("", message)))?;
    Ok(ApiOutput {
        files,
        diagnostics,
        openapi_version: spec.source_version.clone(),
        sha256: spec.provenance.sha256.clone(),
        operations: document::operations(&spec.document).count(),
        operation_methods: document::operations(&spec.document)
            .map(|at| naming::sanitize(at.id().unwrap_or(at.method.as_str()), naming::Case::Snake))
            .collect(),
    })
}

/// Every rewrite rule, grouped by the stage that applies it.
pub fn rewrite_rules() -> Vec<(&'static str, Vec<Rule>)> {
    vec![
        ("bundle (specs split over files)", bundle::RULES.to_vec()),
        ("normalize (OpenAPI 3.1 only)", normalize::RULES.to_vec()),
        ("type shapes (every generator)", type_shapes::RULES.to_vec()),
        ("prepare (every generator)", [prepare::RULES, shared_types::RULES].concat()),
        ("select (`[api.select]` in the manifest)", select::RULES.to_vec()),
        ("client", [progenitor_view::RULES, client::RULES].concat()),
        ("server", server::RULES.to_vec()),
    ]
}

/// Where the rewrite table is committed, relative to the workspace root.
pub const REWRITES_PATH: &str = "crates/openapi-codegen/REWRITES.md";

/// Files generated from the engine itself rather than from a spec (the rewrite table); written
/// and checked by `cargo xtask codegen` with the crates of every API.
pub fn engine_files() -> Vec<GeneratedFile> {
    vec![GeneratedFile { path: REWRITES_PATH.into(), contents: rewrite_rules_markdown() }]
}

/// The rewrite table as Markdown: the text of `REWRITES.md`.
pub fn rewrite_rules_markdown() -> String {
    let mut out = format!(
        "<!-- @generated from the engine's rule tables. Do not edit: change the rules, then run `{}`. -->\n\n# Rewrites\n\nWhat the engine may rewrite on the way from a spec to code, stage by stage. Each rewrite it\nmakes is reported as a diagnostic naming its rule and the JSON pointer in the spec; `lossy` ones\nlose something the generated code cannot carry and are printed by `cargo xtask codegen`.\n",
        render::REGENERATE_COMMAND
    );
    for (stage, rules) in rewrite_rules() {
        out.push_str(&format!("\n## {stage}\n\n| rule | severity | rewrite |\n|---|---|---|\n"));
        for rule in rules {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                rule.name,
                rule.severity,
                rule.description.replace('|', "\\|")
            ));
        }
    }
    out
}
