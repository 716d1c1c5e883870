//! `application/x-www-form-urlencoded` bodies as OpenAPI writes them: lists and objects
//! included, each property in the style its `encoding` names. progenitor's client encodes
//! bodies with `serde_urlencoded`, which refuses lists and nested objects at run time; the
//! generated client hands it a [`FormBody`], the body already flattened into pairs.

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::Value;

/// How one property of a form body is written (its `encoding`'s `style` and `explode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormStyle {
    /// `form`: exploded, a list is a repeated key (`tag=a&tag=b`) and an object's properties
    /// are keys of their own (`gt=1&lt=9`); not exploded, values are joined by commas
    /// (`tag=a,b`, `range=gt,1,lt,9`). The default.
    Form { explode: bool },
    /// Values joined by spaces (`ids=1 2`).
    SpaceDelimited,
    /// Values joined by `|` (`ids=1|2`).
    PipeDelimited,
    /// An object's properties in brackets (`metadata[plan]=pro`), nested ones too
    /// (`card[address][city]=Oslo`); a list, in it or with this style, is a repeated key
    /// with `[]` (`expand[]=a&expand[]=b`).
    DeepObject,
}

/// The default style of a form body's properties.
pub const DEFAULT_FORM_STYLE: FormStyle = FormStyle::Form { explode: true };

/// A body to encode as a form: serializes as the sequence of its `(key, value)` pairs.
pub struct FormBody<'a, T: ?Sized> {
    body: &'a T,
    styles: &'a [(&'a str, FormStyle)],
}

impl<'a, T: ?Sized> FormBody<'a, T> {
    /// `body` with the styles of the properties that do not have the default one.
    pub fn new(body: &'a T, styles: &'a [(&'a str, FormStyle)]) -> Self {
        Self { body, styles }
    }
}

impl<T: Serialize + ?Sized> Serialize for FormBody<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = serde_json::to_value(self.body).map_err(S::Error::custom)?;
        form_pairs(&value, self.styles).map_err(S::Error::custom)?.serialize(serializer)
    }
}

/// The `(key, value)` pairs of a form body, in the order of its properties; absent (`null`)
/// properties are left out.
pub fn form_pairs(body: &Value, styles: &[(&str, FormStyle)]) -> Result<Vec<(String, String)>, String> {
    let Value::Object(properties) = body else {
        return Err(format!("a form body is an object, not {}", kind(body)));
    };
    let mut pairs = Vec::new();
    for (name, value) in properties {
        let style = styles.iter().find(|(styled, _)| styled == name).map_or(DEFAULT_FORM_STYLE, |(_, style)| *style);
        property_pairs(name, value, style, &mut pairs);
    }
    Ok(pairs)
}

fn property_pairs(name: &str, value: &Value, style: FormStyle, pairs: &mut Vec<(String, String)>) {
    let delimiter = match style {
        FormStyle::Form { explode: false } => Some(","),
        FormStyle::SpaceDelimited => Some(" "),
        FormStyle::PipeDelimited => Some("|"),
        FormStyle::Form { explode: true } | FormStyle::DeepObject => None,
    };
    match value {
        Value::Null => {}
        Value::Array(items) => match delimiter.and_then(|delimiter| joined(items.iter(), delimiter)) {
            Some(text) => pairs.push((name.to_string(), text)),
            // OpenAPI defines no `deepObject` list: it is written as bracket-parsing servers
            // read one (`expand[]=a&expand[]=b`), like a list in a deep object.
            None if style == FormStyle::DeepObject => bracketed(name, value, pairs),
            None => items.iter().for_each(|item| match text(item) {
                Some(text) => pairs.push((name.to_string(), text)),
                None => bracketed(&format!("{name}[]"), item, pairs),
            }),
        },
        Value::Object(fields) if style == FormStyle::DeepObject => {
            fields.iter().for_each(|(key, value)| bracketed(&format!("{name}[{key}]"), value, pairs))
        }
        Value::Object(fields) => {
            let pieces = fields.iter().map(|(key, value)| text(value).map(|value| [key.clone(), value]));
            match delimiter.zip(pieces.collect::<Option<Vec<_>>>()) {
                Some((delimiter, pieces)) => pairs.push((name.to_string(), pieces.concat().join(delimiter))),
                // Exploded `form`: the properties are keys; what is deeper goes in brackets.
                None => fields.iter().for_each(|(key, value)| bracketed(key, value, pairs)),
            }
        }
        scalar => pairs.extend(text(scalar).map(|text| (name.to_string(), text))),
    }
}

/// `value` under `key`, in bracket notation for what it nests: `key[field]`, `key[]` for items.
fn bracketed(key: &str, value: &Value, pairs: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Array(items) => items.iter().for_each(|item| bracketed(&format!("{key}[]"), item, pairs)),
        Value::Object(fields) => {
            fields.iter().for_each(|(field, value)| bracketed(&format!("{key}[{field}]"), value, pairs))
        }
        scalar => pairs.extend(text(scalar).map(|text| (key.to_string(), text))),
    }
}

/// The values joined by `delimiter`, when every one is a scalar.
fn joined<'a>(values: impl Iterator<Item = &'a Value>, delimiter: &str) -> Option<String> {
    values.map(text).collect::<Option<Vec<String>>>().map(|texts| texts.join(delimiter))
}

/// A scalar as form text; `None` for a list, an object or `null`.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn encoded(body: Value, styles: &[(&str, FormStyle)]) -> String {
        serde_urlencoded::to_string(FormBody::new(&body, styles)).unwrap()
    }

    #[test]
    fn scalars_lists_and_objects_take_the_default_form_style() {
        let body = json!({"amount": 100, "live": true, "note": "a&b", "gone": null, "tag": ["x", "y"], "range": {"gt": 1, "lt": 9}});
        assert_eq!(encoded(body, &[]), "amount=100&live=true&note=a%26b&tag=x&tag=y&gt=1&lt=9");
    }

    #[test]
    fn each_style_of_the_encoding_map_is_followed() {
        let body = json!({"a": ["x", "y"], "b": [1, 2], "c": [1, 2], "d": {"gt": 1, "lt": 9}, "e": ["p", "q"]});
        let styles = [
            ("a", FormStyle::Form { explode: false }),
            ("b", FormStyle::SpaceDelimited),
            ("c", FormStyle::PipeDelimited),
            ("d", FormStyle::Form { explode: false }),
            ("e", FormStyle::DeepObject),
        ];
        assert_eq!(encoded(body, &styles), "a=x%2Cy&b=1+2&c=1%7C2&d=gt%2C1%2Clt%2C9&e%5B%5D=p&e%5B%5D=q");
    }

    #[test]
    fn deep_objects_nest_in_brackets() {
        let body = json!({"metadata": {"plan": "pro", "seats": 3}, "card": {"address": {"city": "Oslo"}, "tags": [{"k": "v"}, "w"]}});
        let styles = [("metadata", FormStyle::DeepObject), ("card", FormStyle::DeepObject)];
        assert_eq!(
            encoded(body, &styles),
            "metadata%5Bplan%5D=pro&metadata%5Bseats%5D=3&card%5Baddress%5D%5Bcity%5D=Oslo&card%5Btags%5D%5B%5D%5Bk%5D=v&card%5Btags%5D%5B%5D=w"
        );
    }

    #[test]
    fn what_a_delimiter_cannot_join_goes_in_brackets() {
        let body = json!({"a": [{"k": 1}], "b": {"inner": {"k": 2}}});
        let styles = [("a", FormStyle::PipeDelimited)];
        assert_eq!(encoded(body, &styles), "a%5B%5D%5Bk%5D=1&inner%5Bk%5D=2");
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused() {
        assert!(serde_urlencoded::to_string(FormBody::new(&json!([1, 2]), &[])).is_err());
        assert_eq!(form_pairs(&json!("x"), &[]).unwrap_err(), "a form body is an object, not a string");
    }
}
