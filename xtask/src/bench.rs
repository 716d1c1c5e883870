//! `cargo xtask bench-codegen`: what `cargo xtask codegen` costs on a large API, in the very
//! build `cargo xtask` runs (the dev profile, with the crates generation spends most of its
//! time in optimized as Cargo.toml says; `cargo xtask-release` for the optimized generator).
//! The API is synthetic, of the size of the largest public specs: by
//! default 1,200 operations in about 13 MB of OpenAPI 3.1 JSON.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use crate::try_spec::{peak_memory, reset_peak_memory, scratch_entry};

/// Properties per schema; each operation has a request and a response schema of its own.
const PROPERTIES: usize = 22;

/// Generations measured; the median is reported.
const ROUNDS: usize = 3;

pub struct Measured {
    /// Operations generated: all, or the selected ones.
    pub operations: usize,
    /// Operations of the spec.
    pub spec_operations: usize,
    pub spec_bytes: usize,
    pub files: usize,
    pub median: Duration,
    pub fastest: Duration,
    pub peak_bytes: Option<u64>,
}

/// Operations a user of a large API typically needs: what `[api.select]` is measured with.
const SELECTED: usize = 20;

/// Writes the synthetic API to a scratch folder and generates it [`ROUNDS`] times whole, then
/// [`ROUNDS`] times with `[api.select]` keeping [`SELECTED`] operations.
pub fn run(operations: usize) -> Result<[Measured; 2], String> {
    let dir = std::env::temp_dir().join(format!("openapi-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let spec_path = dir.join("synthetic.json");
    let text = synthetic_spec(operations);
    std::fs::write(&spec_path, &text).map_err(|e| format!("cannot write {}: {e}", spec_path.display()))?;
    let whole = measure(&dir, &spec_path, None);
    let some: Vec<String> = (0..SELECTED.min(operations)).map(|op| format!("updateResource{op}")).collect();
    let selection = openapi_codegen::select::Selection { operations: some, ..Default::default() };
    // The selected run sees only the operations kept: the spec's count is the whole one's.
    let selected = measure(&dir, &spec_path, Some(selection)).map(|m| Measured { spec_operations: operations, ..m });
    let _ = std::fs::remove_dir_all(&dir);
    Ok([whole?, selected?])
}

/// Generates `spec_path` [`ROUNDS`] times whole (or the `select`ed part of it).
pub fn measure(
    root: &Path,
    spec_path: &Path,
    select: Option<openapi_codegen::select::Selection>,
) -> Result<Measured, String> {
    let selected = select.as_ref().map(|s| s.operations.len());
    let spec_bytes =
        std::fs::metadata(spec_path).map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?.len();
    let mut entry = scratch_entry(spec_path);
    entry.select = select;
    let mut times = Vec::new();
    let (mut files, mut spec_operations) = (0, 0);
    reset_peak_memory();
    for _ in 0..ROUNDS {
        let started = Instant::now();
        let output = openapi_codegen::generate_api(root, &entry).map_err(|e| e.to_string())?;
        times.push(started.elapsed());
        files = output.files.len();
        spec_operations = output.operations;
    }
    let peak_bytes = peak_memory();
    times.sort();
    Ok(Measured {
        operations: selected.unwrap_or(spec_operations),
        spec_operations,
        spec_bytes: spec_bytes as usize,
        files,
        median: times[ROUNDS / 2],
        fastest: times[0],
        peak_bytes,
    })
}

impl Measured {
    pub fn render(&self) -> String {
        let peak = self.peak_bytes.map_or("n/a".to_string(), |bytes| format!("{} MB", bytes >> 20));
        format!(
            "API of {} operations, {:.1} MB, {} of them generated → {} files; generate median {:.2} s (fastest {:.2} s of {ROUNDS}); peak memory {peak}",
            self.spec_operations,
            self.spec_bytes as f64 / 1e6,
            self.operations,
            self.files,
            self.median.as_secs_f64(),
            self.fastest.as_secs_f64(),
        )
    }
}

/// An OpenAPI 3.1 document of `operations` operations: each has a path parameter, two query
/// parameters, a JSON request body and a JSON answer of its own (objects of [`PROPERTIES`]
/// documented properties, some nullable, some enums, some bounded), and a shared error body.
pub fn synthetic_spec(operations: usize) -> String {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    schemas.insert(
        "Problem".into(),
        json!({"type": "object", "required": ["message"], "properties": {
            "message": {"type": "string", "description": "What went wrong, for people."},
            "code": {"type": "string", "enum": ["invalid", "missing", "conflict"]}
        }}),
    );
    for op in 0..operations {
        let resource = format!("Resource{op}");
        let input = format!("{resource}Input");
        schemas.insert(resource.clone(), model(op, "stored"));
        schemas.insert(input.clone(), model(op, "sent"));
        let reference = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
        paths.insert(
            format!("/group{}/resources{op}/{{id}}", op % 40),
            json!({"post": {
                "operationId": format!("updateResource{op}"),
                "summary": format!("Updates resource {op} with what the body holds."),
                "tags": [format!("group{}", op % 40)],
                "parameters": [
                    {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                    {"name": "dry_run", "in": "query", "schema": {"type": ["boolean", "null"]}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}}
                ],
                "requestBody": {"required": true, "content": {"application/json": {"schema": reference(&input)}}},
                "responses": {
                    "200": {"description": "The resource.", "content": {"application/json": {"schema": reference(&resource)}}},
                    "422": {"description": "Invalid input.", "content": {"application/json": {"schema": reference("Problem")}}}
                }
            }}),
        );
    }
    let document = json!({
        "openapi": "3.1.0",
        "info": {"title": "Synthetic", "version": "1"},
        "servers": [{"url": "https://synthetic.example.test/v1"}],
        "paths": paths,
        "components": {"schemas": schemas}
    });
    document.to_string()
}

/// One object schema of [`PROPERTIES`] properties of every common kind.
fn model(op: usize, role: &str) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for p in 0..PROPERTIES {
        let name = format!("field_{p}");
        let description = format!(
            "Field {p} of the {role} resource {op}: a sentence long enough to read like the documentation of a real API, which is where most of a large spec's bytes are."
        );
        let schema = match p % 6 {
            0 => json!({"type": "string", "maxLength": 200, "description": description}),
            1 => json!({"type": ["integer", "null"], "minimum": 0, "description": description}),
            2 => json!({"type": "string", "enum": ["pending", "active", "archived"], "description": description}),
            3 => json!({"type": "array", "items": {"type": "string"}, "maxItems": 20, "description": description}),
            4 => json!({"type": "string", "format": "date-time", "description": description}),
            _ => json!({"type": "number", "description": description}),
        };
        if p % 3 == 0 {
            required.push(Value::String(name.clone()));
        }
        properties.insert(name, schema);
    }
    json!({"type": "object", "required": required, "properties": properties})
}
