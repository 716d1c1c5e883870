// @generated from specs/shapes.yaml (sha256 76a2cf8703ecb5c69f5f63985de5227f03444d90a7e154fa104d1121fa1d9029).
// Do not edit: change the spec, then run `cargo xtask codegen`.

use ::openapi_types_runtime as runtime;
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Account {
    pub pay_frequency: ::std::option::Option<PayFrequency>,
    pub sid: ::std::string::String,
    pub status: ::std::option::Option<AccountStatus3>,
    pub status_history: ::std::option::Option<AccountStatus2>,
    pub subresource_uris: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
    pub version: ::std::option::Option<AccountVersion>,
}
impl ::serde::Serialize for Account {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Account",
            &[
                runtime::Entry::unless_none("pay_frequency", &self.pay_frequency),
                runtime::Entry::new("sid", &self.sid),
                runtime::Entry::unless_none("status", &self.status),
                runtime::Entry::unless_none("status_history", &self.status_history),
                runtime::Entry::unless_empty("subresource_uris", &self.subresource_uris),
                runtime::Entry::unless_none("version", &self.version),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Account {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Account {
    const NAME: &'static str = "Account";
    const FIELDS: &'static [&'static str] = &[
        "pay_frequency",
        "sid",
        "status",
        "status_history",
        "subresource_uris",
        "version",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut pay_frequency = None;
        let mut sid = None;
        let mut status = None;
        let mut status_history = None;
        let mut subresource_uris = None;
        let mut version = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut pay_frequency, field),
                1 => runtime::read_field(&mut map, &mut sid, field),
                2 => runtime::read_field(&mut map, &mut status, field),
                3 => runtime::read_field(&mut map, &mut status_history, field),
                4 => runtime::read_field(&mut map, &mut subresource_uris, field),
                5 => runtime::read_field(&mut map, &mut version, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let sid = runtime::take(&map, runtime::given(sid, "sid"))?;
        Ok(Self {
            pay_frequency: pay_frequency.unwrap_or_default(),
            sid,
            status: status.unwrap_or_default(),
            status_history: status_history.unwrap_or_default(),
            subresource_uris: subresource_uris.unwrap_or_default(),
            version: version.unwrap_or_default(),
        })
    }
}
impl Account {
    ///`Account` of its required fields; the others are left at their defaults.
    pub fn new(sid: ::std::string::String) -> Self {
        Self {
            pay_frequency: Default::default(),
            sid,
            status: Default::default(),
            status_history: Default::default(),
            subresource_uris: Default::default(),
            version: Default::default(),
        }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AccountStatus {
    Open,
    Closed,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for AccountStatus {
    const NAME: &'static str = "AccountStatus";
    const STRINGS: &'static [&'static str] = &["open", "closed"];
    const VARIANTS: &'static [Self] = &[Self::Open, Self::Closed];
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
impl ::serde::Serialize for AccountStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for AccountStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for AccountStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for AccountStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AccountStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AccountStatus2 {
    pub since: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for AccountStatus2 {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "AccountStatus2",
            &[runtime::Entry::unless_none("since", &self.since)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountStatus2 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for AccountStatus2 {
    const NAME: &'static str = "AccountStatus2";
    const FIELDS: &'static [&'static str] = &["since"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut since = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut since, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            since: since.unwrap_or_default(),
        })
    }
}
impl AccountStatus2 {
    ///`AccountStatus2` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self { since: Default::default() }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AccountStatus3 {
    Active,
    Suspended,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for AccountStatus3 {
    const NAME: &'static str = "AccountStatus3";
    const STRINGS: &'static [&'static str] = &["active", "suspended"];
    const VARIANTS: &'static [Self] = &[Self::Active, Self::Suspended];
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
impl ::serde::Serialize for AccountStatus3 {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountStatus3 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for AccountStatus3 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for AccountStatus3 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for AccountStatus3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AccountStatus3 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AccountVersion {
    X41,
    X4,
    X3,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for AccountVersion {
    const NAME: &'static str = "AccountVersion";
    const STRINGS: &'static [&'static str] = &["4.1", "4", "3"];
    const VARIANTS: &'static [Self] = &[Self::X41, Self::X4, Self::X3];
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
impl ::serde::Serialize for AccountVersion {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountVersion {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for AccountVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for AccountVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for AccountVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AccountVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Author {
    pub login: ::std::string::String,
    pub role: ::std::option::Option<AuthorRole>,
}
impl ::serde::Serialize for Author {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Author",
            &[
                runtime::Entry::new("login", &self.login),
                runtime::Entry::unless_none("role", &self.role),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Author {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Author {
    const NAME: &'static str = "Author";
    const FIELDS: &'static [&'static str] = &["login", "role"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut login = None;
        let mut role = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut login, field),
                1 => runtime::read_field(&mut map, &mut role, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let login = runtime::take(&map, runtime::given(login, "login"))?;
        Ok(Self {
            login,
            role: role.unwrap_or_default(),
        })
    }
}
impl Author {
    ///`Author` of its required fields; the others are left at their defaults.
    pub fn new(login: ::std::string::String) -> Self {
        Self {
            login,
            role: Default::default(),
        }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AuthorRole {
    Owner,
    Member,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for AuthorRole {
    const NAME: &'static str = "AuthorRole";
    const STRINGS: &'static [&'static str] = &["owner", "member"];
    const VARIANTS: &'static [Self] = &[Self::Owner, Self::Member];
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
impl ::serde::Serialize for AuthorRole {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthorRole {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for AuthorRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for AuthorRole {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for AuthorRole {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AuthorRole {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum BankAccountObject {
    BankAccount,
}
impl runtime::StrEnum for BankAccountObject {
    const NAME: &'static str = "BankAccountObject";
    const STRINGS: &'static [&'static str] = &["bank_account"];
    const VARIANTS: &'static [Self] = &[Self::BankAccount];
}
impl ::serde::Serialize for BankAccountObject {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for BankAccountObject {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for BankAccountObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for BankAccountObject {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for BankAccountObject {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BankAccountObject {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Batch {
    #[serde(rename = "fooBar", skip_serializing_if = "::std::option::Option::is_none")]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mixed: ::std::option::Option<BatchMixed>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl Batch {
    ///`Batch` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            foo_bar: Default::default(),
            mixed: Default::default(),
            extra: Default::default(),
        }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
pub enum BatchMixed {
    Boolean(bool),
    Integer(BatchMixedInteger),
    String(BatchMixedString),
}
impl ::std::convert::From<bool> for BatchMixed {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}
impl ::std::convert::From<BatchMixedInteger> for BatchMixed {
    fn from(value: BatchMixedInteger) -> Self {
        Self::Integer(value)
    }
}
impl ::std::convert::From<BatchMixedString> for BatchMixed {
    fn from(value: BatchMixedString) -> Self {
        Self::String(value)
    }
}
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct BatchMixedInteger(i64);
impl ::std::ops::Deref for BatchMixedInteger {
    type Target = i64;
    fn deref(&self) -> &i64 {
        &self.0
    }
}
impl ::std::convert::From<BatchMixedInteger> for i64 {
    fn from(value: BatchMixedInteger) -> Self {
        value.0
    }
}
impl ::std::convert::TryFrom<i64> for BatchMixedInteger {
    type Error = self::error::ConversionError;
    fn try_from(
        value: i64,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if ![1_i64].contains(&value) {
            Err("invalid value".into())
        } else {
            Ok(Self(value))
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for BatchMixedInteger {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        Self::try_from(<i64>::deserialize(deserializer)?)
            .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum BatchMixedString {
    Auto,
}
impl runtime::StrEnum for BatchMixedString {
    const NAME: &'static str = "BatchMixedString";
    const STRINGS: &'static [&'static str] = &["auto"];
    const VARIANTS: &'static [Self] = &[Self::Auto];
}
impl ::serde::Serialize for BatchMixedString {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for BatchMixedString {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for BatchMixedString {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for BatchMixedString {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for BatchMixedString {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BatchMixedString {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum CardObject {
    Card,
}
impl runtime::StrEnum for CardObject {
    const NAME: &'static str = "CardObject";
    const STRINGS: &'static [&'static str] = &["card"];
    const VARIANTS: &'static [Self] = &[Self::Card];
}
impl ::serde::Serialize for CardObject {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for CardObject {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for CardObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for CardObject {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for CardObject {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CardObject {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Commit {
    pub author: NullableGitUser,
    pub committer: ::std::option::Option<GitUser>,
    pub flag: ::std::option::Option<Flag>,
    pub kind: ::std::option::Option<CommitKind>,
    pub labels: ::std::option::Option<CommitLabels>,
    pub reaction: ::std::option::Option<::std::string::String>,
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Commit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Commit",
            &[
                runtime::Entry::new("author", &self.author),
                runtime::Entry::unless_none("committer", &self.committer),
                runtime::Entry::unless_none("flag", &self.flag),
                runtime::Entry::unless_none("kind", &self.kind),
                runtime::Entry::unless_none("labels", &self.labels),
                runtime::Entry::unless_none("reaction", &self.reaction),
                runtime::Entry::unless_none("timezone", &self.timezone),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Commit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Commit {
    const NAME: &'static str = "Commit";
    const FIELDS: &'static [&'static str] = &[
        "author",
        "committer",
        "flag",
        "kind",
        "labels",
        "reaction",
        "timezone",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut author = None;
        let mut committer = None;
        let mut flag = None;
        let mut kind = None;
        let mut labels = None;
        let mut reaction = None;
        let mut timezone = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut author, field),
                1 => runtime::read_field(&mut map, &mut committer, field),
                2 => runtime::read_field(&mut map, &mut flag, field),
                3 => runtime::read_field(&mut map, &mut kind, field),
                4 => runtime::read_field(&mut map, &mut labels, field),
                5 => runtime::read_field(&mut map, &mut reaction, field),
                6 => runtime::read_field(&mut map, &mut timezone, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let author = runtime::take(&map, runtime::given(author, "author"))?;
        Ok(Self {
            author,
            committer: committer.unwrap_or_default(),
            flag: flag.unwrap_or_default(),
            kind: kind.unwrap_or_default(),
            labels: labels.unwrap_or_default(),
            reaction: reaction.unwrap_or_default(),
            timezone: timezone.unwrap_or_default(),
        })
    }
}
impl Commit {
    ///`Commit` of its required fields; the others are left at their defaults.
    pub fn new(author: NullableGitUser) -> Self {
        Self {
            author,
            committer: Default::default(),
            flag: Default::default(),
            kind: Default::default(),
            labels: Default::default(),
            reaction: Default::default(),
            timezone: Default::default(),
        }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum CommitKind {
    Issue,
    Pull,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for CommitKind {
    const NAME: &'static str = "CommitKind";
    const STRINGS: &'static [&'static str] = &["issue", "pull"];
    const VARIANTS: &'static [Self] = &[Self::Issue, Self::Pull];
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
impl ::serde::Serialize for CommitKind {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for CommitKind {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for CommitKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for CommitKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for CommitKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CommitKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CommitLabels {
    String(::std::string::String),
    Array(::std::vec::Vec<::std::string::String>),
}
impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for CommitLabels {
    fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
        Self::Array(value)
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Conditions(pub ::std::option::Option<ConditionsValue>);
impl ::std::ops::Deref for Conditions {
    type Target = ::std::option::Option<ConditionsValue>;
    fn deref(&self) -> &::std::option::Option<ConditionsValue> {
        &self.0
    }
}
impl ::std::convert::From<Conditions> for ::std::option::Option<ConditionsValue> {
    fn from(value: Conditions) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<ConditionsValue>> for Conditions {
    fn from(value: ::std::option::Option<ConditionsValue>) -> Self {
        Self(value)
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConditionsValue {
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_0: ::std::option::Option<RulesetConditions>,
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_1: ::std::option::Option<GitUser>,
}
impl ConditionsValue {
    ///`ConditionsValue` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            subtype_0: Default::default(),
            subtype_1: Default::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CreateTokenBody {
    pub ids: ::std::vec::Vec<i64>,
    pub metadata: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
    pub note: ::std::option::Option<::std::string::String>,
    pub number: ::std::string::String,
    pub tags: ::std::vec::Vec<::std::string::String>,
}
impl ::serde::Serialize for CreateTokenBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "CreateTokenBody",
            &[
                runtime::Entry::unless_empty("ids", &self.ids),
                runtime::Entry::unless_empty("metadata", &self.metadata),
                runtime::Entry::unless_none("note", &self.note),
                runtime::Entry::new("number", &self.number),
                runtime::Entry::unless_empty("tags", &self.tags),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateTokenBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for CreateTokenBody {
    const NAME: &'static str = "CreateTokenBody";
    const FIELDS: &'static [&'static str] = &[
        "ids",
        "metadata",
        "note",
        "number",
        "tags",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut ids = None;
        let mut metadata = None;
        let mut note = None;
        let mut number = None;
        let mut tags = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut ids, field),
                1 => runtime::read_field(&mut map, &mut metadata, field),
                2 => runtime::read_field(&mut map, &mut note, field),
                3 => runtime::read_field(&mut map, &mut number, field),
                4 => runtime::read_field(&mut map, &mut tags, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let number = runtime::take(&map, runtime::given(number, "number"))?;
        Ok(Self {
            ids: ids.unwrap_or_default(),
            metadata: metadata.unwrap_or_default(),
            note: note.unwrap_or_default(),
            number,
            tags: tags.unwrap_or_default(),
        })
    }
}
impl CreateTokenBody {
    ///`CreateTokenBody` of its required fields; the others are left at their defaults.
    pub fn new(number: ::std::string::String) -> Self {
        Self {
            ids: Default::default(),
            metadata: Default::default(),
            note: Default::default(),
            number,
            tags: Default::default(),
        }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "type")]
#[serde(remote = "Self")]
#[non_exhaustive]
pub enum DeliveryEvent {
    #[serde(rename = "shipped")]
    Shipped { at: ::std::string::String },
    #[serde(rename = "cancelled")]
    Cancelled { reason: ::std::string::String },
    /// An object of a kind this version of the spec does not list, kept whole as it was read.
    #[serde(skip)]
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for DeliveryEvent {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
            _ => Self::serialize(self, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for DeliveryEvent {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_tagged(
            deserializer,
            "type",
            &["shipped", "cancelled"],
            |value| Self::deserialize(value),
            Self::Unknown,
        )
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Flag(pub ::std::option::Option<FlagValue>);
impl ::std::ops::Deref for Flag {
    type Target = ::std::option::Option<FlagValue>;
    fn deref(&self) -> &::std::option::Option<FlagValue> {
        &self.0
    }
}
impl ::std::convert::From<Flag> for ::std::option::Option<FlagValue> {
    fn from(value: Flag) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<FlagValue>> for Flag {
    fn from(value: ::std::option::Option<FlagValue>) -> Self {
        Self(value)
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
pub enum FlagValue {
    Boolean(bool),
    String(::std::string::String),
}
impl ::std::fmt::Display for FlagValue {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Boolean(x) => x.fmt(f),
            Self::String(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<bool> for FlagValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GitUser {
    pub name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for GitUser {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "GitUser",
            &[runtime::Entry::unless_none("name", &self.name)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for GitUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for GitUser {
    const NAME: &'static str = "GitUser";
    const FIELDS: &'static [&'static str] = &["name"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut name, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
        })
    }
}
impl GitUser {
    ///`GitUser` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self { name: Default::default() }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum Kind {
    Issue,
    Pull,
    Discussion,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for Kind {
    const NAME: &'static str = "Kind";
    const STRINGS: &'static [&'static str] = &["issue", "pull", "discussion"];
    const VARIANTS: &'static [Self] = &[Self::Issue, Self::Pull, Self::Discussion];
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
impl ::serde::Serialize for Kind {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Kind {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for Kind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for Kind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for Kind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Kind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LimitedRefusal {
    pub message: LimitedRefusalMessage,
}
impl ::serde::Serialize for LimitedRefusal {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "LimitedRefusal",
            &[runtime::Entry::new("message", &self.message)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for LimitedRefusal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for LimitedRefusal {
    const NAME: &'static str = "LimitedRefusal";
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut message, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let message = runtime::take(&map, runtime::given(message, "message"))?;
        Ok(Self { message })
    }
}
impl LimitedRefusal {
    ///`LimitedRefusal` of its required fields; the others are left at their defaults.
    pub fn new(message: LimitedRefusalMessage) -> Self {
        Self { message }
    }
}
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct LimitedRefusalMessage(::std::string::String);
impl ::std::ops::Deref for LimitedRefusalMessage {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LimitedRefusalMessage> for ::std::string::String {
    fn from(value: LimitedRefusalMessage) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for LimitedRefusalMessage {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 64usize {
            return Err("longer than 64 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LimitedRefusalMessage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LimitedRefusalMessage {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for LimitedRefusalMessage {
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChargesAmount {
    pub max: ::std::option::Option<i64>,
    pub min: ::std::option::Option<i64>,
}
impl ::serde::Serialize for ListChargesAmount {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ListChargesAmount",
            &[
                runtime::Entry::unless_none("max", &self.max),
                runtime::Entry::unless_none("min", &self.min),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ListChargesAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ListChargesAmount {
    const NAME: &'static str = "ListChargesAmount";
    const FIELDS: &'static [&'static str] = &["max", "min"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut max = None;
        let mut min = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut max, field),
                1 => runtime::read_field(&mut map, &mut min, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            max: max.unwrap_or_default(),
            min: min.unwrap_or_default(),
        })
    }
}
impl ListChargesAmount {
    ///`ListChargesAmount` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            max: Default::default(),
            min: Default::default(),
        }
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChargesCreated {
    pub gt: ::std::option::Option<i64>,
    pub lt: ::std::option::Option<i64>,
}
impl ::serde::Serialize for ListChargesCreated {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ListChargesCreated",
            &[
                runtime::Entry::unless_none("gt", &self.gt),
                runtime::Entry::unless_none("lt", &self.lt),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ListChargesCreated {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ListChargesCreated {
    const NAME: &'static str = "ListChargesCreated";
    const FIELDS: &'static [&'static str] = &["gt", "lt"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut gt = None;
        let mut lt = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut gt, field),
                1 => runtime::read_field(&mut map, &mut lt, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            gt: gt.unwrap_or_default(),
            lt: lt.unwrap_or_default(),
        })
    }
}
impl ListChargesCreated {
    ///`ListChargesCreated` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            gt: Default::default(),
            lt: Default::default(),
        }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ListChargesMetadata(
    pub ::std::collections::HashMap<::std::string::String, ::std::string::String>,
);
impl ::std::ops::Deref for ListChargesMetadata {
    type Target = ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >;
    fn deref(
        &self,
    ) -> &::std::collections::HashMap<::std::string::String, ::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<ListChargesMetadata>
for ::std::collections::HashMap<::std::string::String, ::std::string::String> {
    fn from(value: ListChargesMetadata) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
> for ListChargesMetadata {
    fn from(
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        Self(value)
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChargesWindow {
    pub from: ::std::option::Option<i64>,
    pub to: ::std::option::Option<i64>,
}
impl ::serde::Serialize for ListChargesWindow {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ListChargesWindow",
            &[
                runtime::Entry::unless_none("from", &self.from),
                runtime::Entry::unless_none("to", &self.to),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ListChargesWindow {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ListChargesWindow {
    const NAME: &'static str = "ListChargesWindow";
    const FIELDS: &'static [&'static str] = &["from", "to"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut from = None;
        let mut to = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut from, field),
                1 => runtime::read_field(&mut map, &mut to, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            from: from.unwrap_or_default(),
            to: to.unwrap_or_default(),
        })
    }
}
impl ListChargesWindow {
    ///`ListChargesWindow` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            from: Default::default(),
            to: Default::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Mention {
    ///Who wrote it.
    pub author: Author,
    pub editor: ::std::option::Option<Author>,
    pub previous: ::std::option::Option<MentionPrevious>,
    pub subject: MentionSubject,
}
impl ::serde::Serialize for Mention {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Mention",
            &[
                runtime::Entry::new("author", &self.author),
                runtime::Entry::unless_none("editor", &self.editor),
                runtime::Entry::unless_none("previous", &self.previous),
                runtime::Entry::new("subject", &self.subject),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Mention {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Mention {
    const NAME: &'static str = "Mention";
    const FIELDS: &'static [&'static str] = &["author", "editor", "previous", "subject"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut author = None;
        let mut editor = None;
        let mut previous = None;
        let mut subject = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut author, field),
                1 => runtime::read_field(&mut map, &mut editor, field),
                2 => runtime::read_field(&mut map, &mut previous, field),
                3 => runtime::read_field(&mut map, &mut subject, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (author, subject) = runtime::take(
            &map,
            (runtime::given(author, "author"), runtime::given(subject, "subject")),
        )?;
        Ok(Self {
            author,
            editor: editor.unwrap_or_default(),
            previous: previous.unwrap_or_default(),
            subject,
        })
    }
}
impl Mention {
    ///`Mention` of its required fields; the others are left at their defaults.
    pub fn new(author: Author, subject: MentionSubject) -> Self {
        Self {
            author,
            editor: Default::default(),
            previous: Default::default(),
            subject,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MentionPrevious {
    pub kind: ::std::option::Option<Kind>,
    pub state: State,
}
impl ::serde::Serialize for MentionPrevious {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "MentionPrevious",
            &[
                runtime::Entry::unless_none("kind", &self.kind),
                runtime::Entry::new("state", &self.state),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for MentionPrevious {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for MentionPrevious {
    const NAME: &'static str = "MentionPrevious";
    const FIELDS: &'static [&'static str] = &["kind", "state"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut kind = None;
        let mut state = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut kind, field),
                1 => runtime::read_field(&mut map, &mut state, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            kind: kind.unwrap_or_default(),
            state: state.unwrap_or_else(defaults::mention_previous_state),
        })
    }
}
impl MentionPrevious {
    ///`MentionPrevious` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            kind: Default::default(),
            state: defaults::mention_previous_state(),
        }
    }
}
impl ::std::default::Default for MentionPrevious {
    fn default() -> Self {
        Self {
            kind: Default::default(),
            state: defaults::mention_previous_state(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MentionSubject {
    pub kind: ::std::option::Option<CommitKind>,
    ///Whether the subject is still open.
    pub state: State,
}
impl ::serde::Serialize for MentionSubject {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "MentionSubject",
            &[
                runtime::Entry::unless_none("kind", &self.kind),
                runtime::Entry::new("state", &self.state),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for MentionSubject {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for MentionSubject {
    const NAME: &'static str = "MentionSubject";
    const FIELDS: &'static [&'static str] = &["kind", "state"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut kind = None;
        let mut state = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut kind, field),
                1 => runtime::read_field(&mut map, &mut state, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            kind: kind.unwrap_or_default(),
            state: state.unwrap_or_else(defaults::mention_subject_state),
        })
    }
}
impl MentionSubject {
    ///`MentionSubject` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            kind: Default::default(),
            state: defaults::mention_subject_state(),
        }
    }
}
impl ::std::default::Default for MentionSubject {
    fn default() -> Self {
        Self {
            kind: Default::default(),
            state: defaults::mention_subject_state(),
        }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct NullableGitUser(pub ::std::option::Option<NullableGitUserValue>);
impl ::std::ops::Deref for NullableGitUser {
    type Target = ::std::option::Option<NullableGitUserValue>;
    fn deref(&self) -> &::std::option::Option<NullableGitUserValue> {
        &self.0
    }
}
impl ::std::convert::From<NullableGitUser>
for ::std::option::Option<NullableGitUserValue> {
    fn from(value: NullableGitUser) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<NullableGitUserValue>>
for NullableGitUser {
    fn from(value: ::std::option::Option<NullableGitUserValue>) -> Self {
        Self(value)
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NullableGitUserValue {
    pub email: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for NullableGitUserValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "NullableGitUserValue",
            &[
                runtime::Entry::unless_none("email", &self.email),
                runtime::Entry::unless_none("name", &self.name),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for NullableGitUserValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for NullableGitUserValue {
    const NAME: &'static str = "NullableGitUserValue";
    const FIELDS: &'static [&'static str] = &["email", "name"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut email = None;
        let mut name = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut email, field),
                1 => runtime::read_field(&mut map, &mut name, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            email: email.unwrap_or_default(),
            name: name.unwrap_or_default(),
        })
    }
}
impl NullableGitUserValue {
    ///`NullableGitUserValue` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            email: Default::default(),
            name: Default::default(),
        }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct PayFrequency(pub ::std::option::Option<PayFrequencyValue>);
impl ::std::ops::Deref for PayFrequency {
    type Target = ::std::option::Option<PayFrequencyValue>;
    fn deref(&self) -> &::std::option::Option<PayFrequencyValue> {
        &self.0
    }
}
impl ::std::convert::From<PayFrequency> for ::std::option::Option<PayFrequencyValue> {
    fn from(value: PayFrequency) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<PayFrequencyValue>> for PayFrequency {
    fn from(value: ::std::option::Option<PayFrequencyValue>) -> Self {
        Self(value)
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum PayFrequencyValue {
    Monthly,
    Weekly,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for PayFrequencyValue {
    const NAME: &'static str = "PayFrequencyValue";
    const STRINGS: &'static [&'static str] = &["monthly", "weekly"];
    const VARIANTS: &'static [Self] = &[Self::Monthly, Self::Weekly];
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
impl ::serde::Serialize for PayFrequencyValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for PayFrequencyValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for PayFrequencyValue {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for PayFrequencyValue {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for PayFrequencyValue {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PayFrequencyValue {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Payment {
    pub invoice: ::std::option::Option<::std::string::String>,
    pub reference: ::std::option::Option<::std::string::String>,
    pub schedule: ::std::option::Option<PaymentSchedule>,
    pub source: ::std::option::Option<PaymentSource>,
}
impl ::serde::Serialize for Payment {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Payment",
            &[
                runtime::Entry::unless_none("invoice", &self.invoice),
                runtime::Entry::unless_none("reference", &self.reference),
                runtime::Entry::unless_none("schedule", &self.schedule),
                runtime::Entry::unless_none("source", &self.source),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Payment {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Payment {
    const NAME: &'static str = "Payment";
    const FIELDS: &'static [&'static str] = &[
        "invoice",
        "reference",
        "schedule",
        "source",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut invoice = None;
        let mut reference = None;
        let mut schedule = None;
        let mut source = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut invoice, field),
                1 => runtime::read_field(&mut map, &mut reference, field),
                2 => runtime::read_field(&mut map, &mut schedule, field),
                3 => runtime::read_field(&mut map, &mut source, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            invoice: invoice.unwrap_or_default(),
            reference: reference.unwrap_or_default(),
            schedule: schedule.unwrap_or_default(),
            source: source.unwrap_or_default(),
        })
    }
}
impl Payment {
    ///`Payment` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            invoice: Default::default(),
            reference: Default::default(),
            schedule: Default::default(),
            source: Default::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PaymentSchedule {
    pub interval: ::std::string::String,
}
impl ::serde::Serialize for PaymentSchedule {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "PaymentSchedule",
            &[runtime::Entry::new("interval", &self.interval)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for PaymentSchedule {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for PaymentSchedule {
    const NAME: &'static str = "PaymentSchedule";
    const FIELDS: &'static [&'static str] = &["interval"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut interval = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut interval, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let interval = runtime::take(&map, runtime::given(interval, "interval"))?;
        Ok(Self { interval })
    }
}
impl PaymentSchedule {
    ///`PaymentSchedule` of its required fields; the others are left at their defaults.
    pub fn new(interval: ::std::string::String) -> Self {
        Self { interval }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged, deny_unknown_fields)]
#[non_exhaustive]
pub enum PaymentSource {
    Card {
        number: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        object: ::std::option::Option<CardObject>,
    },
    BankAccount {
        iban: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        object: ::std::option::Option<BankAccountObject>,
    },
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PingBeta {
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_0: ::std::option::Option<::std::string::String>,
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_1: ::std::option::Option<PingBetaSubtype1>,
}
impl PingBeta {
    ///`PingBeta` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            subtype_0: Default::default(),
            subtype_1: Default::default(),
        }
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum PingBetaSubtype1 {
    AssistantsV2,
}
impl runtime::StrEnum for PingBetaSubtype1 {
    const NAME: &'static str = "PingBetaSubtype1";
    const STRINGS: &'static [&'static str] = &["assistants=v2"];
    const VARIANTS: &'static [Self] = &[Self::AssistantsV2];
}
impl ::serde::Serialize for PingBetaSubtype1 {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for PingBetaSubtype1 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for PingBetaSubtype1 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for PingBetaSubtype1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for PingBetaSubtype1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for PingBetaSubtype1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    pub message: ::std::string::String,
}
impl ::serde::Serialize for Problem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Problem",
            &[runtime::Entry::new("message", &self.message)],
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
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut message, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let message = runtime::take(&map, runtime::given(message, "message"))?;
        Ok(Self { message })
    }
}
impl Problem {
    ///`Problem` of its required fields; the others are left at their defaults.
    pub fn new(message: ::std::string::String) -> Self {
        Self { message }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Refusal {
    pub at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub problems: ::std::vec::Vec<RefusalProblemsItem>,
    pub retries: ::std::option::Option<::std::num::NonZeroU64>,
    pub severity: RefusalSeverity,
    pub status: i64,
}
impl ::serde::Serialize for Refusal {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Refusal",
            &[
                runtime::Entry::new("at", &self.at),
                runtime::Entry::new("problems", &self.problems),
                runtime::Entry::unless_none("retries", &self.retries),
                runtime::Entry::new("severity", &self.severity),
                runtime::Entry::new("status", &self.status),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Refusal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Refusal {
    const NAME: &'static str = "Refusal";
    const FIELDS: &'static [&'static str] = &[
        "at",
        "problems",
        "retries",
        "severity",
        "status",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut at = None;
        let mut problems = None;
        let mut retries = None;
        let mut severity = None;
        let mut status = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut at, field),
                1 => runtime::read_field(&mut map, &mut problems, field),
                2 => runtime::read_field(&mut map, &mut retries, field),
                3 => runtime::read_field(&mut map, &mut severity, field),
                4 => runtime::read_field(&mut map, &mut status, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (at, problems, severity, status) = runtime::take(
            &map,
            (
                runtime::given(at, "at"),
                runtime::given(problems, "problems"),
                runtime::given(severity, "severity"),
                runtime::given(status, "status"),
            ),
        )?;
        Ok(Self {
            at,
            problems,
            retries: retries.unwrap_or_default(),
            severity,
            status,
        })
    }
}
impl Refusal {
    ///`Refusal` of its required fields; the others are left at their defaults.
    pub fn new(
        at: ::chrono::DateTime<::chrono::offset::Utc>,
        problems: ::std::vec::Vec<RefusalProblemsItem>,
        severity: RefusalSeverity,
        status: i64,
    ) -> Self {
        Self {
            at,
            problems,
            retries: Default::default(),
            severity,
            status,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RefusalProblemsItem {
    pub loc: ::std::vec::Vec<RefusalProblemsItemLocItem>,
    pub msg: ::std::string::String,
}
impl ::serde::Serialize for RefusalProblemsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "RefusalProblemsItem",
            &[
                runtime::Entry::new("loc", &self.loc),
                runtime::Entry::new("msg", &self.msg),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RefusalProblemsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for RefusalProblemsItem {
    const NAME: &'static str = "RefusalProblemsItem";
    const FIELDS: &'static [&'static str] = &["loc", "msg"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut loc = None;
        let mut msg = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut loc, field),
                1 => runtime::read_field(&mut map, &mut msg, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (loc, msg) = runtime::take(
            &map,
            (runtime::given(loc, "loc"), runtime::given(msg, "msg")),
        )?;
        Ok(Self { loc, msg })
    }
}
impl RefusalProblemsItem {
    ///`RefusalProblemsItem` of its required fields; the others are left at their defaults.
    pub fn new(
        loc: ::std::vec::Vec<RefusalProblemsItemLocItem>,
        msg: ::std::string::String,
    ) -> Self {
        Self { loc, msg }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RefusalProblemsItemLocItem {
    String(::std::string::String),
    Integer(i64),
}
impl ::std::fmt::Display for RefusalProblemsItemLocItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::String(x) => x.fmt(f),
            Self::Integer(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<i64> for RefusalProblemsItemLocItem {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum RefusalSeverity {
    Error,
    Fatal,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for RefusalSeverity {
    const NAME: &'static str = "RefusalSeverity";
    const STRINGS: &'static [&'static str] = &["error", "fatal"];
    const VARIANTS: &'static [Self] = &[Self::Error, Self::Fatal];
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
impl ::serde::Serialize for RefusalSeverity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for RefusalSeverity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for RefusalSeverity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for RefusalSeverity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for RefusalSeverity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for RefusalSeverity {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Ruleset {
    pub conditions: ::std::option::Option<Conditions>,
}
impl ::serde::Serialize for Ruleset {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Ruleset",
            &[runtime::Entry::unless_none("conditions", &self.conditions)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Ruleset {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Ruleset {
    const NAME: &'static str = "Ruleset";
    const FIELDS: &'static [&'static str] = &["conditions"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut conditions = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut conditions, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            conditions: conditions.unwrap_or_default(),
        })
    }
}
impl Ruleset {
    ///`Ruleset` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            conditions: Default::default(),
        }
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RulesetConditions {
    pub ref_name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for RulesetConditions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "RulesetConditions",
            &[runtime::Entry::unless_none("ref_name", &self.ref_name)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RulesetConditions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for RulesetConditions {
    const NAME: &'static str = "RulesetConditions";
    const FIELDS: &'static [&'static str] = &["ref_name"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut ref_name = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut ref_name, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            ref_name: ref_name.unwrap_or_default(),
        })
    }
}
impl RulesetConditions {
    ///`RulesetConditions` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            ref_name: Default::default(),
        }
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct RulesetReference(pub Conditions);
impl ::std::ops::Deref for RulesetReference {
    type Target = Conditions;
    fn deref(&self) -> &Conditions {
        &self.0
    }
}
impl ::std::convert::From<RulesetReference> for Conditions {
    fn from(value: RulesetReference) -> Self {
        value.0
    }
}
impl ::std::convert::From<Conditions> for RulesetReference {
    fn from(value: Conditions) -> Self {
        Self(value)
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Schedule(pub ::std::option::Option<ScheduleValue>);
impl ::std::ops::Deref for Schedule {
    type Target = ::std::option::Option<ScheduleValue>;
    fn deref(&self) -> &::std::option::Option<ScheduleValue> {
        &self.0
    }
}
impl ::std::convert::From<Schedule> for ::std::option::Option<ScheduleValue> {
    fn from(value: Schedule) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<ScheduleValue>> for Schedule {
    fn from(value: ::std::option::Option<ScheduleValue>) -> Self {
        Self(value)
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ScheduleValue {
    pub interval: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for ScheduleValue {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ScheduleValue",
            &[runtime::Entry::unless_none("interval", &self.interval)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ScheduleValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ScheduleValue {
    const NAME: &'static str = "ScheduleValue";
    const FIELDS: &'static [&'static str] = &["interval"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut interval = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut interval, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            interval: interval.unwrap_or_default(),
        })
    }
}
impl ScheduleValue {
    ///`ScheduleValue` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            interval: Default::default(),
        }
    }
}
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum State {
    Open,
    Closed,
    /// A value this version of the spec does not list, kept as it was read.
    Unknown(runtime::UnknownValue),
}
impl runtime::StrEnum for State {
    const NAME: &'static str = "State";
    const STRINGS: &'static [&'static str] = &["open", "closed"];
    const VARIANTS: &'static [Self] = &[Self::Open, Self::Closed];
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
impl ::serde::Serialize for State {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for State {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for State {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for State {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for State {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for State {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for State {
    fn default() -> Self {
        State::Open
    }
}
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct String2 {
    pub text: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for String2 {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "String2",
            &[runtime::Entry::unless_none("text", &self.text)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for String2 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for String2 {
    const NAME: &'static str = "String2";
    const FIELDS: &'static [&'static str] = &["text"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut text = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut text, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            text: text.unwrap_or_default(),
        })
    }
}
impl String2 {
    ///`String2` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self { text: Default::default() }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Subscription {
    pub quality: ::std::option::Option<SubscriptionQuality>,
    pub retries: ::std::option::Option<u64>,
    pub seed: ::std::option::Option<i64>,
    pub size: ::std::option::Option<SubscriptionSize>,
    pub url: ::std::string::String,
}
impl ::serde::Serialize for Subscription {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "Subscription",
            &[
                runtime::Entry::unless_none("quality", &self.quality),
                runtime::Entry::unless_none("retries", &self.retries),
                runtime::Entry::unless_none("seed", &self.seed),
                runtime::Entry::unless_none("size", &self.size),
                runtime::Entry::new("url", &self.url),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Subscription {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for Subscription {
    const NAME: &'static str = "Subscription";
    const FIELDS: &'static [&'static str] = &[
        "quality",
        "retries",
        "seed",
        "size",
        "url",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut quality = None;
        let mut retries = None;
        let mut seed = None;
        let mut size = None;
        let mut url = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut quality, field),
                1 => runtime::read_field(&mut map, &mut retries, field),
                2 => runtime::read_field(&mut map, &mut seed, field),
                3 => runtime::read_field(&mut map, &mut size, field),
                4 => runtime::read_field(&mut map, &mut url, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let url = runtime::take(&map, runtime::given(url, "url"))?;
        Ok(Self {
            quality: quality.unwrap_or_default(),
            retries: retries.unwrap_or_default(),
            seed: seed.unwrap_or_default(),
            size: size.unwrap_or_default(),
            url,
        })
    }
}
impl Subscription {
    ///`Subscription` of its required fields; the others are left at their defaults.
    pub fn new(url: ::std::string::String) -> Self {
        Self {
            quality: Default::default(),
            retries: Default::default(),
            seed: Default::default(),
            size: Default::default(),
            url,
        }
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum SubscriptionQuality {
    Low,
    High,
}
impl runtime::StrEnum for SubscriptionQuality {
    const NAME: &'static str = "SubscriptionQuality";
    const STRINGS: &'static [&'static str] = &["low", "high"];
    const VARIANTS: &'static [Self] = &[Self::Low, Self::High];
}
impl ::serde::Serialize for SubscriptionQuality {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for SubscriptionQuality {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for SubscriptionQuality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for SubscriptionQuality {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for SubscriptionQuality {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SubscriptionQuality {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubscriptionSize {
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_0: ::std::option::Option<::std::string::String>,
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_1: ::std::option::Option<SubscriptionSizeSubtype1>,
}
impl SubscriptionSize {
    ///`SubscriptionSize` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self {
            subtype_0: Default::default(),
            subtype_1: Default::default(),
        }
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum SubscriptionSizeSubtype1 {
    Small,
    Large,
}
impl runtime::StrEnum for SubscriptionSizeSubtype1 {
    const NAME: &'static str = "SubscriptionSizeSubtype1";
    const STRINGS: &'static [&'static str] = &["small", "large"];
    const VARIANTS: &'static [Self] = &[Self::Small, Self::Large];
}
impl ::serde::Serialize for SubscriptionSizeSubtype1 {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for SubscriptionSizeSubtype1 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for SubscriptionSizeSubtype1 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for SubscriptionSizeSubtype1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for SubscriptionSizeSubtype1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SubscriptionSizeSubtype1 {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn mention_previous_state() -> super::State {
        super::State::Open
    }
    pub(super) fn mention_subject_state() -> super::State {
        super::State::Open
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
