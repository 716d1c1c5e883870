//! Building answers: JSON bodies, empty bodies and raw bodies with the declared media type.

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Serialize;

/// `status` with `body` as JSON.
pub fn json<T: Serialize>(status: StatusCode, body: &T) -> Response {
    json_as(status, "application/json", body)
}

/// `status` with `body` as JSON, sent as the JSON media type `content_type`
/// (`application/problem+json`).
pub fn json_as<T: Serialize>(status: StatusCode, content_type: &'static str, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => with_body(status, content_type, bytes.into()),
        // Generated types always serialize; a custom Serialize that fails is a server bug.
        Err(_) => empty(StatusCode::INTERNAL_SERVER_ERROR),
    }
}

/// `status` with no body.
pub fn empty(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// `status` with `body` sent as `content_type`.
pub fn with_body(status: StatusCode, content_type: &'static str, body: axum::body::Bytes) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    // A media type as a spec writes it may hold what a header cannot: left out, not a panic.
    if let Ok(value) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

/// `response` (a 401) with the challenges of the schemes that would have let the request in
/// (`WWW-Authenticate`, RFC 9110 §11.6.1).
pub fn challenged(mut response: Response, challenges: &str) -> Response {
    // Generated challenges are visible ASCII; one that is not is left out rather than sent.
    if let Ok(value) = HeaderValue::from_str(challenges) {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

/// An implementation's `response`: a 401 without `WWW-Authenticate` gets `challenges`.
pub fn challenged_if_unauthorized(response: Response, challenges: &str) -> Response {
    if response.status() == StatusCode::UNAUTHORIZED && !response.headers().contains_key(header::WWW_AUTHENTICATE) {
        challenged(response, challenges)
    } else {
        response
    }
}

/// A status known valid at generation time (a code the spec lists).
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_implementations_401_gets_the_challenges_unless_it_has_its_own() {
        let challenged = challenged_if_unauthorized(empty(StatusCode::UNAUTHORIZED), "Bearer realm=\"A\"");
        assert_eq!(challenged.headers()[header::WWW_AUTHENTICATE], "Bearer realm=\"A\"");
        let mut own = empty(StatusCode::UNAUTHORIZED);
        own.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"own\""));
        let kept = challenged_if_unauthorized(own, "Bearer realm=\"A\"");
        assert_eq!(kept.headers()[header::WWW_AUTHENTICATE], "Basic realm=\"own\"");
        let other = challenged_if_unauthorized(empty(StatusCode::FORBIDDEN), "Bearer realm=\"A\"");
        assert!(!other.headers().contains_key(header::WWW_AUTHENTICATE));
    }
}
