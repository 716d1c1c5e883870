//! JSON pointers (RFC 6901): building them while descending, splitting them back into tokens,
//! and resolving them in a document. Every pointer the engine prints is built here.

use serde_json::Value;

/// Appends one reference token to a JSON pointer, escaping `~` and `/`. (Walks build one
/// per node: one allocation, of the right size, each.)
pub fn pointer_push(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    push_token(&mut out, token);
    out
}

/// Appends several reference tokens: `pointer_join("/paths", ["/a", "get"])` is `/paths/~1a/get`.
pub fn pointer_join<'t>(pointer: &str, tokens: impl IntoIterator<Item = &'t str>) -> String {
    let mut out = pointer.to_string();
    for token in tokens {
        push_token(&mut out, token);
    }
    out
}

/// `/` and the escaped `token`, appended to `pointer`.
fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    if token.contains(['~', '/']) {
        pointer.push_str(&escape_token(token));
    } else {
        pointer.push_str(token);
    }
}

/// Escapes one reference token (`~` → `~0`, then `/` → `~1`).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Undoes the escaping of one reference token (`~1` → `/`, then `~0` → `~`).
pub fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Splits a JSON pointer back into its unescaped reference tokens.
pub fn pointer_tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer.split('/').skip(1).map(unescape_token)
}

/// The value at a JSON pointer (`""` is the whole document).
pub fn resolve_pointer<'a>(document: &'a Value, pointer: &str) -> Option<&'a Value> {
    pointer_tokens(pointer).try_fold(document, |node, token| match node {
        Value::Object(map) => map.get(&token),
        Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// The local `$ref` to the component `name` of `section`: `#/components/schemas/a~1b`.
pub fn component_ref(section: &str, name: &str) -> String {
    format!("#{}", pointer_join("/components", [section, name]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_escaped_and_unescaped() {
        assert_eq!(pointer_join("", ["paths", "/a/{id}", "get"]), "/paths/~1a~1{id}/get");
        assert_eq!(pointer_tokens("/a~01/b~1c").collect::<Vec<_>>(), ["a~1", "b/c"]);
        assert_eq!(component_ref("schemas", "repos/get-error"), "#/components/schemas/repos~1get-error");
    }
}
