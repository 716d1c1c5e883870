//! `cargo xtask semver OLD_SPEC NEW_SPEC`: the Rust verdicts of `cargo xtask diff`, checked
//! against what the compiler's view of the crates says. Both versions' crates are generated
//! into scratch workspaces (outside the checkout) and compared with `cargo-semver-checks`,
//! which reads their rustdoc; a change it finds that code written against the old crates
//! cannot survive (a removed variant, a new trait method) is a Rust break. cargo-semver-checks
//! has no check for a changed type (a field's, an argument's), so `--program FILE` adds the
//! compiler's word: a small program using the crates (as `types`, `client`, `server`), which
//! must compile against the old ones; if it fails against the new ones, that is a Rust break
//! too. The report puts diff's prediction beside both.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use openapi_codegen::generate_api;
use openapi_codegen::pipeline::{ComparedSpec, prepare_file_for_diff};
use openapi_codegen::spec_diff::{Change, Impact};

use crate::try_spec::{compiler_errors, scratch_dependencies, scratch_entry, shared_target, write_workspace};

/// What the comparison of one pair found.
pub struct Report {
    /// The changes diff reports, and which of them it says break Rust code.
    pub changes: Vec<Change>,
    /// For each generated crate that cargo-semver-checks found broken: its name and the
    /// checks that failed.
    pub broken_crates: Vec<(String, Vec<String>)>,
    /// With `--program`: the compiler's first errors on it against the new crates (none when it
    /// compiles).
    pub program_errors: Option<Vec<String>>,
}

impl Report {
    /// Whether diff predicted a Rust break; `None` when it did not, but left a change
    /// unclassified.
    pub fn predicted(&self) -> Option<bool> {
        let breaks = self.changes.iter().any(|change| change.verdicts.is_some_and(|v| v.rust == Impact::Breaks));
        let unclassified = self.changes.iter().any(|change| change.verdicts.is_none());
        if breaks || !unclassified { Some(breaks) } else { None }
    }

    /// Whether diff's prediction is what cargo-semver-checks found.
    pub fn agrees(&self) -> bool {
        self.predicted() == Some(self.found())
    }

    /// Whether cargo-semver-checks, or the compiler on the program, found one.
    pub fn found(&self) -> bool {
        !self.broken_crates.is_empty() || self.program_errors.as_ref().is_some_and(|errors| !errors.is_empty())
    }

    pub fn render(&self) -> String {
        let mut text = String::new();
        let word = |breaks: bool| if breaks { "breaks" } else { "compatible" };
        let predicted = self.predicted().map_or("nothing (a change is unclassified)", word);
        let agreement = if self.agrees() { "agree" } else { "DISAGREE" };
        let found = word(self.found());
        let finders = match self.program_errors {
            Some(_) => "cargo-semver-checks and the program find",
            None => "cargo-semver-checks finds",
        };
        let _ = writeln!(text, "Rust: diff predicts {predicted}, {finders} {found}: {agreement}");
        for change in self.changes.iter().filter(|c| c.verdicts.is_none()) {
            let _ = writeln!(text, "  diff, unclassified: {} ({})", change.message, change.id);
        }
        for change in self.changes.iter().filter(|c| c.verdicts.is_some_and(|v| v.rust == Impact::Breaks)) {
            let _ = writeln!(text, "  diff: {} ({})", change.message, change.id);
        }
        for (name, checks) in &self.broken_crates {
            let _ = writeln!(text, "  cargo-semver-checks: {name}: {}", checks.join(", "));
        }
        for error in self.program_errors.iter().flatten() {
            let _ = writeln!(text, "  the program, against the new crates: {error}");
        }
        text
    }
}

/// Generates both versions and compares them; `program` is the source of a library that uses
/// the old crates.
pub fn run(checkout: &Path, old: &Path, new: &Path, program: Option<&Path>) -> Result<Report, String> {
    let absolute = |spec: &Path| match std::path::absolute(spec) {
        Ok(path) if path.is_file() => Ok(path),
        _ => Err(format!("{}: no such file", spec.display())),
    };
    let (old, new) = (absolute(old)?, absolute(new)?);
    // One set of crate names for both, as a release of the same crates.
    let entry = scratch_entry(&new);
    let scratch = tempfile::Builder::new()
        .prefix("openapi-semver-")
        .tempdir()
        .map_err(|err| format!("cannot create a scratch folder: {err}"))?;
    let dependencies = scratch_dependencies(checkout)?;
    let mut roots = Vec::new();
    for (version, spec) in [("old", &old), ("new", &new)] {
        let root = scratch.path().join(version);
        let mut version_entry = entry.clone();
        version_entry.spec = spec.clone();
        let output = generate_api(&root, &version_entry).map_err(|err| format!("{}: {err}", spec.display()))?;
        write_workspace(checkout, &root, &output.files, &dependencies)
            .map_err(|err| format!("cannot write the scratch workspace {}: {err}", root.display()))?;
        roots.push(root);
    }
    let changes = crate::diff::compare(&entry, &compared(&old)?, &compared(&new)?);
    let crates = [Some(&entry.types_crate), Some(&entry.client_crate), entry.server_crate.as_ref()];
    let broken_crates = semver_checks(&roots[0], &roots[1], crates.into_iter().flatten())?;
    let program_errors = match program {
        None => None,
        Some(program) => {
            let source = std::fs::read_to_string(program).map_err(|err| format!("{}: {err}", program.display()))?;
            let errors = compile_program(&roots[0], "old", &entry, &source)?;
            if !errors.is_empty() {
                return Err(format!("the program does not compile against the old crates:\n{}", errors.join("\n")));
            }
            Some(compile_program(&roots[1], "new", &entry, &source)?)
        }
    };
    Ok(Report { changes, broken_crates, program_errors })
}

fn compared(spec: &Path) -> Result<ComparedSpec, String> {
    let (folder, file) = (spec.parent().unwrap_or(Path::new(".")), PathBuf::from(spec.file_name().unwrap_or_default()));
    prepare_file_for_diff(folder, &file).map_err(|err| err.to_string())
}

/// Checks `source` as the library of a crate beside the generated ones in the workspace at
/// `root` (of the `version`, old or new), which names them `types`, `client` and `server`;
/// the compiler's errors.
fn compile_program(
    root: &Path,
    version: &str,
    entry: &openapi_codegen::manifest::ApiEntry,
    source: &str,
) -> Result<Vec<String>, String> {
    let probe = root.join("crates").join("program");
    let mut manifest = String::from(
        "[package]\nname = \"program\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n",
    );
    let crates = [
        ("types", Some(&entry.types_crate)),
        ("client", Some(&entry.client_crate)),
        ("server", entry.server_crate.as_ref()),
    ];
    for (alias, name) in crates.iter().filter_map(|(alias, name)| Some((alias, (*name)?))) {
        let _ = writeln!(manifest, "{alias} = {{ package = \"{name}\", path = \"../{name}\" }}");
    }
    std::fs::create_dir_all(probe.join("src"))
        .and_then(|()| std::fs::write(probe.join("Cargo.toml"), manifest))
        .and_then(|()| std::fs::write(probe.join("src/lib.rs"), source))
        .map_err(|err| format!("cannot write the program's crate: {err}"))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["check", "--quiet", "--package=program", "--message-format", "short"])
        .current_dir(root)
        // A target folder per version: the two workspaces have the same crates at the same
        // places, which cargo would take for one and not build again.
        .env("CARGO_TARGET_DIR", shared_target().join(format!("semver-{version}")))
        .output()
        .map_err(|err| format!("cannot run cargo: {err}"))?;
    if output.status.success() {
        return Ok(Vec::new());
    }
    Ok(compiler_errors(root, &output))
}

/// Runs `cargo semver-checks` on the `crates` of the new workspace against the old one, as a
/// minor release (so that only changes that break code fail); the crates it found broken,
/// with their checks. The crates are named: generated crates are not published, and
/// `--workspace` leaves such crates out.
fn semver_checks<'c>(
    old: &Path,
    new: &Path,
    crates: impl Iterator<Item = &'c String>,
) -> Result<Vec<(String, Vec<String>)>, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let packages: Vec<String> = crates.map(|name| format!("--package={name}")).collect();
    // Its progress lines go to standard error and its findings to standard output: one pipe
    // for both keeps them in order, so each finding is read under its crate.
    let (mut reader, writer) = std::io::pipe().map_err(|err| format!("cannot make a pipe: {err}"))?;
    let error_writer = writer.try_clone().map_err(|err| format!("cannot make a pipe: {err}"))?;
    let mut command = Command::new(cargo);
    command
        .args(["semver-checks", "check-release", "--release-type", "minor", "--color", "never"])
        .args(&packages)
        .arg("--baseline-root")
        .arg(old)
        .arg("--manifest-path")
        .arg(new.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", shared_target().join("semver-checks"))
        .stdout(writer)
        .stderr(error_writer);
    let mut child = command.spawn().map_err(|err| format!("cannot run cargo: {err}"))?;
    // The command holds the pipe's writing ends: dropped, the pipe ends with the child.
    drop(command);
    let mut text = String::new();
    std::io::Read::read_to_string(&mut reader, &mut text)
        .map_err(|err| format!("cannot read cargo's output: {err}"))?;
    let status = child.wait().map_err(|err| format!("cannot run cargo: {err}"))?;
    if text.contains("no such command") {
        return Err("cargo-semver-checks is not installed: cargo install cargo-semver-checks --locked".into());
    }
    let broken = failed_checks(&text);
    if !text.contains("Checking ") {
        return Err(format!("cargo semver-checks checked nothing:\n{text}"));
    }
    if !status.success() && broken.is_empty() {
        return Err(format!("cargo semver-checks failed:\n{text}"));
    }
    Ok(broken)
}

/// The failed checks of cargo-semver-checks' report, by crate: a `Checking NAME vX -> vY`
/// line opens a crate, `--- failure CHECK: ... ---` lines name its failed checks.
fn failed_checks(report: &str) -> Vec<(String, Vec<String>)> {
    let mut broken: Vec<(String, Vec<String>)> = Vec::new();
    let mut current = String::new();
    for line in report.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("Checking ") {
            current = rest.split_whitespace().next().unwrap_or_default().to_string();
        } else if let Some(rest) = line.strip_prefix("--- failure ") {
            let check = rest.split(':').next().unwrap_or_default().trim().to_string();
            match broken.last_mut() {
                Some((name, checks)) if *name == current => checks.push(check),
                _ => broken.push((current.clone(), vec![check])),
            }
        }
    }
    broken
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_checks_are_read_by_crate() {
        let report = "     Parsing pets-types v0.1.0 (current)\n    Checking pets-types v0.1.0 -> v0.1.0 (no change)\n\
                      --- failure enum_variant_missing: pub enum variant removed or renamed ---\n\
                      --- failure struct_pub_field_missing: pub struct's pub field removed or renamed ---\n\
                      Checking pets-client v0.1.0 -> v0.1.0 (no change)\n";
        assert_eq!(
            failed_checks(report),
            [(
                "pets-types".to_string(),
                vec!["enum_variant_missing".to_string(), "struct_pub_field_missing".to_string()]
            )]
        );
    }
}
