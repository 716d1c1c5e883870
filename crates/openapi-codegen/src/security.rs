//! Security schemes, read once for every generator: what credential each scheme of
//! `components.securitySchemes` asks for and where it travels. The client makes constructors
//! from it, the server stub checks it.

use serde_json::Value;

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLocation {
    Header,
    Query,
    Cookie,
}

/// The credential a security scheme asks for, as far as generated code can carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// HTTP basic auth.
    Basic,
    /// A bearer token: HTTP bearer, OAuth 2 and OpenID Connect alike.
    Bearer,
    /// An API key, with the header, query parameter or cookie name the spec gives it.
    ApiKey { location: KeyLocation, name: String },
}

/// One entry of `components.securitySchemes`.
#[derive(Debug, Clone)]
pub struct SecurityScheme<'a> {
    pub name: &'a str,
    /// The scheme's `type` as written, for messages.
    pub type_name: &'a str,
    /// `None` for what no generated code can carry: mutual TLS, unknown types, an API key
    /// whose header or cookie name is not a valid HTTP token.
    pub credential: Option<Credential>,
}

/// Every security scheme of `document`, in document order.
pub fn security_schemes(document: &Value) -> Vec<SecurityScheme<'_>> {
    let schemes = document.pointer("/components/securitySchemes").and_then(Value::as_object).into_iter().flatten();
    schemes
        .map(|(name, scheme)| {
            let field = |key| scheme.get(key).and_then(Value::as_str).unwrap_or_default();
            let key = |location| Some(Credential::ApiKey { location, name: field("name").to_string() });
            let credential = match (field("type"), field("scheme").to_ascii_lowercase().as_str(), field("in")) {
                ("http", "basic", _) => Some(Credential::Basic),
                ("http", "bearer", _) | ("oauth2" | "openIdConnect", _, _) => Some(Credential::Bearer),
                ("apiKey", _, "header") if is_token(field("name")) => key(KeyLocation::Header),
                ("apiKey", _, "cookie") if is_token(field("name")) => key(KeyLocation::Cookie),
                ("apiKey", _, "query") if !field("name").is_empty() => key(KeyLocation::Query),
                _ => None,
            };
            let type_name = Some(field("type")).filter(|t| !t.is_empty()).unwrap_or("unknown");
            SecurityScheme { name, type_name, credential }
        })
        .collect()
}

/// Whether `name` may be an HTTP header or cookie name (RFC 9110 `token`).
pub fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schemes_are_read_in_document_order() {
        let doc = json!({"components": {"securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "basic": {"type": "http", "scheme": "Basic"},
            "oauth": {"type": "oauth2", "flows": {}},
            "spaced": {"type": "apiKey", "in": "cookie", "name": "a b"},
            "tls": {"type": "mutualTLS"}
        }}});
        let read: Vec<(&str, Option<Credential>)> =
            security_schemes(&doc).into_iter().map(|s| (s.name, s.credential)).collect();
        let header = Credential::ApiKey { location: KeyLocation::Header, name: "X-Key".into() };
        assert_eq!(
            read,
            [
                ("key", Some(header)),
                ("basic", Some(Credential::Basic)),
                ("oauth", Some(Credential::Bearer)),
                ("spaced", None),
                ("tls", None)
            ]
        );
    }
}
