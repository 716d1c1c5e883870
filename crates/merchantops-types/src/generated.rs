// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

///Response containing a freshly-minted signed download URL for an export job.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExportDownloadUrlResponse {
    ///Signed URL to download the export file
    pub download_url: ::std::string::String,
    ///Seconds until the signed URL expires
    pub expires_in_seconds: i64,
    ///Suggested download filename
    pub filename: ::std::string::String,
}
impl ExportDownloadUrlResponse {
    ///`ExportDownloadUrlResponse` of its required fields; the others are left at their defaults.
    pub fn new(
        download_url: ::std::string::String,
        expires_in_seconds: i64,
        filename: ::std::string::String,
    ) -> Self {
        Self {
            download_url,
            expires_in_seconds,
            filename,
        }
    }
}
///`HttpValidationError`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct HttpValidationError {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub detail: ::std::vec::Vec<ValidationError>,
}
impl HttpValidationError {
    ///`HttpValidationError` of its required fields; the others are left at their defaults.
    pub fn new() -> Self {
        Self { detail: Default::default() }
    }
}
///`LocationItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum LocationItem {
    String(::std::string::String),
    Integer(i64),
}
impl ::std::fmt::Display for LocationItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::String(x) => x.fmt(f),
            Self::Integer(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<i64> for LocationItem {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
///`ValidationError`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ValidationError {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub ctx: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub input: ::std::option::Option<::serde_json::Value>,
    pub loc: ::std::vec::Vec<LocationItem>,
    pub msg: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl ValidationError {
    ///`ValidationError` of its required fields; the others are left at their defaults.
    pub fn new(
        loc: ::std::vec::Vec<LocationItem>,
        msg: ::std::string::String,
        type_: ::std::string::String,
    ) -> Self {
        Self {
            ctx: Default::default(),
            input: Default::default(),
            loc,
            msg,
            type_,
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
