// @generated from specs/shapes.yaml (sha256 69264fc6712285a9f209fce48eee43446ad22019c8e2112483f47f9de8e143f9).
// Do not edit: change the spec, then run `cargo xtask codegen`.

///`Account`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Account {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pay_frequency: ::std::option::Option<PayFrequency>,
    pub sid: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<AccountStatus3>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status_history: ::std::option::Option<AccountStatus2>,
    #[serde(default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
    pub subresource_uris: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<AccountVersion>,
}
impl Account {
    pub fn builder() -> builder::Account {
        Default::default()
    }
}
///`AccountStatus`
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
pub enum AccountStatus {
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "closed")]
    Closed,
}
impl ::std::fmt::Display for AccountStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Open => f.write_str("open"),
            Self::Closed => f.write_str("closed"),
        }
    }
}
impl ::std::str::FromStr for AccountStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "open" => Ok(Self::Open),
            "closed" => Ok(Self::Closed),
            _ => Err("invalid value".into()),
        }
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
///`AccountStatus2`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AccountStatus2 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub since: ::std::option::Option<::std::string::String>,
}
impl AccountStatus2 {
    pub fn builder() -> builder::AccountStatus2 {
        Default::default()
    }
}
///`AccountStatus3`
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
pub enum AccountStatus3 {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "suspended")]
    Suspended,
}
impl ::std::fmt::Display for AccountStatus3 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Active => f.write_str("active"),
            Self::Suspended => f.write_str("suspended"),
        }
    }
}
impl ::std::str::FromStr for AccountStatus3 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "active" => Ok(Self::Active),
            "suspended" => Ok(Self::Suspended),
            _ => Err("invalid value".into()),
        }
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
///`AccountVersion`
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
pub enum AccountVersion {
    #[serde(rename = "4.1")]
    X41,
    #[serde(rename = "4")]
    X4,
    #[serde(rename = "3")]
    X3,
}
impl ::std::fmt::Display for AccountVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X41 => f.write_str("4.1"),
            Self::X4 => f.write_str("4"),
            Self::X3 => f.write_str("3"),
        }
    }
}
impl ::std::str::FromStr for AccountVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "4.1" => Ok(Self::X41),
            "4" => Ok(Self::X4),
            "3" => Ok(Self::X3),
            _ => Err("invalid value".into()),
        }
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
///`BankAccountObject`
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
pub enum BankAccountObject {
    #[serde(rename = "bank_account")]
    BankAccount,
}
impl ::std::fmt::Display for BankAccountObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::BankAccount => f.write_str("bank_account"),
        }
    }
}
impl ::std::str::FromStr for BankAccountObject {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "bank_account" => Ok(Self::BankAccount),
            _ => Err("invalid value".into()),
        }
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
///`Batch`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Batch {
    #[serde(rename = "fooBar", skip_serializing_if = "::std::option::Option::is_none")]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mixed: ::std::option::Option<BatchMixed>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl Batch {
    pub fn builder() -> builder::Batch {
        Default::default()
    }
}
///`BatchMixed`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
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
///`BatchMixedInteger`
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
///`BatchMixedString`
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
pub enum BatchMixedString {
    #[serde(rename = "auto")]
    Auto,
}
impl ::std::fmt::Display for BatchMixedString {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Auto => f.write_str("auto"),
        }
    }
}
impl ::std::str::FromStr for BatchMixedString {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "auto" => Ok(Self::Auto),
            _ => Err("invalid value".into()),
        }
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
///`CardObject`
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
pub enum CardObject {
    #[serde(rename = "card")]
    Card,
}
impl ::std::fmt::Display for CardObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Card => f.write_str("card"),
        }
    }
}
impl ::std::str::FromStr for CardObject {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "card" => Ok(Self::Card),
            _ => Err("invalid value".into()),
        }
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
///`Commit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Commit {
    pub author: NullableGitUser,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub committer: ::std::option::Option<GitUser>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub flag: ::std::option::Option<Flag>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<CommitKind>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<CommitLabels>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reaction: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
}
impl Commit {
    pub fn builder() -> builder::Commit {
        Default::default()
    }
}
///`CommitKind`
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
pub enum CommitKind {
    #[serde(rename = "issue")]
    Issue,
    #[serde(rename = "pull")]
    Pull,
}
impl ::std::fmt::Display for CommitKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Issue => f.write_str("issue"),
            Self::Pull => f.write_str("pull"),
        }
    }
}
impl ::std::str::FromStr for CommitKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "issue" => Ok(Self::Issue),
            "pull" => Ok(Self::Pull),
            _ => Err("invalid value".into()),
        }
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
///`CommitLabels`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum CommitLabels {
    String(::std::string::String),
    Array(::std::vec::Vec<::std::string::String>),
}
impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for CommitLabels {
    fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
        Self::Array(value)
    }
}
///`Conditions`
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
///`ConditionsValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ConditionsValue {
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_0: ::std::option::Option<RulesetConditions>,
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_1: ::std::option::Option<GitUser>,
}
impl ConditionsValue {
    pub fn builder() -> builder::ConditionsValue {
        Default::default()
    }
}
///`CreateTokenBody`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateTokenBody {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub ids: ::std::vec::Vec<i64>,
    #[serde(default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
    pub metadata: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    pub number: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
}
impl CreateTokenBody {
    pub fn builder() -> builder::CreateTokenBody {
        Default::default()
    }
}
///`Flag`
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
///`FlagValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
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
///`GitUser`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct GitUser {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl GitUser {
    pub fn builder() -> builder::GitUser {
        Default::default()
    }
}
///`Kind`
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
pub enum Kind {
    #[serde(rename = "issue")]
    Issue,
    #[serde(rename = "pull")]
    Pull,
    #[serde(rename = "discussion")]
    Discussion,
}
impl ::std::fmt::Display for Kind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Issue => f.write_str("issue"),
            Self::Pull => f.write_str("pull"),
            Self::Discussion => f.write_str("discussion"),
        }
    }
}
impl ::std::str::FromStr for Kind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "issue" => Ok(Self::Issue),
            "pull" => Ok(Self::Pull),
            "discussion" => Ok(Self::Discussion),
            _ => Err("invalid value".into()),
        }
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
///`LimitedRefusal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LimitedRefusal {
    pub message: LimitedRefusalMessage,
}
impl LimitedRefusal {
    pub fn builder() -> builder::LimitedRefusal {
        Default::default()
    }
}
///`LimitedRefusalMessage`
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
///`ListChargesAmount`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ListChargesAmount {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
}
impl ListChargesAmount {
    pub fn builder() -> builder::ListChargesAmount {
        Default::default()
    }
}
///`ListChargesCreated`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ListChargesCreated {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gt: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lt: ::std::option::Option<i64>,
}
impl ListChargesCreated {
    pub fn builder() -> builder::ListChargesCreated {
        Default::default()
    }
}
///`ListChargesMetadata`
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
///`ListChargesWindow`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ListChargesWindow {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<i64>,
}
impl ListChargesWindow {
    pub fn builder() -> builder::ListChargesWindow {
        Default::default()
    }
}
///`NullableGitUser`
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
///`NullableGitUserValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct NullableGitUserValue {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl NullableGitUserValue {
    pub fn builder() -> builder::NullableGitUserValue {
        Default::default()
    }
}
///`PayFrequency`
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
///`PayFrequencyValue`
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
pub enum PayFrequencyValue {
    #[serde(rename = "monthly")]
    Monthly,
    #[serde(rename = "weekly")]
    Weekly,
}
impl ::std::fmt::Display for PayFrequencyValue {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Monthly => f.write_str("monthly"),
            Self::Weekly => f.write_str("weekly"),
        }
    }
}
impl ::std::str::FromStr for PayFrequencyValue {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "monthly" => Ok(Self::Monthly),
            "weekly" => Ok(Self::Weekly),
            _ => Err("invalid value".into()),
        }
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
///`Payment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Payment {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invoice: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reference: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule: ::std::option::Option<PaymentSchedule>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<PaymentSource>,
}
impl Payment {
    pub fn builder() -> builder::Payment {
        Default::default()
    }
}
///`PaymentSchedule`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentSchedule {
    pub interval: ::std::string::String,
}
impl PaymentSchedule {
    pub fn builder() -> builder::PaymentSchedule {
        Default::default()
    }
}
///`PaymentSource`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged, deny_unknown_fields)]
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
///`PingBeta`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PingBeta {
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_0: ::std::option::Option<::std::string::String>,
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_1: ::std::option::Option<PingBetaSubtype1>,
}
impl PingBeta {
    pub fn builder() -> builder::PingBeta {
        Default::default()
    }
}
///`PingBetaSubtype1`
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
pub enum PingBetaSubtype1 {
    #[serde(rename = "assistants=v2")]
    AssistantsV2,
}
impl ::std::fmt::Display for PingBetaSubtype1 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AssistantsV2 => f.write_str("assistants=v2"),
        }
    }
}
impl ::std::str::FromStr for PingBetaSubtype1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "assistants=v2" => Ok(Self::AssistantsV2),
            _ => Err("invalid value".into()),
        }
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
///`Problem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Problem {
    pub message: ::std::string::String,
}
impl Problem {
    pub fn builder() -> builder::Problem {
        Default::default()
    }
}
///`Refusal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Refusal {
    pub at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub problems: ::std::vec::Vec<RefusalProblemsItem>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub retries: ::std::option::Option<::std::num::NonZeroU64>,
    pub severity: RefusalSeverity,
    pub status: i64,
}
impl Refusal {
    pub fn builder() -> builder::Refusal {
        Default::default()
    }
}
///`RefusalProblemsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RefusalProblemsItem {
    pub loc: ::std::vec::Vec<RefusalProblemsItemLocItem>,
    pub msg: ::std::string::String,
}
impl RefusalProblemsItem {
    pub fn builder() -> builder::RefusalProblemsItem {
        Default::default()
    }
}
///`RefusalProblemsItemLocItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
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
///`RefusalSeverity`
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
pub enum RefusalSeverity {
    #[serde(rename = "error")]
    Error,
    #[serde(rename = "fatal")]
    Fatal,
}
impl ::std::fmt::Display for RefusalSeverity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Error => f.write_str("error"),
            Self::Fatal => f.write_str("fatal"),
        }
    }
}
impl ::std::str::FromStr for RefusalSeverity {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "error" => Ok(Self::Error),
            "fatal" => Ok(Self::Fatal),
            _ => Err("invalid value".into()),
        }
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
///`Ruleset`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Ruleset {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub conditions: ::std::option::Option<Conditions>,
}
impl Ruleset {
    pub fn builder() -> builder::Ruleset {
        Default::default()
    }
}
///`RulesetConditions`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RulesetConditions {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ref_name: ::std::option::Option<::std::string::String>,
}
impl RulesetConditions {
    pub fn builder() -> builder::RulesetConditions {
        Default::default()
    }
}
///`RulesetReference`
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
///`Schedule`
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
///`ScheduleValue`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ScheduleValue {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interval: ::std::option::Option<::std::string::String>,
}
impl ScheduleValue {
    pub fn builder() -> builder::ScheduleValue {
        Default::default()
    }
}
///`String2`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct String2 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
}
impl String2 {
    pub fn builder() -> builder::String2 {
        Default::default()
    }
}
///`Subscription`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Subscription {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quality: ::std::option::Option<SubscriptionQuality>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub retries: ::std::option::Option<u64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub seed: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<SubscriptionSize>,
    pub url: ::std::string::String,
}
impl Subscription {
    pub fn builder() -> builder::Subscription {
        Default::default()
    }
}
///`SubscriptionQuality`
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
pub enum SubscriptionQuality {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "high")]
    High,
}
impl ::std::fmt::Display for SubscriptionQuality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Low => f.write_str("low"),
            Self::High => f.write_str("high"),
        }
    }
}
impl ::std::str::FromStr for SubscriptionQuality {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "low" => Ok(Self::Low),
            "high" => Ok(Self::High),
            _ => Err("invalid value".into()),
        }
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
///`SubscriptionSize`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SubscriptionSize {
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_0: ::std::option::Option<::std::string::String>,
    #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
    pub subtype_1: ::std::option::Option<SubscriptionSizeSubtype1>,
}
impl SubscriptionSize {
    pub fn builder() -> builder::SubscriptionSize {
        Default::default()
    }
}
///`SubscriptionSizeSubtype1`
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
pub enum SubscriptionSizeSubtype1 {
    #[serde(rename = "small")]
    Small,
    #[serde(rename = "large")]
    Large,
}
impl ::std::fmt::Display for SubscriptionSizeSubtype1 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Small => f.write_str("small"),
            Self::Large => f.write_str("large"),
        }
    }
}
impl ::std::str::FromStr for SubscriptionSizeSubtype1 {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "small" => Ok(Self::Small),
            "large" => Ok(Self::Large),
            _ => Err("invalid value".into()),
        }
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
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct Account {
        pay_frequency: ::std::result::Result<
            ::std::option::Option<super::PayFrequency>,
            ::std::string::String,
        >,
        sid: ::std::result::Result<::std::string::String, ::std::string::String>,
        status: ::std::result::Result<
            ::std::option::Option<super::AccountStatus3>,
            ::std::string::String,
        >,
        status_history: ::std::result::Result<
            ::std::option::Option<super::AccountStatus2>,
            ::std::string::String,
        >,
        subresource_uris: ::std::result::Result<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            ::std::string::String,
        >,
        version: ::std::result::Result<
            ::std::option::Option<super::AccountVersion>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Account {
        fn default() -> Self {
            Self {
                pay_frequency: Ok(Default::default()),
                sid: Err("no value supplied for sid".to_string()),
                status: Ok(Default::default()),
                status_history: Ok(Default::default()),
                subresource_uris: Ok(Default::default()),
                version: Ok(Default::default()),
            }
        }
    }
    impl Account {
        pub fn pay_frequency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PayFrequency>>,
            T::Error: ::std::fmt::Display,
        {
            self.pay_frequency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for pay_frequency: {e}")
                });
            self
        }
        pub fn sid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.sid = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for sid: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AccountStatus3>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn status_history<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AccountStatus2>>,
            T::Error: ::std::fmt::Display,
        {
            self.status_history = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for status_history: {e}")
                });
            self
        }
        pub fn subresource_uris<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.subresource_uris = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subresource_uris: {e}")
                });
            self
        }
        pub fn version<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::AccountVersion>>,
            T::Error: ::std::fmt::Display,
        {
            self.version = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for version: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Account> for super::Account {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Account,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                pay_frequency: value.pay_frequency?,
                sid: value.sid?,
                status: value.status?,
                status_history: value.status_history?,
                subresource_uris: value.subresource_uris?,
                version: value.version?,
            })
        }
    }
    impl ::std::convert::From<super::Account> for Account {
        fn from(value: super::Account) -> Self {
            Self {
                pay_frequency: Ok(value.pay_frequency),
                sid: Ok(value.sid),
                status: Ok(value.status),
                status_history: Ok(value.status_history),
                subresource_uris: Ok(value.subresource_uris),
                version: Ok(value.version),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct AccountStatus2 {
        since: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for AccountStatus2 {
        fn default() -> Self {
            Self {
                since: Ok(Default::default()),
            }
        }
    }
    impl AccountStatus2 {
        pub fn since<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.since = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for since: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<AccountStatus2> for super::AccountStatus2 {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AccountStatus2,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { since: value.since? })
        }
    }
    impl ::std::convert::From<super::AccountStatus2> for AccountStatus2 {
        fn from(value: super::AccountStatus2) -> Self {
            Self { since: Ok(value.since) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Batch {
        foo_bar: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        mixed: ::std::result::Result<
            ::std::option::Option<super::BatchMixed>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Batch {
        fn default() -> Self {
            Self {
                foo_bar: Ok(Default::default()),
                mixed: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }
    impl Batch {
        pub fn foo_bar<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.foo_bar = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for foo_bar: {e}")
                });
            self
        }
        pub fn mixed<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BatchMixed>>,
            T::Error: ::std::fmt::Display,
        {
            self.mixed = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for mixed: {e}"));
            self
        }
        pub fn extra<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extra = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for extra: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Batch> for super::Batch {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Batch,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                foo_bar: value.foo_bar?,
                mixed: value.mixed?,
                extra: value.extra?,
            })
        }
    }
    impl ::std::convert::From<super::Batch> for Batch {
        fn from(value: super::Batch) -> Self {
            Self {
                foo_bar: Ok(value.foo_bar),
                mixed: Ok(value.mixed),
                extra: Ok(value.extra),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Commit {
        author: ::std::result::Result<super::NullableGitUser, ::std::string::String>,
        committer: ::std::result::Result<
            ::std::option::Option<super::GitUser>,
            ::std::string::String,
        >,
        flag: ::std::result::Result<
            ::std::option::Option<super::Flag>,
            ::std::string::String,
        >,
        kind: ::std::result::Result<
            ::std::option::Option<super::CommitKind>,
            ::std::string::String,
        >,
        labels: ::std::result::Result<
            ::std::option::Option<super::CommitLabels>,
            ::std::string::String,
        >,
        reaction: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        timezone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Commit {
        fn default() -> Self {
            Self {
                author: Err("no value supplied for author".to_string()),
                committer: Ok(Default::default()),
                flag: Ok(Default::default()),
                kind: Ok(Default::default()),
                labels: Ok(Default::default()),
                reaction: Ok(Default::default()),
                timezone: Ok(Default::default()),
            }
        }
    }
    impl Commit {
        pub fn author<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::NullableGitUser>,
            T::Error: ::std::fmt::Display,
        {
            self.author = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for author: {e}"));
            self
        }
        pub fn committer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::GitUser>>,
            T::Error: ::std::fmt::Display,
        {
            self.committer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for committer: {e}")
                });
            self
        }
        pub fn flag<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Flag>>,
            T::Error: ::std::fmt::Display,
        {
            self.flag = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for flag: {e}"));
            self
        }
        pub fn kind<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommitKind>>,
            T::Error: ::std::fmt::Display,
        {
            self.kind = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for kind: {e}"));
            self
        }
        pub fn labels<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CommitLabels>>,
            T::Error: ::std::fmt::Display,
        {
            self.labels = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for labels: {e}"));
            self
        }
        pub fn reaction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.reaction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reaction: {e}")
                });
            self
        }
        pub fn timezone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.timezone = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for timezone: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Commit> for super::Commit {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Commit,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                author: value.author?,
                committer: value.committer?,
                flag: value.flag?,
                kind: value.kind?,
                labels: value.labels?,
                reaction: value.reaction?,
                timezone: value.timezone?,
            })
        }
    }
    impl ::std::convert::From<super::Commit> for Commit {
        fn from(value: super::Commit) -> Self {
            Self {
                author: Ok(value.author),
                committer: Ok(value.committer),
                flag: Ok(value.flag),
                kind: Ok(value.kind),
                labels: Ok(value.labels),
                reaction: Ok(value.reaction),
                timezone: Ok(value.timezone),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ConditionsValue {
        subtype_0: ::std::result::Result<
            ::std::option::Option<super::RulesetConditions>,
            ::std::string::String,
        >,
        subtype_1: ::std::result::Result<
            ::std::option::Option<super::GitUser>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ConditionsValue {
        fn default() -> Self {
            Self {
                subtype_0: Ok(Default::default()),
                subtype_1: Ok(Default::default()),
            }
        }
    }
    impl ConditionsValue {
        pub fn subtype_0<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::RulesetConditions>>,
            T::Error: ::std::fmt::Display,
        {
            self.subtype_0 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subtype_0: {e}")
                });
            self
        }
        pub fn subtype_1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::GitUser>>,
            T::Error: ::std::fmt::Display,
        {
            self.subtype_1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subtype_1: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ConditionsValue> for super::ConditionsValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ConditionsValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                subtype_0: value.subtype_0?,
                subtype_1: value.subtype_1?,
            })
        }
    }
    impl ::std::convert::From<super::ConditionsValue> for ConditionsValue {
        fn from(value: super::ConditionsValue) -> Self {
            Self {
                subtype_0: Ok(value.subtype_0),
                subtype_1: Ok(value.subtype_1),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CreateTokenBody {
        ids: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
        metadata: ::std::result::Result<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        number: ::std::result::Result<::std::string::String, ::std::string::String>,
        tags: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CreateTokenBody {
        fn default() -> Self {
            Self {
                ids: Ok(Default::default()),
                metadata: Ok(Default::default()),
                note: Ok(Default::default()),
                number: Err("no value supplied for number".to_string()),
                tags: Ok(Default::default()),
            }
        }
    }
    impl CreateTokenBody {
        pub fn ids<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.ids = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for ids: {e}"));
            self
        }
        pub fn metadata<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.metadata = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for metadata: {e}")
                });
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.number = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for number: {e}"));
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
    }
    impl ::std::convert::TryFrom<CreateTokenBody> for super::CreateTokenBody {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateTokenBody,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                ids: value.ids?,
                metadata: value.metadata?,
                note: value.note?,
                number: value.number?,
                tags: value.tags?,
            })
        }
    }
    impl ::std::convert::From<super::CreateTokenBody> for CreateTokenBody {
        fn from(value: super::CreateTokenBody) -> Self {
            Self {
                ids: Ok(value.ids),
                metadata: Ok(value.metadata),
                note: Ok(value.note),
                number: Ok(value.number),
                tags: Ok(value.tags),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct GitUser {
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for GitUser {
        fn default() -> Self {
            Self {
                name: Ok(Default::default()),
            }
        }
    }
    impl GitUser {
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<GitUser> for super::GitUser {
        type Error = super::error::ConversionError;
        fn try_from(
            value: GitUser,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { name: value.name? })
        }
    }
    impl ::std::convert::From<super::GitUser> for GitUser {
        fn from(value: super::GitUser) -> Self {
            Self { name: Ok(value.name) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct LimitedRefusal {
        message: ::std::result::Result<
            super::LimitedRefusalMessage,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for LimitedRefusal {
        fn default() -> Self {
            Self {
                message: Err("no value supplied for message".to_string()),
            }
        }
    }
    impl LimitedRefusal {
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::LimitedRefusalMessage>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<LimitedRefusal> for super::LimitedRefusal {
        type Error = super::error::ConversionError;
        fn try_from(
            value: LimitedRefusal,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { message: value.message? })
        }
    }
    impl ::std::convert::From<super::LimitedRefusal> for LimitedRefusal {
        fn from(value: super::LimitedRefusal) -> Self {
            Self { message: Ok(value.message) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ListChargesAmount {
        max: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        min: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for ListChargesAmount {
        fn default() -> Self {
            Self {
                max: Ok(Default::default()),
                min: Ok(Default::default()),
            }
        }
    }
    impl ListChargesAmount {
        pub fn max<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.max = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for max: {e}"));
            self
        }
        pub fn min<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.min = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for min: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ListChargesAmount> for super::ListChargesAmount {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ListChargesAmount,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                max: value.max?,
                min: value.min?,
            })
        }
    }
    impl ::std::convert::From<super::ListChargesAmount> for ListChargesAmount {
        fn from(value: super::ListChargesAmount) -> Self {
            Self {
                max: Ok(value.max),
                min: Ok(value.min),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ListChargesCreated {
        gt: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        lt: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for ListChargesCreated {
        fn default() -> Self {
            Self {
                gt: Ok(Default::default()),
                lt: Ok(Default::default()),
            }
        }
    }
    impl ListChargesCreated {
        pub fn gt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.gt = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for gt: {e}"));
            self
        }
        pub fn lt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.lt = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for lt: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ListChargesCreated> for super::ListChargesCreated {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ListChargesCreated,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                gt: value.gt?,
                lt: value.lt?,
            })
        }
    }
    impl ::std::convert::From<super::ListChargesCreated> for ListChargesCreated {
        fn from(value: super::ListChargesCreated) -> Self {
            Self {
                gt: Ok(value.gt),
                lt: Ok(value.lt),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ListChargesWindow {
        from: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        to: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for ListChargesWindow {
        fn default() -> Self {
            Self {
                from: Ok(Default::default()),
                to: Ok(Default::default()),
            }
        }
    }
    impl ListChargesWindow {
        pub fn from<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.from = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for from: {e}"));
            self
        }
        pub fn to<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.to = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for to: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ListChargesWindow> for super::ListChargesWindow {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ListChargesWindow,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                from: value.from?,
                to: value.to?,
            })
        }
    }
    impl ::std::convert::From<super::ListChargesWindow> for ListChargesWindow {
        fn from(value: super::ListChargesWindow) -> Self {
            Self {
                from: Ok(value.from),
                to: Ok(value.to),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct NullableGitUserValue {
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for NullableGitUserValue {
        fn default() -> Self {
            Self {
                email: Ok(Default::default()),
                name: Ok(Default::default()),
            }
        }
    }
    impl NullableGitUserValue {
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<NullableGitUserValue> for super::NullableGitUserValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: NullableGitUserValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                email: value.email?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::NullableGitUserValue> for NullableGitUserValue {
        fn from(value: super::NullableGitUserValue) -> Self {
            Self {
                email: Ok(value.email),
                name: Ok(value.name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Payment {
        invoice: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        reference: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        schedule: ::std::result::Result<
            ::std::option::Option<super::PaymentSchedule>,
            ::std::string::String,
        >,
        source: ::std::result::Result<
            ::std::option::Option<super::PaymentSource>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Payment {
        fn default() -> Self {
            Self {
                invoice: Ok(Default::default()),
                reference: Ok(Default::default()),
                schedule: Ok(Default::default()),
                source: Ok(Default::default()),
            }
        }
    }
    impl Payment {
        pub fn invoice<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.invoice = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for invoice: {e}")
                });
            self
        }
        pub fn reference<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.reference = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reference: {e}")
                });
            self
        }
        pub fn schedule<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentSchedule>>,
            T::Error: ::std::fmt::Display,
        {
            self.schedule = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for schedule: {e}")
                });
            self
        }
        pub fn source<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PaymentSource>>,
            T::Error: ::std::fmt::Display,
        {
            self.source = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for source: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Payment> for super::Payment {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Payment,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                invoice: value.invoice?,
                reference: value.reference?,
                schedule: value.schedule?,
                source: value.source?,
            })
        }
    }
    impl ::std::convert::From<super::Payment> for Payment {
        fn from(value: super::Payment) -> Self {
            Self {
                invoice: Ok(value.invoice),
                reference: Ok(value.reference),
                schedule: Ok(value.schedule),
                source: Ok(value.source),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PaymentSchedule {
        interval: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for PaymentSchedule {
        fn default() -> Self {
            Self {
                interval: Err("no value supplied for interval".to_string()),
            }
        }
    }
    impl PaymentSchedule {
        pub fn interval<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.interval = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for interval: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PaymentSchedule> for super::PaymentSchedule {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PaymentSchedule,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { interval: value.interval? })
        }
    }
    impl ::std::convert::From<super::PaymentSchedule> for PaymentSchedule {
        fn from(value: super::PaymentSchedule) -> Self {
            Self {
                interval: Ok(value.interval),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct PingBeta {
        subtype_0: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        subtype_1: ::std::result::Result<
            ::std::option::Option<super::PingBetaSubtype1>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for PingBeta {
        fn default() -> Self {
            Self {
                subtype_0: Ok(Default::default()),
                subtype_1: Ok(Default::default()),
            }
        }
    }
    impl PingBeta {
        pub fn subtype_0<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.subtype_0 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subtype_0: {e}")
                });
            self
        }
        pub fn subtype_1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PingBetaSubtype1>>,
            T::Error: ::std::fmt::Display,
        {
            self.subtype_1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subtype_1: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<PingBeta> for super::PingBeta {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PingBeta,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                subtype_0: value.subtype_0?,
                subtype_1: value.subtype_1?,
            })
        }
    }
    impl ::std::convert::From<super::PingBeta> for PingBeta {
        fn from(value: super::PingBeta) -> Self {
            Self {
                subtype_0: Ok(value.subtype_0),
                subtype_1: Ok(value.subtype_1),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Problem {
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Problem {
        fn default() -> Self {
            Self {
                message: Err("no value supplied for message".to_string()),
            }
        }
    }
    impl Problem {
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
    }
    impl ::std::convert::TryFrom<Problem> for super::Problem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Problem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { message: value.message? })
        }
    }
    impl ::std::convert::From<super::Problem> for Problem {
        fn from(value: super::Problem) -> Self {
            Self { message: Ok(value.message) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Refusal {
        at: ::std::result::Result<
            ::chrono::DateTime<::chrono::offset::Utc>,
            ::std::string::String,
        >,
        problems: ::std::result::Result<
            ::std::vec::Vec<super::RefusalProblemsItem>,
            ::std::string::String,
        >,
        retries: ::std::result::Result<
            ::std::option::Option<::std::num::NonZeroU64>,
            ::std::string::String,
        >,
        severity: ::std::result::Result<super::RefusalSeverity, ::std::string::String>,
        status: ::std::result::Result<i64, ::std::string::String>,
    }
    impl ::std::default::Default for Refusal {
        fn default() -> Self {
            Self {
                at: Err("no value supplied for at".to_string()),
                problems: Err("no value supplied for problems".to_string()),
                retries: Ok(Default::default()),
                severity: Err("no value supplied for severity".to_string()),
                status: Err("no value supplied for status".to_string()),
            }
        }
    }
    impl Refusal {
        pub fn at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.at = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for at: {e}"));
            self
        }
        pub fn problems<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::RefusalProblemsItem>>,
            T::Error: ::std::fmt::Display,
        {
            self.problems = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for problems: {e}")
                });
            self
        }
        pub fn retries<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU64>>,
            T::Error: ::std::fmt::Display,
        {
            self.retries = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for retries: {e}")
                });
            self
        }
        pub fn severity<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::RefusalSeverity>,
            T::Error: ::std::fmt::Display,
        {
            self.severity = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for severity: {e}")
                });
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
    }
    impl ::std::convert::TryFrom<Refusal> for super::Refusal {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Refusal,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                at: value.at?,
                problems: value.problems?,
                retries: value.retries?,
                severity: value.severity?,
                status: value.status?,
            })
        }
    }
    impl ::std::convert::From<super::Refusal> for Refusal {
        fn from(value: super::Refusal) -> Self {
            Self {
                at: Ok(value.at),
                problems: Ok(value.problems),
                retries: Ok(value.retries),
                severity: Ok(value.severity),
                status: Ok(value.status),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct RefusalProblemsItem {
        loc: ::std::result::Result<
            ::std::vec::Vec<super::RefusalProblemsItemLocItem>,
            ::std::string::String,
        >,
        msg: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for RefusalProblemsItem {
        fn default() -> Self {
            Self {
                loc: Err("no value supplied for loc".to_string()),
                msg: Err("no value supplied for msg".to_string()),
            }
        }
    }
    impl RefusalProblemsItem {
        pub fn loc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::vec::Vec<super::RefusalProblemsItemLocItem>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.loc = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for loc: {e}"));
            self
        }
        pub fn msg<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.msg = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for msg: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<RefusalProblemsItem> for super::RefusalProblemsItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: RefusalProblemsItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                loc: value.loc?,
                msg: value.msg?,
            })
        }
    }
    impl ::std::convert::From<super::RefusalProblemsItem> for RefusalProblemsItem {
        fn from(value: super::RefusalProblemsItem) -> Self {
            Self {
                loc: Ok(value.loc),
                msg: Ok(value.msg),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Ruleset {
        conditions: ::std::result::Result<
            ::std::option::Option<super::Conditions>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Ruleset {
        fn default() -> Self {
            Self {
                conditions: Ok(Default::default()),
            }
        }
    }
    impl Ruleset {
        pub fn conditions<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Conditions>>,
            T::Error: ::std::fmt::Display,
        {
            self.conditions = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for conditions: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Ruleset> for super::Ruleset {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Ruleset,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                conditions: value.conditions?,
            })
        }
    }
    impl ::std::convert::From<super::Ruleset> for Ruleset {
        fn from(value: super::Ruleset) -> Self {
            Self {
                conditions: Ok(value.conditions),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct RulesetConditions {
        ref_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for RulesetConditions {
        fn default() -> Self {
            Self {
                ref_name: Ok(Default::default()),
            }
        }
    }
    impl RulesetConditions {
        pub fn ref_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.ref_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for ref_name: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<RulesetConditions> for super::RulesetConditions {
        type Error = super::error::ConversionError;
        fn try_from(
            value: RulesetConditions,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { ref_name: value.ref_name? })
        }
    }
    impl ::std::convert::From<super::RulesetConditions> for RulesetConditions {
        fn from(value: super::RulesetConditions) -> Self {
            Self {
                ref_name: Ok(value.ref_name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ScheduleValue {
        interval: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ScheduleValue {
        fn default() -> Self {
            Self {
                interval: Ok(Default::default()),
            }
        }
    }
    impl ScheduleValue {
        pub fn interval<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.interval = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for interval: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ScheduleValue> for super::ScheduleValue {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ScheduleValue,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { interval: value.interval? })
        }
    }
    impl ::std::convert::From<super::ScheduleValue> for ScheduleValue {
        fn from(value: super::ScheduleValue) -> Self {
            Self {
                interval: Ok(value.interval),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct String2 {
        text: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for String2 {
        fn default() -> Self {
            Self {
                text: Ok(Default::default()),
            }
        }
    }
    impl String2 {
        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for text: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<String2> for super::String2 {
        type Error = super::error::ConversionError;
        fn try_from(
            value: String2,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { text: value.text? })
        }
    }
    impl ::std::convert::From<super::String2> for String2 {
        fn from(value: super::String2) -> Self {
            Self { text: Ok(value.text) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Subscription {
        quality: ::std::result::Result<
            ::std::option::Option<super::SubscriptionQuality>,
            ::std::string::String,
        >,
        retries: ::std::result::Result<
            ::std::option::Option<u64>,
            ::std::string::String,
        >,
        seed: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        size: ::std::result::Result<
            ::std::option::Option<super::SubscriptionSize>,
            ::std::string::String,
        >,
        url: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Subscription {
        fn default() -> Self {
            Self {
                quality: Ok(Default::default()),
                retries: Ok(Default::default()),
                seed: Ok(Default::default()),
                size: Ok(Default::default()),
                url: Err("no value supplied for url".to_string()),
            }
        }
    }
    impl Subscription {
        pub fn quality<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::SubscriptionQuality>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.quality = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for quality: {e}")
                });
            self
        }
        pub fn retries<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<u64>>,
            T::Error: ::std::fmt::Display,
        {
            self.retries = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for retries: {e}")
                });
            self
        }
        pub fn seed<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.seed = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for seed: {e}"));
            self
        }
        pub fn size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::SubscriptionSize>>,
            T::Error: ::std::fmt::Display,
        {
            self.size = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for size: {e}"));
            self
        }
        pub fn url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.url = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for url: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Subscription> for super::Subscription {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Subscription,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                quality: value.quality?,
                retries: value.retries?,
                seed: value.seed?,
                size: value.size?,
                url: value.url?,
            })
        }
    }
    impl ::std::convert::From<super::Subscription> for Subscription {
        fn from(value: super::Subscription) -> Self {
            Self {
                quality: Ok(value.quality),
                retries: Ok(value.retries),
                seed: Ok(value.seed),
                size: Ok(value.size),
                url: Ok(value.url),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct SubscriptionSize {
        subtype_0: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        subtype_1: ::std::result::Result<
            ::std::option::Option<super::SubscriptionSizeSubtype1>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for SubscriptionSize {
        fn default() -> Self {
            Self {
                subtype_0: Ok(Default::default()),
                subtype_1: Ok(Default::default()),
            }
        }
    }
    impl SubscriptionSize {
        pub fn subtype_0<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.subtype_0 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subtype_0: {e}")
                });
            self
        }
        pub fn subtype_1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<super::SubscriptionSizeSubtype1>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.subtype_1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for subtype_1: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<SubscriptionSize> for super::SubscriptionSize {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SubscriptionSize,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                subtype_0: value.subtype_0?,
                subtype_1: value.subtype_1?,
            })
        }
    }
    impl ::std::convert::From<super::SubscriptionSize> for SubscriptionSize {
        fn from(value: super::SubscriptionSize) -> Self {
            Self {
                subtype_0: Ok(value.subtype_0),
                subtype_1: Ok(value.subtype_1),
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
