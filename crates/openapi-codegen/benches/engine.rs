//! Cost of the engine per stage — load (parse), prepare (`$ref` check, 3.1 normalization,
//! shared rewrites), generate (progenitor, split, format) — for both vendored specs and for
//! synthetic specs of 10, 100 and 1000 operations, to show how cost grows with size.
//!
//! `cargo bench -p openapi-codegen` (add `-- --quick` for fewer rounds, and words to run only
//! the cases whose names contain one of them). Prints, per stage, the median and the fastest
//! of several rounds: the fastest is the steadier figure on a busy machine.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use openapi_codegen::manifest::{MANIFEST_PATH, parse_manifest};
use openapi_codegen::pipeline::prepare_loaded;
use openapi_codegen::{ApiEntry, generate_prepared, load::parse_spec};

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let rounds = if quick { 3 } else { 11 };
    // cargo passes `--bench`; other words filter the cases by name.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let wanted = |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    // cargo runs benchmarks in the package's folder: the checkout is found from there.
    let here = std::env::current_dir().unwrap_or_default();
    let root = openapi_codegen::manifest::find_workspace_root(&here).unwrap_or(here);
    let manifest_text = std::fs::read_to_string(root.join(MANIFEST_PATH)).unwrap_or_default();
    let apis = parse_manifest(&manifest_text, Path::new(MANIFEST_PATH)).map(|m| m.apis).unwrap_or_default();

    println!(
        "{:<24} {:>8} {:>19} {:>19} {:>21} {:>21}",
        "case (median / fastest)", "bytes", "load ms", "prepare ms", "generate ms", "total ms"
    );
    for api in apis.iter().filter(|api| wanted(&api.name)) {
        let bytes = std::fs::read(root.join(api.spec_path())).unwrap_or_default();
        bench_case(&api.name, &api.spec_path(), &bytes, api, rounds);
    }
    for operations in [10, 100, 1000] {
        if !wanted(&format!("synthetic-{operations}-ops")) {
            continue;
        }
        let spec = synthetic_spec(operations);
        let api = synthetic_entry();
        bench_case(
            &format!("synthetic-{operations}-ops"),
            Path::new("specs/synthetic.json"),
            spec.as_bytes(),
            &api,
            rounds,
        );
    }
}

fn bench_case(name: &str, path: &Path, bytes: &[u8], api: &ApiEntry, rounds: usize) {
    let mut stages: [Vec<Duration>; 3] = Default::default();
    for _ in 0..rounds {
        let started = Instant::now();
        let Ok(loaded) = parse_spec(black_box(bytes), path) else { return println!("{name}: spec does not load") };
        let loaded_at = Instant::now();
        let Ok(prepared) = prepare_loaded(loaded) else { return println!("{name}: spec does not prepare") };
        let prepared_at = Instant::now();
        let Ok(output) = generate_prepared(&prepared, api) else { return println!("{name}: spec does not generate") };
        let generated_at = Instant::now();
        black_box(output);
        stages[0].push(loaded_at - started);
        stages[1].push(prepared_at - loaded_at);
        stages[2].push(generated_at - prepared_at);
    }
    let totals: Vec<Duration> = (0..rounds).map(|i| stages.iter().map(|s| s[i]).sum()).collect();
    let show = |samples: &[Duration], width: usize| {
        let fastest = samples.iter().min().copied().unwrap_or_default();
        let figures = format!("{:.2} / {:.2}", median(samples).as_secs_f64() * 1e3, fastest.as_secs_f64() * 1e3);
        format!("{figures:>width$}")
    };
    println!(
        "{name:<24} {:>8} {} {} {} {}",
        bytes.len(),
        show(&stages[0], 19),
        show(&stages[1], 19),
        show(&stages[2], 21),
        show(&totals, 21),
    );
}

fn median(samples: &[Duration]) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

fn synthetic_entry() -> ApiEntry {
    let text = "[[api]]\nname = \"synthetic\"\nspec = \"synthetic.json\"\nupstream = \"-\"\nsha256 = \"-\"\ntypes-crate = \"synthetic-types\"\nclient-crate = \"synthetic-client\"\nserver-crate = \"synthetic-server\"\n";
    parse_manifest(text, &PathBuf::from("apis.toml")).map(|mut m| m.apis.remove(0)).unwrap_or_else(|e| panic!("{e}"))
}

/// An OpenAPI 3.1 document with `operations` operations, each with a path and a query
/// parameter, a JSON body, a 200 and a 422 answer, over `operations / 4` component schemas.
fn synthetic_spec(operations: usize) -> String {
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    let models = (operations / 4).max(1);
    for m in 0..models {
        schemas.insert(
            format!("Model{m}"),
            serde_json::json!({
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "name": {"type": "string", "maxLength": 64},
                    "note": {"type": ["string", "null"]},
                    "state": {"type": "string", "enum": ["new", "active", "retired"]},
                    "tags": {"type": "array", "items": {"type": "string"}}
                }
            }),
        );
    }
    for op in 0..operations {
        let model = format!("#/components/schemas/Model{}", op % models);
        paths.insert(
            format!("/resource{op}/{{id}}"),
            serde_json::json!({
                "post": {
                    "operationId": format!("operation{op}"),
                    "parameters": [
                        {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
                        {"name": "verbose", "in": "query", "schema": {"type": ["boolean", "null"]}}
                    ],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": model}}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": model}}}},
                        "422": {"description": "invalid", "content": {"application/json": {"schema": {
                            "type": "object", "properties": {"detail": {"type": "string"}}
                        }}}}
                    }
                }
            }),
        );
    }
    serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "Synthetic", "version": "1"},
        "servers": [{"url": "https://synthetic.example.test"}],
        "paths": paths,
        "components": {"schemas": schemas}
    })
    .to_string()
}
