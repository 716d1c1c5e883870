//! What the engine tells the user: rewrites it made (diagnostics) and input it refused (errors).

use std::fmt;
use std::path::PathBuf;

/// How much a rewrite changes the meaning of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Same meaning, different spelling (e.g. `type: [string, "null"]` → `nullable: true`).
    Note,
    /// Something the generated code cannot carry (e.g. `if`/`then`/`else`, extra `examples`).
    Lossy,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Lossy => "lossy",
        })
    }
}

/// A rewrite rule: its stable name, the most it may change, and what it does. Each stage
/// declares its rules as constants and reports them by constant, so a diagnostic can only
/// name a rule that is in the rewrite table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Short stable kebab-case name, e.g. `type-array`.
    pub name: &'static str,
    /// The worst severity the rule reports.
    pub severity: Severity,
    pub description: &'static str,
}

/// One rewrite the engine made on the way from the spec to the generator.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// JSON pointer (RFC 6901) into the spec as written.
    pub pointer: String,
    pub severity: Severity,
    /// Short stable name of the rule that fired, e.g. `type-array`.
    pub rule: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub fn note(pointer: impl Into<String>, rule: &'static Rule, message: impl Into<String>) -> Self {
        Self { pointer: pointer.into(), severity: Severity::Note, rule: rule.name, message: message.into() }
    }

    pub fn lossy(pointer: impl Into<String>, rule: &'static Rule, message: impl Into<String>) -> Self {
        Self { pointer: pointer.into(), severity: Severity::Lossy, rule: rule.name, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}] #{}: {}", self.severity, self.rule, self.pointer, self.message)
    }
}

/// 1-based line and column in a file as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where in a spec file something is: a JSON pointer, a line and column, or both (a pointer
/// found after parsing, placed back in the source text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// A JSON pointer (RFC 6901); `""` is the whole document.
    pub pointer: Option<String>,
    pub position: Option<Position>,
}

impl Location {
    pub fn at_pointer(pointer: impl Into<String>) -> Self {
        Self { pointer: Some(pointer.into()), position: None }
    }

    pub fn at_line(line: usize, column: usize) -> Self {
        Self { pointer: None, position: Some(Position { line, column }) }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.pointer, self.position) {
            (Some(pointer), Some(Position { line, column })) => write!(f, "#{pointer} (line {line}, column {column})"),
            (Some(pointer), None) => write!(f, "#{pointer}"),
            (None, Some(Position { line, column })) => write!(f, "line {line}, column {column}"),
            (None, None) => f.write_str("#"),
        }
    }
}

/// What kind of problem stopped the engine; the message says the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file could not be read.
    Read,
    /// Not well-formed YAML or JSON.
    Syntax,
    /// Not an OpenAPI 3.0.x or 3.1.x document (no `openapi`, Swagger 2, another version).
    NotOpenApi,
    /// A `$ref` that is external, dangling, cyclic or outside the spec's folder.
    Reference,
    /// Not valid OpenAPI where it stands (a wrong type, an unknown value, a name clash).
    Invalid,
    /// Valid OpenAPI that the engine cannot turn into code.
    Unsupported,
    /// progenitor or typify failed, or panicked, on this construct.
    Generator,
    /// `specs/apis.toml` is malformed.
    Manifest,
}

/// A spec the engine will not turn into code, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {location}: {message}", file.display())]
pub struct SpecError {
    pub file: PathBuf,
    pub location: Location,
    pub kind: ErrorKind,
    pub message: String,
}

impl SpecError {
    pub fn new(file: impl Into<PathBuf>, location: Location, kind: ErrorKind, message: impl Into<String>) -> Self {
        Self { file: file.into(), location, kind, message: message.into() }
    }

    /// Adds the line and column of the error's pointer, found in `source` (the text of the
    /// error's file), when the pointer names a place written there.
    pub fn placed_in(mut self, source: &str) -> Self {
        // The whole document (`""`) has no place worth a line number.
        if let (Some(pointer), None) =
            (self.location.pointer.as_ref().filter(|p| !p.is_empty()), self.location.position)
        {
            self.location.position = crate::document::position::position_of(source, pointer);
        }
        self
    }
}

/// An error found at a JSON pointer, before the file name is known to the code that found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointerError {
    pub pointer: String,
    pub kind: ErrorKind,
    pub message: String,
}

impl PointerError {
    pub fn new(kind: ErrorKind, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { pointer: pointer.into(), kind, message: message.into() }
    }

    pub fn reference(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Reference, pointer, message)
    }

    pub fn invalid(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, pointer, message)
    }

    pub fn unsupported(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unsupported, pointer, message)
    }

    pub fn generator(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Generator, pointer, message)
    }

    pub fn in_file(self, file: impl Into<PathBuf>) -> SpecError {
        SpecError::new(file, Location::at_pointer(self.pointer), self.kind, self.message)
    }
}
