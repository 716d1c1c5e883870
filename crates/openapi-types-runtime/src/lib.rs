//! What generated types crates share at run time.
//!
//! serde's derived `Deserialize` for a struct is several visitors and a `visit_map` with a
//! local and a match arm per field, each borrow-checked and type-checked on its own; on a
//! thousand-type API it is most of the time `cargo check` takes. A generated struct instead
//! implements [`Object`]: one function that reads its fields, calling the generic helpers
//! here, which are compiled once. What it accepts and the errors it gives are serde's.
//!
//! Its `Serialize` is one call of [`serialize_object`] with a list of [`Entry`]s: each field
//! a reference to `dyn Serialize` (erased-serde's), so no field is type-checked against the
//! serializer's own types. It writes what serde's derive writes, in the same order.

#![deny(missing_docs)]

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{self, SerializeStruct, Serializer};

/// A struct read from the entries of a JSON object, field by field.
pub trait Object: Sized {
    /// The struct's name, for messages (`expected struct Issue`).
    const NAME: &'static str;
    /// The JSON names of its fields, in their order: [`next_field`] gives an index into it.
    const FIELDS: &'static [&'static str];
    /// Whether an entry that names no field is an error (`deny_unknown_fields`) rather than
    /// skipped.
    const DENY_UNKNOWN_FIELDS: bool = false;

    /// The struct, read from the entries `map` gives.
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `T` from `deserializer`, as serde's derive would read it from an object (a sequence is
/// refused: the spec says object).
pub fn deserialize_object<'de, T: Object, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_struct(T::NAME, T::FIELDS, ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// The field the next entry names, `None` after the last entry. A name that is none of the
/// fields is a field at `usize::MAX` (an error instead under
/// [`Object::DENY_UNKNOWN_FIELDS`]).
pub fn next_field<'de, T: Object, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Field>, A::Error> {
    let position = map.next_key_seed(FieldName { fields: T::FIELDS, deny_unknown: T::DENY_UNKNOWN_FIELDS })?;
    Ok(position.map(|position| Field { position, name: T::FIELDS.get(position).copied().unwrap_or_default() }))
}

/// A field an entry names: its position in [`Object::FIELDS`] and its JSON name.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The position in [`Object::FIELDS`]; `usize::MAX` for a name that is none of them.
    pub position: usize,
    name: &'static str,
}

struct FieldName {
    fields: &'static [&'static str],
    deny_unknown: bool,
}

impl<'de> DeserializeSeed<'de> for FieldName {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldName {
    type Value = usize;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        match self.fields.iter().position(|field| *field == name) {
            Some(index) => Ok(index),
            None if self.deny_unknown => Err(E::unknown_field(name, self.fields)),
            None => Ok(usize::MAX),
        }
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<usize, E> {
        match std::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => self.visit_str(&String::from_utf8_lossy(name)),
        }
    }
}

/// Reads the entry's value into `slot`, that of `field`; a field given twice is an error, as
/// with serde.
pub fn read_field<'de, A: MapAccess<'de>, V: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<V>,
    field: Field,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(field.name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of an entry that names no field.
pub fn ignore_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The fields whose entry may not be left out, after the entries are read, taken in one
/// step: each an error if left out, in the order given, as serde's derive reports them.
///
/// One step, not one `?` per field, because every early return has to drop the slots not
/// yet taken: a return per field made `from_map` quadratic in its fields to borrow-check.
/// `slots` is a [`Given`] or [`Required`] per field, or a tuple of up to 12 slots (tuples
/// nest, for more). `map` only names the error type.
pub fn take<'de, A: MapAccess<'de>, S: Slot<'de, A::Error>>(_map: &A, slots: S) -> Result<S::Value, A::Error> {
    slots.take()
}

/// What a field's value is made of once the entries are read. See [`take`].
pub trait Slot<'de, E> {
    /// The value, or the values of a tuple of slots.
    type Value;
    /// The value, or serde's error for a field left out.
    fn take(self) -> Result<Self::Value, E>;
}

/// A field read as serde reads it when its entry is left out: `None` for an `Option`, the
/// "missing field" error for anything else.
pub struct Given<V> {
    slot: Option<V>,
    name: &'static str,
}

/// The field `name`, read into `slot`, as [`Given`].
pub fn given<V>(slot: Option<V>, name: &'static str) -> Given<V> {
    Given { slot, name }
}

impl<'de, V: Deserialize<'de>, E: de::Error> Slot<'de, E> for Given<V> {
    type Value = V;

    fn take(self) -> Result<V, E> {
        match self.slot {
            Some(value) => Ok(value),
            None => V::deserialize(Absent { name: self.name, error: PhantomData }),
        }
    }
}

/// A field that must be given even where its type is an `Option` (a required property that
/// may be null: `null` is `None`, leaving it out is an error).
pub struct Required<V> {
    slot: Option<V>,
    name: &'static str,
}

/// The field `name`, read into `slot`, as [`Required`].
pub fn required<V>(slot: Option<V>, name: &'static str) -> Required<V> {
    Required { slot, name }
}

impl<'de, V, E: de::Error> Slot<'de, E> for Required<V> {
    type Value = V;

    fn take(self) -> Result<V, E> {
        self.slot.ok_or_else(|| de::Error::missing_field(self.name))
    }
}

macro_rules! tuple_slots {
    ($($slot:ident)+) => {
        impl<'de, E, $($slot: Slot<'de, E>),+> Slot<'de, E> for ($($slot,)+) {
            type Value = ($($slot::Value,)+);

            #[allow(non_snake_case)]
            fn take(self) -> Result<Self::Value, E> {
                let ($($slot,)+) = self;
                Ok(($($slot.take()?,)+))
            }
        }
    };
}

tuple_slots!(A);
tuple_slots!(A B);
tuple_slots!(A B C);
tuple_slots!(A B C D);
tuple_slots!(A B C D F);
tuple_slots!(A B C D F G);
tuple_slots!(A B C D F G H);
tuple_slots!(A B C D F G H I);
tuple_slots!(A B C D F G H I J);
tuple_slots!(A B C D F G H I J K);
tuple_slots!(A B C D F G H I J K L);
tuple_slots!(A B C D F G H I J K L M);

/// The value of a field that was left out: only an `Option` can be read from it.
struct Absent<E> {
    name: &'static str,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> Deserializer<'de> for Absent<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.name))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// One field of a struct being written: its JSON name and value, or that it is left out
/// (`skip_serializing_if`).
pub struct Entry<'a> {
    name: &'static str,
    value: &'a dyn erased_serde::Serialize,
    skipped: bool,
}

impl<'a> Entry<'a> {
    /// The field `name`, written as `value`.
    pub fn new(name: &'static str, value: &'a dyn erased_serde::Serialize) -> Self {
        Self { name, value, skipped: false }
    }

    /// The field `name`, left out when `skipped` (the value of its `skip_serializing_if`).
    pub fn unless(skipped: bool, name: &'static str, value: &'a dyn erased_serde::Serialize) -> Self {
        Self { name, value, skipped }
    }

    /// The field `name`, left out when `None` (`skip_serializing_if = "Option::is_none"`).
    pub fn unless_none<T: ser::Serialize>(name: &'static str, value: &'a Option<T>) -> Self {
        Self { name, value, skipped: value.is_none() }
    }

    /// The field `name`, left out when empty (`skip_serializing_if = "Vec::is_empty"`, or a
    /// map's).
    pub fn unless_empty<T: ser::Serialize + Collection>(name: &'static str, value: &'a T) -> Self {
        Self { name, value, skipped: value.is_empty() }
    }
}

/// A collection a field may be left out of what is written for, when empty.
pub trait Collection {
    /// Whether it holds nothing.
    fn is_empty(&self) -> bool;
}

impl<T> Collection for Vec<T> {
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

impl<K, V, S> Collection for std::collections::HashMap<K, V, S> {
    fn is_empty(&self) -> bool {
        std::collections::HashMap::is_empty(self)
    }
}

impl<K, V> Collection for std::collections::BTreeMap<K, V> {
    fn is_empty(&self) -> bool {
        std::collections::BTreeMap::is_empty(self)
    }
}

/// The struct `name` as an object of its `entries`, as serde's derive writes it: the length
/// given to the serializer counts the entries not left out, and each left out is
/// `skip_field`.
pub fn serialize_object<S: Serializer>(
    serializer: S,
    name: &'static str,
    entries: &[Entry<'_>],
) -> Result<S::Ok, S::Error> {
    let written = entries.iter().filter(|entry| !entry.skipped).count();
    let mut object = serializer.serialize_struct(name, written)?;
    for entry in entries {
        match entry.skipped {
            true => object.skip_field(entry.name)?,
            false => object.serialize_field(entry.name, entry.value)?,
        }
    }
    object.end()
}

/// An enum of strings (an OpenAPI `enum` of `type: string`), each variant one of them.
///
/// A *tolerant* enum also has a variant that keeps any other string ([`StrEnum::unknown`]):
/// a client built from last month's spec still reads an answer carrying a value added since,
/// and writes it back unchanged. Inside [`strictly`] such a string is refused all the same.
pub trait StrEnum: Sized + Clone + PartialEq + 'static {
    /// The enum's name, for messages.
    const NAME: &'static str;
    /// The strings, in the order of [`StrEnum::VARIANTS`].
    const STRINGS: &'static [&'static str];
    /// The variants, one per string.
    const VARIANTS: &'static [Self];

    /// The variant keeping a string none of [`StrEnum::STRINGS`] is; `None` for an enum that
    /// refuses it (a closed one).
    fn unknown(_value: UnknownValue) -> Option<Self> {
        None
    }

    /// The string the variant of [`StrEnum::unknown`] keeps; `None` for any other variant.
    fn unknown_value(&self) -> Option<&UnknownValue> {
        None
    }
}

/// A string an enum does not list, kept as it was read so it is written back unchanged.
///
/// Only reading makes one (a response's value, or [`std::str::FromStr`]), so a variant that
/// keeps it never holds one of the enum's own strings.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    /// The string as it was read.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

thread_local! {
    /// Whether [`strictly`] is running on this thread.
    static STRICT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `decode` with every tolerant enum refusing the strings it does not list, as a closed
/// one does: a server reads its requests so, since an implementation can only act on the
/// values its spec lists. Decoding is synchronous, so the thread's flag covers exactly it.
pub fn strictly<T>(decode: impl FnOnce() -> T) -> T {
    /// Puts the flag back as it was, even when `decode` unwinds.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            STRICT.with(|strict| strict.set(self.0));
        }
    }
    let _restore = Restore(STRICT.with(|strict| strict.replace(true)));
    decode()
}

/// An untagged union (`oneOf` without a discriminator) read as its derived `Deserialize`
/// (`derived`) reads it, first [`strictly`]: a branch that lists every enum value it holds
/// wins over an earlier one that would only keep a value as unknown; only when none does is
/// the union read as the caller reads (keeping unknown values, outside [`strictly`]).
pub fn deserialize_untagged<'de, T, D: Deserializer<'de>>(
    deserializer: D,
    derived: impl Fn(&serde_json::Value) -> Result<T, serde_json::Error>,
) -> Result<T, D::Error> {
    // Buffered once for both readings, as serde's own untagged reading buffers it.
    let value = serde_json::Value::deserialize(deserializer)?;
    let already_strict = STRICT.with(std::cell::Cell::get);
    match strictly(|| derived(&value)) {
        Ok(listed) => Ok(listed),
        Err(err) if already_strict => Err(de::Error::custom(err)),
        Err(_) => derived(&value).map_err(de::Error::custom),
    }
}

/// A tagged union (`oneOf` told apart by the property `tag`) read as its derived
/// `Deserialize` (`derived`) reads it, unless the tag is a string none of `tags` is: then,
/// outside [`strictly`], the whole object is kept by `unknown`, to be written back as it was.
pub fn deserialize_tagged<'de, T, D: Deserializer<'de>>(
    deserializer: D,
    tag: &str,
    tags: &[&str],
    derived: impl Fn(&serde_json::Value) -> Result<T, serde_json::Error>,
    unknown: fn(serde_json::Value) -> T,
) -> Result<T, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    let unlisted = value.get(tag).and_then(serde_json::Value::as_str).is_some_and(|given| !tags.contains(&given));
    if unlisted && !STRICT.with(std::cell::Cell::get) {
        return Ok(unknown(value));
    }
    derived(&value).map_err(de::Error::custom)
}

/// The variant's string.
pub fn serialize_str_enum<T: StrEnum, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    match string_of(value) {
        Some(string) => serializer.serialize_str(string),
        None => Err(ser::Error::custom(format_args!("{} has no string for this variant", T::NAME))),
    }
}

/// The variant's string, as `Display` writes it.
pub fn write_str_enum<T: StrEnum>(value: &T, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
    match string_of(value) {
        Some(string) => formatter.write_str(string),
        None => Err(fmt::Error),
    }
}

/// The variant's string: the one at its position in [`StrEnum::VARIANTS`], or the one it keeps.
fn string_of<T: StrEnum>(value: &T) -> Option<&str> {
    if let Some(unknown) = value.unknown_value() {
        return Some(unknown.as_str());
    }
    let position = T::VARIANTS.iter().position(|variant| variant == value)?;
    T::STRINGS.get(position).copied()
}

/// The variant of `string`, as `FromStr` reads it: for any other string, the variant keeping
/// it (outside [`strictly`]), or `None`.
pub fn parse_str_enum<T: StrEnum>(string: &str) -> Option<T> {
    match T::STRINGS.iter().position(|known| *known == string) {
        Some(position) => T::VARIANTS.get(position).cloned(),
        None if STRICT.with(std::cell::Cell::get) => None,
        None => T::unknown(UnknownValue(string.into())),
    }
}

/// The variant whose string is read; any other string is serde's "unknown variant" error,
/// unless the enum keeps it.
pub fn deserialize_str_enum<'de, T: StrEnum, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_str(StrEnumVisitor(PhantomData))
}

struct StrEnumVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: StrEnum> Visitor<'de> for StrEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "enum {}", T::NAME)
    }

    fn visit_str<E: de::Error>(self, string: &str) -> Result<T, E> {
        parse_str_enum(string).ok_or_else(|| E::unknown_variant(string, T::STRINGS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generated code of `{ "id": integer (required), "name": string|null
    /// (required), "note": string, "tags": [string] (default []) }` is.
    #[derive(Debug, PartialEq)]
    struct Issue {
        id: i64,
        name: Option<String>,
        note: Option<String>,
        tags: Vec<String>,
    }

    impl<'de> Deserialize<'de> for Issue {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_object(deserializer)
        }
    }

    impl Object for Issue {
        const NAME: &'static str = "Issue";
        const FIELDS: &'static [&'static str] = &["id", "name", "note", "tags"];

        fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let (mut id, mut name, mut note, mut tags) = (None, None, None, None);
            while let Some(field) = next_field::<Self, _>(&mut map)? {
                match field.position {
                    0 => read_field(&mut map, &mut id, field),
                    1 => read_field(&mut map, &mut name, field),
                    2 => read_field(&mut map, &mut note, field),
                    3 => read_field(&mut map, &mut tags, field),
                    _ => ignore_value(&mut map),
                }?;
            }
            let (id, name) = take(&map, (given(id, "id"), required(name, "name")))?;
            Ok(Self { id, name, note: note.unwrap_or_default(), tags: tags.unwrap_or_default() })
        }
    }

    impl serde::Serialize for Issue {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_object(
                serializer,
                "Issue",
                &[
                    Entry::new("id", &self.id),
                    Entry::new("name", &self.name),
                    Entry::unless_none("note", &self.note),
                    Entry::unless_empty("tags", &self.tags),
                ],
            )
        }
    }

    struct Strict;

    impl<'de> Deserialize<'de> for Strict {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_object(deserializer)
        }
    }

    impl Object for Strict {
        const NAME: &'static str = "Strict";
        const FIELDS: &'static [&'static str] = &["a"];
        const DENY_UNKNOWN_FIELDS: bool = true;

        fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            while next_field::<Self, _>(&mut map)?.is_some() {
                ignore_value(&mut map)?;
            }
            Ok(Self)
        }
    }

    fn error_of<T: for<'de> Deserialize<'de>>(json: &str) -> String {
        match serde_json::from_str::<T>(json) {
            Ok(_) => "accepted".to_string(),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn reads_an_object_as_serde_would() {
        let issue: Issue = serde_json::from_str(r#"{"tags":["a"],"extra":{"x":[1]},"name":null,"id":7}"#)
            .map_err(|e| e.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(issue, Issue { id: 7, name: None, note: None, tags: vec!["a".to_string()] });
    }

    /// `Issue` as serde's derive reads and writes it: the errors and the output must be the
    /// same.
    #[derive(Debug, serde::Deserialize, serde::Serialize)]
    #[allow(dead_code)]
    struct DerivedIssue {
        id: i64,
        #[serde(deserialize_with = "Option::deserialize")]
        name: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tags: Vec<String>,
    }

    #[test]
    fn writes_an_object_as_serde_would() {
        let cases = [
            (Issue { id: 1, name: None, note: None, tags: vec![] }, r#"{"id":1,"name":null}"#),
            (
                Issue { id: 2, name: Some("n".into()), note: Some("x".into()), tags: vec!["a".into()] },
                r#"{"id":2,"name":"n","note":"x","tags":["a"]}"#,
            ),
        ];
        for (issue, expected) in cases {
            let derived = DerivedIssue {
                id: issue.id,
                name: issue.name.clone(),
                note: issue.note.clone(),
                tags: issue.tags.clone(),
            };
            let ours = serde_json::to_string(&issue).map_err(|e| e.to_string());
            assert_eq!(ours, serde_json::to_string(&derived).map_err(|e| e.to_string()));
            assert_eq!(ours.as_deref(), Ok(expected));
        }
    }

    /// More fields than one tuple of slots holds, as the engine nests them.
    #[derive(Debug, PartialEq)]
    struct Wide {
        values: [u8; 14],
    }

    impl Object for Wide {
        const NAME: &'static str = "Wide";
        const FIELDS: &'static [&'static str] = &["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"];

        fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut slots = [None; 14];
            while let Some(field) = next_field::<Self, _>(&mut map)? {
                match slots.get_mut(field.position) {
                    Some(slot) => read_field(&mut map, slot, field),
                    None => ignore_value(&mut map),
                }?;
            }
            let [a, b, c, d, e, f, g, h, i, j, k, l, m, n] = slots;
            let ((a, b, c, d, e, f, g, h, i, j, k, l), (m, n)) = take(
                &map,
                (
                    (
                        given(a, "a"),
                        given(b, "b"),
                        given(c, "c"),
                        given(d, "d"),
                        given(e, "e"),
                        given(f, "f"),
                        given(g, "g"),
                        given(h, "h"),
                        given(i, "i"),
                        given(j, "j"),
                        given(k, "k"),
                        given(l, "l"),
                    ),
                    (given(m, "m"), required(n, "n")),
                ),
            )?;
            Ok(Self { values: [a, b, c, d, e, f, g, h, i, j, k, l, m, n] })
        }
    }

    impl<'de> Deserialize<'de> for Wide {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_object(deserializer)
        }
    }

    #[test]
    fn takes_nested_slots_in_order() {
        let all = r#"{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14}"#;
        let wide: Wide = serde_json::from_str(all).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(wide.values, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
        // The first missing field in the fields' order is the one named, as with serde.
        let without_m_and_c = all.replace(r#""m":13,"#, "").replace(r#""c":3,"#, "");
        assert!(error_of::<Wide>(&without_m_and_c).starts_with("missing field `c` at"), "{without_m_and_c}");
        let without_n = all.replace(r#","n":14"#, "");
        assert!(error_of::<Wide>(&without_n).starts_with("missing field `n` at"), "{without_n}");
    }

    #[test]
    fn gives_serde_errors() {
        let inputs = [
            r#"{"name":null}"#,
            r#"{"id":1}"#,
            r#"{"id":1,"id":2,"name":null}"#,
            r#"{"id":"1","name":null}"#,
            r#"{"id":1,"name":null,"tags":null}"#,
            r#"{"id":1,"name":null"#,
            "7",
        ];
        for input in inputs {
            let ours = error_of::<Issue>(input);
            assert_ne!(ours, "accepted", "{input}");
            assert_eq!(ours, error_of::<DerivedIssue>(input).replace("DerivedIssue", "Issue"), "{input}");
        }
        assert_eq!(error_of::<Issue>("[1, null]"), "invalid type: sequence, expected struct Issue at line 1 column 1");
        assert_eq!(error_of::<Strict>(r#"{"a":1,"b":2}"#), "unknown field `b`, expected `a` at line 1 column 10");
    }

    #[test]
    fn reads_buffered_content_as_untagged_enums_hand_it() {
        // An untagged enum buffers the value and offers it to each variant in turn.
        #[derive(Debug, serde::Deserialize)]
        #[serde(untagged)]
        enum Either {
            Issue(Issue),
            Other(serde_json::Value),
        }
        let either: Either = serde_json::from_str(r#"{"id":1,"name":"n"}"#).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(either, Either::Issue(Issue { id: 1, .. })), "{either:?}");
        let other: Either = serde_json::from_str(r#"{"name":"n"}"#).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(&other, Either::Other(value) if value["name"] == "n"), "{other:?}");
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum State {
        Open,
        Closed,
    }

    impl StrEnum for State {
        const NAME: &'static str = "State";
        const STRINGS: &'static [&'static str] = &["open", "closed"];
        const VARIANTS: &'static [Self] = &[Self::Open, Self::Closed];
    }

    impl serde::Serialize for State {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_str_enum(self, serializer)
        }
    }

    impl<'de> Deserialize<'de> for State {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_str_enum(deserializer)
        }
    }

    /// `State` as its generated `Display` writes it.
    struct Shown(State);

    impl fmt::Display for Shown {
        fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_str_enum(&self.0, formatter)
        }
    }

    /// `State` as serde's derive reads and writes it.
    #[derive(Debug, serde::Deserialize)]
    #[serde(rename = "State")]
    enum DerivedState {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "closed")]
        Closed,
    }

    #[test]
    fn str_enums_read_and_write_their_strings_as_serde_would() {
        let closed: State = serde_json::from_str(r#""closed""#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(closed, State::Closed);
        assert_eq!(serde_json::to_string(&State::Open).map_err(|e| e.to_string()), Ok(r#""open""#.to_string()));
        for input in [r#""Open""#, r#""op"#] {
            let ours = error_of::<State>(input);
            assert_ne!(ours, "accepted", "{input}");
            assert_eq!(ours, error_of::<DerivedState>(input), "{input}");
        }
        let mut written = String::new();
        let _ = fmt::write(&mut written, format_args!("{}", Shown(State::Closed)));
        assert_eq!(written, "closed");
        assert_eq!(parse_str_enum::<State>("open"), Some(State::Open));
        assert_eq!(parse_str_enum::<State>("Open"), None);
        // Where serde_json's enum reader says only "expected value", this names the type.
        assert_eq!(error_of::<State>("1"), "invalid type: integer `1`, expected enum State at line 1 column 1");
        assert_eq!(error_of::<State>(r#"{"open":null}"#), "invalid type: map, expected enum State at line 1 column 0");
        let _ = (DerivedState::Open, DerivedState::Closed);
    }

    /// What a tolerant string enum's generated code is.
    #[derive(Clone, Debug, PartialEq)]
    enum Phase {
        Draft,
        Live,
        Unknown(UnknownValue),
    }

    impl StrEnum for Phase {
        const NAME: &'static str = "Phase";
        const STRINGS: &'static [&'static str] = &["draft", "live"];
        const VARIANTS: &'static [Self] = &[Self::Draft, Self::Live];

        fn unknown(value: UnknownValue) -> Option<Self> {
            Some(Self::Unknown(value))
        }

        fn unknown_value(&self) -> Option<&UnknownValue> {
            match self {
                Self::Unknown(value) => Some(value),
                _ => None,
            }
        }
    }

    impl serde::Serialize for Phase {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_str_enum(self, serializer)
        }
    }

    impl<'de> Deserialize<'de> for Phase {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_str_enum(deserializer)
        }
    }

    #[test]
    fn a_tolerant_enum_keeps_a_string_it_does_not_list_and_writes_it_back() {
        let read: Vec<Phase> =
            serde_json::from_str(r#"["live","archived","Live",""]"#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read[0], Phase::Live);
        let kept: Vec<&str> =
            read[1..].iter().filter_map(|phase| phase.unknown_value()).map(UnknownValue::as_str).collect();
        assert_eq!(kept, ["archived", "Live", ""]);
        let written = serde_json::to_string(&read).map_err(|e| e.to_string());
        assert_eq!(written.as_deref(), Ok(r#"["live","archived","Live",""]"#));
        assert_eq!(parse_str_enum::<Phase>("draft"), Some(Phase::Draft));
        assert!(matches!(parse_str_enum::<Phase>("x"), Some(Phase::Unknown(value)) if value.to_string() == "x"));
        // A listed string is never kept as unknown: its variant is the only way to it.
        assert!(read.iter().all(|phase| phase.unknown_value().is_none_or(|v| !Phase::STRINGS.contains(&v.as_str()))));
    }

    /// What a received untagged union's generated code is: serde's derive as inherent
    /// functions, read through [`deserialize_untagged`].
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(untagged, remote = "Self")]
    enum PhaseOrText {
        Phase(Phase),
        Text(String),
    }

    impl<'de> Deserialize<'de> for PhaseOrText {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_untagged(deserializer, |value| Self::deserialize(value))
        }
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(untagged, remote = "Self")]
    enum PhaseOrNumber {
        Phase(Phase),
        Number(i64),
    }

    impl<'de> Deserialize<'de> for PhaseOrNumber {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_untagged(deserializer, |value| Self::deserialize(value))
        }
    }

    #[test]
    fn an_untagged_union_prefers_the_branch_that_lists_a_value_to_one_that_would_keep_it() {
        let read = |json: &str| serde_json::from_str::<PhaseOrText>(json).map_err(|e| e.to_string());
        assert_eq!(read(r#""live""#), Ok(PhaseOrText::Phase(Phase::Live)));
        assert_eq!(read(r#""archived""#), Ok(PhaseOrText::Text("archived".into())));
        let read = |json: &str| serde_json::from_str::<PhaseOrNumber>(json).map_err(|e| e.to_string());
        assert_eq!(read("7"), Ok(PhaseOrNumber::Number(7)));
        let kept = read(r#""archived""#).map(|union| match union {
            PhaseOrNumber::Phase(phase) => phase.unknown_value().map(|value| value.to_string()),
            PhaseOrNumber::Number(_) => None,
        });
        assert_eq!(kept, Ok(Some("archived".to_string())));
        let refused = strictly(|| read(r#""archived""#));
        assert_eq!(refused, Err("data did not match any variant of untagged enum PhaseOrNumber".to_string()));
        assert_eq!(read("true"), Err("data did not match any variant of untagged enum PhaseOrNumber".to_string()));
    }

    /// What a received tagged union's generated code is.
    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    #[serde(tag = "type", remote = "Self")]
    enum Shape {
        #[serde(rename = "circle")]
        Circle { radius: f64 },
        #[serde(rename = "square")]
        Square { side: f64 },
        #[serde(skip)]
        Unknown(serde_json::Value),
    }

    impl serde::Serialize for Shape {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
                _ => Self::serialize(self, serializer),
            }
        }
    }

    impl<'de> Deserialize<'de> for Shape {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_tagged(
                deserializer,
                "type",
                &["circle", "square"],
                |value| Self::deserialize(value),
                Self::Unknown,
            )
        }
    }

    #[test]
    fn a_tagged_union_keeps_an_object_of_an_unlisted_tag_whole() {
        let read = |json: &str| serde_json::from_str::<Shape>(json).map_err(|e| e.to_string());
        assert_eq!(read(r#"{"type":"circle","radius":1.5}"#), Ok(Shape::Circle { radius: 1.5 }));
        let hexagon = r#"{"type":"hexagon","side":2.0,"tilt":{"deg":30}}"#;
        let kept = read(hexagon);
        assert!(matches!(&kept, Ok(Shape::Unknown(value)) if value["tilt"]["deg"] == 30), "{kept:?}");
        let written = kept.and_then(|shape| serde_json::to_string(&shape).map_err(|e| e.to_string()));
        assert_eq!(written.as_deref(), Ok(hexagon));
        // A listed tag with a bad body, a missing tag and a strict reading are refused as before.
        assert!(read(r#"{"type":"square"}"#).is_err());
        assert!(read(r#"{"side":2.0}"#).is_err());
        let strict = strictly(|| read(hexagon));
        assert!(strict.as_ref().is_err_and(|e| e.contains("unknown variant `hexagon`")), "{strict:?}");
        assert_eq!(
            serde_json::to_string(&Shape::Square { side: 1.0 }).ok().as_deref(),
            Some(r#"{"type":"square","side":1.0}"#)
        );
    }

    #[test]
    fn strictly_a_tolerant_enum_refuses_what_it_does_not_list_as_a_closed_one_does() {
        let strict = strictly(|| error_of::<Phase>(r#""archived""#));
        assert_eq!(strict, "unknown variant `archived`, expected `draft` or `live` at line 1 column 10");
        assert_eq!(strictly(|| error_of::<Phase>(r#""live""#)), "accepted");
        assert_eq!(strictly(|| parse_str_enum::<Phase>("archived")), None);
        // The flag is the caller's again afterwards, nested or not, and after a panic.
        let after_nested = strictly(|| {
            strictly(|| ());
            error_of::<Phase>(r#""archived""#)
        });
        assert_ne!(after_nested, "accepted");
        assert_eq!(error_of::<Phase>(r#""archived""#), "accepted");
        let unwound = std::panic::catch_unwind(|| strictly(|| panic!("decoding failed")));
        assert!(unwound.is_err());
        assert_eq!(error_of::<Phase>(r#""archived""#), "accepted");
        // Closed enums refuse either way.
        assert_ne!(error_of::<State>(r#""archived""#), "accepted");
    }
}
