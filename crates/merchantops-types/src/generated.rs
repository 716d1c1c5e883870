// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

use ::openapi_types_runtime as runtime;
///Response containing a freshly-minted signed download URL for an export job.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExportDownloadUrlResponse {
    ///Signed URL to download the export file
    pub download_url: ::std::string::String,
    ///Seconds until the signed URL expires
    pub expires_in_seconds: i64,
    ///Suggested download filename
    pub filename: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for ExportDownloadUrlResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ExportDownloadUrlResponse {
    const NAME: &'static str = "ExportDownloadUrlResponse";
    const FIELDS: &'static [&'static str] = &[
        "download_url",
        "expires_in_seconds",
        "filename",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut download_url = None;
        let mut expires_in_seconds = None;
        let mut filename = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field {
                0 => runtime::read_field(&mut map, &mut download_url, "download_url"),
                1 => {
                    runtime::read_field(
                        &mut map,
                        &mut expires_in_seconds,
                        "expires_in_seconds",
                    )
                }
                2 => runtime::read_field(&mut map, &mut filename, "filename"),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            download_url: runtime::given_or_absent(&map, download_url, "download_url")?,
            expires_in_seconds: runtime::given_or_absent(
                &map,
                expires_in_seconds,
                "expires_in_seconds",
            )?,
            filename: runtime::given_or_absent(&map, filename, "filename")?,
        })
    }
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
#[derive(::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct HttpValidationError {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub detail: ::std::vec::Vec<ValidationError>,
}
impl<'de> ::serde::Deserialize<'de> for HttpValidationError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for HttpValidationError {
    const NAME: &'static str = "HttpValidationError";
    const FIELDS: &'static [&'static str] = &["detail"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut detail = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field {
                0 => runtime::read_field(&mut map, &mut detail, "detail"),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            detail: detail.unwrap_or_default(),
        })
    }
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
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
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
impl<'de> ::serde::Deserialize<'de> for ValidationError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ValidationError {
    const NAME: &'static str = "ValidationError";
    const FIELDS: &'static [&'static str] = &["ctx", "input", "loc", "msg", "type"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut ctx = None;
        let mut input = None;
        let mut loc = None;
        let mut msg = None;
        let mut type_ = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field {
                0 => runtime::read_field(&mut map, &mut ctx, "ctx"),
                1 => runtime::read_field(&mut map, &mut input, "input"),
                2 => runtime::read_field(&mut map, &mut loc, "loc"),
                3 => runtime::read_field(&mut map, &mut msg, "msg"),
                4 => runtime::read_field(&mut map, &mut type_, "type"),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        Ok(Self {
            ctx: ctx.unwrap_or_default(),
            input: input.unwrap_or_default(),
            loc: runtime::given_or_absent(&map, loc, "loc")?,
            msg: runtime::given_or_absent(&map, msg, "msg")?,
            type_: runtime::given_or_absent(&map, type_, "type")?,
        })
    }
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
