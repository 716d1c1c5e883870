//! The stages every generator shares: load → bundle → normalize 3.1 → check `$ref`s → prepare.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::diagnostic::{Diagnostic, ErrorKind, Location, PointerError, SpecError};
use crate::load::{LoadedSpec, OpenApiLine, load_spec};
use crate::render::Provenance;
use crate::spec_diff::{EventsView, Version};

/// A spec in the OpenAPI 3.0 form every generator reads, with what it took to get there.
#[derive(Debug, Clone)]
pub struct PreparedSpec {
    pub provenance: Provenance,
    /// The `openapi` version as written.
    pub source_version: String,
    pub document: Value,
    /// Rewrites so far, in the order they were made.
    pub diagnostics: Vec<Diagnostic>,
}

impl PreparedSpec {
    /// Places an error found at `pointer` in this spec's file.
    pub fn error(&self, err: PointerError) -> SpecError {
        err.in_file(&self.provenance.spec_path)
    }
}

/// Reads `root/spec_path`, brings in the files it refers to, and prepares it.
pub fn prepare_file(root: &Path, spec_path: &Path) -> Result<PreparedSpec, SpecError> {
    let (loaded, diagnostics) = load_bundled(root, spec_path)?;
    prepare_with(loaded, diagnostics)
}

/// Prepares a spec that refers to no other file.
pub fn prepare_loaded(loaded: LoadedSpec) -> Result<PreparedSpec, SpecError> {
    prepare_with(loaded, Vec::new())
}

/// A version of a spec as `spec_diff` compares it.
#[derive(Debug, Clone)]
pub struct ComparedSpec {
    pub api: PreparedSpec,
    /// Its webhooks and callbacks as operations, prepared, if it has any.
    pub events: Option<EventsView>,
    /// The component schemas it declares.
    pub written: BTreeSet<String>,
}

impl ComparedSpec {
    pub fn version(&self) -> Version<'_> {
        Version { api: &self.api.document, events: self.events.as_ref(), written: &self.written }
    }
}

/// Reads `root/spec_path`, brings in the files it refers to, and prepares it for comparing.
pub fn prepare_file_for_diff(root: &Path, spec_path: &Path) -> Result<ComparedSpec, SpecError> {
    let (loaded, diagnostics) = load_bundled(root, spec_path)?;
    prepare_for_diff(loaded, diagnostics)
}

/// Prepares a spec that refers to no other file for comparing.
pub fn prepare_loaded_for_diff(loaded: LoadedSpec) -> Result<ComparedSpec, SpecError> {
    prepare_for_diff(loaded, Vec::new())
}

fn prepare_for_diff(loaded: LoadedSpec, diagnostics: Vec<Diagnostic>) -> Result<ComparedSpec, SpecError> {
    let events = crate::spec_diff::events_view(&loaded.document);
    let written = crate::spec_diff::written_schemas(&loaded.document);
    let api = prepare_with(loaded.clone(), diagnostics.clone())?;
    let events = match events {
        Some(mut view) => {
            let document = std::mem::take(&mut view.document);
            view.document = prepare_with(LoadedSpec { document, ..loaded }, diagnostics)?.document;
            Some(view)
        }
        None => None,
    };
    Ok(ComparedSpec { api, events, written })
}

fn load_bundled(root: &Path, spec_path: &Path) -> Result<(LoadedSpec, Vec<Diagnostic>), SpecError> {
    let file = root.join(spec_path);
    let mut loaded = load_spec(&file, spec_path)?;
    let mut diagnostics = Vec::new();
    crate::bundle::bundle(&mut loaded.document, &file, spec_path, &mut diagnostics)?;
    Ok((loaded, diagnostics))
}

fn prepare_with(loaded: LoadedSpec, mut diagnostics: Vec<Diagnostic>) -> Result<PreparedSpec, SpecError> {
    let file = loaded.display_path.clone();
    let mut document = loaded.document;
    // 3.1 `$ref`s may name an `$id` or an anchor; normalization turns them into JSON pointers,
    // so they are checked after it. A 3.0 document is checked as written.
    if loaded.line == OpenApiLine::V31 {
        crate::normalize::normalize_31(&mut document, &mut diagnostics).map_err(|e| e.in_file(&file))?;
    }
    crate::document::check_references(&document).map_err(|e| e.in_file(&file))?;
    crate::document::check_operations(&document).map_err(|e| e.in_file(&file))?;
    crate::prepare::local_references(&mut document, &mut diagnostics);
    crate::type_shapes::rewrite(&mut document, &mut diagnostics).map_err(|e| e.in_file(&file))?;
    crate::prepare::prepare(&mut document, &mut diagnostics);
    Ok(PreparedSpec {
        provenance: Provenance { spec_path: file, sha256: loaded.sha256 },
        source_version: loaded.version,
        document,
        diagnostics,
    })
}

/// Reads a prepared document as openapiv3's model; a mismatch names the JSON pointer.
pub fn to_openapi(document: Value, file: &Path) -> Result<openapiv3::OpenAPI, SpecError> {
    serde_path_to_error::deserialize(document).map_err(|err: serde_path_to_error::Error<serde_json::Error>| {
        let pointer = err.path().iter().fold(String::new(), |pointer, segment| {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => crate::document::pointer_push(&pointer, &index.to_string()),
                Segment::Map { key } => crate::document::pointer_push(&pointer, key),
                Segment::Enum { .. } | Segment::Unknown => pointer,
            }
        });
        SpecError::new(
            file,
            Location::at_pointer(pointer),
            ErrorKind::Invalid,
            format!("not a valid OpenAPI 3.0 document here: {}", err.inner()),
        )
    })
}
