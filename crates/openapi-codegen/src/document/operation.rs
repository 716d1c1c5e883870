//! A typed reading of one operation: its parameters, request body, answers and security
//! requirements, with `$ref`s followed. The generators read operations through this; the
//! schemas inside stay JSON, as the type generator reads them.

use serde_json::{Map, Value};

use super::{OperationAt, follow_references, pointer_join, pointer_push};
use crate::diagnostic::PointerError;

/// Where a parameter travels (`in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParameterIn {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParameterIn {
    pub fn from_key(key: &str) -> Option<ParameterIn> {
        match key {
            "path" => Some(ParameterIn::Path),
            "query" => Some(ParameterIn::Query),
            "header" => Some(ParameterIn::Header),
            "cookie" => Some(ParameterIn::Cookie),
            _ => None,
        }
    }

    /// The `in` value: `path`, `query`, `header`, `cookie`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParameterIn::Path => "path",
            ParameterIn::Query => "query",
            ParameterIn::Header => "header",
            ParameterIn::Cookie => "cookie",
        }
    }
}

/// One parameter of an operation.
#[derive(Debug, Clone)]
pub struct ParameterObject<'a> {
    /// Where the parameter is written (inside its operation, once preparation inlined it).
    pub pointer: String,
    pub name: &'a str,
    pub location: ParameterIn,
    /// Path parameters are always required.
    pub required: bool,
    /// The schema; for a parameter described by `content`, its media type's.
    pub schema: Option<&'a Value>,
    /// The media type of a parameter described by `content` (`application/json`: the value
    /// travels as JSON text).
    pub content_media_type: Option<&'a str>,
    pub style: Option<&'a str>,
    pub explode: Option<bool>,
    pub description: Option<&'a str>,
}

/// One entry of a `content` map.
#[derive(Debug, Clone)]
pub struct MediaTypeObject<'a> {
    pub media_type: &'a str,
    pub schema: Option<&'a Value>,
    pub encoding: Option<&'a Map<String, Value>>,
}

#[derive(Debug, Clone)]
pub struct RequestBodyObject<'a> {
    pub required: bool,
    /// In document order.
    pub content: Vec<MediaTypeObject<'a>>,
}

/// The status key of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Code(u16),
    /// `4XX`: the class digit.
    Range(u16),
    Default,
}

impl Status {
    pub fn from_key(key: &str) -> Option<Status> {
        match key.as_bytes() {
            b"default" => Some(Status::Default),
            [class @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => Some(Status::Range(u16::from(class - b'0'))),
            [b'1'..=b'9', b'0'..=b'9', b'0'..=b'9'] => key.parse().ok().map(Status::Code),
            _ => None,
        }
    }

    /// Whether the answer may be a success: a 2xx code or range (`default` is not).
    pub fn is_success(self) -> bool {
        matches!(self, Status::Code(200..=299) | Status::Range(2))
    }
}

#[derive(Debug, Clone)]
pub struct ResponseObject<'a> {
    /// The key as written (`200`, `4XX`, `default`).
    pub key: &'a str,
    pub status: Status,
    pub description: &'a str,
    /// In document order.
    pub content: Vec<MediaTypeObject<'a>>,
}

/// One alternative of a `security` list: every scheme named must be satisfied. No schemes
/// means anonymous access is allowed.
#[derive(Debug, Clone)]
pub struct SecurityRequirement<'a> {
    pub schemes: Vec<&'a str>,
}

/// One operation, read.
#[derive(Debug, Clone)]
pub struct OperationObject<'a> {
    pub at: OperationAt<'a>,
    /// The `operationId`; the method when there is none (preparation assigns one to each).
    pub id: &'a str,
    pub summary: Option<&'a str>,
    pub description: Option<&'a str>,
    pub parameters: Vec<ParameterObject<'a>>,
    pub request_body: Option<RequestBodyObject<'a>>,
    pub responses: Vec<ResponseObject<'a>>,
    /// The operation's own requirements, else the document's.
    pub security: Vec<SecurityRequirement<'a>>,
}

impl<'a> OperationObject<'a> {
    pub fn read(document: &'a Value, at: OperationAt<'a>) -> Result<Self, PointerError> {
        let operation = at.operation;
        let pointer = at.pointer();
        let text = |value: &'a Value, key| value.get(key).and_then(Value::as_str);
        let parameters = operation
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(index, parameter)| {
                read_parameter(document, parameter, pointer_join(&pointer, ["parameters", &index.to_string()]))
            })
            .collect::<Result<_, _>>()?;
        let request_body = operation.get("requestBody").map(|body| {
            let body = follow_references(document, body);
            RequestBodyObject {
                required: body.get("required").and_then(Value::as_bool).unwrap_or(false),
                content: read_content(body),
            }
        });
        let responses = operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(key, response)| {
                let status = Status::from_key(key).ok_or_else(|| {
                    PointerError::invalid(
                        pointer_join(&pointer, ["responses", key]),
                        format!("`{key}` is not a status code, a range such as `4XX`, or `default`"),
                    )
                })?;
                let response = follow_references(document, response);
                Ok(ResponseObject {
                    key,
                    status,
                    description: text(response, "description").unwrap_or_default(),
                    content: read_content(response),
                })
            })
            .collect::<Result<_, PointerError>>()?;
        let requirements = operation.get("security").or_else(|| document.get("security"));
        let security = requirements
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .map(|requirement| SecurityRequirement { schemes: requirement.keys().map(String::as_str).collect() })
            .collect();
        Ok(OperationObject {
            at,
            id: at.id().unwrap_or(at.method.as_str()),
            summary: text(operation, "summary"),
            description: text(operation, "description"),
            parameters,
            request_body,
            responses,
            security,
        })
    }

    /// `/paths/<path>/<method>`.
    pub fn pointer(&self) -> String {
        self.at.pointer()
    }
}

/// The first media type of a `content` list that `accept` takes, in document order.
pub fn first_media<'m, 'a>(
    content: &'m [MediaTypeObject<'a>],
    accept: impl Fn(&str) -> bool,
) -> Option<&'m MediaTypeObject<'a>> {
    content.iter().find(|media| accept(media.media_type))
}

fn read_parameter<'a>(
    document: &'a Value,
    parameter: &'a Value,
    pointer: String,
) -> Result<ParameterObject<'a>, PointerError> {
    let parameter = follow_references(document, parameter);
    let text = |key| parameter.get(key).and_then(Value::as_str);
    let written = text("in");
    let Some(location) = written.and_then(ParameterIn::from_key) else {
        let message = match written {
            Some(other) => format!("unknown parameter location `{other}`"),
            None => "a parameter needs `in`: path, query, header or cookie".to_string(),
        };
        return Err(PointerError::invalid(pointer_push(&pointer, "in"), message));
    };
    let Some(name) = text("name") else {
        return Err(PointerError::invalid(pointer_push(&pointer, "name"), "a parameter needs a `name`"));
    };
    let content = parameter.get("content").and_then(Value::as_object).and_then(|content| content.iter().next());
    Ok(ParameterObject {
        name,
        location,
        required: location == ParameterIn::Path || parameter.get("required").and_then(Value::as_bool) == Some(true),
        schema: parameter.get("schema").or(content.and_then(|(_, media)| media.get("schema"))),
        content_media_type: content.map(|(media_type, _)| media_type.as_str()),
        style: text("style"),
        explode: parameter.get("explode").and_then(Value::as_bool),
        description: text("description"),
        pointer,
    })
}

fn read_content(holder: &Value) -> Vec<MediaTypeObject<'_>> {
    let content = holder.get("content").and_then(Value::as_object).into_iter().flatten();
    content
        .map(|(media_type, media)| MediaTypeObject {
            media_type,
            schema: media.get("schema"),
            encoding: media.get("encoding").and_then(Value::as_object),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::operations;
    use serde_json::json;

    #[test]
    fn an_operation_is_read_with_its_references_followed() {
        let doc = json!({
            "security": [{"key": []}],
            "components": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}},
                "responses": {"Problem": {"description": "bad", "content": {"application/problem+json": {"schema": {}}}}}
            },
            "paths": {"/pets/{id}": {"get": {
                "operationId": "getPet",
                "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}, {"$ref": "#/components/parameters/Limit"}],
                "responses": {"200": {"description": "ok"}, "4XX": {"$ref": "#/components/responses/Problem"}, "default": {"description": "other"}},
                "security": [{}, {"key": [], "basic": []}]
            }}}
        });
        let at = operations(&doc).next().expect("one operation");
        let op = OperationObject::read(&doc, at).expect("reads");
        assert_eq!(op.id, "getPet");
        let params: Vec<_> = op.parameters.iter().map(|p| (p.name, p.location, p.required)).collect();
        assert_eq!(params, [("id", ParameterIn::Path, true), ("limit", ParameterIn::Query, false)]);
        assert_eq!(op.parameters[1].pointer, "/paths/~1pets~1{id}/get/parameters/1");
        let statuses: Vec<_> = op.responses.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [Status::Code(200), Status::Range(4), Status::Default]);
        assert_eq!(op.responses[1].description, "bad");
        assert_eq!(op.responses[1].content[0].media_type, "application/problem+json");
        let security: Vec<_> = op.security.iter().map(|r| r.schemes.clone()).collect();
        assert_eq!(security, [vec![], vec!["key", "basic"]]);
    }

    #[test]
    fn bad_locations_and_statuses_are_reported_where_written() {
        let doc = json!({"paths": {"/a": {"get": {"parameters": [{"name": "x", "in": "body"}]}}}});
        let err = OperationObject::read(&doc, operations(&doc).next().expect("one")).expect_err("refused");
        assert_eq!(err.pointer, "/paths/~1a/get/parameters/0/in");
        let doc = json!({"paths": {"/a": {"get": {"responses": {"2xx": {}, "OK": {}}}}}});
        let err = OperationObject::read(&doc, operations(&doc).next().expect("one")).expect_err("refused");
        assert_eq!(err.pointer, "/paths/~1a/get/responses/OK");
    }

    #[test]
    fn status_keys() {
        assert_eq!(Status::from_key("204"), Some(Status::Code(204)));
        assert_eq!(Status::from_key("5XX"), Some(Status::Range(5)));
        assert_eq!(Status::from_key("6XX"), None);
        assert_eq!(Status::from_key("099"), None);
        assert_eq!(Status::from_key("20"), None);
        assert!(Status::Range(2).is_success() && !Status::Default.is_success());
    }
}
