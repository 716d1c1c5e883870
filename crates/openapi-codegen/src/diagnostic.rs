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

/// Where in a spec file something is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A JSON pointer (RFC 6901); `""` is the whole document.
    Pointer(String),
    /// 1-based line and column in the file as written.
    Line { line: usize, column: usize },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Pointer(p) => write!(f, "#{p}"),
            Location::Line { line, column } => write!(f, "line {line}, column {column}"),
        }
    }
}

/// A spec the engine will not turn into code, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub file: PathBuf,
    pub location: Location,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file.display(), self.location, self.message)
    }
}

impl std::error::Error for SpecError {}

/// An error found at a JSON pointer, before the file name is known to the code that found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointerError {
    pub pointer: String,
    pub message: String,
}

impl PointerError {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { pointer: pointer.into(), message: message.into() }
    }

    pub fn in_file(self, file: impl Into<PathBuf>) -> SpecError {
        SpecError { file: file.into(), location: Location::Pointer(self.pointer), message: self.message }
    }
}
