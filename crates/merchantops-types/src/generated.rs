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
    pub fn builder() -> builder::ExportDownloadUrlResponse {
        Default::default()
    }
}
///`HttpValidationError`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct HttpValidationError {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub detail: ::std::vec::Vec<ValidationError>,
}
impl HttpValidationError {
    pub fn builder() -> builder::HttpValidationError {
        Default::default()
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
    pub fn builder() -> builder::ValidationError {
        Default::default()
    }
}
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct ExportDownloadUrlResponse {
        download_url: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        expires_in_seconds: ::std::result::Result<i64, ::std::string::String>,
        filename: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ExportDownloadUrlResponse {
        fn default() -> Self {
            Self {
                download_url: Err("no value supplied for download_url".to_string()),
                expires_in_seconds: Err(
                    "no value supplied for expires_in_seconds".to_string(),
                ),
                filename: Err("no value supplied for filename".to_string()),
            }
        }
    }
    impl ExportDownloadUrlResponse {
        pub fn download_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.download_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for download_url: {e}")
                });
            self
        }
        pub fn expires_in_seconds<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.expires_in_seconds = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for expires_in_seconds: {e}"
                    )
                });
            self
        }
        pub fn filename<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.filename = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for filename: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ExportDownloadUrlResponse>
    for super::ExportDownloadUrlResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ExportDownloadUrlResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                download_url: value.download_url?,
                expires_in_seconds: value.expires_in_seconds?,
                filename: value.filename?,
            })
        }
    }
    impl ::std::convert::From<super::ExportDownloadUrlResponse>
    for ExportDownloadUrlResponse {
        fn from(value: super::ExportDownloadUrlResponse) -> Self {
            Self {
                download_url: Ok(value.download_url),
                expires_in_seconds: Ok(value.expires_in_seconds),
                filename: Ok(value.filename),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct HttpValidationError {
        detail: ::std::result::Result<
            ::std::vec::Vec<super::ValidationError>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for HttpValidationError {
        fn default() -> Self {
            Self {
                detail: Ok(Default::default()),
            }
        }
    }
    impl HttpValidationError {
        pub fn detail<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::ValidationError>>,
            T::Error: ::std::fmt::Display,
        {
            self.detail = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for detail: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<HttpValidationError> for super::HttpValidationError {
        type Error = super::error::ConversionError;
        fn try_from(
            value: HttpValidationError,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { detail: value.detail? })
        }
    }
    impl ::std::convert::From<super::HttpValidationError> for HttpValidationError {
        fn from(value: super::HttpValidationError) -> Self {
            Self { detail: Ok(value.detail) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ValidationError {
        ctx: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
        input: ::std::result::Result<
            ::std::option::Option<::serde_json::Value>,
            ::std::string::String,
        >,
        loc: ::std::result::Result<
            ::std::vec::Vec<super::LocationItem>,
            ::std::string::String,
        >,
        msg: ::std::result::Result<::std::string::String, ::std::string::String>,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for ValidationError {
        fn default() -> Self {
            Self {
                ctx: Ok(Default::default()),
                input: Ok(Default::default()),
                loc: Err("no value supplied for loc".to_string()),
                msg: Err("no value supplied for msg".to_string()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl ValidationError {
        pub fn ctx<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.ctx = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for ctx: {e}"));
            self
        }
        pub fn input<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
            T::Error: ::std::fmt::Display,
        {
            self.input = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for input: {e}"));
            self
        }
        pub fn loc<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::LocationItem>>,
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
    }
    impl ::std::convert::TryFrom<ValidationError> for super::ValidationError {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ValidationError,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                ctx: value.ctx?,
                input: value.input?,
                loc: value.loc?,
                msg: value.msg?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ValidationError> for ValidationError {
        fn from(value: super::ValidationError) -> Self {
            Self {
                ctx: Ok(value.ctx),
                input: Ok(value.input),
                loc: Ok(value.loc),
                msg: Ok(value.msg),
                type_: Ok(value.type_),
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
