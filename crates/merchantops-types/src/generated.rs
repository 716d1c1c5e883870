// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

use ::openapi_types_runtime as runtime;
///Response containing a freshly-minted signed download URL for an export job.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExportDownloadUrlResponse {
    ///Signed URL to download the export file
    pub download_url: ::std::string::String,
    ///Seconds until the signed URL expires
    pub expires_in_seconds: i64,
    ///Suggested download filename
    pub filename: ::std::string::String,
}
impl ::serde::Serialize for ExportDownloadUrlResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ExportDownloadUrlResponse",
            &[
                runtime::Entry::new("download_url", &self.download_url),
                runtime::Entry::new("expires_in_seconds", &self.expires_in_seconds),
                runtime::Entry::new("filename", &self.filename),
            ],
        )
    }
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
            match field.position {
                0 => runtime::read_field(&mut map, &mut download_url, field),
                1 => runtime::read_field(&mut map, &mut expires_in_seconds, field),
                2 => runtime::read_field(&mut map, &mut filename, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (download_url, expires_in_seconds, filename) = runtime::take(
            &map,
            (
                runtime::given(download_url, "download_url"),
                runtime::given(expires_in_seconds, "expires_in_seconds"),
                runtime::given(filename, "filename"),
            ),
        )?;
        Ok(Self {
            download_url,
            expires_in_seconds,
            filename,
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HttpValidationError {
    pub detail: ::std::vec::Vec<ValidationError>,
}
impl ::serde::Serialize for HttpValidationError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "HttpValidationError",
            &[runtime::Entry::unless_empty("detail", &self.detail)],
        )
    }
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
            match field.position {
                0 => runtime::read_field(&mut map, &mut detail, field),
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
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
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
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ValidationError {
    pub ctx: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub input: ::std::option::Option<::serde_json::Value>,
    pub loc: ::std::vec::Vec<LocationItem>,
    pub msg: ::std::string::String,
    pub type_: ::std::string::String,
}
impl ::serde::Serialize for ValidationError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ValidationError",
            &[
                runtime::Entry::unless(self.ctx.is_empty(), "ctx", &self.ctx),
                runtime::Entry::unless_none("input", &self.input),
                runtime::Entry::new("loc", &self.loc),
                runtime::Entry::new("msg", &self.msg),
                runtime::Entry::new("type", &self.type_),
            ],
        )
    }
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
            match field.position {
                0 => runtime::read_field(&mut map, &mut ctx, field),
                1 => runtime::read_field(&mut map, &mut input, field),
                2 => runtime::read_field(&mut map, &mut loc, field),
                3 => runtime::read_field(&mut map, &mut msg, field),
                4 => runtime::read_field(&mut map, &mut type_, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (loc, msg, type_) = runtime::take(
            &map,
            (
                runtime::given(loc, "loc"),
                runtime::given(msg, "msg"),
                runtime::given(type_, "type"),
            ),
        )?;
        Ok(Self {
            ctx: ctx.unwrap_or_default(),
            input: input.unwrap_or_default(),
            loc,
            msg,
            type_,
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
