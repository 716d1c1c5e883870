//! Placing a JSON pointer back in the source text: errors found after parsing (by the
//! normalizer, the `$ref` check, the generators) name a pointer; this finds the line and column
//! where that value is written. JSON text is scanned as JSON (YAML parsers refuse some valid
//! JSON, such as `\ud83d` surrogate escapes); anything else goes through a YAML parser. Both run
//! only when an error is reported.

use saphyr_parser::{Event, Parser};

use super::pointer::pointer_tokens;
use crate::diagnostic::Position;

/// Where a container is while its events stream past.
enum Frame {
    /// A mapping; `key` is the key of the value being read, `None` while a key is expected.
    Map {
        key: Option<String>,
        key_at: Position,
        complex_key: bool,
    },
    Sequence {
        index: usize,
    },
}

/// The line and column where the value at `pointer` is written in `text`: the start of its key
/// in a mapping, of the item itself in a sequence. `None` if it is not written there (a value
/// that came from another file or from a rewrite).
pub fn position_of(text: &str, pointer: &str) -> Option<Position> {
    let target: Vec<String> = pointer_tokens(pointer).collect();
    let looks_like_json = text.trim_start().starts_with(['{', '[']);
    let in_json = || JsonScan { text, at: 0, line: 1, line_start: 0 }.find(&target);
    if looks_like_json && let Some(found) = in_json() {
        return Some(found);
    }
    position_in_yaml(text, &target)
}

fn position_in_yaml(text: &str, target: &[String]) -> Option<Position> {
    let mut stack: Vec<Frame> = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let starts_node =
            matches!(event, Event::Scalar(..) | Event::MappingStart(..) | Event::SequenceStart(..) | Event::Alias(..));
        if starts_node {
            let here = Position { line: span.start.line(), column: span.start.col() + 1 };
            if let Some(Frame::Map { key: key @ None, key_at, complex_key }) = stack.last_mut() {
                *key_at = here;
                match &event {
                    Event::Scalar(value, ..) => {
                        *key = Some(value.to_string());
                        continue;
                    }
                    // A key that is itself a mapping or sequence: it names nothing a pointer reaches.
                    _ => {
                        *key = Some(String::new());
                        *complex_key = true;
                    }
                }
            } else if at_target(&stack, target) {
                return Some(match stack.last() {
                    Some(Frame::Map { key_at, .. }) => *key_at,
                    _ => here,
                });
            }
        }
        match event {
            Event::MappingStart(..) => {
                let key_at = Position { line: span.start.line(), column: span.start.col() + 1 };
                stack.push(Frame::Map { key: None, key_at, complex_key: false });
            }
            Event::SequenceStart(..) => stack.push(Frame::Sequence { index: 0 }),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                value_done(&mut stack);
            }
            Event::Scalar(..) | Event::Alias(..) => value_done(&mut stack),
            _ => {}
        }
    }
    None
}

/// Whether the node about to start sits at `target`.
fn at_target(stack: &[Frame], target: &[String]) -> bool {
    stack.len() == target.len()
        && stack.iter().zip(target).all(|(frame, token)| match frame {
            Frame::Map { key: Some(key), complex_key: false, .. } => key == token,
            Frame::Sequence { index } => index.to_string() == *token,
            Frame::Map { .. } => false,
        })
}

/// After a node ends: a mapping expects its next key (or, after a complex key, its value),
/// a sequence its next item.
fn value_done(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Map { complex_key: complex @ true, .. }) => *complex = false,
        Some(Frame::Map { key, .. }) => *key = None,
        Some(Frame::Sequence { index }) => *index += 1,
        None => {}
    }
}

/// A forward scan over JSON text that descends only along the pointer, skipping the rest.
struct JsonScan<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    line_start: usize,
}

impl JsonScan<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn here(&self) -> Position {
        let column = self.text.get(self.line_start..self.at).map_or(0, |before| before.chars().count());
        Position { line: self.line, column: column + 1 }
    }

    fn skip_space(&mut self) {
        while let Some(byte) = self.peek() {
            match byte {
                b'\n' => {
                    self.at += 1;
                    self.line += 1;
                    self.line_start = self.at;
                }
                b' ' | b'\t' | b'\r' => self.at += 1,
                _ => break,
            }
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.skip_space();
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    /// A string token, decoded (JSON strings hold no raw line breaks).
    fn string(&mut self) -> Option<String> {
        self.skip_space();
        let start = self.at;
        self.eat(b'"')?;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => break,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        let raw = self.text.get(start..self.at)?;
        if raw.contains('\\') { serde_json::from_str(raw).ok() } else { Some(raw[1..raw.len() - 1].to_string()) }
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => self.string().map(drop)?,
                        b'{' | b'[' => {
                            depth += 1;
                            self.at += 1;
                        }
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            self.at += 1;
                            if depth == 0 {
                                return Some(());
                            }
                        }
                        b'\n' => self.skip_space(),
                        _ => self.at += 1,
                    }
                }
            }
            _ => {
                while self.peek().is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace()) {
                    self.at += 1;
                }
                Some(())
            }
        }
    }

    /// The position of the value at `target` below the value that starts here (`target` empty:
    /// this value).
    fn find(&mut self, target: &[String]) -> Option<Position> {
        self.skip_space();
        let Some((token, rest)) = target.split_first() else {
            return Some(self.here());
        };
        match self.peek()? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_space();
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let key_at = self.here();
                    let key = self.string()?;
                    self.eat(b':')?;
                    if key == *token {
                        return if rest.is_empty() { Some(key_at) } else { self.find(rest) };
                    }
                    self.skip_value()?;
                    self.eat(b',')?;
                }
            }
            b'[' => {
                self.at += 1;
                let wanted: usize = token.parse().ok()?;
                for _ in 0..wanted {
                    self.skip_value()?;
                    self.eat(b',')?;
                }
                self.skip_space();
                if matches!(self.peek()?, b']') {
                    return None;
                }
                if rest.is_empty() { Some(self.here()) } else { self.find(rest) }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    #[test]
    fn finds_values_in_yaml() {
        let text = "openapi: 3.1.0\npaths:\n  /a/{id}:\n    get:\n      responses:\n        200:\n          description: ok\n      tags: [x, y]\n";
        assert_eq!(position_of(text, ""), at(1, 1));
        assert_eq!(position_of(text, "/paths/~1a~1{id}/get"), at(4, 5));
        assert_eq!(position_of(text, "/paths/~1a~1{id}/get/responses/200/description"), at(7, 11));
        assert_eq!(position_of(text, "/paths/~1a~1{id}/get/tags/1"), at(8, 17));
        assert_eq!(position_of(text, "/paths/~1b"), None);
        assert_eq!(position_of(text, "/paths/~1a~1{id}/get/tags/2"), None);
    }

    #[test]
    fn finds_values_in_json() {
        let text = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\"/a\": {\"get\": {\"x\": [1, {\"k\": true}]}}}\n}";
        assert_eq!(position_of(text, "/openapi"), at(2, 3));
        assert_eq!(position_of(text, "/paths/~1a/get/x/1/k"), at(3, 38));
    }

    #[test]
    fn json_that_yaml_parsers_refuse_is_scanned_as_json() {
        let text = "{\"a\": {\"body\": \"\\ud83d\\udc4d\", \"k\\u0020e\": [[1, 2], {\"x\": \"]\"}]}}";
        assert_eq!(position_of(text, "/a/k e/1/x"), at(1, 54));
        assert_eq!(position_of(text, "/a/k e/0/1"), at(1, 49));
        assert_eq!(position_of(text, "/a/k e/2"), None);
    }

    #[test]
    fn complex_keys_and_broken_text_do_not_confuse_it() {
        let text = "? [a, b]\n: skipped\nc: {d: 1}\n";
        assert_eq!(position_of(text, "/c/d"), at(3, 5));
        assert_eq!(position_of("a: [unclosed\n", "/b"), None);
    }
}
