// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

#[doc(inline)]
pub use merchantops_types as types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for MerchantOps API

Public API for the MerchantOps product catalog, pricing, and publishing surface.

Version: 1.0.0*/
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
        "1.0.0"
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
    /**Get Export Download Url

Mint a fresh signed download URL for a completed export job.

Signed URLs are short-lived, so they are minted on demand from the
``file_url`` the worker stored on the job's metadata.

**Authentication Required**: Requires `product:read` permission.

Sends a `GET` request to `/api/products/export/{job_id}/download-url`

```ignore
let response = client.get_export_download_url()
    .job_id(job_id)
    .x_organization_id(x_organization_id)
    .authorization(authorization)
    .stytch_session(stytch_session)
    .send()
    .await;
```*/
    pub fn get_export_download_url(&self) -> builder::GetExportDownloadUrl<'_> {
        builder::GetExportDownloadUrl::new(self)
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
    /**Builder for [`Client::get_export_download_url`]

[`Client::get_export_download_url`]: super::Client::get_export_download_url*/
    #[derive(Debug, Clone)]
    pub struct GetExportDownloadUrl<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
        x_organization_id: Result<Option<::std::string::String>, String>,
        authorization: Result<Option<::std::string::String>, String>,
        stytch_session: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetExportDownloadUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
                x_organization_id: Ok(None),
                authorization: Ok(None),
                stytch_session: Ok(None),
            }
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for job_id failed"
                        .to_string()
                });
            self
        }
        pub fn x_organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn authorization<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.authorization = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for authorization failed"
                        .to_string()
                });
            self
        }
        pub fn stytch_session<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stytch_session = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stytch_session failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/products/export/{job_id}/download-url`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ExportDownloadUrlResponse>,
            Error<types::HttpValidationError>,
        > {
            let Self {
                client,
                job_id,
                x_organization_id,
                authorization,
                stytch_session,
            } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let x_organization_id = x_organization_id.map_err(Error::InvalidRequest)?;
            let authorization = authorization.map_err(Error::InvalidRequest)?;
            let stytch_session = stytch_session.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/products/export/{}/download-url", client.baseurl, encode_path(&
                job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_organization_id {
                header_map
                    .append(
                        "X-Organization-ID",
                        ::reqwest::header::HeaderValue::from_str(&value.to_string())
                            .ok()
                            .filter(|header| header.to_str().is_ok())
                            .ok_or_else(|| ::progenitor_client::Error::InvalidRequest(
                                "header `X-Organization-ID` takes visible ASCII only"
                                    .to_string(),
                            ))?,
                    );
            }
            if let Some(value) = authorization {
                header_map
                    .append(
                        "authorization",
                        ::reqwest::header::HeaderValue::from_str(&value.to_string())
                            .ok()
                            .filter(|header| header.to_str().is_ok())
                            .ok_or_else(|| ::progenitor_client::Error::InvalidRequest(
                                "header `authorization` takes visible ASCII only"
                                    .to_string(),
                            ))?,
                    );
            }
            if let Some(value) = stytch_session {
                header_map.append("stytch_session", value.to_string().try_into()?);
            }
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
                operation_id: "get_export_download_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                422u16 => {
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
/// The spec's first server: `https://api.merchantops.ai`.
pub const DEFAULT_BASE_URL: &str = "https://api.merchantops.ai";
impl Client {
    /// A client for [`DEFAULT_BASE_URL`], without credentials.
    pub fn with_default_base_url() -> Self {
        Self::new(DEFAULT_BASE_URL)
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
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let names: &[&str] = match info.operation_id {
            "get_export_download_url" => &["stytch_session"],
            _ => &[],
        };
        openapi_client_runtime::fold_cookie_parameters(request.headers_mut(), names)
            .map_err(|e| Error::Custom(e.to_string()))?;
        Ok(())
    }
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
