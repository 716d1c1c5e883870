//! The engine never panics on a bad spec: seeded, bounded mutations of real specs (keys
//! dropped, values swapped for other JSON types) must each give `Ok` or a `SpecError`.

use std::path::Path;

use openapi_codegen::load::parse_spec;
use openapi_codegen::manifest::read_manifest;
use openapi_codegen::pipeline::prepare_loaded;
use openapi_codegen::{ApiEntry, generate_prepared};
use serde_json::Value;

/// Mutations per spec; each one generates a whole API, so this bounds the test's time.
const MUTATIONS_PER_SPEC: u64 = 100;

/// xorshift64*: deterministic, so a failure names a seed that reproduces it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
}

/// Every container in `value`, as JSON pointers.
fn containers(value: &Value, pointer: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            out.push(pointer.clone());
            for (key, child) in map {
                containers(child, format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            out.push(pointer.clone());
            for (index, child) in items.iter().enumerate() {
                containers(child, format!("{pointer}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// Drops a member or replaces it with a value of another JSON type; returns what it did.
fn mutate(document: &mut Value, rng: &mut Rng) -> String {
    let mut places = Vec::new();
    containers(document, String::new(), &mut places);
    let place = places[rng.below(places.len())].clone();
    let replacements = [Value::Null, Value::from(0), Value::from("x"), Value::Array(Vec::new()), serde_json::json!({})];
    let replacement = replacements[rng.below(replacements.len())].clone();
    let drop = rng.next().is_multiple_of(2);
    match document.pointer_mut(&place) {
        Some(Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap_or_default();
            if drop {
                map.remove(&key);
                format!("dropped {place}/{key}")
            } else {
                map.insert(key.clone(), replacement.clone());
                format!("set {place}/{key} to {replacement}")
            }
        }
        Some(Value::Array(items)) if !items.is_empty() => {
            let index = rng.below(items.len());
            items[index] = replacement.clone();
            format!("set {place}/{index} to {replacement}")
        }
        _ => format!("left {place} alone"),
    }
}

#[test]
fn mutated_specs_give_errors_not_panics() {
    let root = codegen_tests::workspace_root();
    let apis: Vec<ApiEntry> = read_manifest(&root).unwrap().1.apis;
    let mut outcomes = (0, 0);
    for (index, api) in apis.iter().enumerate() {
        let bytes = std::fs::read(root.join(api.spec_path())).unwrap();
        let original = parse_spec(&bytes, &api.spec_path()).unwrap().document;
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (index as u64 + 1));
        for round in 0..MUTATIONS_PER_SPEC {
            let mut document = original.clone();
            let what = (0..1 + rng.below(3)).map(|_| mutate(&mut document, &mut rng)).collect::<Vec<_>>().join("; ");
            let json = serde_json::to_vec(&document).unwrap();
            let result = std::panic::catch_unwind(|| {
                let loaded = parse_spec(&json, Path::new("mutated.json"))?;
                let prepared = prepare_loaded(loaded)?;
                generate_prepared(&prepared, api).map(|_| ())
            });
            match result {
                Ok(Ok(())) => outcomes.0 += 1,
                Ok(Err(_)) => outcomes.1 += 1,
                Err(_) => panic!("{} round {round}: the engine panicked after: {what}", api.name),
            }
        }
    }
    // Both outcomes occur: the mutations reach the generators, and some are refused.
    assert!(outcomes.0 > 0 && outcomes.1 > 0, "generated {} / refused {}", outcomes.0, outcomes.1);
}
