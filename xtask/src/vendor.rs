//! `cargo xtask vendor NAME [--from PATH_OR_URL]`: brings a new version of a managed spec into
//! `specs/`, with every file it `$ref`s, and regenerates its crates.
//!
//! Everything is fetched into a scratch folder and generated there first: a download that
//! fails (an HTTP error, a refused connection, a truncated body), a file that is not YAML or
//! JSON, or a spec that does not load or generate changes nothing in `specs/` or `crates/`.
//! Downloads go through `curl`, which every platform ships: it keeps TLS out of the
//! generator's own build, so a first `cargo xtask codegen` does not compile a TLS stack.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use openapi_codegen::document::walk::each_node;
use openapi_codegen::load::{load_document, load_spec};
use openapi_codegen::manifest::{ApiEntry, read_manifest};
use openapi_codegen::pipeline::prepare_file_for_diff;
use openapi_codegen::spec_diff::Change;
use serde_json::Value;

use crate::codegen::{Mode, run as codegen};

/// Files one spec may bring in: a spec whose references never end is refused.
const MAX_FILES: usize = 256;
/// Largest file downloaded, in bytes: the largest public specs are a few tens of MB.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// How long one download may take, in seconds.
const DOWNLOAD_SECONDS: u64 = 300;

/// What a vendoring changed.
#[derive(Debug)]
pub struct Vendored {
    /// The files written into `specs/`, relative to it.
    pub files: Vec<PathBuf>,
    /// The digest recorded before, and now.
    pub sha256: (String, String),
    /// What changed in the API, as `cargo xtask diff` reports it (no acceptance applied);
    /// empty when the previous version does not load.
    pub changes: Vec<Change>,
    /// What `cargo xtask codegen` said.
    pub codegen: String,
}

impl Vendored {
    pub fn render(&self) -> String {
        let mut text = String::new();
        for file in &self.files {
            text.push_str(&format!("vendored specs/{}\n", file.display()));
        }
        let (before, after) = &self.sha256;
        match before == after {
            true => text.push_str(&format!("sha256 {after}: the spec has not changed\n")),
            false => text.push_str(&format!("sha256 {before} → {after}\n")),
        }
        text.push_str(&crate::diff::render_changes(&self.changes));
        text.push_str(&self.codegen);
        text
    }
}

/// Fetches the API `name`'s spec from `from` (a path or an `http(s)` URL; its `upstream` by
/// default) into `specs/`, and regenerates.
pub fn run(root: &Path, name: &str, from: Option<&str>) -> Result<Vendored, String> {
    let (_, manifest) = read_manifest(root).map_err(|e| e.to_string())?;
    let Some(entry) = manifest.apis.iter().find(|api| api.name == name) else {
        let known: Vec<&str> = manifest.apis.iter().map(|api| api.name.as_str()).collect();
        return Err(format!("no API `{name}` in specs/apis.toml (it lists {})", known.join(", ")));
    };
    let source = match from {
        Some(from) => Source::parse(from),
        None if is_url(&entry.upstream) => Source::parse(&entry.upstream),
        None => return Err(format!("`{name}` has no upstream URL to fetch from ({}): give --from", entry.upstream)),
    };
    let scratch = tempfile::tempdir().map_err(|e| format!("cannot make a scratch folder: {e}"))?;
    let fetched = fetch_with_references(&source, &entry.spec, &scratch.path().join("specs"))?;
    // Generated in the scratch folder first: a spec that fails there changes nothing here.
    let generated = openapi_codegen::generate_api(scratch.path(), entry).map_err(|e| e.to_string())?;
    let changes = api_changes(root, scratch.path(), entry);
    let previous = write_files(root, scratch.path(), &fetched)?;
    let report = codegen(root, Mode::Write);
    let (outcome, diagnostics) = report.render_parts();
    if !report.succeeded() {
        restore(previous);
        return Err(format!("{diagnostics}{outcome}the previous spec files are back in place"));
    }
    Ok(Vendored {
        files: fetched,
        sha256: (entry.sha256.clone(), generated.sha256),
        changes,
        codegen: format!("{diagnostics}{outcome}"),
    })
}

/// Where a file comes from: a URL, a path, or a path of the checkout at a git revision.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Source {
    Url(String),
    Path(PathBuf),
    /// `git show REVISION:PATH` in the checkout at `root`.
    Git {
        root: PathBuf,
        revision: String,
        path: PathBuf,
    },
}

impl Source {
    fn parse(text: &str) -> Self {
        match is_url(text) {
            true => Source::Url(text.to_string()),
            false => Source::Path(PathBuf::from(text)),
        }
    }

    /// The file `reference` (relative, `/`-separated) names beside this one.
    fn beside(&self, reference: &str) -> Self {
        match self {
            Source::Url(url) => {
                // The folder of the URL, without its query; `..` and `.` are for the server.
                let path_end = url.find(['?', '#']).unwrap_or(url.len());
                let folder = url[..path_end].rfind('/').map_or(url.as_str(), |slash| &url[..=slash]);
                Source::Url(format!("{folder}{reference}"))
            }
            Source::Path(path) => Source::Path(path.parent().unwrap_or(Path::new("")).join(reference)),
            Source::Git { root, revision, path } => {
                let beside = within_specs(path, reference).unwrap_or_else(|| path.join(reference));
                Source::Git { root: root.clone(), revision: revision.clone(), path: beside }
            }
        }
    }

    fn describe(&self) -> String {
        match self {
            Source::Url(url) => url.clone(),
            Source::Path(path) => path.display().to_string(),
            Source::Git { revision, path, .. } => format!("{revision}:{}", path.display()),
        }
    }
}

fn is_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://")
}

/// Fetches `source` as `specs_dir/spec`, then every file it refers to, transitively, each at
/// its place relative to the spec; the files written, relative to `specs_dir`.
pub(crate) fn fetch_with_references(source: &Source, spec: &Path, specs_dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut fetched = BTreeMap::new();
    let mut pending = vec![(source.clone(), spec.to_path_buf())];
    while let Some((source, relative)) = pending.pop() {
        if fetched.contains_key(&relative) {
            continue;
        }
        if fetched.len() == MAX_FILES {
            return Err(format!("{} refers to more than {MAX_FILES} files", spec.display()));
        }
        let destination = specs_dir.join(&relative);
        if let Some(folder) = destination.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot write {}: {e}", folder.display()))?;
        }
        fetch(&source, &destination)?;
        let display = Path::new("specs").join(&relative);
        // The spec itself must be OpenAPI; the files it refers to need only be YAML or JSON.
        let document = match relative == spec {
            true => load_spec(&destination, &display).map(|loaded| loaded.document),
            false => load_document(&destination, &display),
        }
        .map_err(|e| format!("{e} (fetched from {})", source.describe()))?;
        for reference in file_references(&document) {
            let target = within_specs(&relative, &reference).ok_or_else(|| {
                format!("{} refers to `{reference}`, outside the folder of the spec", display.display())
            })?;
            pending.push((source.beside(&reference), target));
        }
        fetched.insert(relative, ());
    }
    Ok(fetched.into_keys().collect())
}

/// The files the `$ref`s of `document` name (`common.yaml#/components/…` → `common.yaml`);
/// references within the document and to URLs (a 3.1 `$id`) are not files to fetch.
fn file_references(document: &Value) -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    each_node(document, &mut |node, _| {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let file = reference.split('#').next().unwrap_or_default();
            if !file.is_empty() && !file.contains("://") {
                files.insert(file.to_string());
            }
        }
        true
    });
    files
}

/// `reference` (relative to the file `from`, both relative to `specs/`) as a path relative to
/// `specs/`; `None` when it leaves the folder.
fn within_specs(from: &Path, reference: &str) -> Option<PathBuf> {
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    let joined = from.parent().unwrap_or(Path::new("")).join(reference);
    for component in joined.components() {
        match component {
            Component::Normal(part) => parts.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.iter().collect())
}

/// Copies or downloads `source` to `destination`.
fn fetch(source: &Source, destination: &Path) -> Result<(), String> {
    match source {
        Source::Path(path) => {
            std::fs::copy(path, destination).map(|_| ()).map_err(|e| format!("cannot read {}: {e}", path.display()))
        }
        Source::Url(url) => download(url, destination),
        Source::Git { root, revision, path } => {
            let object = format!("{revision}:{}", path.to_string_lossy().replace('\\', "/"));
            let shown = Command::new("git").arg("-C").arg(root).args(["show", &object]).output();
            let shown = shown.map_err(|e| format!("cannot run git: {e}"))?;
            if !shown.status.success() {
                let said = String::from_utf8_lossy(&shown.stderr);
                return Err(format!("cannot read {object}: {}", said.lines().next().unwrap_or("git failed")));
            }
            std::fs::write(destination, shown.stdout)
                .map_err(|e| format!("cannot write {}: {e}", destination.display()))
        }
    }
}

/// Downloads `url` to `destination` with curl: an HTTP error status, a body shorter than its
/// `Content-Length`, or a file larger than [`MAX_FILE_BYTES`] is an error.
fn download(url: &str, destination: &Path) -> Result<(), String> {
    let output = Command::new("curl")
        .args(["--fail", "--silent", "--show-error", "--location", "--proto", "=http,https"])
        .args(["--connect-timeout", "30", "--max-time", &DOWNLOAD_SECONDS.to_string()])
        .args(["--max-filesize", &MAX_FILE_BYTES.to_string(), "--output"])
        .arg(destination)
        .arg(url)
        .output()
        .map_err(|e| format!("cannot run curl to download {url} (is it installed?): {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let said = String::from_utf8_lossy(&output.stderr);
    // `curl: (22) The requested URL returned error: 404`: the words after the exit code.
    let reason = said.lines().last().unwrap_or("curl failed").trim_start_matches("curl: ");
    let reason = reason.split_once(") ").filter(|(code, _)| code.starts_with('(')).map_or(reason, |(_, words)| words);
    Err(format!("cannot download {url}: {reason}"))
}

/// What changed from the API's spec under `root` to the one under `scratch`; nothing when the
/// spec under `root` does not load (a first vendoring, or a broken one it replaces).
fn api_changes(root: &Path, scratch: &Path, entry: &ApiEntry) -> Vec<Change> {
    let path = entry.spec_path();
    let (Ok(old), Ok(new)) = (prepare_file_for_diff(root, &path), prepare_file_for_diff(scratch, &path)) else {
        return Vec::new();
    };
    crate::diff::compare(entry, &old, &new)
}

/// What a file held before it was written: its bytes, or nothing when it is new.
type Previous = Vec<(PathBuf, Option<Vec<u8>>)>;

/// Writes the `files` fetched under `scratch/specs` into `root/specs`.
fn write_files(root: &Path, scratch: &Path, files: &[PathBuf]) -> Result<Previous, String> {
    let mut previous = Vec::new();
    for file in files {
        let target = root.join("specs").join(file);
        let bytes =
            std::fs::read(scratch.join("specs").join(file)).map_err(|e| format!("cannot read a fetched file: {e}"))?;
        previous.push((target.clone(), std::fs::read(&target).ok()));
        let written =
            target.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&target, bytes));
        if let Err(err) = written {
            restore(previous);
            return Err(format!("cannot write {}: {err}", target.display()));
        }
    }
    Ok(previous)
}

/// Puts back what [`write_files`] replaced, and removes what it added.
fn restore(previous: Previous) {
    for (path, bytes) in previous.into_iter().rev() {
        let _ = match bytes {
            Some(bytes) => std::fs::write(&path, bytes),
            None => std::fs::remove_file(&path),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_placed_beside_the_spec_and_may_not_leave_its_folder() {
        let from = Path::new("corbado/backend.yaml");
        assert_eq!(within_specs(from, "common.yaml"), Some(PathBuf::from("corbado/common.yaml")));
        assert_eq!(within_specs(from, "./parts/../shared/a.yml"), Some(PathBuf::from("corbado/shared/a.yml")));
        assert_eq!(within_specs(from, "../top.yaml"), Some(PathBuf::from("top.yaml")));
        assert_eq!(within_specs(from, "../../etc/passwd"), None);
        assert_eq!(within_specs(from, "/etc/passwd"), None);
    }

    #[test]
    fn a_reference_is_fetched_from_beside_its_file() {
        let url = Source::Url("https://example.test/v2/openapi.yaml?ref=main".into());
        assert_eq!(url.beside("common.yaml"), Source::Url("https://example.test/v2/common.yaml".into()));
        let path = Source::Path(PathBuf::from("new/spec.yaml"));
        assert_eq!(path.beside("parts/a.yaml"), Source::Path(PathBuf::from("new/parts/a.yaml")));
        let document = serde_json::json!({"paths": {"/a": {"$ref": "paths.yaml#/a"}}, "x": {"$ref": "#/components/b"},
            "y": {"$ref": "https://schemas.example/b.json"}, "z": {"$ref": "paths.yaml#/b"}});
        assert_eq!(file_references(&document), BTreeSet::from(["paths.yaml".to_string()]));
    }
}
