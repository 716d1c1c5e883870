//! Keeps the generated crates in step with the specs: one routine both writes and checks, so
//! what `--check` verifies is exactly what a plain run would write.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use openapi_codegen::manifest::{MANIFEST_PATH, read_manifest};
use openapi_codegen::render::has_generated_header;
use openapi_codegen::{GeneratedFile, Severity, generate_api};

/// Lines of diff shown per stale file; the rest is summarised.
const DIFF_LINES: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Bring every generated file up to date.
    Write,
    /// Change nothing; report what a write would change.
    Check,
}

/// A generated file that is not what the specs produce.
#[derive(Debug)]
pub enum Drift {
    Stale {
        path: PathBuf,
        diff: String,
    },
    Missing {
        path: PathBuf,
    },
    /// A file inside a generated crate that the engine does not produce.
    Unexpected {
        path: PathBuf,
    },
}

impl Drift {
    pub fn path(&self) -> &Path {
        match self {
            Drift::Stale { path, .. } | Drift::Missing { path } | Drift::Unexpected { path } => path,
        }
    }
}

/// A vendored spec whose bytes no longer match the digest in the manifest.
#[derive(Debug)]
pub struct DigestMismatch {
    pub spec: PathBuf,
    pub recorded: String,
    pub actual: String,
}

#[derive(Debug)]
pub struct Report {
    pub mode: Mode,
    pub errors: Vec<String>,
    /// Lossy rewrites, one line each, for the user to see.
    pub warnings: Vec<String>,
    pub digests: Vec<DigestMismatch>,
    pub drift: Vec<Drift>,
    pub unchanged: usize,
    /// One line per API: its spec, version and size.
    pub summaries: Vec<String>,
}

impl Report {
    fn new(mode: Mode) -> Self {
        Self {
            mode,
            errors: Vec::new(),
            warnings: Vec::new(),
            digests: Vec::new(),
            drift: Vec::new(),
            unchanged: 0,
            summaries: Vec::new(),
        }
    }

    pub fn succeeded(&self) -> bool {
        self.errors.is_empty() && (self.mode == Mode::Write || (self.drift.is_empty() && self.digests.is_empty()))
    }

    /// Everything the run has to say, as one text.
    pub fn render(&self) -> String {
        let (outcome, diagnostics) = self.render_parts();
        format!("{diagnostics}{outcome}")
    }

    /// What the run did (for standard output), and its warnings and errors (for standard error).
    pub fn render_parts(&self) -> (String, String) {
        let mut diagnostics = String::new();
        for warning in &self.warnings {
            let _ = writeln!(diagnostics, "warning: {warning}");
        }
        for error in &self.errors {
            let _ = writeln!(diagnostics, "error: {error}");
        }
        if !self.errors.is_empty() {
            let _ = writeln!(diagnostics, "codegen failed: no file was changed");
        }
        (self.render_outcome(), diagnostics)
    }

    fn render_outcome(&self) -> String {
        let mut out = String::new();
        for summary in &self.summaries {
            let _ = writeln!(out, "{summary}");
        }
        if !self.errors.is_empty() {
            return out;
        }
        match self.mode {
            Mode::Check => {
                for mismatch in &self.digests {
                    let _ = writeln!(
                        out,
                        "digest: {} has sha256 {} but {MANIFEST_PATH} records {}",
                        mismatch.spec.display(),
                        mismatch.actual,
                        mismatch.recorded
                    );
                }
                for drift in &self.drift {
                    match drift {
                        Drift::Stale { path, diff } => {
                            let _ = writeln!(out, "stale: {}\n{diff}", path.display());
                        }
                        Drift::Missing { path } => {
                            let _ = writeln!(out, "missing: {}", path.display());
                        }
                        Drift::Unexpected { path } => {
                            let _ = writeln!(out, "unexpected: {} (not produced by any spec)", path.display());
                        }
                    }
                }
                if self.succeeded() {
                    let _ = writeln!(out, "codegen check: {} generated files are up to date", self.unchanged);
                } else {
                    let _ = writeln!(out, "codegen check failed: run `cargo xtask codegen` and commit the result");
                }
            }
            Mode::Write => {
                for mismatch in &self.digests {
                    let _ = writeln!(out, "updated sha256 of {} in {MANIFEST_PATH}", mismatch.spec.display());
                }
                for drift in &self.drift {
                    let verb = match drift {
                        Drift::Stale { .. } => "updated",
                        Drift::Missing { .. } => "created",
                        Drift::Unexpected { .. } => "removed",
                    };
                    let _ = writeln!(out, "{verb} {}", drift.path().display());
                }
                let _ = writeln!(out, "codegen: {} files changed, {} unchanged", self.drift.len(), self.unchanged);
            }
        }
        out
    }
}

/// Generates every API of the manifest under `root`, then writes or checks.
pub fn run(root: &Path, mode: Mode) -> Report {
    let mut report = Report::new(mode);
    let (manifest_text, manifest) = match read_manifest(root) {
        Ok(read) => read,
        Err(err) => {
            report.errors.push(err.to_string());
            return report;
        }
    };

    // Generate everything in memory first: any error leaves every file as it was.
    let mut outputs: Vec<GeneratedFile> = Vec::new();
    let mut owned_dirs = BTreeMap::new();
    for api in &manifest.apis {
        let spec_path = api.spec_path();
        match generate_api(root, api) {
            Ok(output) => {
                if output.sha256 != api.sha256 {
                    report.digests.push(DigestMismatch {
                        spec: spec_path.clone(),
                        recorded: api.sha256.clone(),
                        actual: output.sha256.clone(),
                    });
                }
                let lossy = output.diagnostics.iter().filter(|d| d.severity == Severity::Lossy);
                // A fixture's lossy rewrites are what it is for: they are in its snapshots.
                let expected = if api.lossy_expected { ", expected: see the snapshots" } else { "" };
                report.summaries.push(format!(
                    "{}: {} (OpenAPI {}, operations: {}) → {} files, {} rewrites ({} lossy{expected})",
                    api.name,
                    spec_path.display(),
                    output.openapi_version,
                    output.operations,
                    output.files.len(),
                    output.diagnostics.len(),
                    lossy.clone().count(),
                ));
                if !api.lossy_expected {
                    report.warnings.extend(
                        lossy.map(|d| format!("{}#{}: [{}] {}", spec_path.display(), d.pointer, d.rule, d.message)),
                    );
                }
                outputs.extend(output.files);
            }
            Err(err) => report.errors.push(err.to_string()),
        }
        for crate_name in api.crate_names() {
            owned_dirs.insert(PathBuf::from("crates").join(crate_name), Owner::Api(api.name.clone()));
        }
    }
    // Crates generated for an API since removed from the manifest are stale too.
    for dir in generated_crate_dirs(root) {
        owned_dirs.entry(dir).or_insert(Owner::Removed);
    }
    outputs.extend(openapi_codegen::engine_files());
    let mut seen = BTreeSet::new();
    for file in &outputs {
        if !seen.insert(file.path.clone()) {
            report
                .errors
                // The manifest gives each crate one API, and engine files sit in no API's crate.
                .push(format!("internal: {} would be generated twice", file.path.display()));
        }
    }
    let on_disk = read_on_disk(root, &owned_dirs, &outputs);
    report.errors.extend(foreign_files(&owned_dirs, &on_disk));
    if !report.errors.is_empty() {
        return report;
    }

    for file in &outputs {
        match on_disk.get(&file.path) {
            Some(current) if *current == file.contents => report.unchanged += 1,
            Some(current) => {
                report.drift.push(Drift::Stale { path: file.path.clone(), diff: short_diff(current, &file.contents) })
            }
            None => report.drift.push(Drift::Missing { path: file.path.clone() }),
        }
    }
    // Files of the crate folders that no spec produces.
    for path in on_disk.keys().filter(|path| !seen.contains(*path)) {
        report.drift.push(Drift::Unexpected { path: path.clone() });
    }

    if mode == Mode::Write
        && let Err(err) = apply(root, &manifest_text, &report, &outputs)
    {
        report.errors.push(err);
    }
    report
}

fn apply(root: &Path, manifest_text: &str, report: &Report, outputs: &[GeneratedFile]) -> Result<(), String> {
    if !report.digests.is_empty() {
        let mut text = manifest_text.to_string();
        for mismatch in &report.digests {
            text = text
                .replace(&format!("sha256 = \"{}\"", mismatch.recorded), &format!("sha256 = \"{}\"", mismatch.actual));
        }
        write_atomically(&root.join(MANIFEST_PATH), &text)?;
    }
    for drift in &report.drift {
        let target = root.join(drift.path());
        match drift {
            Drift::Unexpected { .. } => {
                std::fs::remove_file(&target).map_err(|e| format!("{}: cannot remove: {e}", drift.path().display()))?;
                remove_empty_parents(root, drift.path());
            }
            Drift::Stale { .. } | Drift::Missing { .. } => {
                let contents =
                    outputs.iter().find(|f| f.path == drift.path()).map(|f| f.contents.as_str()).unwrap_or_default();
                write_atomically(&target, contents)?;
            }
        }
    }
    Ok(())
}

/// Who a crate folder is generated for.
enum Owner {
    /// An API of the manifest, by name.
    Api(String),
    /// An API no longer in the manifest (the folder's `Cargo.toml` has the generated header).
    Removed,
}

/// Every file a run may write, replace or remove, as it is on disk, each read once: the
/// files under the crate folders, and the outputs outside them (engine files). A file that
/// is not text reads as empty, which has no generated header.
fn read_on_disk(
    root: &Path,
    owned_dirs: &BTreeMap<PathBuf, Owner>,
    outputs: &[GeneratedFile],
) -> BTreeMap<PathBuf, String> {
    let under_dirs = owned_dirs.keys().flat_map(|dir| files_under(root, dir));
    let elsewhere = outputs
        .iter()
        .filter(|file| !owned_dirs.keys().any(|dir| file.path.starts_with(dir)))
        .map(|file| file.path.clone())
        .filter(|path| root.join(path).is_file());
    under_dirs
        .chain(elsewhere)
        .map(|path| {
            let text = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
            (path, text)
        })
        .collect()
}

/// Files on disk that a run would write, replace or remove but that do not carry the
/// generated header, one error per crate folder (or per file outside them): codegen touches
/// only what it generated, so their presence stops the run before anything is written (a
/// crate name in the manifest that is a hand-written crate's).
fn foreign_files(owned_dirs: &BTreeMap<PathBuf, Owner>, on_disk: &BTreeMap<PathBuf, String>) -> Vec<String> {
    let foreign: Vec<&PathBuf> =
        on_disk.iter().filter(|(_, text)| !has_generated_header(text)).map(|(path, _)| path).collect();
    let mut errors = Vec::new();
    for (dir, owner) in owned_dirs {
        let inside: Vec<String> = foreign
            .iter()
            .filter_map(|path| path.strip_prefix(dir).ok())
            .map(|relative| relative.display().to_string())
            .collect();
        if inside.is_empty() {
            continue;
        }
        let advice = match owner {
            Owner::Api(api) => format!(
                "it is not a crate codegen generated, so it is neither written nor cleared: give API `{api}` \
                 another crate name in {MANIFEST_PATH}"
            ),
            Owner::Removed => "it was generated for an API no longer in the manifest, and codegen removes only \
                               what it generated: move those files, or remove the folder yourself"
                .to_string(),
        };
        let listed = list_some(inside.into_iter());
        errors.push(format!("{}: holds files without the generated header ({listed}); {advice}", dir.display()));
    }
    for path in foreign.into_iter().filter(|path| !owned_dirs.keys().any(|dir| path.starts_with(dir))) {
        errors.push(format!("{}: exists without the generated header, so codegen does not replace it", path.display()));
    }
    errors
}

/// The first few of `items`, then how many more.
fn list_some(items: impl ExactSizeIterator<Item = String>) -> String {
    const SHOWN: usize = 4;
    let total = items.len();
    let mut listed: Vec<String> = items.take(SHOWN).collect();
    if total > SHOWN {
        listed.push(format!("{} more", total - SHOWN));
    }
    listed.join(", ")
}

/// `crates/<name>` directories whose `Cargo.toml` says it was generated.
fn generated_crate_dirs(root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root.join("crates")) else { return Vec::new() };
    entries
        .flatten()
        .filter(|entry| {
            std::fs::read_to_string(entry.path().join("Cargo.toml")).is_ok_and(|text| has_generated_header(&text))
        })
        .map(|entry| PathBuf::from("crates").join(entry.file_name()))
        .collect()
}

/// Removes the now-empty directories above a removed file, up to `crates/`: an empty crate
/// directory would break the workspace's `crates/*` glob.
fn remove_empty_parents(root: &Path, removed: &Path) {
    let mut dir = removed.parent();
    while let Some(current) = dir.filter(|d| d.starts_with("crates") && *d != Path::new("crates")) {
        if std::fs::remove_dir(root.join(current)).is_err() {
            break;
        }
        dir = current.parent();
    }
}

/// Writes beside the target, then renames: a reader never sees half a file.
fn write_atomically(target: &Path, contents: &str) -> Result<(), String> {
    let fail = |err: std::io::Error| format!("{}: cannot write: {err}", target.display());
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    let mut temporary = target.as_os_str().to_owned();
    temporary.push(".codegen-tmp");
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, contents).map_err(fail)?;
    std::fs::rename(&temporary, target).map_err(|err| {
        let _ = std::fs::remove_file(&temporary);
        fail(err)
    })
}

/// Files under `root/dir` (relative to `root`), skipping build output, sorted.
fn files_under(root: &Path, dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&current)) else { continue };
        for entry in entries.flatten() {
            let relative = current.join(entry.file_name());
            match entry.file_type() {
                Ok(kind) if kind.is_dir() && entry.file_name() != "target" => pending.push(relative),
                Ok(kind) if kind.is_file() => found.push(relative),
                _ => {}
            }
        }
    }
    found.sort();
    found
}

fn short_diff(current: &str, generated: &str) -> String {
    let diff = similar::TextDiff::from_lines(current, generated);
    let text = diff.unified_diff().context_radius(2).header("committed", "generated").to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut shown = lines.iter().take(DIFF_LINES).map(|l| format!("    {l}\n")).collect::<String>();
    if lines.len() > DIFF_LINES {
        let _ = writeln!(shown, "    … {} more diff lines", lines.len() - DIFF_LINES);
    }
    shown
}
