//! `cargo xtask conformance`: serves each example implementation on 127.0.0.1 and runs
//! schemathesis against it with the spec's own schema, bounded in examples and time. The
//! schemathesis it needs is installed, pinned, into a virtualenv under `target/`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use openapi_codegen::manifest::{MANIFEST_PATH, read_manifest};

/// The schemathesis release the conformance run is pinned to.
pub const SCHEMATHESIS: &str = "schemathesis==4.32.5";

/// Every check schemathesis has must pass with zero failures (bar those an API's
/// `exclude-checks` names), on valid and invalid data (its default mode), in every phase:
/// examples, coverage, fuzzing and, where the spec links operations, stateful.
const CHECKS: &str = "all";

/// How long one schemathesis run may take before it is stopped and counted as failed.
const RUN_DEADLINE: Duration = Duration::from_secs(600);

/// Waits for `child`, killing it past `deadline`; `Ok(true)` when it exited successfully.
fn wait_with_deadline(mut child: Child, deadline: Duration) -> Result<bool, String> {
    let started = Instant::now();
    loop {
        match child.try_wait().map_err(|e| format!("cannot wait for schemathesis: {e}"))? {
            Some(status) => return Ok(status.success()),
            None if started.elapsed() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                eprintln!("schemathesis did not finish within {}s", deadline.as_secs());
                return Ok(false);
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Kills the served example when the run is over, however it ends.
struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One API to check: its name (the example `serve-example` serves), its spec, the
/// schemathesis configuration that carries the example's credentials by scheme, and the
/// arguments for the rest.
struct Target {
    name: String,
    spec: PathBuf,
    config: String,
    arguments: Vec<String>,
}

/// Every API of the manifest that has a `[api.conformance]` table, in manifest order.
fn targets(root: &Path) -> Result<Vec<Target>, String> {
    let (_, manifest) = read_manifest(root).map_err(|e| e.to_string())?;
    let mut targets = Vec::new();
    for api in manifest.apis {
        let Some(settings) = api.conformance.as_ref() else { continue };
        let mut config = String::new();
        for (scheme, credentials) in &settings.schemes {
            config.push_str(&format!("[auth.openapi.{}]\n", toml_string(scheme)?));
            for (key, value) in credentials {
                config.push_str(&format!("{} = {}\n", toml_string(key)?, toml_string(value)?));
            }
        }
        let mut arguments = Vec::new();
        for header in &settings.headers {
            arguments.extend(["--header".to_string(), header.clone()]);
        }
        if !settings.exclude_checks.is_empty() {
            arguments.extend(["--exclude-checks".to_string(), settings.exclude_checks.join(",")]);
        }
        targets.push(Target { spec: api.spec_path(), name: api.name, config, arguments });
    }
    Ok(targets)
}

/// `text` as a TOML basic string; control characters (which credentials never hold) refused.
fn toml_string(text: &str) -> Result<String, String> {
    if text.chars().any(char::is_control) {
        return Err(format!("a conformance setting holds a control character: {text:?}"));
    }
    Ok(format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")))
}

pub fn run(root: &Path) -> Result<(), String> {
    let targets = targets(root)?;
    if targets.is_empty() {
        return Err(format!("no API in {MANIFEST_PATH} has a [api.conformance] table"));
    }
    let schemathesis = install_schemathesis(root)?;
    let server = build_example_server(root)?;
    let mut failed = Vec::new();
    for target in &targets {
        crate::outln!("== conformance: {} ({})", target.name, target.spec.display());
        let (served, url) = serve(&server, &target.name)?;
        // `--max-time` would turn fuzzing into "until the budget is spent"; the example count
        // bounds the run, and the deadline below only guards against a hang.
        let config = root.join("target").join(format!("conformance-{}.toml", target.name));
        std::fs::write(&config, &target.config).map_err(|e| format!("cannot write {}: {e}", config.display()))?;
        let child = Command::new(&schemathesis)
            .current_dir(root.join("target"))
            .arg("--config-file")
            .arg(&config)
            .arg("run")
            .arg(root.join(&target.spec))
            .args(["--url", &url, "--checks", CHECKS, "--max-examples", "100", "--seed", "20261123"])
            .args(["--request-timeout", "5", "--workers", "1", "--no-color"])
            .args(&target.arguments)
            .spawn()
            .map_err(|e| format!("cannot run schemathesis: {e}"))?;
        let passed = wait_with_deadline(child, RUN_DEADLINE)?;
        drop(served);
        if !passed {
            failed.push(target.name.as_str());
        }
    }
    if failed.is_empty() { Ok(()) } else { Err(format!("conformance failed for: {}", failed.join(", "))) }
}

/// Builds `serve-example` and returns where cargo put it: the target directory may be shared
/// or moved (`CARGO_TARGET_DIR`), so cargo's own report names the file.
fn build_example_server(root: &Path) -> Result<PathBuf, String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["build", "--quiet", "--package", "example-servers", "--bin", "serve-example"])
        .args(["--message-format", "json-render-diagnostics"])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err("building the example servers failed".into());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message.pointer("/target/name").and_then(serde_json::Value::as_str) == Some("serve-example"))
        .find_map(|message| message.get("executable").and_then(serde_json::Value::as_str).map(PathBuf::from))
        .ok_or_else(|| "cargo did not say where it built serve-example".to_string())
}

/// Starts `serve-example NAME 0` and reads the URL it prints once bound.
fn serve(server: &Path, example: &str) -> Result<(Served, String), String> {
    let mut child = Command::new(server)
        .args([example, "0"])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", server.display()))?;
    let stdout = child.stdout.take().ok_or("the example server has no stdout")?;
    let served = Served(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).map_err(|e| format!("cannot read the server's address: {e}"))?;
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .ok_or_else(|| format!("unexpected server output: {line:?}"))?
        .to_string();
    Ok((served, url))
}

/// The virtualenv's schemathesis, installed first if it is missing or another version.
fn install_schemathesis(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target/conformance-venv");
    let bin = venv.join("bin");
    let schemathesis = bin.join("schemathesis");
    let wanted = SCHEMATHESIS.trim_start_matches("schemathesis==");
    let installed = Command::new(&schemathesis).arg("--version").output().ok().filter(|o| o.status.success());
    if installed.is_some_and(|o| String::from_utf8_lossy(&o.stdout).contains(wanted)) {
        return Ok(schemathesis);
    }
    crate::outln!("== installing {SCHEMATHESIS} into {}", venv.display());
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let steps: [(&Path, Vec<&str>); 2] = [
        (Path::new(&python), vec!["-m", "venv", venv.to_str().unwrap_or("target/conformance-venv")]),
        (&bin.join("pip"), vec!["install", "--quiet", "--disable-pip-version-check", SCHEMATHESIS]),
    ];
    for (program, args) in steps {
        let status =
            Command::new(program).args(&args).status().map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if !status.success() {
            return Err(format!("`{} {}` failed", program.display(), args.join(" ")));
        }
    }
    Ok(schemathesis)
}
