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
        serde_yaml::from_slice::<JsonFromYaml>(bytes)
            .map_err(|err| {
                let location = match err.location() {
                    Some(at) => Location::at_line(at.line(), at.column()),
                    None => Location::at_pointer(""),
                };
                error(location, format!("invalid YAML: {}", strip_position(&err.to_string())))
            })?
            .0
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

/// A YAML document read straight into a JSON value, without an intermediate YAML tree.
/// YAML allows what JSON does not, and OpenAPI means it as JSON: keys that are numbers or
/// booleans (`200:`) become strings, tags are dropped, and integers beyond 64 bits become
/// floating-point numbers (JSON Schema compares them by value; `minimum: -9223372036854776000`
/// is valid). A duplicate key is an error, as YAML requires.
struct JsonFromYaml(Value);

impl<'de> serde::Deserialize<'de> for JsonFromYaml {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(YamlVisitor).map(JsonFromYaml)
    }
}

struct YamlVisitor;

impl<'de> serde::de::Visitor<'de> for YamlVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_i128<E: serde::de::Error>(self, value: i128) -> Result<Value, E> {
        match (i64::try_from(value), u64::try_from(value)) {
            (Ok(small), _) => Ok(Value::from(small)),
            (_, Ok(unsigned)) => Ok(Value::from(unsigned)),
            _ => self.visit_f64(value as f64),
        }
    }

    fn visit_u128<E: serde::de::Error>(self, value: u128) -> Result<Value, E> {
        match u64::try_from(value) {
            Ok(small) => Ok(Value::from(small)),
            Err(_) => self.visit_f64(value as f64),
        }
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(value)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format!("{value} is not a number JSON can hold")))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(JsonFromYaml(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        use serde::de::Error;
        let mut object = serde_json::Map::new();
        while let Some(JsonFromYaml(key)) = map.next_key()? {
            let key = match key {
                Value::String(text) => text,
                Value::Number(number) => number.to_string(),
                Value::Bool(flag) => flag.to_string(),
                Value::Null => "null".to_string(),
                Value::Array(_) | Value::Object(_) => {
                    return Err(A::Error::custom("a mapping key must be a scalar, not a sequence or mapping"));
                }
            };
            let JsonFromYaml(value) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(A::Error::custom(format!("duplicate key `{key}`")));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }

    /// A tagged value (`!foo value`): the tag is dropped.
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        use serde::de::VariantAccess;
        let (_tag, variant): (serde::de::IgnoredAny, _) = data.variant()?;
        variant.newtype_variant::<JsonFromYaml>().map(|JsonFromYaml(value)| value)
    }
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
    fn yaml_loads_what_json_can_hold() {
        let text = b"openapi: 3.0.3\nlow: -9223372036854776000\nhigh: 18446744073709551616\nbig: 18446744073709551615\ntagged: !x 5\nyes: true\n";
        let spec = parse_spec(text, Path::new("a.yaml")).unwrap();
        let doc = &spec.document;
        assert_eq!(doc["low"].as_f64(), Some(-9.223372036854776e18));
        assert_eq!(doc["high"].as_f64(), Some(1.8446744073709552e19));
        assert_eq!(doc["big"].as_u64(), Some(u64::MAX));
        assert_eq!(doc["tagged"], 5);
        assert_eq!(doc["yes"], true);
    }

    #[test]
    fn yaml_duplicate_keys_and_infinities_are_refused_with_their_line() {
        for (text, said) in [
            (&b"openapi: 3.0.3\ninfo: {}\ninfo: {}\n"[..], "duplicate key `info`"),
            (b"openapi: 3.0.3\nx:\n  max: .inf\n", "not a number JSON can hold"),
        ] {
            let err = parse_spec(text, Path::new("bad.yaml")).unwrap_err();
            assert!(err.to_string().contains(said), "{err}");
            assert!(err.location.position.is_some(), "{err}");
        }
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
