//! `cargo xtask diff [NAME...] [--base GIT_REV] [--format text|json|markdown|github]`: what
//! changed in each managed spec since a git revision, and whom each change breaks, as a gate
//! a team accepts changes through.
//!
//! The comparison is the engine's (`openapi_codegen::spec_diff`); this reads the two versions
//! (the revision's through `git show`, with the files it refers to), applies the accepted
//! changes of `specs/<name>.accepted.toml`, and writes the report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use openapi_codegen::manifest::{ApiEntry, UnknownEnumValues, read_manifest};
use openapi_codegen::pipeline::ComparedSpec;
use openapi_codegen::spec_diff::{Change, Generated, Impact, diff};
use serde::Deserialize;
use serde_json::json;

use crate::vendor::{Source, fetch_with_references};

/// How the report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    /// `::error` and `::warning` lines, which GitHub Actions shows on the pull request.
    Github,
}

impl Format {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "text" => Format::Text,
            "json" => Format::Json,
            "markdown" => Format::Markdown,
            "github" => Format::Github,
            _ => return None,
        })
    }
}

/// How a run ends: 0 nothing unaccepted breaks, 1 something does (or an acceptance matches
/// nothing), 2 a spec or an acceptance file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Breaking,
}

/// An entry of `specs/<name>.accepted.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// The change's id, as the report prints it.
    pub id: String,
    /// Why the change is accepted: required, so the file says it.
    pub reason: String,
    /// `YYYY-MM-DD`: from that day on the change is no longer accepted.
    pub expires: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptedFile {
    #[serde(default)]
    accept: Vec<Acceptance>,
}

/// One API's report.
#[derive(Debug)]
pub struct ApiDiff {
    pub name: String,
    /// Each change with the acceptance that covers it, if any.
    pub changes: Vec<(Change, Option<Acceptance>)>,
    /// Acceptances that cover no change: the file must not rot.
    pub stale: Vec<Acceptance>,
    /// Acceptances past their date, with the change they would cover.
    pub expired: Vec<Acceptance>,
    /// Why nothing was compared (the spec is new since the revision), if so.
    pub skipped: Option<String>,
}

impl ApiDiff {
    fn blocking(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|(change, accepted)| accepted.is_none() && breaks(change)).map(|(change, _)| change)
    }
}

/// Whether a change fails the gate unless accepted: it breaks a party, or no rule covers it.
fn breaks(change: &Change) -> bool {
    change.verdicts.is_none_or(|verdicts| verdicts.breaks_any())
}

/// Compares each API of `names` (all when empty) at `base` with the working tree; `today` is
/// `YYYY-MM-DD`, for expiries.
pub fn run(root: &Path, names: &[String], base: &str, today: &str) -> Result<Vec<ApiDiff>, String> {
    let (_, manifest) = read_manifest(root).map_err(|e| e.to_string())?;
    if let Some(unknown) = names.iter().find(|name| !manifest.apis.iter().any(|api| &api.name == *name)) {
        return Err(format!("no API `{unknown}` in specs/apis.toml"));
    }
    // A revision that is not there would make every spec look new, and pass.
    let revision = format!("{base}^{{commit}}");
    let known = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--verify", "--quiet", &revision])
        .output()
        .is_ok_and(|output| output.status.success());
    if !known {
        return Err(format!("`{base}` is not a revision of this checkout (in a shallow clone, fetch it first)"));
    }
    let selected = manifest.apis.iter().filter(|api| names.is_empty() || names.contains(&api.name));
    selected.map(|entry| api_diff(root, entry, base, today)).collect()
}

fn api_diff(root: &Path, entry: &ApiEntry, base: &str, today: &str) -> Result<ApiDiff, String> {
    let scratch = tempfile::tempdir().map_err(|e| format!("cannot make a scratch folder: {e}"))?;
    let at_base = Source::Git { root: root.to_path_buf(), revision: base.to_string(), path: entry.spec_path() };
    let mut report = ApiDiff {
        name: entry.name.clone(),
        changes: Vec::new(),
        stale: Vec::new(),
        expired: Vec::new(),
        skipped: None,
    };
    if let Err(err) = fetch_with_references(&at_base, &entry.spec, &scratch.path().join("specs")) {
        if !exists_at(root, base, &entry.spec_path()) {
            report.skipped = Some(format!("{} is not in {base}: every operation is new", entry.spec_path().display()));
            return Ok(report);
        }
        return Err(err);
    }
    let old = openapi_codegen::pipeline::prepare_file_for_diff(scratch.path(), &entry.spec_path())
        .map_err(|e| format!("{e} (at {base})"))?;
    let new = openapi_codegen::pipeline::prepare_file_for_diff(root, &entry.spec_path()).map_err(|e| e.to_string())?;
    let changes = compare(entry, &old, &new);
    let acceptances = read_acceptances(root, entry)?;
    let (live, expired): (Vec<Acceptance>, Vec<Acceptance>) =
        acceptances.into_iter().partition(|a| a.expires.as_deref().is_none_or(|date| date > today));
    report.stale = live.iter().filter(|a| !changes.iter().any(|c| c.id == a.id)).cloned().collect();
    report.expired = expired;
    report.changes = changes
        .into_iter()
        .map(|change| {
            let accepted = live.iter().find(|a| a.id == change.id).cloned();
            (change, accepted)
        })
        .collect();
    Ok(report)
}

/// The changes from `old` to `new`, two versions of `entry`'s spec, with the verdicts that
/// its generated code (as the manifest sets it) gives.
pub fn compare(entry: &ApiEntry, old: &ComparedSpec, new: &ComparedSpec) -> Vec<Change> {
    let generated = Generated { tolerant_enums: entry.unknown_enum_values == UnknownEnumValues::Keep };
    diff(old.version(), new.version(), generated)
}

fn exists_at(root: &Path, revision: &str, path: &Path) -> bool {
    let object = format!("{revision}:{}", path.to_string_lossy().replace('\\', "/"));
    let status = std::process::Command::new("git").arg("-C").arg(root).args(["cat-file", "-e", &object]).status();
    status.is_ok_and(|status| status.success())
}

/// The path of an API's acceptances, relative to the checkout.
pub fn accepted_path(entry: &ApiEntry) -> PathBuf {
    Path::new("specs").join(format!("{}.accepted.toml", entry.name))
}

fn read_acceptances(root: &Path, entry: &ApiEntry) -> Result<Vec<Acceptance>, String> {
    let path = accepted_path(entry);
    let text = match std::fs::read_to_string(root.join(&path)) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(format!("cannot read {}: {err}", path.display())),
    };
    let file: AcceptedFile = toml::from_str(&text).map_err(|err| format!("{}: {}", path.display(), err.message()))?;
    if let Some(empty) = file.accept.iter().find(|a| a.reason.trim().is_empty()) {
        return Err(format!("{}: `{}` is accepted without a reason", path.display(), empty.id));
    }
    // Dates compare as text, which is right only in this one form.
    let is_date = |date: &str| {
        let digits = |part: &str, length: usize| part.len() == length && part.bytes().all(|b| b.is_ascii_digit());
        matches!(date.split('-').collect::<Vec<_>>().as_slice(), [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2))
    };
    if let Some(bad) = file.accept.iter().find(|a| a.expires.as_deref().is_some_and(|date| !is_date(date))) {
        return Err(format!("{}: `{}` expires on a date not written YYYY-MM-DD", path.display(), bad.id));
    }
    Ok(file.accept)
}

/// How the runs end together.
pub fn outcome(reports: &[ApiDiff]) -> Outcome {
    let failing = reports.iter().any(|report| report.blocking().next().is_some() || !report.stale.is_empty());
    if failing { Outcome::Breaking } else { Outcome::Clean }
}

fn impact(impact: Impact) -> &'static str {
    match impact {
        Impact::Breaks => "breaks",
        Impact::Compatible => "compatible",
    }
}

/// `, server to client` or `, client to server` for a change in a schema, which a component
/// schema that travels both ways has once for each.
fn side_words(change: &Change) -> String {
    change.side.map_or_else(String::new, |side| format!(", {}", side.word()))
}

/// The three verdicts in a few words: `clients breaks, servers compatible, Rust breaks`.
fn verdict_words(change: &Change) -> String {
    match change.verdicts {
        Some(v) => format!("clients {}, servers {}, Rust {}", impact(v.clients), impact(v.servers), impact(v.rust)),
        None => "unclassified".to_string(),
    }
}

pub fn render(reports: &[ApiDiff], format: Format) -> String {
    match format {
        Format::Json => render_json(reports),
        Format::Text => render_text(reports),
        Format::Markdown => render_markdown(reports),
        Format::Github => render_github(reports),
    }
}

fn render_text(reports: &[ApiDiff]) -> String {
    let mut text = String::new();
    for report in reports {
        if let Some(skipped) = &report.skipped {
            let _ = writeln!(text, "{}: {skipped}", report.name);
            continue;
        }
        let blocking = report.blocking().count();
        let _ =
            writeln!(text, "{}: {} changes, {blocking} breaking and not accepted", report.name, report.changes.len());
        for (change, accepted) in &report.changes {
            write_change(&mut text, change, accepted.as_ref());
        }
        for stale in &report.stale {
            let _ = writeln!(text, "  [STALE] {} is accepted but matches no change: remove it", stale.id);
        }
        for expired in &report.expired {
            let _ = writeln!(text, "  [expired] the acceptance of {} has expired", expired.id);
        }
    }
    text
}

/// The changes `cargo xtask vendor` found, as the text report lists them.
pub fn render_changes(changes: &[Change]) -> String {
    let mut text = String::new();
    let breaking = changes.iter().filter(|change| breaks(change)).count();
    let _ = writeln!(text, "{} changes in the API, {breaking} breaking:", changes.len());
    for change in changes {
        write_change(&mut text, change, None);
    }
    text
}

fn write_change(text: &mut String, change: &Change, accepted: Option<&Acceptance>) {
    let mark = match (accepted, breaks(change)) {
        (Some(_), _) => "accepted",
        (None, true) => "BREAKING",
        (None, false) => "ok",
    };
    let _ = writeln!(text, "  [{mark}] {}{} ({})", change.message, side_words(change), verdict_words(change));
    let _ = writeln!(text, "      {}", change.id);
    if !change.operations.is_empty() {
        let operations: Vec<&str> = change.operations.iter().map(String::as_str).collect();
        let _ = writeln!(text, "      in {}", operations.join(", "));
    }
    if let Some(accepted) = accepted {
        let _ = writeln!(text, "      accepted: {}", accepted.reason);
    }
}

fn render_json(reports: &[ApiDiff]) -> String {
    let verdicts = |change: &Change| {
        change
            .verdicts
            .map(|v| json!({"clients": impact(v.clients), "servers": impact(v.servers), "rust": impact(v.rust)}))
    };
    let apis: Vec<serde_json::Value> = reports
        .iter()
        .map(|report| {
            let changes: Vec<serde_json::Value> = report
                .changes
                .iter()
                .map(|(change, accepted)| {
                    json!({
                        "id": change.id,
                        "rule": change.rule,
                        "location": change.location,
                        "message": change.message,
                        "side": change.side.map(|side| side.word()),
                        "verdicts": verdicts(change),
                        "breaking": breaks(change),
                        "operations": change.operations,
                        "accepted": accepted.as_ref().map(|a| json!({"reason": a.reason, "expires": a.expires})),
                    })
                })
                .collect();
            json!({
                "name": report.name,
                "skipped": report.skipped,
                "changes": changes,
                "stale": report.stale.iter().map(|a| &a.id).collect::<Vec<_>>(),
                "expired": report.expired.iter().map(|a| &a.id).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({ "apis": apis })).unwrap_or_default();
    text.push('\n');
    text
}

fn render_markdown(reports: &[ApiDiff]) -> String {
    let mut text = String::new();
    for report in reports {
        let _ = writeln!(text, "### `{}`\n", report.name);
        if let Some(skipped) = &report.skipped {
            let _ = writeln!(text, "{skipped}\n");
            continue;
        }
        if report.changes.is_empty() {
            let _ = writeln!(text, "No change.\n");
        } else {
            let _ = writeln!(text, "| | change | clients | servers | Rust | operations |\n|---|---|---|---|---|---|");
            for (change, accepted) in &report.changes {
                let mark = match (accepted, breaks(change)) {
                    (Some(_), _) => "accepted",
                    (None, true) => "**breaking**",
                    (None, false) => "ok",
                };
                let (clients, servers, rust) = match change.verdicts {
                    Some(v) => (impact(v.clients), impact(v.servers), impact(v.rust)),
                    None => ("?", "?", "?"),
                };
                let operations: Vec<&str> = change.operations.iter().map(String::as_str).collect();
                let message = format!("{}{}", change.message, side_words(change)).replace('|', "\\|");
                let _ = writeln!(
                    text,
                    "| {mark} | {message} <br>`{}` | {clients} | {servers} | {rust} | {} |",
                    change.id,
                    operations.join(", ")
                );
            }
            text.push('\n');
        }
        for stale in &report.stale {
            let _ = writeln!(text, "- **stale acceptance** `{}`: it matches no change\n", stale.id);
        }
    }
    text
}

fn render_github(reports: &[ApiDiff]) -> String {
    let mut text = String::new();
    for report in reports {
        for (change, accepted) in &report.changes {
            let level = if accepted.is_none() && breaks(change) { "error" } else { "warning" };
            let _ = writeln!(
                text,
                "::{level} title={} {}::{}{} ({}) {}",
                report.name,
                change.rule,
                change.message,
                side_words(change),
                verdict_words(change),
                change.id
            );
        }
        for stale in &report.stale {
            let _ = writeln!(text, "::error title={} stale acceptance::{} matches no change", report.name, stale.id);
        }
    }
    text
}

/// Today as `YYYY-MM-DD` (UTC), from the system clock.
pub fn today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
