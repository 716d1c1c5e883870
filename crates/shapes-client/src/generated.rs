// @generated from specs/shapes.yaml (sha256 76a2cf8703ecb5c69f5f63985de5227f03444d90a7e154fa104d1121fa1d9029).
// Do not edit: change the spec, then run `cargo xtask codegen`.

#[doc(inline)]
pub use shapes_types as types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Shapes API

Version: 1*/
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
        "1"
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
    /**Sends a `GET` request to `/repos/{owner}`

```ignore
let response = client.repos_get()
    .owner(owner)
    .send()
    .await;
```*/
    pub fn repos_get(&self) -> builder::ReposGet<'_> {
        builder::ReposGet::new(self)
    }
    /**Sends a `GET` request to `/repos/{owner}?beta=true`

```ignore
let response = client.get_repo_beta()
    .owner(owner)
    .send()
    .await;
```*/
    pub fn get_repo_beta(&self) -> builder::GetRepoBeta<'_> {
        builder::GetRepoBeta::new(self)
    }
    /**Sends a `GET` request to `/Accounts/{Sid}.json`

```ignore
let response = client.fetch_account()
    .sid(sid)
    .start_time(start_time)
    .filter(filter)
    .start_time_gt(start_time_gt)
    .start_time_lt(start_time_lt)
    .send()
    .await;
```*/
    pub fn fetch_account(&self) -> builder::FetchAccount<'_> {
        builder::FetchAccount::new(self)
    }
    /**Sends a `GET` request to `/charges`

```ignore
let response = client.list_charges()
    .created_gt(created_gt)
    .created_lt(created_lt)
    .expand(expand)
    .max(max)
    .min(min)
    .window(window)
    .send()
    .await;
```*/
    pub fn list_charges(&self) -> builder::ListCharges<'_> {
        builder::ListCharges::new(self)
    }
    /**Sends a `POST` request to `/subscriptions`

```ignore
let response = client.subscribe()
    .body(body)
    .send()
    .await;
```*/
    pub fn subscribe(&self) -> builder::Subscribe<'_> {
        builder::Subscribe::new(self)
    }
    /**Sends a `POST` request to `/tokens`

```ignore
let response = client.create_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }
    /**Sends a `GET` request to `/batches/{ids}`

```ignore
let response = client.self_()
    .ids(ids)
    .self_(self_)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn self_(&self) -> builder::Self_<'_> {
        builder::Self_::new(self)
    }
    /**Sends a `POST` request to `/labels`

```ignore
let response = client.new_2()
    .send()
    .await;
```*/
    pub fn new_2(&self) -> builder::New2<'_> {
        builder::New2::new(self)
    }
    /**Sends a `OPTIONS` request to `/labels`

```ignore
let response = client.label_options()
    .send()
    .await;
```*/
    pub fn label_options(&self) -> builder::LabelOptions<'_> {
        builder::LabelOptions::new(self)
    }
    /**Sends a `GET` request to `/compare/{base}...{head}`

```ignore
let response = client.compare_commits()
    .base(base)
    .head(head)
    .send()
    .await;
```*/
    pub fn compare_commits(&self) -> builder::CompareCommits<'_> {
        builder::CompareCommits::new(self)
    }
    /**Sends a `GET` request to `/steps`

```ignore
let response = client.get_step()
    .api(api)
    .ids(ids)
    .inputs(inputs)
    .parts(parts)
    .send()
    .await;
```*/
    pub fn get_step(&self) -> builder::GetStep<'_> {
        builder::GetStep::new(self)
    }
    /**Sends a `POST` request to `/`

```ignore
let response = client.post_2()
    .send()
    .await;
```*/
    pub fn post_2(&self) -> builder::Post2<'_> {
        builder::Post2::new(self)
    }
    /**Sends a `GET` request to `/ping`

```ignore
let response = client.ping()
    .beta(beta)
    .send()
    .await;
```*/
    pub fn ping(&self) -> builder::Ping<'_> {
        builder::Ping::new(self)
    }
    /**Sends a `GET` request to `/shelves/;shelf={shelf}/books/.{ids}/;tags={tags}`

```ignore
let response = client.shelf_books()
    .shelf(shelf)
    .ids(ids)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn shelf_books(&self) -> builder::ShelfBooks<'_> {
        builder::ShelfBooks::new(self)
    }
    /**Sends a `GET` request to `/exports/{id}`

```ignore
let response = client.download_export()
    .id(id)
    .send()
    .await;
```*/
    pub fn download_export(&self) -> builder::DownloadExport<'_> {
        builder::DownloadExport::new(self)
    }
    /**Sends a `POST` request to `/payments`

```ignore
let response = client.create_payment()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_payment(&self) -> builder::CreatePayment<'_> {
        builder::CreatePayment::new(self)
    }
    /**Sends a `POST` request to `/mentions`

```ignore
let response = client.create_mention()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_mention(&self) -> builder::CreateMention<'_> {
        builder::CreateMention::new(self)
    }
    /**Sends a `GET` request to `/deliveries/{id}`

```ignore
let response = client.get_delivery()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_delivery(&self) -> builder::GetDelivery<'_> {
        builder::GetDelivery::new(self)
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
    /**Builder for [`Client::repos_get`]

[`Client::repos_get`]: super::Client::repos_get*/
    #[derive(Debug, Clone)]
    pub struct ReposGet<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
    }
    impl<'a> ReposGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Commit>, Error<types::Problem>> {
            let Self { client, owner } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/repos/{}", client.baseurl, encode_path(& owner.to_string()),
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
                operation_id: "repos_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                404u16 => {
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
    /**Builder for [`Client::get_repo_beta`]

[`Client::get_repo_beta`]: super::Client::get_repo_beta*/
    #[derive(Debug, Clone)]
    pub struct GetRepoBeta<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
    }
    impl<'a> GetRepoBeta<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
            }
        }
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}?beta=true`
        pub async fn send(self) -> Result<ResponseValue<types::Commit>, Error<()>> {
            let Self { client, owner } = self;
            let owner = owner.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/repos/{}?beta=true", client.baseurl, encode_path(& owner
                .to_string()),
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
                operation_id: "get_repo_beta",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::fetch_account`]

[`Client::fetch_account`]: super::Client::fetch_account*/
    #[derive(Debug, Clone)]
    pub struct FetchAccount<'a> {
        client: &'a super::Client,
        sid: Result<::std::string::String, String>,
        start_time: Result<Option<::std::string::String>, String>,
        filter: Result<Option<::std::string::String>, String>,
        start_time_gt: Result<Option<::std::string::String>, String>,
        start_time_lt: Result<Option<::std::string::String>, String>,
    }
    impl<'a> FetchAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sid: Err("sid was not initialized".to_string()),
                start_time: Ok(None),
                filter: Ok(None),
                start_time_gt: Ok(None),
                start_time_lt: Ok(None),
            }
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sid failed"
                        .to_string()
                });
            self
        }
        pub fn start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_time failed"
                        .to_string()
                });
            self
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn start_time_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_time_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_time_gt failed"
                        .to_string()
                });
            self
        }
        pub fn start_time_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_time_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_time_lt failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/Accounts/{Sid}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Account>, Error<types::Refusal>> {
            let Self { client, sid, start_time, filter, start_time_gt, start_time_lt } = self;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let start_time = start_time.map_err(Error::InvalidRequest)?;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let start_time_gt = start_time_gt.map_err(Error::InvalidRequest)?;
            let start_time_lt = start_time_lt.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/Accounts/{}.json", client.baseurl, encode_path(& sid.to_string()),
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
                .query(&progenitor_client::QueryParam::new("StartTime", &start_time))
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(
                    &progenitor_client::QueryParam::new("start_time_gt", &start_time_gt),
                )
                .query(
                    &progenitor_client::QueryParam::new("start_time_lt", &start_time_lt),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "fetch_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                400u16 => {
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
    /**Builder for [`Client::list_charges`]

[`Client::list_charges`]: super::Client::list_charges*/
    #[derive(Debug, Clone)]
    pub struct ListCharges<'a> {
        client: &'a super::Client,
        created_gt: Result<Option<i64>, String>,
        created_lt: Result<Option<i64>, String>,
        expand: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        max: Result<Option<i64>, String>,
        min: Result<Option<i64>, String>,
        window: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCharges<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_gt: Ok(None),
                created_lt: Ok(None),
                expand: Ok(None),
                max: Ok(None),
                min: Ok(None),
                window: Ok(None),
            }
        }
        pub fn created_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.created_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for created_gt failed".to_string());
            self
        }
        pub fn created_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.created_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for created_lt failed".to_string());
            self
        }
        pub fn expand<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.expand = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for expand failed"
                        .to_string()
                });
            self
        }
        pub fn max<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.max = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for max failed".to_string());
            self
        }
        pub fn min<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.min = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for min failed".to_string());
            self
        }
        pub fn window<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.window = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for window failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/charges`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<::std::string::String>>, Error<()>> {
            let Self { client, created_gt, created_lt, expand, max, min, window } = self;
            let created_gt = created_gt.map_err(Error::InvalidRequest)?;
            let created_lt = created_lt.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let max = max.map_err(Error::InvalidRequest)?;
            let min = min.map_err(Error::InvalidRequest)?;
            let window = window.map_err(Error::InvalidRequest)?;
            let url = format!("{}/charges", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("created[gt]", &created_gt))
                .query(&progenitor_client::QueryParam::new("created[lt]", &created_lt))
                .query(&progenitor_client::QueryParam::new("expand", &expand))
                .query(&progenitor_client::QueryParam::new("max", &max))
                .query(&progenitor_client::QueryParam::new("min", &min))
                .query(&progenitor_client::QueryParam::new("window", &window))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_charges",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::subscribe`]

[`Client::subscribe`]: super::Client::subscribe*/
    #[derive(Debug, Clone)]
    pub struct Subscribe<'a> {
        client: &'a super::Client,
        body: Result<types::Subscription, String>,
    }
    impl<'a> Subscribe<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Subscription>,
            <V as std::convert::TryInto<types::Subscription>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `Subscription` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::Subscription) -> types::Subscription,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/subscriptions`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/subscriptions", client.baseurl,);
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
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "subscribe",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_token`]

[`Client::create_token`]: super::Client::create_token*/
    #[derive(Debug, Clone)]
    pub struct CreateToken<'a> {
        client: &'a super::Client,
        body: Result<types::CreateTokenBody, String>,
    }
    impl<'a> CreateToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTokenBody>,
            <V as std::convert::TryInto<
                types::CreateTokenBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `CreateTokenBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::CreateTokenBody) -> types::CreateTokenBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/tokens", client.baseurl,);
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(
                    &::openapi_client_runtime::FormBody::new(
                        &body,
                        &[
                            (
                                "metadata",
                                ::openapi_client_runtime::FormStyle::DeepObject,
                            ),
                            ("ids", ::openapi_client_runtime::FormStyle::PipeDelimited),
                        ],
                    ),
                )?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::self_`]

[`Client::self_`]: super::Client::self_*/
    #[derive(Debug, Clone)]
    pub struct Self_<'a> {
        client: &'a super::Client,
        ids: Result<::std::string::String, String>,
        self_: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::string::String>, String>,
    }
    impl<'a> Self_<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
                self_: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ids failed"
                        .to_string()
                });
            self
        }
        pub fn self_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.self_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for self_ failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/batches/{ids}`
        pub async fn send(self) -> Result<ResponseValue<types::Batch>, Error<()>> {
            let Self { client, ids, self_, type_ } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let self_ = self_.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/batches/{}", client.baseurl, encode_path(& ids.to_string()),
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
                .query(&progenitor_client::QueryParam::new("self", &self_))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "self_",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::new_2`]

[`Client::new_2`]: super::Client::new_2*/
    #[derive(Debug, Clone)]
    pub struct New2<'a> {
        client: &'a super::Client,
    }
    impl<'a> New2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/labels`
        pub async fn send(self) -> Result<ResponseValue<types::String2>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/labels", client.baseurl,);
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "new_2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::label_options`]

[`Client::label_options`]: super::Client::label_options*/
    #[derive(Debug, Clone)]
    pub struct LabelOptions<'a> {
        client: &'a super::Client,
    }
    impl<'a> LabelOptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `OPTIONS` request to `/labels`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/labels", client.baseurl,);
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
                .request(::reqwest::Method::OPTIONS, url)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "label_options",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::compare_commits`]

[`Client::compare_commits`]: super::Client::compare_commits*/
    #[derive(Debug, Clone)]
    pub struct CompareCommits<'a> {
        client: &'a super::Client,
        base: Result<::std::string::String, String>,
        head: Result<::std::string::String, String>,
    }
    impl<'a> CompareCommits<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                base: Err("base was not initialized".to_string()),
                head: Err("head was not initialized".to_string()),
            }
        }
        pub fn base<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.base = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for base failed"
                        .to_string()
                });
            self
        }
        pub fn head<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.head = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for head failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/compare/{base}...{head}`
        pub async fn send(self) -> Result<ResponseValue<types::String2>, Error<()>> {
            let Self { client, base, head } = self;
            let base = base.map_err(Error::InvalidRequest)?;
            let head = head.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/compare/{}...{}", client.baseurl, encode_path(& base.to_string()),
                encode_path(& head.to_string()),
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
                operation_id: "compare_commits",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_step`]

[`Client::get_step`]: super::Client::get_step*/
    #[derive(Debug, Clone)]
    pub struct GetStep<'a> {
        client: &'a super::Client,
        api: Result<Option<::std::string::String>, String>,
        ids: Result<Option<::std::string::String>, String>,
        inputs: Result<::std::string::String, String>,
        parts: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetStep<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api: Ok(None),
                ids: Ok(None),
                inputs: Err("inputs was not initialized".to_string()),
                parts: Ok(None),
            }
        }
        pub fn api<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api failed"
                        .to_string()
                });
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ids failed"
                        .to_string()
                });
            self
        }
        pub fn inputs<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inputs = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for inputs failed"
                        .to_string()
                });
            self
        }
        pub fn parts<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.parts = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for parts failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/steps`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::String2>, Error<types::LimitedRefusal>> {
            let Self { client, api, ids, inputs, parts } = self;
            let api = api.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let inputs = inputs.map_err(Error::InvalidRequest)?;
            let parts = parts.map_err(Error::InvalidRequest)?;
            let url = format!("{}/steps", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("api", &api))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(&progenitor_client::QueryParam::new("inputs", &inputs))
                .query(&progenitor_client::QueryParam::new("parts", &parts))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_step",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                400u16 => {
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
    /**Builder for [`Client::post_2`]

[`Client::post_2`]: super::Client::post_2*/
    #[derive(Debug, Clone)]
    pub struct Post2<'a> {
        client: &'a super::Client,
    }
    impl<'a> Post2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "post_2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::ping`]

[`Client::ping`]: super::Client::ping*/
    #[derive(Debug, Clone)]
    pub struct Ping<'a> {
        client: &'a super::Client,
        beta: Result<Option<::std::string::String>, String>,
    }
    impl<'a> Ping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                beta: Ok(None),
            }
        }
        pub fn beta<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.beta = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for beta failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ping`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, beta } = self;
            let beta = beta.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ping", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = beta {
                header_map
                    .append(
                        "Beta",
                        ::reqwest::header::HeaderValue::from_str(&value.to_string())
                            .ok()
                            .filter(|header| header.to_str().is_ok())
                            .ok_or_else(|| ::progenitor_client::Error::InvalidRequest(
                                "header `Beta` takes visible ASCII only".to_string(),
                            ))?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "ping",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::ErrorResponse(ResponseValue::empty(response))),
            }
        }
    }
    /**Builder for [`Client::shelf_books`]

[`Client::shelf_books`]: super::Client::shelf_books*/
    #[derive(Debug, Clone)]
    pub struct ShelfBooks<'a> {
        client: &'a super::Client,
        shelf: Result<::std::string::String, String>,
        ids: Result<::std::string::String, String>,
        tags: Result<::std::string::String, String>,
    }
    impl<'a> ShelfBooks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                shelf: Err("shelf was not initialized".to_string()),
                ids: Err("ids was not initialized".to_string()),
                tags: Err("tags was not initialized".to_string()),
            }
        }
        pub fn shelf<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.shelf = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for shelf failed"
                        .to_string()
                });
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ids failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/shelves/;shelf={shelf}/books/.{ids}/;tags={tags}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::String2>, Error<types::Problem>> {
            let Self { client, shelf, ids, tags } = self;
            let shelf = shelf.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/shelves/;shelf={}/books/.{}/;tags={}", client.baseurl, encode_path(&
                shelf.to_string()), encode_path(& ids.to_string()), encode_path(& tags
                .to_string()),
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
                operation_id: "shelf_books",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                400u16 => {
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
    /**Builder for [`Client::download_export`]

[`Client::download_export`]: super::Client::download_export*/
    #[derive(Debug, Clone)]
    pub struct DownloadExport<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DownloadExport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/exports/{id}`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/exports/{}", client.baseurl, encode_path(& id.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_export",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_payment`]

[`Client::create_payment`]: super::Client::create_payment*/
    #[derive(Debug, Clone)]
    pub struct CreatePayment<'a> {
        client: &'a super::Client,
        body: Result<types::Payment, String>,
    }
    impl<'a> CreatePayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Payment>,
            <V as std::convert::TryInto<types::Payment>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| format!("conversion to `Payment` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::Payment) -> types::Payment,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/payments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Payment>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/payments", client.baseurl,);
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/json, application/problem+json",
                    ),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => openapi_client_runtime::json_answer(response).await,
                400u16 => {
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
    /**Builder for [`Client::create_mention`]

[`Client::create_mention`]: super::Client::create_mention*/
    #[derive(Debug, Clone)]
    pub struct CreateMention<'a> {
        client: &'a super::Client,
        body: Result<types::Mention, String>,
    }
    impl<'a> CreateMention<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Mention>,
            <V as std::convert::TryInto<types::Mention>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| format!("conversion to `Mention` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::Mention) -> types::Mention,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mentions`
        pub async fn send(self) -> Result<ResponseValue<types::Mention>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/mentions", client.baseurl,);
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_mention",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_delivery`]

[`Client::get_delivery`]: super::Client::get_delivery*/
    #[derive(Debug, Clone)]
    pub struct GetDelivery<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetDelivery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/deliveries/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryEvent>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/deliveries/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_delivery",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => openapi_client_runtime::json_answer(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The spec's first server: `https://shapes.example.test/v1`.
pub const DEFAULT_BASE_URL: &str = "https://shapes.example.test/v1";
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
        let renames: &[(&str, &str)] = match info.operation_id {
            "fetch_account" => {
                &[("start_time_lt", "StartTime<"), ("start_time_gt", "StartTime>")]
            }
            _ => &[],
        };
        openapi_client_runtime::rename_query_keys(request.url_mut(), renames);
        Ok(())
    }
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let response = self.client.execute(request).await?;
        match info.operation_id {
            "download_export" => Ok(response),
            _ => {
                Ok(openapi_client_runtime::limit_answer(response, self.max_answer_bytes))
            }
        }
    }
}
pub use reqwest;
pub use serde_json;
pub use chrono;
