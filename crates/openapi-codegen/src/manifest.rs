//! `specs/apis.toml`: the one list of APIs this workspace manages.

use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostic::{ErrorKind, Location, SpecError};

/// Where the manifest lives, relative to the workspace root.
pub const MANIFEST_PATH: &str = "specs/apis.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(rename = "api", default)]
    pub apis: Vec<ApiEntry>,
}

/// One managed API: its vendored spec and the crates generated from it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ApiEntry {
    /// Short name, used in messages.
    pub name: String,
    /// The spec file, relative to `specs/`.
    pub spec: PathBuf,
    /// Where the vendored file was published.
    pub upstream: String,
    /// SHA-256 of the vendored file; `--check` fails when the file no longer matches.
    pub sha256: String,
    pub types_crate: String,
    pub client_crate: String,
    /// The axum server-stub crate; none is generated when absent.
    pub server_crate: Option<String>,
    #[serde(default)]
    pub client: ClientSettings,
    /// typify's builders (`mod builder` in the types crate, `body_map` taking one in the
    /// client) instead of a constructor of each struct's required fields.
    #[serde(default)]
    pub builders: bool,
    /// What a string enum that a client receives does with a value the spec does not list.
    #[serde(default)]
    pub unknown_enum_values: UnknownEnumValues,
    /// How `cargo xtask conformance` reaches the API's example implementation; APIs without
    /// one are not served.
    pub conformance: Option<ConformanceSettings>,
    /// Only these operations (and the schemas they reach) are generated; all when absent.
    pub select: Option<crate::select::Selection>,
    /// The spec is a fixture of shapes the engine must rewrite with loss: its lossy rewrites
    /// are counted, and kept in its snapshots, but not printed on every run.
    #[serde(default)]
    pub lossy_expected: bool,
    /// An operation the generators cannot handle is an error, instead of being left out of
    /// the crates with a lossy warning that names it.
    #[serde(default)]
    pub strict: bool,
}

/// What a conformance run sends: the credentials the example implementation
/// (`serve-example <name>`) accepts, and the checks the spec cannot pass.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConformanceSettings {
    /// Credentials by security scheme name, as schemathesis takes them for that scheme's
    /// type (`bearer`, `api_key`, or `username` and `password`): it sends them where the
    /// scheme says, and leaves them out on purpose to check the refusals.
    #[serde(default)]
    pub schemes: BTreeMap<String, BTreeMap<String, String>>,
    /// Headers sent with every request, each `Name: value` (credentials the spec declares as
    /// plain parameters, not as a security scheme).
    #[serde(default)]
    pub headers: Vec<String>,
    /// Checks left out, each with the reason in a comment beside it in the manifest.
    #[serde(default)]
    pub exclude_checks: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClientSettings {
    #[serde(default)]
    pub interface: Interface,
    /// Request timeout of `Client::new` and the auth constructors, in seconds (default 15).
    pub timeout_seconds: Option<u64>,
}

/// How operations are called: `client.op().param(x).send()` or `client.op(x)`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Interface {
    #[default]
    Builder,
    Positional,
}

/// What a received string enum makes of a value its spec does not list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnknownEnumValues {
    /// Keeps it in the enum's `Unknown` variant and writes it back unchanged: a provider
    /// that adds a value does not break a deployed client. A server still refuses it.
    #[default]
    Keep,
    /// Refuses it, as the answer's whole body: every enum is closed.
    Refuse,
}

impl ApiEntry {
    /// Every crate generated for this API.
    pub fn crate_names(&self) -> Vec<&str> {
        let mut names = vec![self.types_crate.as_str(), self.client_crate.as_str()];
        names.extend(self.server_crate.as_deref());
        names
    }

    /// The spec's path relative to the workspace root.
    pub fn spec_path(&self) -> PathBuf {
        Path::new("specs").join(&self.spec)
    }
}

/// The workspace that holds `start`: the nearest directory at or above it with the manifest.
/// Found at run time, so a tool built for one checkout acts on the checkout it runs in.
pub fn find_workspace_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(MANIFEST_PATH).is_file() && dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}

/// Reads and parses the manifest of the workspace at `root`; the text comes back too, for
/// rewriting recorded digests in place.
pub fn read_manifest(root: &Path) -> Result<(String, Manifest), SpecError> {
    let text = std::fs::read_to_string(root.join(MANIFEST_PATH)).map_err(|err| {
        SpecError::new(MANIFEST_PATH, Location::at_line(1, 1), ErrorKind::Read, format!("cannot read: {err}"))
    })?;
    let manifest = parse_manifest(&text, Path::new(MANIFEST_PATH))?;
    Ok((text, manifest))
}

/// Parses manifest text; `file` is what errors call it.
pub fn parse_manifest(text: &str, file: &Path) -> Result<Manifest, SpecError> {
    let manifest: Manifest = toml::from_str(text).map_err(|err| {
        let (line, column) = err.span().map(|span| line_column(text, span.start)).unwrap_or((1, 1));
        SpecError::new(file, Location::at_line(line, column), ErrorKind::Manifest, err.message())
    })?;
    let mut names = std::collections::BTreeSet::new();
    // Each crate name, with the index of the API table that names it.
    let mut crate_owners: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, api) in manifest.apis.iter().enumerate() {
        let crates = api.crate_names();
        let distinct: std::collections::BTreeSet<_> = crates.iter().collect();
        let table_line = line_of_nth_table(text, index).unwrap_or(1);
        let shared = crates.iter().find_map(|name| crate_owners.get(name).map(|&owner| (*name, owner)));
        for name in &crates {
            crate_owners.entry(name).or_insert(index);
        }
        let problem = if !names.insert(api.name.clone()) {
            Some((table_line, format!("API name `{}` is listed twice", api.name)))
        } else if crates.iter().any(|c| !is_crate_name(c)) || distinct.len() != crates.len() {
            Some((
                table_line,
                format!("API `{}`: crate names must be distinct lowercase names like `foo-client`", api.name),
            ))
        } else if let Some((name, owner)) = shared {
            let line_in = |table| {
                line_of_value_in_table(text, table, name).or_else(|| line_of_nth_table(text, table)).unwrap_or(1)
            };
            let (owner_line, line) = (line_in(owner), line_in(index));
            Some((
                line,
                format!(
                    "crate `{name}` is generated for API `{}` (line {owner_line}) and for API `{}` (line {line}): each crate belongs to one API",
                    manifest.apis[owner].name, api.name
                ),
            ))
        } else if api.spec.is_absolute() || api.spec.components().any(|c| matches!(c, std::path::Component::ParentDir))
        {
            Some((table_line, format!("API `{}`: `spec` must be a path inside specs/", api.name)))
        } else {
            None
        };
        if let Some((line, message)) = problem {
            return Err(SpecError::new(file, Location::at_line(line, 1), ErrorKind::Manifest, message));
        }
    }
    Ok(manifest)
}

fn is_crate_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn line_of_nth_table(text: &str, index: usize) -> Option<usize> {
    text.lines().enumerate().filter(|(_, l)| l.trim() == "[[api]]").nth(index).map(|(n, _)| n + 1)
}

/// The line, inside the `index`th `[[api]]` table, whose value is the string `value`.
fn line_of_value_in_table(text: &str, index: usize, value: &str) -> Option<usize> {
    let start = line_of_nth_table(text, index)?;
    let quoted = format!("\"{value}\"");
    text.lines()
        .enumerate()
        .skip(start)
        .take_while(|(_, line)| line.trim() != "[[api]]")
        .find(|(_, line)| line.split_once('=').is_some_and(|(_, rest)| rest.trim() == quoted))
        .map(|(n, _)| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "[[api]]\nname = \"a\"\nspec = \"a.yaml\"\nupstream = \"https://example.com/a.yaml\"\nsha256 = \"00\"\ntypes-crate = \"a-types\"\nclient-crate = \"a-client\"\n";

    #[test]
    fn parses_an_entry_with_defaults() {
        let manifest = parse_manifest(ONE, Path::new("apis.toml")).unwrap();
        assert_eq!(manifest.apis[0].client.interface, Interface::Builder);
        assert_eq!(manifest.apis[0].spec_path(), Path::new("specs/a.yaml"));
    }

    #[test]
    fn the_workspace_is_found_from_any_folder_inside_it() {
        let dir = std::env::temp_dir().join(format!("manifest-root-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("specs")).unwrap();
        std::fs::create_dir_all(dir.join("crates/a/src")).unwrap();
        std::fs::write(dir.join(MANIFEST_PATH), ONE).unwrap();
        std::fs::write(dir.join("Cargo.toml"), "[workspace]\n").unwrap();
        assert_eq!(find_workspace_root(&dir.join("crates/a/src")), Some(dir.clone()));
        assert_eq!(find_workspace_root(&dir), Some(dir.clone()));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn unknown_key_reports_its_line() {
        let err = parse_manifest(&format!("{ONE}colour = \"red\"\n"), Path::new("apis.toml")).unwrap_err();
        assert_eq!(err.location, Location::at_line(8, 1), "{err}");
    }

    #[test]
    fn a_crate_two_apis_name_is_refused_with_both_lines() {
        let other = ONE.replace("name = \"a\"", "name = \"b\"").replace("\"a-types\"", "\"b-types\"");
        let err = parse_manifest(&format!("{ONE}{other}"), Path::new("apis.toml")).unwrap_err();
        assert_eq!(err.location, Location::at_line(14, 1), "{err}");
        assert!(
            err.message.contains("crate `a-client` is generated for API `a` (line 7) and for API `b` (line 14)"),
            "{err}"
        );
    }

    #[test]
    fn duplicate_names_are_refused() {
        let err = parse_manifest(&format!("{ONE}{ONE}"), Path::new("apis.toml")).unwrap_err();
        assert_eq!(err.location, Location::at_line(8, 1), "{err}");
    }
}
