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
    pub fn builder() -> builder::ErrorResponse {
        Default::default()
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
    pub fn builder() -> builder::ErrorResponseError {
        Default::default()
    }
}
///`ErrorResponseErrorValidationItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorResponseErrorValidationItem {
    pub field: ::std::string::String,
    pub message: ::std::string::String,
}
impl ErrorResponseErrorValidationItem {
    pub fn builder() -> builder::ErrorResponseErrorValidationItem {
        Default::default()
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
    pub fn builder() -> builder::ErrorResponseRequestData {
        Default::default()
    }
}
///`ExportDownloadLink`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExportDownloadLink {
    pub link: ::std::string::String,
}
impl ExportDownloadLink {
    pub fn builder() -> builder::ExportDownloadLink {
        Default::default()
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
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct ErrorResponse {
        data: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
        error: ::std::result::Result<super::ErrorResponseError, ::std::string::String>,
        http_status_code: ::std::result::Result<i32, ::std::string::String>,
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
        request_data: ::std::result::Result<
            super::ErrorResponseRequestData,
            ::std::string::String,
        >,
        runtime: ::std::result::Result<f32, ::std::string::String>,
    }
    impl ::std::default::Default for ErrorResponse {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                error: Err("no value supplied for error".to_string()),
                http_status_code: Err(
                    "no value supplied for http_status_code".to_string(),
                ),
                message: Err("no value supplied for message".to_string()),
                request_data: Err("no value supplied for request_data".to_string()),
                runtime: Err("no value supplied for runtime".to_string()),
            }
        }
    }
    impl ErrorResponse {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }
        pub fn error<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ErrorResponseError>,
            T::Error: ::std::fmt::Display,
        {
            self.error = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for error: {e}"));
            self
        }
        pub fn http_status_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i32>,
            T::Error: ::std::fmt::Display,
        {
            self.http_status_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for http_status_code: {e}")
                });
            self
        }
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
        pub fn request_data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ErrorResponseRequestData>,
            T::Error: ::std::fmt::Display,
        {
            self.request_data = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for request_data: {e}")
                });
            self
        }
        pub fn runtime<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<f32>,
            T::Error: ::std::fmt::Display,
        {
            self.runtime = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for runtime: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ErrorResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                error: value.error?,
                http_status_code: value.http_status_code?,
                message: value.message?,
                request_data: value.request_data?,
                runtime: value.runtime?,
            })
        }
    }
    impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
        fn from(value: super::ErrorResponse) -> Self {
            Self {
                data: Ok(value.data),
                error: Ok(value.error),
                http_status_code: Ok(value.http_status_code),
                message: Ok(value.message),
                request_data: Ok(value.request_data),
                runtime: Ok(value.runtime),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ErrorResponseError {
        details: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        links: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        validation: ::std::result::Result<
            ::std::vec::Vec<super::ErrorResponseErrorValidationItem>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ErrorResponseError {
        fn default() -> Self {
            Self {
                details: Ok(Default::default()),
                links: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
                validation: Ok(Default::default()),
            }
        }
    }
    impl ErrorResponseError {
        pub fn details<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.details = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for details: {e}")
                });
            self
        }
        pub fn links<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.links = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for links: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
        pub fn validation<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::vec::Vec<super::ErrorResponseErrorValidationItem>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.validation = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for validation: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ErrorResponseError> for super::ErrorResponseError {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ErrorResponseError,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                details: value.details?,
                links: value.links?,
                type_: value.type_?,
                validation: value.validation?,
            })
        }
    }
    impl ::std::convert::From<super::ErrorResponseError> for ErrorResponseError {
        fn from(value: super::ErrorResponseError) -> Self {
            Self {
                details: Ok(value.details),
                links: Ok(value.links),
                type_: Ok(value.type_),
                validation: Ok(value.validation),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ErrorResponseErrorValidationItem {
        field: ::std::result::Result<::std::string::String, ::std::string::String>,
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ErrorResponseErrorValidationItem {
        fn default() -> Self {
            Self {
                field: Err("no value supplied for field".to_string()),
                message: Err("no value supplied for message".to_string()),
            }
        }
    }
    impl ErrorResponseErrorValidationItem {
        pub fn field<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.field = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for field: {e}"));
            self
        }
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
    impl ::std::convert::TryFrom<ErrorResponseErrorValidationItem>
    for super::ErrorResponseErrorValidationItem {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ErrorResponseErrorValidationItem,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                field: value.field?,
                message: value.message?,
            })
        }
    }
    impl ::std::convert::From<super::ErrorResponseErrorValidationItem>
    for ErrorResponseErrorValidationItem {
        fn from(value: super::ErrorResponseErrorValidationItem) -> Self {
            Self {
                field: Ok(value.field),
                message: Ok(value.message),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ErrorResponseRequestData {
        link: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        request_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ErrorResponseRequestData {
        fn default() -> Self {
            Self {
                link: Ok(Default::default()),
                request_id: Err("no value supplied for request_id".to_string()),
            }
        }
    }
    impl ErrorResponseRequestData {
        pub fn link<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.link = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for link: {e}"));
            self
        }
        pub fn request_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.request_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for request_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ErrorResponseRequestData>
    for super::ErrorResponseRequestData {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ErrorResponseRequestData,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                link: value.link?,
                request_id: value.request_id?,
            })
        }
    }
    impl ::std::convert::From<super::ErrorResponseRequestData>
    for ErrorResponseRequestData {
        fn from(value: super::ErrorResponseRequestData) -> Self {
            Self {
                link: Ok(value.link),
                request_id: Ok(value.request_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ExportDownloadLink {
        link: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ExportDownloadLink {
        fn default() -> Self {
            Self {
                link: Err("no value supplied for link".to_string()),
            }
        }
    }
    impl ExportDownloadLink {
        pub fn link<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.link = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for link: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ExportDownloadLink> for super::ExportDownloadLink {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExportDownloadLink,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { link: value.link? })
        }
    }
    impl ::std::convert::From<super::ExportDownloadLink> for ExportDownloadLink {
        fn from(value: super::ExportDownloadLink) -> Self {
            Self { link: Ok(value.link) }
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
