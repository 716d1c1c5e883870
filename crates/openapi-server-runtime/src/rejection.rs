//! A request the server refuses before the implementation sees it, described well enough for
//! each API to render it in the error body its spec declares.

use serde_json::Value;

/// Where in the request a problem sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Path,
    Query,
    Header,
    Cookie,
    Body,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Path => "path",
            Source::Query => "query",
            Source::Header => "header",
            Source::Cookie => "cookie",
            Source::Body => "body",
        }
    }
}

/// One step of a problem's location below its source: a field name or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required value is absent.
    Missing,
    /// A value is present but is not what the spec allows (type, enum, format, bounds).
    Invalid,
    /// The body is not well-formed JSON.
    Malformed,
    /// Credentials are absent or unreadable.
    Credentials,
    /// The body's media type is not one the operation accepts.
    MediaType,
    /// The body is larger than the server accepts.
    TooLarge,
    /// The body did not arrive in time.
    Timeout,
    /// The body could not be read: its chunked framing is malformed, or it was cut off.
    Unreadable,
}

impl ProblemKind {
    /// Stable machine-readable code, in the style of FastAPI's `type`.
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::Missing => "missing",
            ProblemKind::Invalid => "value_error",
            ProblemKind::Malformed => "json_invalid",
            ProblemKind::Credentials => "unauthorized",
            ProblemKind::MediaType => "unsupported_media_type",
            ProblemKind::TooLarge => "payload_too_large",
            ProblemKind::Timeout => "request_timeout",
            ProblemKind::Unreadable => "body_unreadable",
        }
    }
}

/// What is wrong with one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub source: Source,
    /// The parameter name, or the body path (`[]` for the whole body).
    pub location: Vec<Step>,
    pub kind: ProblemKind,
    pub message: String,
    /// The offending input, when there is one to show.
    pub input: Option<Value>,
}

/// Most problems one rejection lists; past it, only their number is kept
/// ([`Rejection::omitted`]), so a body of a thousand bad items gets a bounded answer.
pub const MAX_PROBLEMS: usize = 50;

/// Most characters of a problem's message: messages quote the client's input (serde's
/// "unknown variant `…`"), which is only bounded by the body limit.
pub const MAX_MESSAGE_CHARS: usize = 300;

/// Most characters of an echoed string input, and about the most bytes of JSON an echoed
/// input may take; a larger structure is not echoed at all.
pub const MAX_ECHO_CHARS: usize = 200;

impl Problem {
    pub fn new(source: Source, name: &str, kind: ProblemKind, message: impl Into<String>) -> Self {
        let location = if name.is_empty() { Vec::new() } else { vec![Step::Key(name.to_string())] };
        Self { source, location, kind, message: message.into(), input: None }
    }

    pub fn with_input(mut self, input: Value) -> Self {
        self.input = Some(input);
        self
    }

    /// The problem as an answer may repeat it: its message within [`MAX_MESSAGE_CHARS`], and
    /// its input within [`MAX_ECHO_CHARS`] (a longer string cut, ending in `…`; a larger
    /// array or object left out). Messages and inputs quote what the client sent, which only
    /// the body limit bounds.
    pub fn bounded(mut self) -> Self {
        self.message = elided(std::mem::take(&mut self.message), MAX_MESSAGE_CHARS);
        self.input = self.input.as_ref().and_then(echo_of);
        self
    }

    /// The source, then each step: the parts of `loc` and of `field`, for bodies of any type.
    pub fn loc_steps(&self) -> impl Iterator<Item = LocStep<'_>> {
        std::iter::once(LocStep::Key(self.source.as_str())).chain(self.location.iter().map(|step| match step {
            Step::Key(key) => LocStep::Key(key),
            Step::Index(index) => LocStep::Index(*index),
        }))
    }

    /// FastAPI-style `loc`: the source, then each step (`["body", "items", 3, "price"]`).
    pub fn loc(&self) -> Value {
        Value::Array(self.loc_steps().map(Value::from).collect())
    }

    /// `source.step.step` (`query.limit`, `body.items.3.price`), for bodies that name a field.
    pub fn field(&self) -> String {
        self.loc_steps().map(|step| step.to_string()).collect::<Vec<_>>().join(".")
    }
}

/// One part of a problem's `loc`: its source or a field name, or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocStep<'a> {
    Key(&'a str),
    Index(usize),
}

impl std::fmt::Display for LocStep<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LocStep::Key(key) => f.write_str(key),
            LocStep::Index(index) => write!(f, "{index}"),
        }
    }
}

impl From<LocStep<'_>> for Value {
    fn from(step: LocStep<'_>) -> Self {
        match step {
            LocStep::Key(key) => Value::String(key.to_string()),
            LocStep::Index(index) => Value::from(index),
        }
    }
}

/// `text` cut to `max_chars` characters, the last of them `…` when anything was cut.
fn elided(text: String, max_chars: usize) -> String {
    if text.chars().nth(max_chars).is_none() {
        return text;
    }
    let mut cut = truncated(text, max_chars.saturating_sub(1));
    cut.push('…');
    cut
}

/// What an answer may repeat of `input`, copied only within [`MAX_ECHO_CHARS`]: a longer
/// string cut (ending in `…`), a larger array or object not at all.
pub fn echo_of(input: &Value) -> Option<Value> {
    match input {
        Value::String(text) => {
            let start: String = text.chars().take(MAX_ECHO_CHARS + 1).collect();
            Some(Value::String(elided(start, MAX_ECHO_CHARS)))
        }
        structure => {
            let mut budget = MAX_ECHO_CHARS;
            fits_within(structure, &mut budget).then(|| structure.clone())
        }
    }
}

/// Whether `value`'s JSON takes at most about `budget` bytes (spent as it is measured);
/// stops at the first value past it, so a huge value costs no more than the budget.
fn fits_within(value: &Value, budget: &mut usize) -> bool {
    let mut spend = |cost: usize| match budget.checked_sub(cost) {
        Some(left) => {
            *budget = left;
            true
        }
        None => false,
    };
    match value {
        Value::Null | Value::Bool(_) | Value::Number(_) => spend(8),
        Value::String(text) => spend(text.len() + 2),
        Value::Array(items) => spend(2) && items.iter().all(|item| fits_within(item, budget)),
        Value::Object(members) => {
            spend(2) && members.iter().all(|(key, member)| key.len() < *budget && fits_within(member, budget))
        }
    }
}

/// `text` cut to its first `max_chars` characters, for error bodies whose schema bounds a
/// message's length.
pub fn truncated(mut text: String, max_chars: usize) -> String {
    if let Some((end, _)) = text.char_indices().nth(max_chars) {
        text.truncate(end);
    }
    text
}

/// Why a request was refused, which decides its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionReason {
    /// 401: a secured operation without valid credentials.
    Unauthenticated,
    /// 400 or 422 (whichever the spec declares): inputs do not match the spec.
    InvalidInput,
    /// 415: the body's media type is not accepted.
    UnsupportedMediaType,
    /// 413: the body is too large.
    PayloadTooLarge,
    /// 408: the body did not arrive in time.
    RequestTimeout,
}

impl RejectionReason {
    pub fn code(self) -> &'static str {
        match self {
            RejectionReason::Unauthenticated => "unauthorized",
            RejectionReason::InvalidInput => "invalid_request",
            RejectionReason::UnsupportedMediaType => "unsupported_media_type",
            RejectionReason::PayloadTooLarge => "payload_too_large",
            RejectionReason::RequestTimeout => "request_timeout",
        }
    }
}

/// A refused request: why, every problem found, and an id to quote in logs and answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub reason: RejectionReason,
    /// The first [`MAX_PROBLEMS`] problems found.
    pub problems: Vec<Problem>,
    /// How many problems were found past those listed.
    pub omitted: usize,
    pub request_id: String,
}

impl Rejection {
    /// One line for the whole rejection, for bodies that carry a single message.
    pub fn summary(&self) -> String {
        match self.problems.as_slice() {
            [] => self.reason.code().replace('_', " "),
            [only] if self.omitted == 0 => format!("{}: {}", only.field(), only.message),
            [first, rest @ ..] => {
                format!("{}: {} (and {} more)", first.field(), first.message, rest.len() + self.omitted)
            }
        }
    }

    /// The reason the spec's answer would be 401 (no body check needed) or an input error;
    /// problems past [`MAX_PROBLEMS`] are counted, not kept.
    pub fn from_problems(mut problems: Vec<Problem>, request_id: String) -> Self {
        let omitted = problems.len().saturating_sub(MAX_PROBLEMS);
        problems.truncate(MAX_PROBLEMS);
        let problems: Vec<Problem> = problems.into_iter().map(Problem::bounded).collect();
        let reason = if problems.iter().any(|p| p.kind == ProblemKind::Credentials) {
            RejectionReason::Unauthenticated
        } else if problems.iter().any(|p| p.kind == ProblemKind::Timeout) {
            RejectionReason::RequestTimeout
        } else if problems.iter().any(|p| p.kind == ProblemKind::TooLarge) {
            RejectionReason::PayloadTooLarge
        } else if problems.iter().any(|p| p.kind == ProblemKind::MediaType) {
            RejectionReason::UnsupportedMediaType
        } else {
            RejectionReason::InvalidInput
        };
        Self { reason, problems, omitted, request_id }
    }

    /// The rejection with `more` problems found past those it lists.
    pub fn with_omitted(mut self, more: usize) -> Self {
        self.omitted += more;
        self
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(super::truncated("héllo".to_string(), 2), "hé");
        assert_eq!(super::truncated("hé".to_string(), 5), "hé");
        assert_eq!(super::truncated("hé".to_string(), 0), "");
    }

    use super::*;

    #[test]
    fn loc_and_field_render_the_location() {
        let mut problem = Problem::new(Source::Body, "items", ProblemKind::Invalid, "bad");
        problem.location.push(Step::Index(3));
        assert_eq!(problem.loc(), serde_json::json!(["body", "items", 3]));
        assert_eq!(problem.field(), "body.items.3");
    }

    #[test]
    fn summary_counts_further_problems() {
        let problems = vec![
            Problem::new(Source::Path, "exportType", ProblemKind::Invalid, "unknown variant `foo`"),
            Problem::new(Source::Query, "limit", ProblemKind::Missing, "required"),
        ];
        let rejection = Rejection::from_problems(problems, "req-1".into());
        assert_eq!(rejection.reason, RejectionReason::InvalidInput);
        assert_eq!(rejection.summary(), "path.exportType: unknown variant `foo` (and 1 more)");
    }
}
