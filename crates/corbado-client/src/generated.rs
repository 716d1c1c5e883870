// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

#[doc(inline)]
pub use corbado_types as types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Corbado Backend API

# Introduction
This documentation gives an overview of all Corbado Backend API calls to implement passwordless authentication with Passkeys.


Version: 2.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) max_answer_bytes: u64,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            ::openapi_client_runtime::client_builder(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            max_answer_bytes: openapi_client_runtime::DEFAULT_MAX_ANSWER_BYTES,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "2.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<()>,
    {}
};
impl Client {
    /**Get download link for an export file

Generates a pre-signed download link for a specific export file.


Sends a `GET` request to `/exports/{exportType}/{filename}/downloadLink`

Arguments:
- `export_type`: Type of export to download
- `filename`: Name of the export file
```ignore
let response = client.export_download_link_get()
    .export_type(export_type)
    .filename(filename)
    .send()
    .await;
```*/
    pub fn export_download_link_get(&self) -> builder::ExportDownloadLinkGet<'_> {
        builder::ExportDownloadLinkGet::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::export_download_link_get`]

[`Client::export_download_link_get`]: super::Client::export_download_link_get*/
    #[derive(Debug, Clone)]
    pub struct ExportDownloadLinkGet<'a> {
        client: &'a super::Client,
        export_type: Result<types::ExportType, String>,
        filename: Result<::std::string::String, String>,
    }
    impl<'a> ExportDownloadLinkGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                export_type: Err("export_type was not initialized".to_string()),
                filename: Err("filename was not initialized".to_string()),
            }
        }
        pub fn export_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ExportType>,
        {
            self.export_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ExportType` for export_type failed".to_string()
                });
            self
        }
        pub fn filename<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filename = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filename failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/exports/{exportType}/{filename}/downloadLink`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ExportDownloadLink>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, export_type, filename } = self;
            let export_type = export_type.map_err(Error::InvalidRequest)?;
            let filename = filename.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/exports/{}/{}/downloadLink", client.baseurl, encode_path(&
                export_type.to_string()), encode_path(& filename.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "export_download_link_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            openapi_client_runtime::json_answer(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            openapi_client_runtime::json_answer(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The spec's first server: `https://backendapi.corbado.io/v2`.
pub const DEFAULT_BASE_URL: &str = "https://backendapi.corbado.io/v2";
impl Client {
    /// A client for [`DEFAULT_BASE_URL`], without credentials.
    pub fn with_default_base_url() -> Self {
        Self::new(DEFAULT_BASE_URL)
    }
}
pub use openapi_client_runtime::{ClientBuildError, client_builder, install_tls_provider};
impl Client {
    /// A client for [`DEFAULT_BASE_URL`] that sends HTTP basic auth (security scheme `basicAuth`) on every request.
    pub fn with_basic_auth(
        username: &str,
        password: &str,
    ) -> Result<Self, ClientBuildError> {
        Self::with_basic_auth_at(DEFAULT_BASE_URL, username, password)
    }
    /// A client for `base_url` that sends HTTP basic auth (security scheme `basicAuth`) on every request.
    pub fn with_basic_auth_at(
        base_url: &str,
        username: &str,
        password: &str,
    ) -> Result<Self, ClientBuildError> {
        let timeout = std::time::Duration::from_secs(15u64);
        Self::with_basic_auth_using(
            base_url,
            username,
            password,
            client_builder(timeout),
        )
    }
    /// A client for `base_url` that sends HTTP basic auth (security scheme `basicAuth`) on every request, built by `builder`: its timeouts, proxies, TLS and other settings. Start from [`client_builder`], which follows redirects within the API's origin only, so the credential never leaves it.
    pub fn with_basic_auth_using(
        base_url: &str,
        username: &str,
        password: &str,
        builder: reqwest::ClientBuilder,
    ) -> Result<Self, ClientBuildError> {
        use openapi_client_runtime::Credential;
        let client = openapi_client_runtime::build_with_credential(
            builder,
            &Credential::Basic {
                username,
                password,
            },
        )?;
        Ok(Self::new_with_client(base_url, client))
    }
}
impl Client {
    /// This client with answers read whole (every answer but a stream the caller reads)
    /// limited to `limit` bytes: a longer one fails with `Error::ResponseBodyError`,
    /// whose cause is an [`AnswerTooLarge`]. The default is
    /// [`DEFAULT_MAX_ANSWER_BYTES`](openapi_client_runtime::DEFAULT_MAX_ANSWER_BYTES).
    pub fn with_max_answer_bytes(mut self, limit: u64) -> Self {
        self.max_answer_bytes = limit;
        self
    }
    /// The longest answer this client reads whole, in bytes.
    pub fn max_answer_bytes(&self) -> u64 {
        self.max_answer_bytes
    }
}
pub use openapi_client_runtime::AnswerTooLarge;
impl ClientHooks<()> for Client {
    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let response = self.client.execute(request).await?;
        Ok(openapi_client_runtime::limit_answer(response, self.max_answer_bytes))
    }
}
pub use reqwest;
pub use serde_json;
