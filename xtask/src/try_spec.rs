//! `cargo xtask try SPEC...`: whether a spec works, before it is added to the manifest. Each
//! spec is generated into a scratch workspace outside the checkout (nothing in the checkout
//! changes) and its crates are checked with `cargo check`; one line per spec says how it went.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use openapi_codegen::manifest::{ApiEntry, ClientSettings};
use openapi_codegen::render::display_slashes;
use openapi_codegen::{Severity, generate_api};

/// Compiler errors quoted per failing spec.
const ERRORS_SHOWN: usize = 3;

/// What `try` does besides generating.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep the scratch workspaces (their path is printed).
    pub keep: bool,
    /// Run `cargo check` on the generated crates.
    pub check: bool,
    /// Generate typify's builders, as `builders = true` in the manifest does.
    pub builders: bool,
    /// Generate the client's positional interface, as `interface = "positional"` does.
    pub positional: bool,
    /// Generate only these operations, as `[api.select]` would.
    pub select: Option<openapi_codegen::select::Selection>,
}

/// How one spec went.
pub struct Outcome {
    pub spec: PathBuf,
    /// `None` when generation failed; the error is in `failure`.
    pub generated: Option<Generated>,
    pub generate_time: Duration,
    /// Peak resident memory while generating, in bytes, where the system tells it.
    pub generate_peak: Option<u64>,
    pub check: Option<Check>,
    pub failure: Option<String>,
}

pub struct Generated {
    pub version: String,
    pub operations: usize,
    /// Operations the client has a method for, and the server trait.
    pub on_client: usize,
    pub on_server: usize,
    pub files: usize,
    pub rewrites: usize,
    /// The rules of the lossy rewrites, each with how often it was applied.
    pub lossy_rules: Vec<(&'static str, usize)>,
    /// Lines of each crate's files: types, client and (when generated) server.
    pub lines: Vec<(&'static str, usize)>,
}

impl Generated {
    /// How many rewrites lost something.
    pub fn lossy(&self) -> usize {
        self.lossy_rules.iter().map(|(_, count)| count).sum()
    }
}

/// The rules of the lossy rewrites among `diagnostics`, by name, each with its count.
fn lossy_rules(diagnostics: &[openapi_codegen::Diagnostic]) -> Vec<(&'static str, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for diagnostic in diagnostics.iter().filter(|d| d.severity == Severity::Lossy) {
        *counts.entry(diagnostic.rule).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

pub struct Check {
    pub passed: bool,
    pub time: Duration,
    /// The peak resident memory of the largest process the check ran (rustc, as a rule), in
    /// bytes, where the system tells it.
    pub peak: Option<u64>,
    /// The first compiler errors, one line each.
    pub errors: Vec<String>,
}

impl Outcome {
    pub fn succeeded(&self) -> bool {
        self.failure.is_none() && self.generated.is_some() && self.check.as_ref().is_none_or(|check| check.passed)
    }

    pub fn render(&self) -> String {
        let mut line = format!("{}:", self.spec.display());
        let peak = self.generate_peak.map_or("peak n/a".to_string(), |bytes| format!("peak {} MB", bytes >> 20));
        let generate_time = format!("{:.1} s", self.generate_time.as_secs_f64());
        match &self.generated {
            Some(g) => {
                let rules: Vec<String> = g.lossy_rules.iter().map(|(rule, count)| format!("{rule} ×{count}")).collect();
                let lossy = if rules.is_empty() {
                    "0 lossy".to_string()
                } else {
                    format!("{} lossy: {}", g.lossy(), rules.join(", "))
                };
                let lines: Vec<String> =
                    g.lines.iter().map(|(role, count)| format!("{role} {}", thousands(*count))).collect();
                let _ = write!(
                    line,
                    " OpenAPI {}, {} operations (client {}, server {}), {} files ({} lines), {} rewrites ({lossy}); generate {generate_time}, {peak}",
                    g.version,
                    g.operations,
                    g.on_client,
                    g.on_server,
                    g.files,
                    lines.join(", "),
                    g.rewrites
                );
            }
            None => {
                let _ = write!(line, " generate FAILED after {generate_time}, {peak}");
            }
        }
        if let Some(check) = &self.check {
            let verdict = if check.passed { "ok" } else { "FAILED" };
            let peak = check.peak.map_or("peak n/a".to_string(), |bytes| format!("peak {} MB", bytes >> 20));
            let _ = write!(line, "; cargo check {verdict} in {:.0} s, {peak}", check.time.as_secs_f64());
            for error in &check.errors {
                let _ = write!(line, "\n    {error}");
            }
        }
        if let Some(failure) = &self.failure {
            let _ = write!(line, "\n    {failure}");
        }
        line
    }
}

/// Tries each spec in turn; `checkout` lends the workspace's dependency versions and runtime
/// crates to the scratch workspaces.
pub fn run(checkout: &Path, specs: &[PathBuf], options: &Options) -> Result<Vec<Outcome>, String> {
    // A folder of its own per run: two runs at once (tests in one process) must not share it.
    let scratch = tempfile::Builder::new()
        .prefix("openapi-try-")
        .tempdir()
        .map_err(|err| format!("cannot create a scratch folder: {err}"))?;
    let target = shared_target();
    let workspace_dependencies = scratch_dependencies(checkout)?;
    let mut outcomes = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let root = scratch.path().join(format!("{index}"));
        let outcome = try_one(checkout, spec, &root, &target, &workspace_dependencies, options);
        crate::outln!("{}", outcome.render());
        outcomes.push(outcome);
    }
    if options.keep {
        crate::outln!("scratch workspaces kept in {}", scratch.keep().display());
    }
    Ok(outcomes)
}

fn try_one(
    checkout: &Path,
    spec: &Path,
    root: &Path,
    target: &Path,
    workspace_dependencies: &str,
    options: &Options,
) -> Outcome {
    let mut outcome = Outcome {
        spec: spec.to_path_buf(),
        generated: None,
        generate_time: Duration::ZERO,
        generate_peak: None,
        check: None,
        failure: None,
    };
    let absolute = match std::path::absolute(spec) {
        Ok(path) if path.is_file() => path,
        Ok(path) if path.is_dir() => {
            let example = spec.join("*.yaml");
            outcome.failure = Some(format!(
                "{}: is a folder; name the spec files in it (e.g. {})",
                spec.display(),
                example.display()
            ));
            return outcome;
        }
        _ => {
            outcome.failure = Some(format!("{}: no such file", spec.display()));
            return outcome;
        }
    };
    let mut entry = scratch_entry(&absolute);
    entry.select = options.select.clone();
    entry.builders = options.builders;
    if options.positional {
        entry.client.interface = openapi_codegen::manifest::Interface::Positional;
    }
    reset_peak_memory();
    let started = Instant::now();
    let generated = generate_api(root, &entry);
    outcome.generate_time = started.elapsed();
    outcome.generate_peak = peak_memory();
    let output = match generated {
        Ok(output) => output,
        Err(err) => {
            outcome.failure = Some(err.to_string());
            return outcome;
        }
    };
    let generated_code = |crate_name: &str| {
        let path = format!("crates/{crate_name}/src/generated.rs");
        output.files.iter().find(|f| display_slashes(&f.path) == path).map_or("", |f| f.contents.as_str())
    };
    let client = generated_code(&entry.client_crate);
    let server = entry.server_crate.as_deref().map_or("", generated_code);
    let methods = &output.operation_methods;
    // A builder-style client's methods are `pub fn`, a positional one's `pub async fn`.
    let mut client_functions = function_names(client, "pub fn ");
    client_functions.extend(function_names(client, "pub async fn "));
    let server_functions = function_names(server, "fn ");
    outcome.generated = Some(Generated {
        version: output.openapi_version.clone(),
        operations: output.operations,
        on_client: methods.iter().filter(|m| client_functions.contains(m.as_str())).count(),
        on_server: methods.iter().filter(|m| server_functions.contains(m.as_str())).count(),
        files: output.files.len(),
        rewrites: output.diagnostics.len(),
        lossy_rules: lossy_rules(&output.diagnostics),
        lines: crate_lines(&output.files, &entry),
    });
    if let Err(err) = write_workspace(checkout, root, &output.files, workspace_dependencies) {
        outcome.failure = Some(format!("cannot write the scratch workspace {}: {err}", root.display()));
        return outcome;
    }
    if options.check {
        outcome.check = Some(cargo_check(root, target));
        forget_artifacts(root, target);
    }
    outcome
}

/// Writes a workspace at `root` holding the generated `files`, with the checkout's
/// dependency table (`scratch_dependencies`) and lock file.
pub(crate) fn write_workspace(
    checkout: &Path,
    root: &Path,
    files: &[openapi_codegen::GeneratedFile],
    workspace_dependencies: &str,
) -> std::io::Result<()> {
    let manifest = format!("[workspace]\nresolver = \"3\"\nmembers = [\"crates/*\"]\n\n{workspace_dependencies}",);
    std::fs::create_dir_all(root)?;
    std::fs::write(root.join("Cargo.toml"), manifest)?;
    // The checkout's lock file: the same dependency versions, and no registry lookups.
    std::fs::copy(checkout.join("Cargo.lock"), root.join("Cargo.lock"))?;
    files.iter().try_for_each(|file| {
        let path = root.join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap_or(root))?;
        std::fs::write(path, &file.contents)
    })
}

/// The target folder scratch workspaces share, so their dependencies compile once: under the
/// user's `CARGO_TARGET_DIR` when there is one, else in the system's temporary folder.
pub(crate) fn shared_target() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| std::env::temp_dir().join("openapi-try-target"), |dir| PathBuf::from(dir).join("openapi-try"))
}

/// Removes what checking the spec's own crates left in the shared target folder, where only
/// the dependencies are worth keeping: a run over many specs would otherwise fill the disk
/// (gigabytes for a few hundred specs).
fn forget_artifacts(root: &Path, target: &Path) {
    let Ok(crates) = std::fs::read_dir(root.join("crates")) else { return };
    let packages: Vec<String> = crates
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .map(|name| format!("--package={name}"))
        .collect();
    if packages.is_empty() {
        return;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // Best effort: what stays behind is only disk space.
    let _ = Command::new(cargo)
        .args(["clean", "--quiet"])
        .args(&packages)
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .output();
}

/// An API entry for `spec`, its crates named after the file.
pub(crate) fn scratch_entry(spec: &Path) -> ApiEntry {
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let mut name: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.insert_str(0, "api-");
    }
    ApiEntry {
        // An absolute spec path stays absolute under the scratch root's `specs/`.
        spec: spec.to_path_buf(),
        upstream: "-".into(),
        sha256: "-".into(),
        types_crate: format!("{name}-types"),
        client_crate: format!("{name}-client"),
        server_crate: Some(format!("{name}-server")),
        client: ClientSettings::default(),
        builders: false,
        unknown_enum_values: Default::default(),
        conformance: None,
        select: None,
        lossy_expected: false,
        strict: false,
        name,
    }
}

/// The checkout's `[workspace.package]` and `[workspace.dependencies]` tables, with the
/// runtime crates' paths made absolute so a scratch workspace anywhere finds them.
pub(crate) fn scratch_dependencies(checkout: &Path) -> Result<String, String> {
    let manifest_path = checkout.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest_path)
        .map_err(|err| format!("cannot read {}: {err}", manifest_path.display()))?;
    let crates = checkout.join("crates");
    let crates = crates.to_str().ok_or("the checkout's path is not UTF-8")?;
    let mut out = String::new();
    let mut in_kept_table = false;
    for line in text.lines() {
        if line.starts_with('[') {
            in_kept_table = matches!(line.trim(), "[workspace.package]" | "[workspace.dependencies]");
        }
        if in_kept_table {
            out.push_str(&line.replace("path = \"crates/", &format!("path = \"{crates}/")));
            out.push('\n');
        }
    }
    Ok(out)
}

/// The lines of each generated crate's files, by its role.
fn crate_lines(files: &[openapi_codegen::GeneratedFile], entry: &ApiEntry) -> Vec<(&'static str, usize)> {
    let crates = [
        ("types", Some(&entry.types_crate)),
        ("client", Some(&entry.client_crate)),
        ("server", entry.server_crate.as_ref()),
    ];
    crates
        .into_iter()
        .filter_map(|(role, name)| {
            let folder = format!("crates/{}/", name?);
            let of_crate = files.iter().filter(|file| display_slashes(&file.path).starts_with(&folder));
            Some((role, of_crate.map(|file| file.contents.lines().count()).sum()))
        })
        .collect()
}

/// `1234567` as `1,234,567`.
fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The names of the functions `code` declares after `keyword` (`pub fn `), generic or not,
/// in one pass.
fn function_names<'a>(code: &'a str, keyword: &str) -> std::collections::BTreeSet<&'a str> {
    code.match_indices(keyword)
        .filter_map(|(at, _)| {
            let rest = &code[at + keyword.len()..];
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
            rest[end..].starts_with(['(', '<']).then_some(&rest[..end])
        })
        .collect()
}

fn cargo_check(root: &Path, target: &Path) -> Check {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let started = Instant::now();
    let mut command = Command::new(cargo);
    command
        .args(["check", "--workspace", "--quiet", "--message-format", "short"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target);
    let output = output_with_peak(&mut command);
    let time = started.elapsed();
    match output {
        Ok((output, peak)) => {
            let passed = output.status.success();
            let errors = if passed { Vec::new() } else { compiler_errors(root, &output) };
            Check { passed, time, peak, errors }
        }
        Err(err) => Check { passed: false, time, peak: None, errors: vec![format!("cannot run cargo: {err}")] },
    }
}

/// The first errors of a failed `cargo check` in the workspace at `root`, paths relative to it.
pub(crate) fn compiler_errors(root: &Path, output: &std::process::Output) -> Vec<String> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let relative = |line: &str| line.strip_prefix(root.to_str().unwrap_or_default()).unwrap_or(line).to_string();
    let mut errors: Vec<String> = stderr
        .lines()
        .filter(|line| line.contains("error"))
        .filter(|line| !line.starts_with("error: could not compile"))
        .take(ERRORS_SHOWN)
        .map(relative)
        .collect();
    if errors.is_empty() {
        // No compiler error to quote (cargo itself failed, or the compiler was killed):
        // cargo's last words, and how it ended, say why.
        let lines: Vec<&str> = stderr.lines().filter(|line| !line.trim().is_empty()).collect();
        errors = lines[lines.len().saturating_sub(ERRORS_SHOWN)..].iter().map(|line| relative(line)).collect();
        errors.push(format!("cargo check ended with {}", output.status));
    }
    errors
}

/// Runs `command` to its end, like `Command::output`, with the peak resident memory of the
/// largest process among it and those it waited for, which the kernel hands to `wait4`.
#[cfg(unix)]
fn output_with_peak(command: &mut Command) -> std::io::Result<(std::process::Output, Option<u64>)> {
    use std::os::unix::process::ExitStatusExt as _;
    let mut child = command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn()?;
    // Read on threads, so that a full pipe never blocks the child before it ends.
    fn read_all(pipe: Option<impl std::io::Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    }
    let stdout = read_all(child.stdout.take());
    let stderr = read_all(child.stderr.take());
    let pid = libc::pid_t::try_from(child.id()).map_err(std::io::Error::other)?;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data the call fills in; `status` and `usage` outlive the call;
    // `pid` is our child, not yet reaped (std waits only when asked to).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if reaped != pid {
        return Err(std::io::Error::last_os_error());
    }
    let output = std::process::Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    };
    // In kilobytes, but for macOS, which counts bytes.
    let unit = if cfg!(target_os = "macos") { 1 } else { 1024 };
    let peak = u64::try_from(usage.ru_maxrss).ok().filter(|&size| size > 0).map(|size| size * unit);
    Ok((output, peak))
}

#[cfg(not(unix))]
fn output_with_peak(command: &mut Command) -> std::io::Result<(std::process::Output, Option<u64>)> {
    command.output().map(|output| (output, None))
}

/// Resets the peak resident memory the system reports for this process (Linux).
pub(crate) fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The peak resident memory of this process since the last reset (Linux), in bytes.
pub(crate) fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_in_thousands() {
        let written: Vec<String> = [0, 999, 1000, 23_112, 1_126_682].into_iter().map(thousands).collect();
        assert_eq!(written, ["0", "999", "1,000", "23,112", "1,126,682"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_command_s_peak_memory_is_read_as_it_ends() {
        // `sh` holds a few hundred KB at least; the figure is the largest process of the run.
        let (output, peak) = output_with_peak(Command::new("sh").args(["-c", "echo out; echo err >&2"])).unwrap();
        assert!(output.status.success());
        assert_eq!((output.stdout.as_slice(), output.stderr.as_slice()), (&b"out\n"[..], &b"err\n"[..]));
        assert!(peak.is_some_and(|bytes| bytes > 100 * 1024), "{peak:?}");
    }

    #[test]
    fn scratch_workspaces_find_the_runtime_crates_of_the_checkout() {
        let checkout = crate::workspace_root().expect("inside the checkout");
        let tables = scratch_dependencies(&checkout).expect("reads Cargo.toml");
        assert!(tables.starts_with("[workspace.package]"), "{tables}");
        let runtime = checkout.join("crates/openapi-server-runtime");
        assert!(tables.contains(&format!("path = \"{}\"", runtime.display())), "{tables}");
        assert!(!tables.contains("[profile"), "{tables}");
    }
}
