// @generated from specs/bookshelf.yaml (sha256 2a5a4fc7ddf42539dc926f604e37d3cd8e28108cba963c371daf68ca1daa3961).
// Do not edit: change the spec, then run `cargo xtask codegen`.

use ::openapi_types_runtime as runtime;
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AddBookIdempotencyKey(::std::string::String);
impl ::std::ops::Deref for AddBookIdempotencyKey {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AddBookIdempotencyKey> for ::std::string::String {
    fn from(value: AddBookIdempotencyKey) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AddBookIdempotencyKey {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        if value.chars().count() < 8usize {
            return Err("shorter than 8 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AddBookIdempotencyKey {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AddBookIdempotencyKey {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddBookIdempotencyKey {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Book {
    pub genre: Genre,
    pub has_cover: ::std::option::Option<bool>,
    pub id: i64,
    pub tags: ::std::vec::Vec<::std::string::String>,
    pub title: ::std::string::String,
    pub year: ::std::option::Option<i64>,
}
impl ::serde::Serialize for Book {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Book",
            &[
                runtime::Entry::new("genre", &self.genre),
                runtime::Entry::unless_none("hasCover", &self.has_cover),
                runtime::Entry::new("id", &self.id),
                runtime::Entry::new("tags", &self.tags),
                runtime::Entry::new("title", &self.title),
                runtime::Entry::unless_none("year", &self.year),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Book {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Book {
    const NAME: &'static str = "Book";
    const FIELDS: &'static [&'static str] = &[
        "genre",
        "hasCover",
        "id",
        "tags",
        "title",
        "year",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut genre = None;
        let mut has_cover = None;
        let mut id = None;
        let mut tags = None;
        let mut title = None;
        let mut year = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut genre, field),
                1 => runtime::read_field(&mut map, &mut has_cover, field),
                2 => runtime::read_field(&mut map, &mut id, field),
                3 => runtime::read_field(&mut map, &mut tags, field),
                4 => runtime::read_field(&mut map, &mut title, field),
                5 => runtime::read_field(&mut map, &mut year, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (genre, id, tags, title) = runtime::take(
            &map,
            (
                runtime::given(genre, "genre"),
                runtime::given(id, "id"),
                runtime::given(tags, "tags"),
                runtime::given(title, "title"),
            ),
        )?;
        Ok(Self {
            genre,
            has_cover: has_cover.unwrap_or_default(),
            id,
            tags,
            title,
            year: year.unwrap_or_default(),
        })
    }
}
impl Book {
    ///`Book` of its required fields; the others are left at their defaults.
    pub fn new(
        genre: Genre,
        id: i64,
        tags: ::std::vec::Vec<::std::string::String>,
        title: ::std::string::String,
    ) -> Self {
        Self {
            genre,
            has_cover: Default::default(),
            id,
            tags,
            title,
            year: Default::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BookPage {
    pub items: ::std::vec::Vec<Book>,
    pub total: i64,
}
impl ::serde::Serialize for BookPage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "BookPage",
            &[
                runtime::Entry::new("items", &self.items),
                runtime::Entry::new("total", &self.total),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BookPage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for BookPage {
    const NAME: &'static str = "BookPage";
    const FIELDS: &'static [&'static str] = &["items", "total"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut items = None;
        let mut total = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut items, field),
                1 => runtime::read_field(&mut map, &mut total, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (items, total) = runtime::take(
            &map,
            (runtime::given(items, "items"), runtime::given(total, "total")),
        )?;
        Ok(Self { items, total })
    }
}
impl BookPage {
    ///`BookPage` of its required fields; the others are left at their defaults.
    pub fn new(items: ::std::vec::Vec<Book>, total: i64) -> Self {
        Self { items, total }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum Genre {
    Fiction,
    History,
    Science,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for Genre {
    const NAME: &'static str = "Genre";
    const STRINGS: &'static [&'static str] = &["fiction", "history", "science"];
    const VARIANTS: &'static [Self] = &[Self::Fiction, Self::History, Self::Science];
    fn unknown(value: runtime::UnknownValue) -> ::std::option::Option<Self> {
        Some(Self::Unknown(value))
    }
    fn unknown_value(&self) -> ::std::option::Option<&runtime::UnknownValue> {
        match self {
            Self::Unknown(value) => Some(value),
            _ => None,
        }
    }
}
impl ::serde::Serialize for Genre {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Genre {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for Genre {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for Genre {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for Genre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Genre {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct NewBook {
    pub genre: Genre,
    pub tags: ::std::vec::Vec<NewBookTagsItem>,
    pub title: NewBookTitle,
    pub year: ::std::option::Option<i64>,
}
impl ::serde::Serialize for NewBook {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "NewBook",
            &[
                runtime::Entry::new("genre", &self.genre),
                runtime::Entry::unless_empty("tags", &self.tags),
                runtime::Entry::new("title", &self.title),
                runtime::Entry::unless_none("year", &self.year),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for NewBook {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for NewBook {
    const NAME: &'static str = "NewBook";
    const FIELDS: &'static [&'static str] = &["genre", "tags", "title", "year"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut genre = None;
        let mut tags = None;
        let mut title = None;
        let mut year = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut genre, field),
                1 => runtime::read_field(&mut map, &mut tags, field),
                2 => runtime::read_field(&mut map, &mut title, field),
                3 => runtime::read_field(&mut map, &mut year, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (genre, title) = runtime::take(
            &map,
            (runtime::given(genre, "genre"), runtime::given(title, "title")),
        )?;
        Ok(Self {
            genre,
            tags: tags.unwrap_or_default(),
            title,
            year: year.unwrap_or_default(),
        })
    }
}
impl NewBook {
    ///`NewBook` of its required fields; the others are left at their defaults.
    pub fn new(genre: Genre, title: NewBookTitle) -> Self {
        Self {
            genre,
            tags: Default::default(),
            title,
            year: Default::default(),
        }
    }
}
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct NewBookTagsItem(::std::string::String);
impl ::std::ops::Deref for NewBookTagsItem {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NewBookTagsItem> for ::std::string::String {
    fn from(value: NewBookTagsItem) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NewBookTagsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 32usize {
            return Err("longer than 32 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NewBookTagsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NewBookTagsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for NewBookTagsItem {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct NewBookTitle(::std::string::String);
impl ::std::ops::Deref for NewBookTitle {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NewBookTitle> for ::std::string::String {
    fn from(value: NewBookTitle) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NewBookTitle {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 200usize {
            return Err("longer than 200 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NewBookTitle {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NewBookTitle {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for NewBookTitle {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///An RFC 9457-style problem.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    pub detail: ::std::option::Option<::std::string::String>,
    pub errors: ::std::vec::Vec<ProblemErrorsItem>,
    pub status: i64,
    pub title: ::std::string::String,
}
impl ::serde::Serialize for Problem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Problem",
            &[
                runtime::Entry::unless_none("detail", &self.detail),
                runtime::Entry::unless_empty("errors", &self.errors),
                runtime::Entry::new("status", &self.status),
                runtime::Entry::new("title", &self.title),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Problem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Problem {
    const NAME: &'static str = "Problem";
    const FIELDS: &'static [&'static str] = &["detail", "errors", "status", "title"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut detail = None;
        let mut errors = None;
        let mut status = None;
        let mut title = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut detail, field),
                1 => runtime::read_field(&mut map, &mut errors, field),
                2 => runtime::read_field(&mut map, &mut status, field),
                3 => runtime::read_field(&mut map, &mut title, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (status, title) = runtime::take(
            &map,
            (runtime::given(status, "status"), runtime::given(title, "title")),
        )?;
        Ok(Self {
            detail: detail.unwrap_or_default(),
            errors: errors.unwrap_or_default(),
            status,
            title,
        })
    }
}
impl Problem {
    ///`Problem` of its required fields; the others are left at their defaults.
    pub fn new(status: i64, title: ::std::string::String) -> Self {
        Self {
            detail: Default::default(),
            errors: Default::default(),
            status,
            title,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ProblemErrorsItem {
    pub message: ::std::string::String,
    pub pointer: ::std::string::String,
}
impl ::serde::Serialize for ProblemErrorsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ProblemErrorsItem",
            &[
                runtime::Entry::new("message", &self.message),
                runtime::Entry::new("pointer", &self.pointer),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ProblemErrorsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ProblemErrorsItem {
    const NAME: &'static str = "ProblemErrorsItem";
    const FIELDS: &'static [&'static str] = &["message", "pointer"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = None;
        let mut pointer = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut message, field),
                1 => runtime::read_field(&mut map, &mut pointer, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (message, pointer) = runtime::take(
            &map,
            (runtime::given(message, "message"), runtime::given(pointer, "pointer")),
        )?;
        Ok(Self { message, pointer })
    }
}
impl ProblemErrorsItem {
    ///`ProblemErrorsItem` of its required fields; the others are left at their defaults.
    pub fn new(message: ::std::string::String, pointer: ::std::string::String) -> Self {
        Self { message, pointer }
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
