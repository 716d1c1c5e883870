//! Reading a spec file: YAML or JSON text → a JSON value, its version and its digest.

use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::diagnostic::{ErrorKind, Location, SpecError};

/// The OpenAPI line a document belongs to; each line takes its own path through the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenApiLine {
    V30,
    V31,
}

/// A spec as read from disk, before any rewrite.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The path used in messages and headers (relative to the workspace root when known).
    pub display_path: PathBuf,
    pub sha256: String,
    /// The `openapi` field as written, e.g. `3.1.0`.
    pub version: String,
    pub line: OpenApiLine,
    pub document: Value,
}

/// Reads and parses `path`; `display_path` is what messages call the file.
pub fn load_spec(path: &Path, display_path: &Path) -> Result<LoadedSpec, SpecError> {
    parse_spec(&read_file(path, display_path)?, display_path)
}

fn read_file(path: &Path, display_path: &Path) -> Result<Vec<u8>, SpecError> {
    std::fs::read(path).map_err(|err| {
        SpecError::new(display_path, Location::at_pointer(""), ErrorKind::Read, format!("cannot read the file: {err}"))
    })
}

/// Parses spec bytes; JSON when the file name ends in `.json`, YAML otherwise.
pub fn parse_spec(bytes: &[u8], display_path: &Path) -> Result<LoadedSpec, SpecError> {
    let document = parse_document(bytes, display_path)?;
    let (version, line) = openapi_version(&document).map_err(|(pointer, message)| {
        SpecError::new(display_path, Location::at_pointer(pointer), ErrorKind::NotOpenApi, message)
    })?;
    Ok(LoadedSpec { display_path: display_path.to_path_buf(), sha256: sha256_hex(bytes), version, line, document })
}

/// Reads any YAML or JSON file (a spec, or a file a spec refers to) as a JSON value.
pub fn load_document(path: &Path, display_path: &Path) -> Result<Value, SpecError> {
    parse_document(&read_file(path, display_path)?, display_path)
}

fn parse_document(bytes: &[u8], display_path: &Path) -> Result<Value, SpecError> {
    let error = |location, message: String| SpecError::new(display_path, location, ErrorKind::Syntax, message);
    let is_json = display_path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let document = if is_json {
        serde_json::from_slice::<Value>(bytes).map_err(|err| {
            let location = Location::at_line(err.line(), err.column());
            error(location, format!("invalid JSON: {}", strip_position(&err.to_string())))
        })?
    } else {
        let yaml: serde_yaml::Value = serde_yaml::from_slice(bytes).map_err(|err| {
            let location = match err.location() {
                Some(at) => Location::at_line(at.line(), at.column()),
                None => Location::at_pointer(""),
            };
            error(location, format!("invalid YAML: {}", strip_position(&err.to_string())))
        })?;
        yaml_to_json(yaml, "").map_err(|(pointer, message)| error(Location::at_pointer(pointer), message))?
    };
    Ok(document)
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn openapi_version(document: &Value) -> Result<(String, OpenApiLine), (String, String)> {
    let Some(object) = document.as_object() else {
        return Err((String::new(), "an OpenAPI document must be an object".into()));
    };
    if let Some(swagger) = object.get("swagger") {
        return Err((
            "/swagger".into(),
            format!("Swagger {swagger} documents are not supported; convert to OpenAPI 3 first"),
        ));
    }
    let version = match object.get("openapi") {
        Some(Value::String(v)) => v.trim().to_string(),
        Some(other) => return Err(("/openapi".into(), format!("`openapi` must be a string, found {other}"))),
        None => return Err((String::new(), "missing `openapi` field: is this an OpenAPI document?".into())),
    };
    let line = if version.starts_with("3.0.") {
        OpenApiLine::V30
    } else if version.starts_with("3.1.") {
        OpenApiLine::V31
    } else {
        return Err(("/openapi".into(), format!("OpenAPI {version} is not supported (3.0.x and 3.1.x are)")));
    };
    Ok((version, line))
}

/// serde's messages repeat the position we already report as a `Location`.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// YAML allows keys JSON does not (`200:` is an integer); OpenAPI means them as strings.
fn yaml_to_json(value: serde_yaml::Value, pointer: &str) -> Result<Value, (String, String)> {
    use serde_yaml::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| (pointer.to_string(), format!("{f} is not a number JSON can hold")))?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &crate::document::pointer_push(pointer, &i.to_string())))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(map) => {
            let mut object = serde_json::Map::with_capacity(map.len());
            for (key, item) in map {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => {
                        return Err((pointer.to_string(), format!("a mapping key must be a scalar, found {other:?}")));
                    }
                };
                let child = crate::document::pointer_push(pointer, &key);
                object.insert(key, yaml_to_json(item, &child)?);
            }
            Value::Object(object)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, pointer)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Position;
    use crate::document::resolve_pointer;

    #[test]
    fn yaml_integer_keys_become_strings() {
        let spec = parse_spec(
            b"openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n",
            Path::new("a.yaml"),
        )
        .unwrap();
        assert!(resolve_pointer(&spec.document, "/paths/~1a/get/responses/200").is_some());
        assert_eq!(spec.line, OpenApiLine::V30);
    }

    #[test]
    fn malformed_yaml_reports_line() {
        let err = parse_spec(b"openapi: 3.0.3\ninfo: [unclosed\n", Path::new("bad.yaml")).unwrap_err();
        assert!(matches!(err.location.position, Some(Position { line: 2 | 3, .. })), "{err}");
        assert_eq!(err.kind, ErrorKind::Syntax);
        assert!(err.to_string().starts_with("bad.yaml: line "), "{err}");
    }

    #[test]
    fn unsupported_version_points_at_field() {
        let err = parse_spec(br#"{"openapi": "4.0.0"}"#, Path::new("x.json")).unwrap_err();
        assert_eq!(err.location, Location::at_pointer("/openapi"));
        assert_eq!(err.kind, ErrorKind::NotOpenApi);
    }
}
