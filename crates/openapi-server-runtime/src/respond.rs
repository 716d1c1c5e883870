//! Building answers: JSON bodies, empty bodies and raw bodies with the declared media type.

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Serialize;

/// `status` with `body` as JSON.
pub fn json<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => with_body(status, "application/json", bytes.into()),
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
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
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

/// A status known valid at generation time (a code the spec lists).
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
