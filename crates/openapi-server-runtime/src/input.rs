//! Reading a request's inputs as the spec declares them, collecting every problem instead of
//! stopping at the first, so a rejection can list them all.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::time::Duration;

use axum::http::HeaderMap;
use axum::http::request::Parts;
use percent_encoding::percent_decode_str;
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde_json::Value;

use crate::credentials::CredentialProblem;
use crate::rejection::{MAX_PROBLEMS, Problem, ProblemKind, Rejection, Source, Step};

/// Largest request body read, in bytes, unless [`BodyLimits`] say otherwise; larger bodies
/// are refused with 413.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// Longest wait for a whole request body, unless [`BodyLimits`] say otherwise; a slower body
/// is refused with 408.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// How much body a handler reads, and for how long. [`crate::serve::serve`] puts its own in
/// each request's extensions; a request without them gets the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimits {
    pub max_bytes: usize,
    pub read_timeout: Duration,
}

impl Default for BodyLimits {
    fn default() -> Self {
        Self { max_bytes: BODY_LIMIT, read_timeout: BODY_TIMEOUT }
    }
}

/// Why a body was not read whole.
enum BodyFailure {
    /// More than the limit arrived.
    TooLarge,
    /// The connection broke mid-body, or its chunked framing is malformed.
    Unreadable,
}

/// The body, copied frame by frame into one buffer that never grows past `max_bytes`. Each
/// frame is dropped once copied: a frame is a slice of the connection's read buffer, so
/// keeping the frames (as `axum::body::to_bytes` does) would keep a whole buffer alive for
/// every small piece a slow client sends.
async fn read_capped(
    mut body: axum::body::Body,
    declared_length: Option<usize>,
    max_bytes: usize,
) -> Result<axum::body::Bytes, BodyFailure> {
    use hyper::body::Body as _;

    // A declared length is a claim, not bytes: memory follows what arrives.
    const FIRST_CAPACITY: usize = 16 * 1024;
    let mut buffer: Vec<u8> = Vec::with_capacity(declared_length.unwrap_or(0).min(max_bytes).min(FIRST_CAPACITY));
    while let Some(frame) = std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(|_| BodyFailure::Unreadable)?;
        // Trailers carry no body bytes.
        let Ok(data) = frame.into_data() else { continue };
        let needed = buffer.len().saturating_add(data.len());
        if needed > max_bytes {
            return Err(BodyFailure::TooLarge);
        }
        if needed > buffer.capacity() {
            // Doubling, as `Vec` would, but never past the limit.
            let target = needed.max(buffer.capacity().saturating_mul(2)).min(max_bytes);
            buffer.reserve_exact(target - buffer.len());
        }
        buffer.extend_from_slice(&data);
    }
    Ok(axum::body::Bytes::from(buffer))
}

/// How a parameter's text is read as JSON before serde checks it against the Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    String,
    Integer,
    Number,
    Boolean,
    /// Any JSON value written as text (objects in a query parameter, for example), or a
    /// string when the text is not JSON.
    Json,
}

/// Numeric, length and size bounds from a schema, checked on the decoded JSON value.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Bounds {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    /// The value is an object, not a list: serde's structs also take a list of their
    /// fields' values in order, which would skip every check of the fields.
    pub object: bool,
    /// Properties an object must have: all missing ones are reported, not only the first.
    pub required: &'static [&'static str],
    /// An integer: one written with a zero fraction or an exponent (`2100.0`, `2.1e3`) is one
    /// too (JSON Schema 2020-12), read as the integer it is.
    pub integer: bool,
}

impl Bounds {
    /// No bounds; `..Bounds::NONE` fills the rest of a `const` rule.
    pub const NONE: Self = Self {
        minimum: None,
        maximum: None,
        exclusive_minimum: false,
        exclusive_maximum: false,
        min_length: None,
        max_length: None,
        min_items: None,
        max_items: None,
        object: false,
        required: &[],
        integer: false,
    };
}

/// One step of a [`BodyRule`]'s path: a property, or every item of an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathStep {
    Key(&'static str),
    Each,
}

/// Bounds the types crate does not check (serde types hold any number), for the values a
/// path reaches inside a JSON body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyRule {
    pub path: &'static [PathStep],
    pub bounds: Bounds,
}

/// The request as parameters see it, and the problems found so far.
pub struct Inputs<'a> {
    /// Path parameters, decoded (borrowed from the request when nothing was escaped).
    path: Vec<(&'a str, Cow<'a, str>)>,
    raw_query: Option<&'a str>,
    // Decoded on first use: most operations read neither.
    query: OnceCell<Decoded<'a>>,
    cookies: OnceCell<Decoded<'a>>,
    headers: &'a HeaderMap,
    // Where [`BodyLimits`] are, read only by operations with a body.
    extensions: &'a axum::http::Extensions,
    /// The problems found, at most [`MAX_PROBLEMS`]; see [`Inputs::report`].
    pub problems: Vec<Problem>,
    /// Problems found past [`MAX_PROBLEMS`], counted only.
    omitted: usize,
}

impl<'a> Inputs<'a> {
    /// The inputs of a request whose path parameters are whole segments: as the router
    /// matched and decoded them (`routed`, from [`routed_params`]), or, when it could not
    /// (a value not UTF-8 once decoded), as `template` reads the path, which names the value
    /// at fault.
    pub fn routed(parts: &'a Parts, routed: Option<&'a axum::extract::RawPathParams>, template: &'a str) -> Self {
        match routed {
            Some(params) => {
                let path = params.iter().map(|(name, value)| (name, Cow::Borrowed(value))).collect();
                Self::with_path(parts, path, Vec::new())
            }
            None => Self::new(parts, path_params(template, parts.uri.path()).unwrap_or_default()),
        }
    }

    /// `path` holds the raw (still percent-encoded) values of the path's parameters.
    pub fn new(parts: &'a Parts, path: Vec<(&'a str, &'a str)>) -> Self {
        let mut problems = Vec::new();
        let path = path
            .into_iter()
            .filter_map(|(name, raw)| match percent_decode_str(raw).decode_utf8() {
                Ok(text) => Some((name, text)),
                Err(_) => {
                    let message = "percent-encoded bytes are not UTF-8";
                    problems.push(
                        Problem::new(Source::Path, name, ProblemKind::Invalid, message)
                            .with_input(Value::String(raw.to_string())),
                    );
                    None
                }
            })
            .collect();
        Self::with_path(parts, path, problems)
    }

    fn with_path(parts: &'a Parts, path: Vec<(&'a str, Cow<'a, str>)>, problems: Vec<Problem>) -> Self {
        Self {
            path,
            raw_query: parts.uri.query(),
            query: OnceCell::new(),
            cookies: OnceCell::new(),
            headers: &parts.headers,
            extensions: &parts.extensions,
            problems,
            omitted: 0,
        }
    }

    /// Records a problem; past [`MAX_PROBLEMS`] only their number is kept, so a request
    /// cannot make the server hold (or answer) one problem per byte it sent.
    pub fn report(&mut self, problem: Problem) {
        self.report_with(|| problem);
    }

    /// [`Inputs::report`], making the problem only when it is kept: a body of many bad items
    /// costs no copy of each once the list is full.
    fn report_with(&mut self, problem: impl FnOnce() -> Problem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem().bounded());
        } else {
            self.omitted += 1;
        }
    }

    /// How many problems were found, listed or not.
    fn found(&self) -> usize {
        self.problems.len() + self.omitted
    }

    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// The query's pairs whose names and values are text once percent-decoded.
    pub fn query(&self) -> &[(Cow<'a, str>, Cow<'a, str>)] {
        &self.query.get_or_init(|| decode_query(self.raw_query)).pairs
    }

    /// The cookies' pairs whose names and values are text once percent-decoded.
    pub fn cookies(&self) -> &[(Cow<'a, str>, Cow<'a, str>)] {
        &self.cookies.get_or_init(|| decode_cookies(self.headers)).pairs
    }

    /// The texts given for a parameter, in order (several for repeated query keys). A value
    /// that is not text once decoded (or a `Cookie` header that is not) is a problem, not a
    /// guess.
    fn texts(&mut self, source: Source, name: &str) -> Vec<String> {
        let from = |pairs: &[(Cow<'_, str>, Cow<'_, str>)]| {
            pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.to_string()).collect()
        };
        if self.undecodable(source, name, |key| key == name) {
            return Vec::new();
        }
        match source {
            Source::Path => self.path.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.to_string()).collect(),
            Source::Query => from(self.query()),
            Source::Cookie => from(self.cookies()),
            Source::Header => {
                let mut texts = Vec::new();
                for value in self.headers.get_all(name) {
                    match value.to_str() {
                        Ok(text) => texts.push(text.to_string()),
                        Err(_) => self.report(Problem::new(
                            source,
                            name,
                            ProblemKind::Invalid,
                            "header value is not visible ASCII",
                        )),
                    }
                }
                texts
            }
            Source::Body => Vec::new(),
        }
    }

    /// Whether a value for parameter `name` (under a key `is_key` accepts) is not text once
    /// decoded, or the `Cookie` header is not: then a problem, not a guess.
    fn undecodable(&mut self, source: Source, name: &str, is_key: impl Fn(&str) -> bool) -> bool {
        let decoded = match source {
            Source::Query => self.query.get_or_init(|| decode_query(self.raw_query)),
            Source::Cookie => self.cookies.get_or_init(|| decode_cookies(self.headers)),
            Source::Path | Source::Header | Source::Body => return false,
        };
        let raw = decoded.undecodable.iter().find(|(key, _)| key.as_deref().is_some_and(&is_key));
        let problem = match (decoded.unreadable_header, raw) {
            (true, _) => Problem::new(source, name, ProblemKind::Invalid, "the `Cookie` header is not visible ASCII"),
            (false, Some((_, raw))) => {
                Problem::new(source, name, ProblemKind::Invalid, "percent-encoded bytes are not UTF-8")
                    .with_input(Value::String(raw.clone()))
            }
            (false, None) => return false,
        };
        self.report(problem);
        true
    }

    /// The one text given for a single-valued parameter; `None` when absent (a problem if
    /// `required`), given twice, or unreadable (each a problem). Looks no further than a
    /// second value, and copies only the one returned.
    fn single_text(&mut self, source: Source, name: &str, required: bool) -> Option<String> {
        let named = |pairs: &[(Cow<'_, str>, Cow<'_, str>)]| {
            first_two(pairs.iter().filter(|(key, _)| key == name).map(|(_, value)| Some(value.as_ref())))
        };
        let found = if source == Source::Cookie {
            // Read straight from the header: the other cookies need not be decoded.
            single_cookie(self.headers, name)
        } else if self.undecodable(source, name, |key| key == name) {
            return None;
        } else {
            match source {
                Source::Path => {
                    first_two(self.path.iter().filter(|(key, _)| *key == name).map(|(_, value)| Some(value.as_ref())))
                }
                Source::Query => named(self.query()),
                Source::Header => first_two(self.headers.get_all(name).iter().map(|value| value.to_str().ok())),
                Source::Cookie | Source::Body => Ok(None),
            }
        };
        match found {
            Ok(Some(text)) => Some(text),
            Ok(None) => {
                self.missing(source, name, required);
                None
            }
            Err((message, raw)) => {
                let problem = Problem::new(source, name, ProblemKind::Invalid, message);
                self.report(match raw {
                    Some(raw) => problem.with_input(Value::String(raw.to_string())),
                    None => problem,
                });
                None
            }
        }
    }

    /// A single-valued parameter; `None` when absent (a problem if `required`) or invalid.
    pub fn one<T: DeserializeOwned>(
        &mut self,
        source: Source,
        name: &str,
        shape: Shape,
        required: bool,
        bounds: Bounds,
    ) -> Option<T> {
        let text = self.single_text(source, name, required)?;
        if shape == Shape::String {
            // Text is the value: read straight into the type, no JSON value between.
            if let Err(message) = check_text(&text, bounds) {
                self.report(Problem::new(source, name, ProblemKind::Invalid, message).with_input(Value::String(text)));
                return None;
            }
            let typed: Result<T, serde::de::value::Error> = strictly_typed(text.into_deserializer());
            return typed
                .map_err(|err| self.report(Problem::new(source, name, ProblemKind::Invalid, err.to_string())))
                .ok();
        }
        let value = self.checked(source, name, &text, shape, bounds)?;
        // Text that reads as JSON of another type may still be the string a union takes.
        if shape == Shape::Json
            && !value.is_string()
            && let Ok(typed) = strictly_typed(&Value::String(text))
        {
            return Some(typed);
        }
        self.typed(source, name, value)
    }

    /// An array parameter (`form` style, exploded: `?tag=a&tag=b`); `None` when absent.
    pub fn many<T: DeserializeOwned>(
        &mut self,
        source: Source,
        name: &str,
        shape: Shape,
        required: bool,
        bounds: Bounds,
    ) -> Option<T> {
        let mut texts = self.present_texts(source, name, required)?;
        if source != Source::Query && texts.len() == 1 {
            // Headers, paths and cookies carry arrays comma-separated (`simple` style).
            texts = texts[0].split(',').map(str::to_string).collect();
        }
        self.list_of(source, name, &texts, shape, bounds)
    }

    /// A list written as one value joined by `delimiter` (`?ids=a|b` for `pipeDelimited`,
    /// `?ids=a,b` for `form` not exploded, `/.a.b` for `label` exploded); a repeated key adds
    /// its items. `None` when absent (a problem if `required`) or invalid.
    pub fn joined<T: DeserializeOwned>(
        &mut self,
        source: Source,
        name: &str,
        delimiter: &str,
        shape: Shape,
        required: bool,
        bounds: Bounds,
    ) -> Option<T> {
        let texts = self.present_texts(source, name, required)?;
        let items: Vec<String> = texts.iter().flat_map(|text| text.split(delimiter)).map(str::to_string).collect();
        self.list_of(source, name, &items, shape, bounds)
    }

    fn list_of<T: DeserializeOwned>(
        &mut self,
        source: Source,
        name: &str,
        texts: &[String],
        shape: Shape,
        bounds: Bounds,
    ) -> Option<T> {
        let items: Option<Vec<Value>> =
            texts.iter().map(|text| self.checked(source, name, text, shape, bounds)).collect();
        self.typed(source, name, Value::Array(items?))
    }

    /// A `deepObject` query parameter (`?created[gt]=1&created[lt]=9`): the keys `name[…]`
    /// become the properties of one object, each read by its own shape (`properties`:
    /// name, shape, whether it is a list); a repeated key of a list gives its items.
    /// `None` when absent (a problem if `required`) or invalid.
    pub fn deep_object<T: DeserializeOwned>(
        &mut self,
        name: &str,
        properties: &[(&str, Shape, bool)],
        required: bool,
    ) -> Option<T> {
        let prefix = format!("{name}[");
        if self.undecodable(Source::Query, name, |key| key.starts_with(&prefix)) {
            return None;
        }
        let found: Vec<(String, String)> = self
            .query()
            .iter()
            .filter_map(|(key, value)| {
                let property = key.strip_prefix(&prefix)?.strip_suffix(']')?;
                Some((property.to_string(), value.to_string()))
            })
            .collect();
        self.gathered_object(name, found, properties, required, |property| format!("{name}[{property}]"))
    }

    /// An object query parameter in `form` style, exploded (`?gt=1&lt=9`): its properties
    /// are query keys of their own, read as [`Inputs::deep_object`] reads them.
    pub fn exploded_object<T: DeserializeOwned>(
        &mut self,
        name: &str,
        properties: &[(&str, Shape, bool)],
        required: bool,
    ) -> Option<T> {
        if self.undecodable(Source::Query, name, |key| properties.iter().any(|(property, _, _)| *property == key)) {
            return None;
        }
        let found: Vec<(String, String)> = self
            .query()
            .iter()
            .filter(|(key, _)| properties.iter().any(|(property, _, _)| property == key))
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect();
        self.gathered_object(name, found, properties, required, str::to_string)
    }

    /// An object query parameter in `form` style, not exploded (`?created=gt,1,lt,9`): one
    /// value of property names and values joined by commas, each value read as
    /// [`Inputs::deep_object`] reads them.
    pub fn joined_object<T: DeserializeOwned>(
        &mut self,
        name: &str,
        properties: &[(&str, Shape, bool)],
        required: bool,
    ) -> Option<T> {
        if self.undecodable(Source::Query, name, |key| key == name) {
            return None;
        }
        let texts = self.texts(Source::Query, name);
        let text = match texts.as_slice() {
            [] => String::new(),
            [text] => text.clone(),
            [..] => {
                self.report(Problem::new(Source::Query, name, ProblemKind::Invalid, "given more than once"));
                return None;
            }
        };
        let parts: Vec<&str> = if text.is_empty() { Vec::new() } else { text.split(',').collect() };
        if !parts.len().is_multiple_of(2) {
            let message =
                "an object of `form` style, not exploded, is property names and values in pairs: one is alone";
            self.report(
                Problem::new(Source::Query, name, ProblemKind::Invalid, message).with_input(Value::String(text)),
            );
            return None;
        }
        let found = parts.chunks(2).map(|pair| (pair[0].to_string(), pair[1].to_string())).collect();
        self.gathered_object(name, found, properties, required, |_| name.to_string())
    }

    /// One object from the `(property, text)` pairs found for parameter `name`.
    fn gathered_object<T: DeserializeOwned>(
        &mut self,
        name: &str,
        found: Vec<(String, String)>,
        properties: &[(&str, Shape, bool)],
        required: bool,
        key_of: impl Fn(&str) -> String,
    ) -> Option<T> {
        if found.is_empty() {
            self.missing(Source::Query, name, required);
            return None;
        }
        let mut object = serde_json::Map::new();
        let mut valid = true;
        for (property, text) in found {
            let (shape, many) = properties
                .iter()
                .find(|(known, _, _)| *known == property)
                .map_or((Shape::String, false), |(_, shape, many)| (*shape, *many));
            let key = key_of(&property);
            let Some(value) = self.checked(Source::Query, &key, &text, shape, Bounds::NONE) else {
                valid = false;
                continue;
            };
            match (object.get_mut(&property), many) {
                (Some(Value::Array(items)), true) => items.push(value),
                (None, true) => {
                    object.insert(property, Value::Array(vec![value]));
                }
                (None, false) => {
                    object.insert(property, value);
                }
                (Some(_), false) => {
                    self.report(Problem::new(Source::Query, &key, ProblemKind::Invalid, "given more than once"));
                    valid = false;
                }
                (Some(_), true) => valid = false,
            }
        }
        if !valid {
            return None;
        }
        self.typed(Source::Query, name, Value::Object(object))
    }

    /// The texts given for a parameter; `None` when there are none (a problem if `required`).
    fn present_texts(&mut self, source: Source, name: &str, required: bool) -> Option<Vec<String>> {
        let texts = self.texts(source, name);
        if texts.is_empty() {
            self.missing(source, name, required);
            return None;
        }
        Some(texts)
    }

    fn missing(&mut self, source: Source, name: &str, required: bool) {
        let already_reported = self
            .problems
            .iter()
            .any(|p| p.source == source && p.location.first() == Some(&Step::Key(name.to_string())));
        if required && !already_reported {
            self.report(Problem::new(source, name, ProblemKind::Missing, "Field required"));
        }
    }

    fn checked(&mut self, source: Source, name: &str, text: &str, shape: Shape, bounds: Bounds) -> Option<Value> {
        match text_as_json(text, shape).and_then(|value| check_bounds(&value, bounds).map(|()| value)) {
            Ok(value) => Some(value),
            Err(message) => {
                self.report(
                    Problem::new(source, name, ProblemKind::Invalid, message).with_input(Value::String(text.into())),
                );
                None
            }
        }
    }

    fn typed<T: DeserializeOwned>(&mut self, source: Source, name: &str, value: Value) -> Option<T> {
        match strictly_typed(&value) {
            Ok(typed) => Some(typed),
            Err(err) => {
                self.report(Problem::new(source, name, ProblemKind::Invalid, err.to_string()).with_input(value));
                None
            }
        }
    }

    /// The request's body, read when its `Content-Type` is the one declared (`None`: JSON, any
    /// `application/json` or `+json` type), before a byte of it is read: a body of another
    /// type is refused (415) unread, as is one larger than the limit (413) or slower (408).
    /// An absent body is a problem when `required`; an empty one of the declared type is a
    /// body, empty (except for JSON, where it is absent).
    pub async fn body_bytes(
        &mut self,
        body: axum::body::Body,
        media_type: Option<&str>,
        required: bool,
    ) -> Option<axum::body::Bytes> {
        let given = self.headers.get(axum::http::header::CONTENT_TYPE).map(|v| v.to_str().map(essence));
        let Some(given) = given else {
            // Without a media type, only the absence of a body is understood.
            if self.declares_no_body() {
                self.missing(Source::Body, "", required);
                return None;
            }
            self.wrong_media_type(media_type);
            return None;
        };
        let matches = given.is_ok_and(|given| match media_type {
            None => given == "application/json" || given.ends_with("+json"),
            Some(expected) => {
                let expected = essence(expected);
                given == expected
                    || expected.ends_with("/*") && given.starts_with(expected.trim_end_matches('*'))
                    || expected == "*/*"
            }
        });
        if !matches {
            self.wrong_media_type(media_type);
            return None;
        }
        let limits = self.extensions.get::<BodyLimits>().copied().unwrap_or_default();
        let too_large = || (ProblemKind::TooLarge, format!("body larger than {} bytes", limits.max_bytes));
        let (kind, message) = match self.declared_length() {
            Some(length) if length > limits.max_bytes => too_large(),
            declared => match tokio::time::timeout(limits.read_timeout, read_capped(body, declared, limits.max_bytes))
                .await
            {
                Ok(Ok(bytes)) if bytes.is_empty() && media_type.is_none() => {
                    self.missing(Source::Body, "", required);
                    return None;
                }
                Ok(Ok(bytes)) => return Some(bytes),
                Ok(Err(BodyFailure::TooLarge)) => too_large(),
                Ok(Err(BodyFailure::Unreadable)) => {
                    (ProblemKind::Unreadable, "body cut off, or its chunked framing is malformed".to_string())
                }
                Err(_) => {
                    (ProblemKind::Timeout, format!("body not received within {} s", limits.read_timeout.as_secs_f64()))
                }
            },
        };
        self.report(Problem::new(Source::Body, "", kind, message));
        None
    }

    /// The body's length as `Content-Length` gives it (hyper has refused a request whose
    /// length is not a number, or is given twice with different values).
    fn declared_length(&self) -> Option<usize> {
        let length = self.headers.get(axum::http::header::CONTENT_LENGTH)?;
        // A length past `usize` is larger than any limit.
        length.to_str().ok()?.parse::<u64>().ok().map(|length| usize::try_from(length).unwrap_or(usize::MAX))
    }

    /// Whether the request's headers say it has no body (no length, or 0, and no chunks).
    fn declares_no_body(&self) -> bool {
        let length = self.headers.get(axum::http::header::CONTENT_LENGTH);
        let chunked = self.headers.contains_key(axum::http::header::TRANSFER_ENCODING);
        !chunked && length.is_none_or(|length| length.as_bytes() == b"0")
    }

    fn wrong_media_type(&mut self, media_type: Option<&str>) {
        let expected = media_type.unwrap_or("application/json");
        self.report(Problem::new(Source::Body, "", ProblemKind::MediaType, format!("expected a `{expected}` body")));
    }

    /// [`Inputs::json_body`], after checking `rules` on the JSON value: every value out of
    /// bounds is a problem at its own location.
    pub fn json_body_within<T: DeserializeOwned>(
        &mut self,
        body: &[u8],
        required: bool,
        rules: &[BodyRule],
    ) -> Option<T> {
        let mut value = self.json_value(body, required)?;
        let before = self.found();
        for rule in rules {
            self.check_rule(&mut value, rule.path, &mut Vec::new(), rule.bounds);
        }
        if self.found() > before {
            return None;
        }
        self.typed_body(value)
    }

    /// Checks `bounds` on the values `path` reaches in `value`; a whole number where an integer
    /// is declared (`2100.0`) becomes the integer it is first, as serde's integers refuse it.
    fn check_rule(&mut self, value: &mut Value, path: &[PathStep], at: &mut Vec<Step>, bounds: Bounds) {
        match path.split_first() {
            None => {
                if let Some(integer) = whole_number(value).filter(|_| bounds.integer) {
                    *value = integer;
                }
                for name in
                    bounds.required.iter().filter(|name| value.as_object().is_some_and(|o| !o.contains_key(**name)))
                {
                    at.push(Step::Key((*name).to_string()));
                    self.report_with(|| Problem {
                        source: Source::Body,
                        location: at.clone(),
                        kind: ProblemKind::Missing,
                        message: "Field required".into(),
                        input: None,
                    });
                    at.pop();
                }
                if let Err(message) = check_bounds(value, bounds) {
                    // The value is echoed only as far as an answer repeats it, not copied whole.
                    self.report_with(|| Problem {
                        source: Source::Body,
                        location: at.clone(),
                        kind: ProblemKind::Invalid,
                        message,
                        input: crate::rejection::echo_of(value),
                    });
                }
            }
            Some((PathStep::Key(key), rest)) => {
                if let Some(child) = value.get_mut(*key) {
                    at.push(Step::Key((*key).to_string()));
                    self.check_rule(child, rest, at, bounds);
                    at.pop();
                }
            }
            Some((PathStep::Each, rest)) => {
                for (index, item) in value.as_array_mut().into_iter().flatten().enumerate() {
                    at.push(Step::Index(index));
                    self.check_rule(item, rest, at, bounds);
                    at.pop();
                }
            }
        }
    }

    /// Decodes a JSON body into `T`; `None` when absent (a problem if `required`) or invalid.
    pub fn json_body<T: DeserializeOwned>(&mut self, body: &[u8], required: bool) -> Option<T> {
        let value = self.json_value(body, required)?;
        self.typed_body(value)
    }

    /// The body as JSON (its media type was checked as it was read), if present and well-formed.
    fn json_value(&mut self, body: &[u8], required: bool) -> Option<Value> {
        if body.is_empty() {
            self.missing(Source::Body, "", required);
            return None;
        }
        let value: Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(err) => {
                self.report(Problem::new(
                    Source::Body,
                    "",
                    ProblemKind::Malformed,
                    format!("JSON decode error: {err}"),
                ));
                return None;
            }
        };
        Some(value)
    }

    fn typed_body<T: DeserializeOwned>(&mut self, value: Value) -> Option<T> {
        let mut track = serde_path_to_error::Track::new();
        match strictly_typed(serde_path_to_error::Deserializer::new(&value, &mut track)) {
            Ok(typed) => Some(typed),
            Err(err) => {
                let location = track
                    .path()
                    .iter()
                    .filter_map(|segment| match segment {
                        serde_path_to_error::Segment::Seq { index } => Some(Step::Index(*index)),
                        serde_path_to_error::Segment::Map { key } => Some(Step::Key(key.clone())),
                        _ => None,
                    })
                    .collect();
                let message = err.to_string();
                let kind =
                    if message.starts_with("missing field") { ProblemKind::Missing } else { ProblemKind::Invalid };
                self.report(Problem { source: Source::Body, location, kind, message, input: None });
                None
            }
        }
    }

    /// The rejection for the problems found (a handler's answer when there are any).
    pub fn into_rejection(self) -> Rejection {
        Rejection::from_problems(self.problems, request_id(self.headers)).with_omitted(self.omitted)
    }

    /// The rejection for the problems found, if any.
    pub fn rejection(&mut self) -> Option<Rejection> {
        if self.problems.is_empty() {
            return None;
        }
        let omitted = std::mem::take(&mut self.omitted);
        Some(
            Rejection::from_problems(std::mem::take(&mut self.problems), request_id(self.headers))
                .with_omitted(omitted),
        )
    }
}

/// A media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`.
fn essence(media_type: &str) -> String {
    media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// The path parameters the router matched, decoded; `None` when one is not UTF-8 once
/// decoded (then [`Inputs::routed`] reads them by the template, to say which).
pub async fn routed_params(parts: &mut Parts) -> Option<axum::extract::RawPathParams> {
    use axum::extract::FromRequestParts;
    axum::extract::RawPathParams::from_request_parts(parts, &()).await.ok()
}

/// `T` read from `input` as a request must be: an enum that keeps values its spec does not
/// list (for the answers a client receives) refuses them here, as the implementation knows
/// only the listed ones. Every typed read of a request goes through here.
fn strictly_typed<'de, T: serde::Deserialize<'de>, D: serde::Deserializer<'de>>(input: D) -> Result<T, D::Error> {
    openapi_types_runtime::strictly(|| T::deserialize(input))
}

/// Raw (percent-encoded) values of the `{name}`s of `template` in `path`. The router has
/// matched `path` segment by segment, a segment with parameters as a whole; `None` when the
/// text around the parameters of a segment (`{name}.json`, `{base}...{head}`) is not there,
/// which is a path the API does not have.
pub fn path_params<'t, 'p>(template: &'t str, path: &'p str) -> Option<Vec<(&'t str, &'p str)>> {
    let mut params = Vec::new();
    for (pattern, segment) in template.split('/').zip(path.split('/')) {
        segment_params(pattern, segment, &mut params)?;
    }
    Some(params)
}

/// Whether a request to `uri` is one of the path template `template`: its path has the text
/// around the template's parameters, and its query each `key=value` written into the template
/// (`/responses/{id}?beta=true`). Operations of one route are told apart by this.
pub fn matches_template(template: &str, uri: &axum::http::Uri) -> bool {
    let (path, query) = template.split_once('?').unwrap_or((template, ""));
    let sent: Vec<&str> = uri.query().unwrap_or_default().split('&').collect();
    path_params(path, uri.path()).is_some()
        && query.split('&').filter(|pair| !pair.is_empty()).all(|pair| sent.contains(&pair))
}

/// The parameters of one segment: the text before the first parameter and after the last
/// must be there, and each parameter ends where the first occurrence of the text that
/// follows it begins (parameters are never adjacent: the generator does not route those).
fn segment_params<'t, 'p>(pattern: &'t str, segment: &'p str, params: &mut Vec<(&'t str, &'p str)>) -> Option<()> {
    let Some((prefix, mut pattern)) = pattern.split_once('{') else { return Some(()) };
    let mut rest = segment.strip_prefix(prefix)?;
    loop {
        let (name, after) = pattern.split_once('}')?;
        match after.split_once('{') {
            Some((literal, next)) if !literal.is_empty() => {
                let end = rest.find(literal)?;
                params.push((name, &rest[..end]));
                rest = &rest[end + literal.len()..];
                pattern = next;
            }
            Some(_) => return None,
            None => {
                params.push((name, rest.strip_suffix(after)?));
                return Some(());
            }
        }
    }
}

impl Inputs<'_> {
    /// A rejection for missing or malformed credentials: a 401, before any input is read.
    pub fn unauthenticated(&self, problem: CredentialProblem) -> Rejection {
        let problem = Problem::new(problem.source, &problem.name, ProblemKind::Credentials, problem.message);
        Rejection::from_problems(vec![problem], request_id(self.headers))
    }
}

/// The caller's `x-request-id` when it sent one, else a fresh one.
pub fn request_id(headers: &HeaderMap) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    match headers.get("x-request-id").and_then(|v| v.to_str().ok()) {
        Some(id) if !id.is_empty() && id.len() <= 128 => id.to_string(),
        _ => format!("req-{:016x}", NEXT.fetch_add(1, Ordering::Relaxed)),
    }
}

fn text_as_json(text: &str, shape: Shape) -> Result<Value, String> {
    match shape {
        Shape::String => Ok(Value::String(text.to_string())),
        Shape::Integer => text
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| text.parse::<u64>().map(Value::from))
            .or_else(|_| text.parse::<f64>().ok().and_then(|number| whole_number(&Value::from(number))).ok_or(()))
            .map_err(|_| format!("Input should be a valid integer, unable to parse string as an integer: `{text}`")),
        Shape::Number => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("Input should be a valid number, unable to parse string as a number: `{text}`")),
        Shape::Boolean => match text.to_ascii_lowercase().as_str() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(format!("Input should be a valid boolean, unable to interpret input: `{text}`")),
        },
        // Text that is not JSON is a string; the parameter's type decides whether it fits.
        Shape::Json => Ok(serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_string()))),
    }
}

fn check_bounds(value: &Value, bounds: Bounds) -> Result<(), String> {
    if bounds.object && value.is_array() {
        return Err("Input should be an object".into());
    }
    if let Some(number) = value.as_f64() {
        if let Some(min) = bounds.minimum
            && (number < min || (bounds.exclusive_minimum && number == min))
        {
            let relation = if bounds.exclusive_minimum { "greater than" } else { "greater than or equal to" };
            return Err(format!("Input should be {relation} {min}"));
        }
        if let Some(max) = bounds.maximum
            && (number > max || (bounds.exclusive_maximum && number == max))
        {
            let relation = if bounds.exclusive_maximum { "less than" } else { "less than or equal to" };
            return Err(format!("Input should be {relation} {max}"));
        }
    }
    if let Some(items) = value.as_array() {
        if bounds.min_items.is_some_and(|min| items.len() < min) {
            return Err(format!("List should have at least {} items", bounds.min_items.unwrap_or_default()));
        }
        if bounds.max_items.is_some_and(|max| items.len() > max) {
            return Err(format!("List should have at most {} items", bounds.max_items.unwrap_or_default()));
        }
    }
    if let Some(text) = value.as_str() {
        check_text(text, bounds)?;
    }
    Ok(())
}

/// `value` as an integer when it is a float without a fraction, in the 64-bit range.
fn whole_number(value: &Value) -> Option<Value> {
    let number = value.as_number().filter(|n| n.is_f64())?.as_f64()?;
    if number.fract() != 0.0 || !number.is_finite() {
        return None;
    }
    // Bounds of i64 and u64 as floats: 2^63 and 2^64, exclusive.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&number) {
        Some(Value::from(number as i64))
    } else if (0.0..18_446_744_073_709_551_616.0).contains(&number) {
        Some(Value::from(number as u64))
    } else {
        None
    }
}

/// The length bounds of a text.
fn check_text(text: &str, bounds: Bounds) -> Result<(), String> {
    if bounds.min_length.is_none() && bounds.max_length.is_none() {
        return Ok(());
    }
    let length = text.chars().count();
    if bounds.min_length.is_some_and(|min| length < min) {
        return Err(format!("String should have at least {} characters", bounds.min_length.unwrap_or_default()));
    }
    if bounds.max_length.is_some_and(|max| length > max) {
        return Err(format!("String should have at most {} characters", bounds.max_length.unwrap_or_default()));
    }
    Ok(())
}

/// `name=value` pairs, percent-decoded (borrowed from the request when nothing was escaped):
/// those that are text, and apart the values whose bytes are not UTF-8 once decoded (with
/// their name, when it is text, and their raw form).
#[derive(Debug, Default)]
struct Decoded<'a> {
    pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    undecodable: Vec<(Option<String>, String)>,
    /// A `Cookie` header that is not visible ASCII: no cookie can be read from it.
    unreadable_header: bool,
}

impl<'a> Decoded<'a> {
    fn push(&mut self, name: &'a str, value: &'a str, plus_is_space: bool) {
        let decode = |text: &'a str| -> Option<Cow<'a, str>> {
            if plus_is_space && text.contains('+') {
                let spaced = text.replace('+', " ");
                return percent_decode_str(&spaced).decode_utf8().ok().map(|decoded| Cow::Owned(decoded.into_owned()));
            }
            percent_decode_str(text).decode_utf8().ok()
        };
        match (decode(name), decode(value)) {
            (Some(name), Some(decoded)) => self.pairs.push((name, decoded)),
            (name, _) => self.undecodable.push((name.map(Cow::into_owned), value.to_string())),
        }
    }
}

/// The pairs of a query string (`+` is a space, as in HTML forms).
fn decode_query(query: Option<&str>) -> Decoded<'_> {
    let mut decoded = Decoded::default();
    for pair in query.unwrap_or_default().split('&').filter(|pair| !pair.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        decoded.push(name, value, true);
    }
    decoded
}

/// The pairs of every `Cookie` header; values are percent-decoded.
fn decode_cookies(headers: &HeaderMap) -> Decoded<'_> {
    let mut decoded = Decoded::default();
    for line in headers.get_all(axum::http::header::COOKIE) {
        let Ok(line) = line.to_str() else {
            decoded.unreadable_header = true;
            continue;
        };
        for (name, value) in cookie_pairs(line) {
            decoded.push(name, value, false);
        }
    }
    decoded
}

/// Why a single-valued parameter has no value: a problem's message, with the raw value at
/// fault when there is one to show.
type Unreadable<'r> = (&'static str, Option<&'r str>);

/// The one value of `values` (`None`: a header value that is not visible ASCII), or why not.
fn first_two<'s>(mut values: impl Iterator<Item = Option<&'s str>>) -> Result<Option<String>, Unreadable<'static>> {
    match (values.next(), values.next()) {
        (None, _) => Ok(None),
        (Some(_), Some(_)) => Err(("given more than once", None)),
        (Some(None), None) => Err(("header value is not visible ASCII", None)),
        (Some(Some(text)), None) => Ok(Some(text.to_string())),
    }
}

/// The raw `name=value` pairs of one `Cookie` header line (a quoted value unquoted).
fn cookie_pairs(line: &str) -> impl Iterator<Item = (&str, &str)> {
    line.split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .map(|(name, value)| (name.trim(), value.trim().trim_matches('"')))
}

/// The one value of cookie `name`, as [`decode_cookies`] and [`Inputs::undecodable`] would
/// give it, without decoding the other cookies: absent, or why not when the header is not
/// visible ASCII, the value is not UTF-8 once decoded, or the cookie is given twice.
fn single_cookie<'h>(headers: &'h HeaderMap, name: &str) -> Result<Option<String>, Unreadable<'h>> {
    let is_named = |raw: &str| match raw.contains('%') {
        false => raw == name,
        true => percent_decode_str(raw).decode_utf8().is_ok_and(|decoded| decoded == name),
    };
    let mut found = None;
    for line in headers.get_all(axum::http::header::COOKIE) {
        let Ok(line) = line.to_str() else { return Err(("the `Cookie` header is not visible ASCII", None)) };
        for (_, raw) in cookie_pairs(line).filter(|(key, _)| is_named(key)) {
            let Ok(value) = percent_decode_str(raw).decode_utf8() else {
                return Err(("percent-encoded bytes are not UTF-8", Some(raw)));
            };
            if found.is_some() {
                return Err(("given more than once", None));
            }
            found = Some(value.into_owned());
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;
    use std::collections::BTreeMap;

    fn parts(uri: &str, headers: &[(&str, &str)]) -> Parts {
        let mut builder = Request::builder().uri(uri);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(()).unwrap().into_parts().0
    }

    #[test]
    fn every_problem_is_collected() {
        let parts = parts("/x?limit=abc&limit=2", &[("cookie", "sid=a%20b; theme=dark")]);
        let mut inputs = Inputs::new(&parts, vec![("id", "caf%C3%A9")]);
        assert_eq!(
            inputs.one::<String>(Source::Path, "id", Shape::String, true, Bounds::default()).as_deref(),
            Some("café")
        );
        assert_eq!(
            inputs.one::<String>(Source::Cookie, "sid", Shape::String, false, Bounds::default()).as_deref(),
            Some("a b")
        );
        assert_eq!(inputs.one::<i64>(Source::Query, "limit", Shape::Integer, true, Bounds::default()), None);
        assert_eq!(inputs.one::<String>(Source::Header, "x-org", Shape::String, true, Bounds::default()), None);
        let rejection = inputs.rejection().unwrap();
        let kinds: Vec<_> = rejection.problems.iter().map(|p| (p.field(), p.kind)).collect();
        assert_eq!(
            kinds,
            [("query.limit".to_string(), ProblemKind::Invalid), ("header.x-org".to_string(), ProblemKind::Missing)]
        );
    }

    #[test]
    fn deep_objects_gather_their_keys() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Range {
            gt: Option<i64>,
            lt: Option<i64>,
            tag: Option<Vec<String>>,
        }
        let properties = [("gt", Shape::Integer, false), ("lt", Shape::Integer, false), ("tag", Shape::String, true)];
        let given = parts("/x?created%5Bgt%5D=1&created[lt]=9&created[tag]=a&created[tag]=b&other=3", &[]);
        let mut inputs = Inputs::new(&given, Vec::new());
        let range = inputs.deep_object::<Range>("created", &properties, true);
        assert_eq!(range, Some(Range { gt: Some(1), lt: Some(9), tag: Some(vec!["a".into(), "b".into()]) }));
        assert_eq!(inputs.deep_object::<Range>("absent", &properties, false), None);
        assert!(inputs.problems.is_empty());

        let invalid = parts("/x?created[gt]=one&created[lt]=1&created[lt]=2", &[]);
        let mut inputs = Inputs::new(&invalid, Vec::new());
        assert_eq!(inputs.deep_object::<Range>("created", &properties, true), None);
        let fields: Vec<String> = inputs.problems.iter().map(|p| p.field()).collect();
        assert_eq!(fields, ["query.created[gt]", "query.created[lt]"]);

        let exploded = parts("/x?gt=4&other=1&tag=c", &[]);
        let mut inputs = Inputs::new(&exploded, Vec::new());
        let range = inputs.exploded_object::<Range>("created", &properties, true);
        assert_eq!(range, Some(Range { gt: Some(4), lt: None, tag: Some(vec!["c".into()]) }));

        let joined = parts("/x?created=gt,4,lt,9&odd=gt", &[]);
        let mut inputs = Inputs::new(&joined, Vec::new());
        let range = inputs.joined_object::<Range>("created", &properties, true);
        assert_eq!(range, Some(Range { gt: Some(4), lt: Some(9), tag: None }));
        assert_eq!(inputs.joined_object::<Range>("odd", &properties, true), None);
        assert_eq!(inputs.joined_object::<Range>("absent", &properties, true), None);
        let kinds: Vec<_> = inputs.problems.iter().map(|p| (p.field(), p.kind)).collect();
        assert_eq!(
            kinds,
            [("query.odd".to_string(), ProblemKind::Invalid), ("query.absent".to_string(), ProblemKind::Missing)]
        );
    }

    #[test]
    fn undecodable_path_value_is_a_problem_not_a_guess() {
        let parts = parts("/x", &[]);
        let mut inputs = Inputs::new(&parts, vec![("id", "%FF")]);
        assert_eq!(inputs.one::<String>(Source::Path, "id", Shape::String, true, Bounds::default()), None);
        let kinds: Vec<_> = inputs.problems.iter().map(|p| p.kind).collect();
        // Reported once as invalid; not again as missing.
        assert_eq!(kinds, [ProblemKind::Invalid]);
    }

    #[test]
    fn query_and_cookie_values_are_decoded_as_strictly_as_paths() {
        let mut parts = parts("/x?q=%FF&limit=1&limit=abc&ok=%C3%A9", &[("cookie", "session=%FE")]);
        let mut inputs = Inputs::new(&parts, Vec::new());
        let any = Bounds::default();
        assert_eq!(inputs.one::<String>(Source::Query, "q", Shape::String, true, any), None);
        assert_eq!(inputs.one::<i64>(Source::Query, "limit", Shape::Integer, true, any), None);
        assert_eq!(inputs.one::<String>(Source::Cookie, "session", Shape::String, true, any), None);
        assert_eq!(inputs.one::<String>(Source::Query, "ok", Shape::String, true, any).as_deref(), Some("é"));
        let messages: Vec<(String, &str)> = inputs.problems.iter().map(|p| (p.field(), p.message.as_str())).collect();
        assert_eq!(
            messages,
            [
                ("query.q".to_string(), "percent-encoded bytes are not UTF-8"),
                ("query.limit".to_string(), "given more than once"),
                ("cookie.session".to_string(), "percent-encoded bytes are not UTF-8"),
            ]
        );
        // A `Cookie` header that is not visible ASCII spoils every cookie in it.
        parts.headers.insert("cookie", axum::http::HeaderValue::from_bytes(b"session=\xff").unwrap());
        let mut inputs = Inputs::new(&parts, Vec::new());
        assert_eq!(inputs.one::<String>(Source::Cookie, "session", Shape::String, false, any), None);
        assert_eq!(inputs.problems[0].message, "the `Cookie` header is not visible ASCII");
    }

    #[test]
    fn one_cookie_is_read_by_its_decoded_name_once_across_headers() {
        let mut parts = parts("/x", &[("cookie", "theme=dark; s%69d=\"a%20b\""), ("cookie", "other=1")]);
        let any = Bounds::default();
        let mut inputs = Inputs::new(&parts, Vec::new());
        assert_eq!(inputs.one::<String>(Source::Cookie, "sid", Shape::String, true, any).as_deref(), Some("a b"));
        assert_eq!(inputs.one::<i64>(Source::Cookie, "other", Shape::Integer, true, any), Some(1));
        assert_eq!(inputs.one::<String>(Source::Cookie, "absent", Shape::String, false, any), None);
        assert!(inputs.problems.is_empty(), "{:?}", inputs.problems);
        parts.headers.append("cookie", axum::http::HeaderValue::from_static("sid=c"));
        let mut inputs = Inputs::new(&parts, Vec::new());
        assert_eq!(inputs.one::<String>(Source::Cookie, "sid", Shape::String, true, any), None);
        assert_eq!(inputs.problems[0].message, "given more than once");
    }

    #[test]
    fn whole_numbers_with_a_fraction_or_an_exponent_are_integers() {
        let parts = parts("/x?limit=2.0e1&page=2.5", &[]);
        let mut inputs = Inputs::new(&parts, Vec::new());
        let any = Bounds::default();
        assert_eq!(inputs.one::<i64>(Source::Query, "limit", Shape::Integer, true, any), Some(20));
        assert_eq!(inputs.one::<i64>(Source::Query, "page", Shape::Integer, true, any), None);
        let rules = [BodyRule { path: &[PathStep::Key("year")], bounds: Bounds { integer: true, ..Bounds::NONE } }];
        let mut inputs = Inputs::new(&parts, Vec::new());
        let body: Option<BTreeMap<String, i64>> = inputs.json_body_within(br#"{"year": 2.1e3}"#, true, &rules);
        assert_eq!(body, Some(BTreeMap::from([("year".to_string(), 2100)])));
        let body: Option<BTreeMap<String, i64>> = inputs.json_body_within(br#"{"year": 2100.5}"#, true, &rules);
        assert_eq!(body, None);
    }

    #[test]
    fn path_params_follow_the_template() {
        let pairs = |params: &[(&'static str, &'static str)]| params.to_vec();
        let params = path_params("/files/{name}.json/{id}", "/files/a%20b.json/7");
        assert_eq!(params, Some(pairs(&[("name", "a%20b"), ("id", "7")])));
        let params = path_params("/compare/{base}...{head}", "/compare/v1.2...main");
        assert_eq!(params, Some(pairs(&[("base", "v1.2"), ("head", "main")])));
        let params = path_params("/x/v{major}.{minor}-beta", "/x/v1.2.3-beta");
        assert_eq!(params, Some(pairs(&[("major", "1"), ("minor", "2.3")])));
    }

    #[test]
    fn joined_query_lists_are_split_by_their_delimiter() {
        let parts = parts("/x?ids=1%7C2%7C3&names=a%20b&tags=x,y", &[]);
        let mut inputs = Inputs::new(&parts, Vec::new());
        let ids: Option<Vec<i64>> = inputs.joined(Source::Query, "ids", "|", Shape::Integer, true, Bounds::NONE);
        let names: Option<Vec<String>> = inputs.joined(Source::Query, "names", " ", Shape::String, true, Bounds::NONE);
        let tags: Option<Vec<String>> = inputs.joined(Source::Query, "tags", ",", Shape::String, true, Bounds::NONE);
        assert_eq!(ids, Some(vec![1, 2, 3]));
        assert_eq!(names, Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(tags, Some(vec!["x".to_string(), "y".to_string()]));
    }

    #[test]
    fn requests_match_the_text_and_the_query_of_a_template() {
        let uri = |text: &str| text.parse::<axum::http::Uri>().unwrap();
        assert!(matches_template("/r/{id}?beta=true", &uri("/r/7?x=1&beta=true")));
        assert!(!matches_template("/r/{id}?beta=true", &uri("/r/7?beta=false")));
        assert!(!matches_template("/r/{id}?beta=true", &uri("/r/7")));
        assert!(matches_template("/r/{id}", &uri("/r/7?beta=true")));
        assert!(matches_template("/a/{sid}.json", &uri("/a/AC1.json")));
        assert!(!matches_template("/a/{sid}.json", &uri("/a/AC1.xml")));
    }

    #[test]
    fn a_segment_without_the_text_around_its_parameters_is_no_path_of_the_api() {
        assert_eq!(path_params("/files/{name}.json", "/files/a.xml"), None);
        assert_eq!(path_params("/compare/{base}...{head}", "/compare/main"), None);
        assert_eq!(path_params("/x/v{major}", "/x/1"), None);
    }

    #[test]
    fn bounds_are_enforced() {
        let parts = parts("/x?n=0&s=abcd", &[]);
        let mut inputs = Inputs::new(&parts, Vec::new());
        let positive = Bounds { minimum: Some(0.0), exclusive_minimum: true, ..Bounds::default() };
        assert_eq!(inputs.one::<i64>(Source::Query, "n", Shape::Integer, true, positive), None);
        let short = Bounds { max_length: Some(3), ..Bounds::default() };
        assert_eq!(inputs.one::<String>(Source::Query, "s", Shape::String, true, short), None);
        assert_eq!(inputs.problems[0].message, "Input should be greater than 0");
        assert_eq!(inputs.problems[1].message, "String should have at most 3 characters");
    }

    #[test]
    fn body_rules_check_every_value_they_reach() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Order {
            items: Vec<serde_json::Value>,
        }
        const RULES: &[BodyRule] = &[
            BodyRule { path: &[PathStep::Key("items")], bounds: Bounds { max_items: Some(2), ..Bounds::NONE } },
            BodyRule {
                path: &[PathStep::Key("items"), PathStep::Each, PathStep::Key("price")],
                bounds: Bounds { minimum: Some(0.0), exclusive_minimum: true, ..Bounds::NONE },
            },
        ];
        let parts = parts("/x", &[("content-type", "application/json")]);
        let mut inputs = Inputs::new(&parts, Vec::new());
        let body = br#"{"items":[{"price":1},{"price":0},{"price":-2}]}"#;
        assert!(inputs.json_body_within::<Order>(body, true, RULES).is_none());
        let found: Vec<(serde_json::Value, &str)> =
            inputs.problems.iter().map(|p| (p.loc(), p.message.as_str())).collect();
        assert_eq!(found[0], (serde_json::json!(["body", "items"]), "List should have at most 2 items"));
        assert_eq!(found[1], (serde_json::json!(["body", "items", 1, "price"]), "Input should be greater than 0"));
        assert_eq!(found[2].0, serde_json::json!(["body", "items", 2, "price"]));
        let mut inputs = Inputs::new(&parts, Vec::new());
        assert!(inputs.json_body_within::<Order>(br#"{"items":[{"price":3}]}"#, true, RULES).is_some());
    }

    #[test]
    fn json_body_problems_carry_their_path() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Item {
            price: u32,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Order {
            items: Vec<Item>,
        }
        let parts = parts("/x", &[("content-type", "application/json")]);
        let mut inputs = Inputs::new(&parts, Vec::new());
        assert!(inputs.json_body::<Order>(br#"{"items":[{"price":1},{"price":-1}]}"#, true).is_none());
        assert_eq!(inputs.problems[0].loc(), serde_json::json!(["body", "items", 1, "price"]));
    }
}
