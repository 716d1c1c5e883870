// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

use ::openapi_types_runtime as runtime;
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub error: ErrorResponseError,
    ///HTTP status code of operation
    pub http_status_code: i32,
    pub message: ::std::string::String,
    pub request_data: ErrorResponseRequestData,
    ///Runtime in seconds for this request
    pub runtime: f32,
}
impl ::serde::Serialize for ErrorResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ErrorResponse",
            &[
                runtime::Entry::unless(self.data.is_empty(), "data", &self.data),
                runtime::Entry::new("error", &self.error),
                runtime::Entry::new("httpStatusCode", &self.http_status_code),
                runtime::Entry::new("message", &self.message),
                runtime::Entry::new("requestData", &self.request_data),
                runtime::Entry::new("runtime", &self.runtime),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ErrorResponse {
    const NAME: &'static str = "ErrorResponse";
    const FIELDS: &'static [&'static str] = &[
        "data",
        "error",
        "httpStatusCode",
        "message",
        "requestData",
        "runtime",
    ];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut data = None;
        let mut error = None;
        let mut http_status_code = None;
        let mut message = None;
        let mut request_data = None;
        let mut runtime = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut data, field),
                1 => runtime::read_field(&mut map, &mut error, field),
                2 => runtime::read_field(&mut map, &mut http_status_code, field),
                3 => runtime::read_field(&mut map, &mut message, field),
                4 => runtime::read_field(&mut map, &mut request_data, field),
                5 => runtime::read_field(&mut map, &mut runtime, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (error, http_status_code, message, request_data, runtime) = runtime::take(
            &map,
            (
                runtime::given(error, "error"),
                runtime::given(http_status_code, "httpStatusCode"),
                runtime::given(message, "message"),
                runtime::given(request_data, "requestData"),
                runtime::given(runtime, "runtime"),
            ),
        )?;
        Ok(Self {
            data: data.unwrap_or_default(),
            error,
            http_status_code,
            message,
            request_data,
            runtime,
        })
    }
}
impl ErrorResponse {
    ///`ErrorResponse` of its required fields; the others are left at their defaults.
    pub fn new(
        error: ErrorResponseError,
        http_status_code: i32,
        message: ::std::string::String,
        request_data: ErrorResponseRequestData,
        runtime: f32,
    ) -> Self {
        Self {
            data: Default::default(),
            error,
            http_status_code,
            message,
            request_data,
            runtime,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponseError {
    ///Details of error
    pub details: ::std::option::Option<::std::string::String>,
    ///Additional links to help understand the error
    pub links: ::std::vec::Vec<::std::string::String>,
    ///Type of error
    pub type_: ::std::string::String,
    ///Validation errors per field
    pub validation: ::std::vec::Vec<ErrorResponseErrorValidationItem>,
}
impl ::serde::Serialize for ErrorResponseError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ErrorResponseError",
            &[
                runtime::Entry::unless_none("details", &self.details),
                runtime::Entry::unless_empty("links", &self.links),
                runtime::Entry::new("type", &self.type_),
                runtime::Entry::unless_empty("validation", &self.validation),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorResponseError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ErrorResponseError {
    const NAME: &'static str = "ErrorResponseError";
    const FIELDS: &'static [&'static str] = &["details", "links", "type", "validation"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut details = None;
        let mut links = None;
        let mut type_ = None;
        let mut validation = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut details, field),
                1 => runtime::read_field(&mut map, &mut links, field),
                2 => runtime::read_field(&mut map, &mut type_, field),
                3 => runtime::read_field(&mut map, &mut validation, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let type_ = runtime::take(&map, runtime::given(type_, "type"))?;
        Ok(Self {
            details: details.unwrap_or_default(),
            links: links.unwrap_or_default(),
            type_,
            validation: validation.unwrap_or_default(),
        })
    }
}
impl ErrorResponseError {
    ///`ErrorResponseError` of its required fields; the others are left at their defaults.
    pub fn new(type_: ::std::string::String) -> Self {
        Self {
            details: Default::default(),
            links: Default::default(),
            type_,
            validation: Default::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponseErrorValidationItem {
    pub field: ::std::string::String,
    pub message: ::std::string::String,
}
impl ::serde::Serialize for ErrorResponseErrorValidationItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ErrorResponseErrorValidationItem",
            &[
                runtime::Entry::new("field", &self.field),
                runtime::Entry::new("message", &self.message),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorResponseErrorValidationItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ErrorResponseErrorValidationItem {
    const NAME: &'static str = "ErrorResponseErrorValidationItem";
    const FIELDS: &'static [&'static str] = &["field", "message"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut field = None;
        let mut message = None;
        while let Some(entry) = runtime::next_field::<Self, _>(&mut map)? {
            match entry.position {
                0 => runtime::read_field(&mut map, &mut field, entry),
                1 => runtime::read_field(&mut map, &mut message, entry),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let (field, message) = runtime::take(
            &map,
            (runtime::given(field, "field"), runtime::given(message, "message")),
        )?;
        Ok(Self { field, message })
    }
}
impl ErrorResponseErrorValidationItem {
    ///`ErrorResponseErrorValidationItem` of its required fields; the others are left at their defaults.
    pub fn new(field: ::std::string::String, message: ::std::string::String) -> Self {
        Self { field, message }
    }
}
///Data about the request itself, can be used for debugging
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponseRequestData {
    ///Link to dashboard with details about request
    pub link: ::std::option::Option<::std::string::String>,
    ///Unique ID of request, you can provide your own while making the request, if not the ID will be randomly generated on server side
    pub request_id: ::std::string::String,
}
impl ::serde::Serialize for ErrorResponseRequestData {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ErrorResponseRequestData",
            &[
                runtime::Entry::unless_none("link", &self.link),
                runtime::Entry::new("requestID", &self.request_id),
            ],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorResponseRequestData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ErrorResponseRequestData {
    const NAME: &'static str = "ErrorResponseRequestData";
    const FIELDS: &'static [&'static str] = &["link", "requestID"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut link = None;
        let mut request_id = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut link, field),
                1 => runtime::read_field(&mut map, &mut request_id, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let request_id = runtime::take(&map, runtime::given(request_id, "requestID"))?;
        Ok(Self {
            link: link.unwrap_or_default(),
            request_id,
        })
    }
}
impl ErrorResponseRequestData {
    ///`ErrorResponseRequestData` of its required fields; the others are left at their defaults.
    pub fn new(request_id: ::std::string::String) -> Self {
        Self {
            link: Default::default(),
            request_id,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExportDownloadLink {
    pub link: ::std::string::String,
}
impl ::serde::Serialize for ExportDownloadLink {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_object(
            serializer,
            "ExportDownloadLink",
            &[runtime::Entry::new("link", &self.link)],
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ExportDownloadLink {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_object(deserializer)
    }
}
impl runtime::Object for ExportDownloadLink {
    const NAME: &'static str = "ExportDownloadLink";
    const FIELDS: &'static [&'static str] = &["link"];
    fn from_map<'de, A: ::serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut link = None;
        while let Some(field) = runtime::next_field::<Self, _>(&mut map)? {
            match field.position {
                0 => runtime::read_field(&mut map, &mut link, field),
                _ => runtime::ignore_value(&mut map),
            }?;
        }
        let link = runtime::take(&map, runtime::given(link, "link"))?;
        Ok(Self { link })
    }
}
impl ExportDownloadLink {
    ///`ExportDownloadLink` of its required fields; the others are left at their defaults.
    pub fn new(link: ::std::string::String) -> Self {
        Self { link }
    }
}
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ExportType {
    Credentials,
    ConnectTimeseries,
}
impl runtime::StrEnum for ExportType {
    const NAME: &'static str = "ExportType";
    const STRINGS: &'static [&'static str] = &["credentials", "connect-timeseries"];
    const VARIANTS: &'static [Self] = &[Self::Credentials, Self::ConnectTimeseries];
}
impl ::serde::Serialize for ExportType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        runtime::serialize_str_enum(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for ExportType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        runtime::deserialize_str_enum(deserializer)
    }
}
impl ::std::fmt::Display for ExportType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        runtime::write_str_enum(self, f)
    }
}
impl ::std::str::FromStr for ExportType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        runtime::parse_str_enum(value).ok_or_else(|| "invalid value".into())
    }
}
impl ::std::convert::TryFrom<&str> for ExportType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ExportType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
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
