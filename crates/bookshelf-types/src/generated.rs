// @generated from specs/bookshelf.yaml (sha256 2a5a4fc7ddf42539dc926f604e37d3cd8e28108cba963c371daf68ca1daa3961).
// Do not edit: change the spec, then run `cargo xtask codegen`.

///`AddBookIdempotencyKey`
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
///`Book`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Book {
    pub genre: Genre,
    #[serde(rename = "hasCover", skip_serializing_if = "::std::option::Option::is_none")]
    pub has_cover: ::std::option::Option<bool>,
    pub id: i64,
    pub tags: ::std::vec::Vec<::std::string::String>,
    pub title: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i64>,
}
impl Book {
    pub fn builder() -> builder::Book {
        Default::default()
    }
}
///`BookPage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BookPage {
    pub items: ::std::vec::Vec<Book>,
    pub total: i64,
}
impl BookPage {
    pub fn builder() -> builder::BookPage {
        Default::default()
    }
}
///`Genre`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum Genre {
    #[serde(rename = "fiction")]
    Fiction,
    #[serde(rename = "history")]
    History,
    #[serde(rename = "science")]
    Science,
}
impl ::std::fmt::Display for Genre {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Fiction => f.write_str("fiction"),
            Self::History => f.write_str("history"),
            Self::Science => f.write_str("science"),
        }
    }
}
impl ::std::str::FromStr for Genre {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "fiction" => Ok(Self::Fiction),
            "history" => Ok(Self::History),
            "science" => Ok(Self::Science),
            _ => Err("invalid value".into()),
        }
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
///`NewBook`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct NewBook {
    pub genre: Genre,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<NewBookTagsItem>,
    pub title: NewBookTitle,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub year: ::std::option::Option<i64>,
}
impl NewBook {
    pub fn builder() -> builder::NewBook {
        Default::default()
    }
}
///`NewBookTagsItem`
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
///`NewBookTitle`
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub errors: ::std::vec::Vec<ProblemErrorsItem>,
    pub status: i64,
    pub title: ::std::string::String,
}
impl Problem {
    pub fn builder() -> builder::Problem {
        Default::default()
    }
}
///`ProblemErrorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProblemErrorsItem {
    pub message: ::std::string::String,
    pub pointer: ::std::string::String,
}
impl ProblemErrorsItem {
    pub fn builder() -> builder::ProblemErrorsItem {
        Default::default()
    }
}
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct Book {
        genre: ::std::result::Result<super::Genre, ::std::string::String>,
        has_cover: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        id: ::std::result::Result<i64, ::std::string::String>,
        tags: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
        title: ::std::result::Result<::std::string::String, ::std::string::String>,
        year: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for Book {
        fn default() -> Self {
            Self {
                genre: Err("no value supplied for genre".to_string()),
                has_cover: Ok(Default::default()),
                id: Err("no value supplied for id".to_string()),
                tags: Err("no value supplied for tags".to_string()),
                title: Err("no value supplied for title".to_string()),
                year: Ok(Default::default()),
            }
        }
    }
    impl Book {
        pub fn genre<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Genre>,
            T::Error: ::std::fmt::Display,
        {
            self.genre = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for genre: {e}"));
            self
        }
        pub fn has_cover<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.has_cover = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for has_cover: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Book> for super::Book {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Book,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                genre: value.genre?,
                has_cover: value.has_cover?,
                id: value.id?,
                tags: value.tags?,
                title: value.title?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::Book> for Book {
        fn from(value: super::Book) -> Self {
            Self {
                genre: Ok(value.genre),
                has_cover: Ok(value.has_cover),
                id: Ok(value.id),
                tags: Ok(value.tags),
                title: Ok(value.title),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct BookPage {
        items: ::std::result::Result<
            ::std::vec::Vec<super::Book>,
            ::std::string::String,
        >,
        total: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for BookPage {
        fn default() -> Self {
            Self {
                items: Err("no value supplied for items".to_string()),
                total: Err("no value supplied for total".to_string()),
            }
        }
    }
    impl BookPage {
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Book>>,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<BookPage> for super::BookPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: BookPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                items: value.items?,
                total: value.total?,
            })
        }
    }
    impl ::std::convert::From<super::BookPage> for BookPage {
        fn from(value: super::BookPage) -> Self {
            Self {
                items: Ok(value.items),
                total: Ok(value.total),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct NewBook {
        genre: ::std::result::Result<super::Genre, ::std::string::String>,
        tags: ::std::result::Result<
            ::std::vec::Vec<super::NewBookTagsItem>,
            ::std::string::String,
        >,
        title: ::std::result::Result<super::NewBookTitle, ::std::string::String>,
        year: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for NewBook {
        fn default() -> Self {
            Self {
                genre: Err("no value supplied for genre".to_string()),
                tags: Ok(Default::default()),
                title: Err("no value supplied for title".to_string()),
                year: Ok(Default::default()),
            }
        }
    }
    impl NewBook {
        pub fn genre<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Genre>,
            T::Error: ::std::fmt::Display,
        {
            self.genre = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for genre: {e}"));
            self
        }
        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::NewBookTagsItem>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::NewBookTitle>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn year<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.year = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for year: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<NewBook> for super::NewBook {
        type Error = super::error::ConversionError;
        fn try_from(
            value: NewBook,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                genre: value.genre?,
                tags: value.tags?,
                title: value.title?,
                year: value.year?,
            })
        }
    }
    impl ::std::convert::From<super::NewBook> for NewBook {
        fn from(value: super::NewBook) -> Self {
            Self {
                genre: Ok(value.genre),
                tags: Ok(value.tags),
                title: Ok(value.title),
                year: Ok(value.year),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Problem {
        detail: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        errors: ::std::result::Result<
            ::std::vec::Vec<super::ProblemErrorsItem>,
            ::std::string::String,
        >,
        status: ::std::result::Result<i64, ::std::string::String>,
        title: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Problem {
        fn default() -> Self {
            Self {
                detail: Ok(Default::default()),
                errors: Ok(Default::default()),
                status: Err("no value supplied for status".to_string()),
                title: Err("no value supplied for title".to_string()),
            }
        }
    }
    impl Problem {
        pub fn detail<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.detail = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for detail: {e}"));
            self
        }
        pub fn errors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::ProblemErrorsItem>>,
            T::Error: ::std::fmt::Display,
        {
            self.errors = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for errors: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Problem> for super::Problem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Problem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                detail: value.detail?,
                errors: value.errors?,
                status: value.status?,
                title: value.title?,
            })
        }
    }
    impl ::std::convert::From<super::Problem> for Problem {
        fn from(value: super::Problem) -> Self {
            Self {
                detail: Ok(value.detail),
                errors: Ok(value.errors),
                status: Ok(value.status),
                title: Ok(value.title),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ProblemErrorsItem {
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
        pointer: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ProblemErrorsItem {
        fn default() -> Self {
            Self {
                message: Err("no value supplied for message".to_string()),
                pointer: Err("no value supplied for pointer".to_string()),
            }
        }
    }
    impl ProblemErrorsItem {
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
        pub fn pointer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.pointer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for pointer: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ProblemErrorsItem> for super::ProblemErrorsItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ProblemErrorsItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                message: value.message?,
                pointer: value.pointer?,
            })
        }
    }
    impl ::std::convert::From<super::ProblemErrorsItem> for ProblemErrorsItem {
        fn from(value: super::ProblemErrorsItem) -> Self {
            Self {
                message: Ok(value.message),
                pointer: Ok(value.pointer),
            }
        }
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
