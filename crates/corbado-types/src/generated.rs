// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

///`ErrorResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorResponse {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub error: ErrorResponseError,
    ///HTTP status code of operation
    #[serde(rename = "httpStatusCode")]
    pub http_status_code: i32,
    pub message: ::std::string::String,
    #[serde(rename = "requestData")]
    pub request_data: ErrorResponseRequestData,
    ///Runtime in seconds for this request
    pub runtime: f32,
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
///`ErrorResponseError`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorResponseError {
    ///Details of error
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    ///Additional links to help understand the error
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub links: ::std::vec::Vec<::std::string::String>,
    ///Type of error
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    ///Validation errors per field
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub validation: ::std::vec::Vec<ErrorResponseErrorValidationItem>,
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
///`ErrorResponseErrorValidationItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorResponseErrorValidationItem {
    pub field: ::std::string::String,
    pub message: ::std::string::String,
}
impl ErrorResponseErrorValidationItem {
    ///`ErrorResponseErrorValidationItem` of its required fields; the others are left at their defaults.
    pub fn new(field: ::std::string::String, message: ::std::string::String) -> Self {
        Self { field, message }
    }
}
///Data about the request itself, can be used for debugging
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorResponseRequestData {
    ///Link to dashboard with details about request
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub link: ::std::option::Option<::std::string::String>,
    ///Unique ID of request, you can provide your own while making the request, if not the ID will be randomly generated on server side
    #[serde(rename = "requestID")]
    pub request_id: ::std::string::String,
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
///`ExportDownloadLink`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExportDownloadLink {
    pub link: ::std::string::String,
}
impl ExportDownloadLink {
    ///`ExportDownloadLink` of its required fields; the others are left at their defaults.
    pub fn new(link: ::std::string::String) -> Self {
        Self { link }
    }
}
///`ExportType`
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
pub enum ExportType {
    #[serde(rename = "credentials")]
    Credentials,
    #[serde(rename = "connect-timeseries")]
    ConnectTimeseries,
}
impl ::std::fmt::Display for ExportType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Credentials => f.write_str("credentials"),
            Self::ConnectTimeseries => f.write_str("connect-timeseries"),
        }
    }
}
impl ::std::str::FromStr for ExportType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "credentials" => Ok(Self::Credentials),
            "connect-timeseries" => Ok(Self::ConnectTimeseries),
            _ => Err("invalid value".into()),
        }
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
