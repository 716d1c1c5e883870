//! Placing a JSON pointer back in the source text: errors found after parsing (by the
//! normalizer, the `$ref` check, the generators) name a pointer; this finds the line and column
//! where that value is written. One YAML parser reads both YAML and JSON (JSON is YAML's flow
//! style), and it runs only when an error is reported.

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
            } else if at_target(&stack, &target) {
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
    fn complex_keys_and_broken_text_do_not_confuse_it() {
        let text = "? [a, b]\n: skipped\nc: {d: 1}\n";
        assert_eq!(position_of(text, "/c/d"), at(3, 5));
        assert_eq!(position_of("a: [unclosed\n", "/b"), None);
    }
}
