//! Credentials as the security schemes of a spec describe them, read from a request.

use std::fmt;

use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use base64::Engine;

use crate::rejection::Source;

/// HTTP basic credentials (`Authorization: Basic base64(username:password)`).
#[derive(Clone, PartialEq, Eq)]
pub struct BasicCredentials {
    pub username: String,
    pub password: String,
}

/// A bearer token (`Authorization: Bearer <token>`), also used by OAuth2 and OpenID Connect.
#[derive(Clone, PartialEq, Eq)]
pub struct BearerToken(pub String);

/// An API key, from the header, query parameter or cookie the scheme names.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(pub String);

// Secrets never reach logs through `Debug`.
impl fmt::Debug for BasicCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BasicCredentials").field("username", &self.username).field("password", &"<redacted>").finish()
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

/// Why credentials could not be read, and where they were looked for; safe to show the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialProblem {
    pub source: Source,
    pub name: String,
    pub message: String,
}

impl CredentialProblem {
    pub fn new(source: Source, name: &str, message: impl Into<String>) -> Self {
        Self { source, name: name.to_string(), message: message.into() }
    }

    fn authorization(message: impl Into<String>) -> Self {
        Self::new(Source::Header, "authorization", message)
    }
}

fn authorization<'a>(headers: &'a HeaderMap, scheme: &str) -> Result<&'a str, CredentialProblem> {
    let value = single(headers, AUTHORIZATION.as_str(), Source::Header)?
        .ok_or_else(|| CredentialProblem::authorization(format!("missing `Authorization: {scheme} …` header")))?;
    let text =
        value.to_str().map_err(|_| CredentialProblem::authorization("`Authorization` header is not ASCII text"))?;
    match text.split_once(' ') {
        Some((given, rest)) if given.eq_ignore_ascii_case(scheme) && !rest.trim().is_empty() => Ok(rest.trim()),
        _ => Err(CredentialProblem::authorization(format!(
            "`Authorization` header does not hold `{scheme}` credentials"
        ))),
    }
}

/// Reads HTTP basic credentials (RFC 7617).
pub fn basic(headers: &HeaderMap) -> Result<BasicCredentials, CredentialProblem> {
    let encoded = authorization(headers, "Basic")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|_| CredentialProblem::authorization("basic credentials are not valid base64"))?;
    let text =
        String::from_utf8(decoded).map_err(|_| CredentialProblem::authorization("basic credentials are not UTF-8"))?;
    let (username, password) = text
        .split_once(':')
        .ok_or_else(|| CredentialProblem::authorization("basic credentials lack the `:` separator"))?;
    Ok(BasicCredentials { username: username.to_string(), password: password.to_string() })
}

/// Reads a bearer token (RFC 6750).
pub fn bearer(headers: &HeaderMap) -> Result<BearerToken, CredentialProblem> {
    authorization(headers, "Bearer").map(|token| BearerToken(token.to_string()))
}

/// The one value of header `name`, if any: credentials given twice are refused, not guessed.
fn single<'a>(
    headers: &'a HeaderMap,
    name: &str,
    source: Source,
) -> Result<Option<&'a axum::http::HeaderValue>, CredentialProblem> {
    let mut values = headers.get_all(name).iter();
    let first = values.next();
    match values.next() {
        Some(_) => Err(CredentialProblem::new(source, name, format!("header `{name}` given more than once"))),
        None => Ok(first),
    }
}

/// Reads an API key from the header `name`.
pub fn api_key_in_header(headers: &HeaderMap, name: &str) -> Result<ApiKey, CredentialProblem> {
    match single(headers, name, Source::Header)?.map(|v| v.to_str()) {
        Some(Ok(key)) if !key.is_empty() => Ok(ApiKey(key.to_string())),
        Some(_) => {
            Err(CredentialProblem::new(Source::Header, name, format!("API key header `{name}` is empty or not text")))
        }
        None => Err(CredentialProblem::new(Source::Header, name, format!("missing API key header `{name}`"))),
    }
}

/// Reads an API key from decoded query (`Source::Query`) or cookie (`Source::Cookie`) pairs.
pub fn api_key_in_pairs<K: AsRef<str>, V: AsRef<str>>(
    pairs: &[(K, V)],
    name: &str,
    source: Source,
) -> Result<ApiKey, CredentialProblem> {
    let mut given = pairs.iter().filter(|(key, _)| key.as_ref() == name);
    let first = given.next();
    if given.next().is_some() {
        return Err(CredentialProblem::new(
            source,
            name,
            format!("API key {} `{name}` given more than once", source.as_str()),
        ));
    }
    match first {
        Some((_, key)) if !key.as_ref().is_empty() => Ok(ApiKey(key.as_ref().to_string())),
        Some(_) => Err(CredentialProblem::new(source, name, format!("API key {} `{name}` is empty", source.as_str()))),
        None => Err(CredentialProblem::new(source, name, format!("missing API key {} `{name}`", source.as_str()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with_authorization(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn basic_credentials_decode_and_password_may_hold_colons() {
        // base64("pro-1:se:cret")
        let creds = basic(&with_authorization("Basic cHJvLTE6c2U6Y3JldA==")).unwrap();
        assert_eq!(creds, BasicCredentials { username: "pro-1".into(), password: "se:cret".into() });
        assert_eq!(format!("{creds:?}"), r#"BasicCredentials { username: "pro-1", password: "<redacted>" }"#);
    }

    #[test]
    fn malformed_basic_credentials_are_problems() {
        assert!(basic(&HeaderMap::new()).unwrap_err().message.contains("missing"));
        assert!(basic(&with_authorization("Bearer abc")).is_err());
        assert!(basic(&with_authorization("Basic !!!")).unwrap_err().message.contains("base64"));
        assert!(basic(&with_authorization("Basic bm9jb2xvbg==")).unwrap_err().message.contains("separator"));
    }

    #[test]
    fn credentials_given_twice_are_refused_not_guessed() {
        let mut headers = with_authorization("Bearer first");
        headers.append(AUTHORIZATION, HeaderValue::from_static("Bearer second"));
        assert_eq!(bearer(&headers).unwrap_err().message, "header `authorization` given more than once");
        let query = [("api_key".to_string(), "a".to_string()), ("api_key".to_string(), "b".to_string())];
        let problem = api_key_in_pairs(&query, "api_key", Source::Query).unwrap_err();
        assert_eq!(problem.message, "API key query `api_key` given more than once");
    }

    #[test]
    fn api_keys_are_read_from_their_place() {
        let mut headers = HeaderMap::new();
        headers.insert("x-api-key", HeaderValue::from_static("k1"));
        assert_eq!(api_key_in_header(&headers, "x-api-key").unwrap(), ApiKey("k1".into()));
        let missing = api_key_in_header(&HeaderMap::new(), "x-api-key").unwrap_err();
        assert_eq!((missing.source, missing.name.as_str()), (Source::Header, "x-api-key"));
        let query = [("api_key".to_string(), "k2".to_string())];
        assert_eq!(api_key_in_pairs(&query, "api_key", Source::Query).unwrap(), ApiKey("k2".into()));
        let empty = [("sid".to_string(), String::new())];
        let problem = api_key_in_pairs(&empty, "sid", Source::Cookie).unwrap_err();
        assert_eq!((problem.source, problem.message.as_str()), (Source::Cookie, "API key cookie `sid` is empty"));
    }

    #[test]
    fn bearer_scheme_name_is_case_insensitive() {
        assert_eq!(bearer(&with_authorization("bearer t0k")).unwrap(), BearerToken("t0k".into()));
    }
}
