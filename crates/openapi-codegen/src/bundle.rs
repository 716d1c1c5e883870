//! Multi-file specs: `$ref`s into sibling files (`common.yml#/components/parameters/sort`)
//! are brought into the main document, so everything after this stage sees one document.
//! Reusable components keep their name in the main document's `components`; anything else
//! referenced in another file is copied in place of the reference.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use crate::diagnostic::{Diagnostic, ErrorKind, Location, Rule, Severity, SpecError};
use crate::document::{component_ref, pointer_join, pointer_push, pointer_tokens, resolve_pointer};
use crate::load::load_document;

/// The rules this stage reports, for the rewrite table.
pub const BUNDLE: Rule = Rule {
    name: "bundle",
    severity: Severity::Note,
    description: "A component another file defines is copied into the document's `components`.",
};

/// Every rule this stage applies, in the order of the rewrite table.
pub const RULES: &[Rule] = &[BUNDLE];

/// Copies of a referenced value may nest; past this depth the references form a cycle.
const MAX_DEPTH: usize = 64;

/// Brings every file-relative `$ref` of `document` (read from `file`, shown as `display`) into
/// it. References with a URL scheme are left alone: in 3.1 they name an `$id`.
pub fn bundle(
    document: &mut Value,
    file: &Path,
    display: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), SpecError> {
    let root_dir = normalize_path(file.parent().unwrap_or(Path::new("")));
    let taken = document
        .get("components")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(section, entries)| {
            entries.as_object().into_iter().flatten().map(move |(name, _)| (section.clone(), name.clone()))
        })
        .collect();
    let mut bundler = Bundler {
        root_dir,
        display: display.to_path_buf(),
        files: BTreeMap::new(),
        imported: BTreeMap::new(),
        taken,
        additions: Vec::new(),
    };
    let main = Source { path: normalize_path(file), display: display.to_path_buf(), is_main: true };
    // On an error the caller drops the half-rewritten document.
    bundler.rewrite(document, &main, "", 0)?;
    for (section, name, value, from) in bundler.additions {
        let components = document
            .as_object_mut()
            .map(|root| root.entry("components").or_insert_with(|| Value::Object(Default::default())));
        let Some(Value::Object(components)) = components else { continue };
        let entries = components.entry(section.clone()).or_insert_with(|| Value::Object(Default::default()));
        if let Value::Object(entries) = entries {
            entries.insert(name.clone(), value);
        }
        diagnostics.push(Diagnostic::note(
            pointer_join("/components", [section.as_str(), name.as_str()]),
            &BUNDLE,
            format!("brought in from `{from}`"),
        ));
    }
    Ok(())
}

/// The file a value was read from, for resolving its relative references.
#[derive(Clone)]
struct Source {
    path: PathBuf,
    display: PathBuf,
    is_main: bool,
}

struct Bundler {
    root_dir: PathBuf,
    display: PathBuf,
    files: BTreeMap<PathBuf, Value>,
    /// (file, pointer) → the local reference it became.
    imported: BTreeMap<(PathBuf, String), String>,
    /// (section, name) of every component in the bundled document.
    taken: std::collections::BTreeSet<(String, String)>,
    /// Components to add: section, name, value, source file.
    additions: Vec<(String, String, Value, String)>,
}

impl Bundler {
    fn error(&self, pointer: &str, message: String) -> SpecError {
        SpecError::new(&self.display, Location::at_pointer(pointer), ErrorKind::Reference, message)
    }

    /// Rewrites the references inside `value`, which was read from `source`.
    fn rewrite(&mut self, value: &mut Value, source: &Source, pointer: &str, depth: usize) -> Result<(), SpecError> {
        if depth > MAX_DEPTH {
            return Err(self.error(pointer, "references between files form a cycle (or nest too deep)".into()));
        }
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref").cloned() {
                    let at = pointer_push(pointer, "$ref");
                    match self.resolve(&target, source, &at, depth)? {
                        Resolved::Reference(local) => {
                            map.insert("$ref".into(), Value::String(local));
                        }
                        Resolved::Inline(inlined) => {
                            map.remove("$ref");
                            match inlined {
                                // Keys beside the reference (3.1 `description` overrides) win.
                                Value::Object(inlined) => {
                                    for (key, item) in inlined {
                                        map.entry(key).or_insert(item);
                                    }
                                }
                                other if map.is_empty() => {
                                    *value = other;
                                    return Ok(());
                                }
                                _ => {
                                    return Err(
                                        self.error(&at, format!("`{target}` is not an object and has siblings"))
                                    );
                                }
                            }
                        }
                        Resolved::Unchanged => {}
                    }
                }
                for (key, child) in map.iter_mut() {
                    if key != "$ref" {
                        self.rewrite(child, source, &pointer_push(pointer, key), depth)?;
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    self.rewrite(item, source, &pointer_push(pointer, &index.to_string()), depth)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn resolve(&mut self, target: &str, source: &Source, at: &str, depth: usize) -> Result<Resolved, SpecError> {
        let (file_part, fragment) = target.split_once('#').unwrap_or((target, ""));
        if file_part.contains("://") || file_part.starts_with("urn:") {
            return Ok(Resolved::Unchanged);
        }
        if file_part.is_empty() {
            if source.is_main {
                return Ok(Resolved::Unchanged);
            }
            return self.import(source.clone(), fragment, at, depth);
        }
        let base = source.path.parent().unwrap_or(Path::new(""));
        let path = normalize_path(&base.join(file_part));
        if !path.starts_with(&self.root_dir) {
            return Err(self.error(at, format!("`{target}` points outside the spec's folder")));
        }
        let display =
            self.display.parent().unwrap_or(Path::new("")).join(path.strip_prefix(&self.root_dir).unwrap_or(&path));
        let is_main = path == normalize_path(&self.root_dir.join(self.display.file_name().unwrap_or_default()));
        self.import(Source { path, display, is_main }, fragment, at, depth)
    }

    /// The value at `fragment` of `source`, as a local reference (components) or a copy.
    fn import(&mut self, source: Source, fragment: &str, at: &str, depth: usize) -> Result<Resolved, SpecError> {
        if source.is_main {
            return Ok(Resolved::Reference(format!("#{fragment}")));
        }
        let key = (source.path.clone(), fragment.to_string());
        if let Some(local) = self.imported.get(&key) {
            return Ok(Resolved::Reference(local.clone()));
        }
        if !self.files.contains_key(&source.path) {
            let loaded = load_document(&source.path, &source.display)
                .map_err(|e| self.error(at, format!("cannot bundle: {e}")))?;
            self.files.insert(source.path.clone(), loaded);
        }
        let found = self.files.get(&source.path).and_then(|doc| resolve_pointer(doc, fragment)).cloned();
        let Some(mut value) = found else {
            return Err(self
                .error(at, format!("dangling reference: nothing at `#{fragment}` in `{}`", source.display.display())));
        };
        let tokens: Vec<String> = pointer_tokens(fragment).collect();
        if let [first, section, name] = tokens.as_slice()
            && first == "components"
        {
            // A name the main document (or another file) already uses gets the file's stem.
            let stem = source.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let name = std::iter::once(name.clone())
                .chain((1..).map(|n| if n == 1 { format!("{name}-{stem}") } else { format!("{name}-{stem}-{n}") }))
                .find(|candidate| !self.taken.contains(&(section.clone(), candidate.clone())))
                .unwrap_or_default();
            self.taken.insert((section.clone(), name.clone()));
            let local = component_ref(section, &name);
            // Registered before the copy is rewritten, so a component may refer to itself.
            self.imported.insert(key, local.clone());
            self.rewrite(&mut value, &source, at, depth + 1)?;
            self.additions.push((section.clone(), name, value, source.display.display().to_string()));
            return Ok(Resolved::Reference(local));
        }
        self.rewrite(&mut value, &source, at, depth + 1)?;
        Ok(Resolved::Inline(value))
    }
}

enum Resolved {
    Reference(String),
    Inline(Value),
    Unchanged,
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
