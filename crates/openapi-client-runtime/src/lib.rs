//! Run-time support for generated clients: what they add beside progenitor's code, written
//! once here instead of in every generated crate.

mod answer;
mod form;

pub use answer::{AnswerTooLarge, DEFAULT_MAX_ANSWER_BYTES, EXCERPT_BYTES, json_answer, limit_answer};
pub use form::{DEFAULT_FORM_STYLE, FormBody, FormStyle, form_pairs};

use std::fmt;
use std::time::Duration;

use base64::Engine;
use percent_encoding::AsciiSet;
use reqwest::header::{
    AUTHORIZATION, COOKIE, HeaderMap, HeaderName, HeaderValue, InvalidHeaderName, InvalidHeaderValue,
};

/// Why a client with credentials could not be built.
#[derive(Debug)]
pub enum ClientBuildError {
    /// The credential cannot travel in an HTTP header (e.g. it holds a newline).
    InvalidCredential(InvalidHeaderValue),
    /// The API key's header name is not a valid header name.
    InvalidHeaderName(InvalidHeaderName),
    /// reqwest could not build its client (e.g. TLS could not be initialised).
    Http(reqwest::Error),
}

impl fmt::Display for ClientBuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidCredential(err) => write!(f, "credential is not a valid header value: {err}"),
            Self::InvalidHeaderName(err) => write!(f, "API key header name is not valid: {err}"),
            Self::Http(err) => write!(f, "cannot build the HTTP client: {err}"),
        }
    }
}

impl std::error::Error for ClientBuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::InvalidCredential(err) => Some(err),
            Self::InvalidHeaderName(err) => Some(err),
            Self::Http(err) => Some(err),
        }
    }
}

/// How a security scheme's credential travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential<'a> {
    /// `Authorization: Basic base64(username:password)` (RFC 7617).
    Basic { username: &'a str, password: &'a str },
    /// `Authorization: Bearer <token>` (RFC 6750).
    Bearer(&'a str),
    /// An API key in the header `name`.
    Header { name: &'a str, key: &'a str },
    /// An API key in the cookie `name`.
    Cookie { name: &'a str, key: &'a str },
}

impl Credential<'_> {
    fn header(&self) -> Result<(HeaderName, HeaderValue), ClientBuildError> {
        let (name, text) = match self {
            Credential::Basic { username, password } => {
                let pair = format!("{username}:{password}");
                (AUTHORIZATION, format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair)))
            }
            Credential::Bearer(token) => (AUTHORIZATION, format!("Bearer {token}")),
            Credential::Header { name, key } => {
                (HeaderName::try_from(*name).map_err(ClientBuildError::InvalidHeaderName)?, key.to_string())
            }
            Credential::Cookie { name, key } => (COOKIE, cookie_pair(name, key.as_bytes())),
        };
        let mut value = HeaderValue::try_from(text).map_err(ClientBuildError::InvalidCredential)?;
        value.set_sensitive(true);
        Ok((name, value))
    }
}

/// Installs rustls's `ring` provider as the process's TLS crypto provider, unless one is
/// installed already (by the application, or by an earlier call). reqwest refuses to build a
/// client without one: call this before building a `reqwest::Client` of your own for a
/// generated client's `new_with_client`; [`client_builder`] calls it. Without the `rustls`
/// feature it does nothing.
pub fn install_tls_provider() {
    #[cfg(feature = "rustls")]
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Another thread may install one in between: then theirs stays, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// Redirects a generated client follows for one request, at most.
pub const MAX_REDIRECTS: usize = 10;

/// The reqwest client builder every generated client starts from: `timeout` for connecting
/// and for each request; redirects followed only within the origin (scheme, host and port) of
/// the request, so that no credential the spec declares (an API key header or cookie, a
/// header parameter) and no body goes on to a host the answer names (reqwest itself strips
/// only `Authorization` and `Cookie`); and no `Referer`, which would tell that host the URL,
/// query included. A redirect to another origin is handed back as the answer it is.
///
/// With the `rustls` feature, it first makes sure the process has a TLS crypto provider (see
/// [`install_tls_provider`]).
pub fn client_builder(timeout: Duration) -> reqwest::ClientBuilder {
    install_tls_provider();
    reqwest::ClientBuilder::new()
        .connect_timeout(timeout)
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::custom(|attempt| {
            let first = attempt.previous().first().map(reqwest::Url::origin);
            if first != Some(attempt.url().origin()) {
                attempt.stop()
            } else if attempt.previous().len() > MAX_REDIRECTS {
                attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
            } else {
                attempt.follow()
            }
        }))
        .referer(false)
}

/// The reqwest client `builder` makes (start from [`client_builder`]), sending `credential`
/// on every request besides the default headers `builder` has.
pub fn build_with_credential(
    builder: reqwest::ClientBuilder,
    credential: &Credential<'_>,
) -> Result<reqwest::Client, ClientBuildError> {
    let (name, value) = credential.header()?;
    let mut headers = HeaderMap::new();
    headers.insert(name, value);
    builder.default_headers(headers).build().map_err(ClientBuildError::Http)
}

/// Bytes a cookie value cannot hold as they are (RFC 6265 `cookie-octet`), plus `%`.
const COOKIE_VALUE_ESCAPES: &AsciiSet =
    &percent_encoding::CONTROLS.add(b' ').add(b'"').add(b',').add(b';').add(b'\\').add(b'%');

/// `name=value` with the value percent-encoded where a cookie cannot carry it.
pub fn cookie_pair(name: &str, value: &[u8]) -> String {
    format!("{name}={}", percent_encoding::percent_encode(value, COOKIE_VALUE_ESCAPES))
}

/// progenitor sends cookie parameters as headers named after them; this moves the ones in
/// `names` into the `Cookie` header (one header, RFC 6265), after any cookies already there.
pub fn fold_cookie_parameters(headers: &mut HeaderMap, names: &[&str]) -> Result<(), InvalidHeaderValue> {
    let pairs: Vec<String> = names
        .iter()
        .filter_map(|name| headers.remove(*name).map(|value| cookie_pair(name, value.as_bytes())))
        .collect();
    if pairs.is_empty() {
        return Ok(());
    }
    let mut cookie = pairs.join("; ");
    if let Some(existing) = headers.get(COOKIE).and_then(|v| v.to_str().ok()) {
        cookie = format!("{existing}; {cookie}");
    }
    headers.insert(COOKIE, HeaderValue::try_from(cookie)?);
    Ok(())
}

/// Gives renamed query parameters their own names back (`sent_as` → `name`), keeping the
/// order and values of every pair: progenitor sends a parameter under another name when its
/// own would give the Rust name of another parameter (`StartTime` and `StartTime<`).
pub fn rename_query_keys(url: &mut reqwest::Url, renames: &[(&str, &str)]) {
    if renames.is_empty() || url.query().is_none() {
        return;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(key, value)| {
            let renamed = renames.iter().find(|(sent_as, _)| *sent_as == key).map(|(_, name)| name.to_string());
            (renamed.unwrap_or_else(|| key.into_owned()), value.into_owned())
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

/// A copy of `response` without its body, for answers the spec declares without one: status,
/// version and headers are all there is to hand back.
pub fn bodiless_copy(response: &reqwest::Response) -> reqwest::Response {
    let mut copy = http::Response::new(Vec::<u8>::new());
    *copy.status_mut() = response.status();
    *copy.version_mut() = response.version();
    copy.headers_mut().clone_from(response.headers());
    reqwest::Response::from(copy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "rustls")]
    #[test]
    fn a_client_with_tls_builds_without_a_provider_installed_beforehand() {
        let client = client_builder(Duration::from_secs(1)).build();
        assert!(client.is_ok(), "{client:?}");
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
        // A second client finds the provider in place.
        assert!(client_builder(Duration::from_secs(1)).build().is_ok());
    }

    #[test]
    fn renamed_query_keys_get_their_names_back() {
        let mut url = reqwest::Url::parse("https://api.test/calls?start_time=1&start_time_lt=2&a=b+c").unwrap();
        rename_query_keys(&mut url, &[("start_time_lt", "StartTime<")]);
        assert_eq!(url.query(), Some("start_time=1&StartTime%3C=2&a=b+c"));
        let mut bare = reqwest::Url::parse("https://api.test/calls").unwrap();
        rename_query_keys(&mut bare, &[("x", "y")]);
        assert_eq!(bare.as_str(), "https://api.test/calls");
    }

    #[test]
    fn credentials_become_sensitive_headers() {
        let (name, value) = Credential::Basic { username: "pro-1", password: "se:cret" }.header().unwrap();
        assert_eq!((name, value.to_str().unwrap()), (AUTHORIZATION, "Basic cHJvLTE6c2U6Y3JldA=="));
        assert!(value.is_sensitive());
        let (name, value) = Credential::Cookie { name: "sid", key: "a b;c" }.header().unwrap();
        assert_eq!((name, value.to_str().unwrap()), (COOKIE, "sid=a%20b%3Bc"));
        assert!(matches!(Credential::Bearer("a\nb").header(), Err(ClientBuildError::InvalidCredential(_))));
    }

    #[test]
    fn cookie_parameters_fold_into_one_header() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_static("theme=dark"));
        headers.insert("session", HeaderValue::from_bytes("tok en;ü".as_bytes()).unwrap());
        headers.insert("x-other", HeaderValue::from_static("kept"));
        fold_cookie_parameters(&mut headers, &["session", "absent"]).unwrap();
        assert_eq!(headers[COOKIE], "theme=dark; session=tok%20en%3B%C3%BC");
        assert!(headers.get("session").is_none());
        assert_eq!(headers["x-other"], "kept");
    }

    #[test]
    fn bodiless_copy_keeps_status_and_headers() {
        let mut original = http::Response::new("ignored");
        *original.status_mut() = reqwest::StatusCode::NOT_FOUND;
        original.headers_mut().insert("x-request-id", HeaderValue::from_static("r1"));
        let copy = bodiless_copy(&reqwest::Response::from(original));
        assert_eq!(copy.status(), reqwest::StatusCode::NOT_FOUND);
        assert_eq!(copy.headers()["x-request-id"], "r1");
    }
}
