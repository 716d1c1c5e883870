// @generated from specs/shapes.yaml (sha256 76a2cf8703ecb5c69f5f63985de5227f03444d90a7e154fa104d1121fa1d9029).
// Do not edit: change the spec, then run `cargo xtask codegen`.

pub use shapes_types as types;
pub use openapi_server_runtime::{
    AnyStatus, ApiKey, BasicCredentials, BearerToken, RangeStatus, Rejection,
    ServeLimits, serve,
};
use std::sync::Arc;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use openapi_server_runtime::input::{BodyRule, Bounds, Inputs, PathStep, Shape};
use openapi_server_runtime::rejection::{RejectionReason, Source};
use openapi_server_runtime::{credentials, respond};
/// The path of the spec's first server (`/v1`): nest [`router`] under it, or use [`router_at_base_path`].
pub const BASE_PATH: &str = "/v1";
/// Every operation of the API, to tell [`ShapesApi::reject`] which one refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    ReposGet,
    GetRepoBeta,
    FetchAccount,
    ListCharges,
    Subscribe,
    CreateToken,
    Self_,
    New2,
    LabelOptions,
    CompareCommits,
    GetStep,
    Post2,
    Ping,
    ShelfBooks,
    DownloadExport,
    CreatePayment,
    CreateMention,
    GetDelivery,
}
impl Operation {
    /// The spec's `operationId`.
    pub fn operation_id(self) -> &'static str {
        match self {
            Self::ReposGet => "repos/get",
            Self::GetRepoBeta => "getRepoBeta",
            Self::FetchAccount => "fetchAccount",
            Self::ListCharges => "listCharges",
            Self::Subscribe => "subscribe",
            Self::CreateToken => "createToken",
            Self::Self_ => "self",
            Self::New2 => "new-2",
            Self::LabelOptions => "labelOptions",
            Self::CompareCommits => "compareCommits",
            Self::GetStep => "getStep",
            Self::Post2 => "post_-2",
            Self::Ping => "ping",
            Self::ShelfBooks => "shelfBooks",
            Self::DownloadExport => "downloadExport",
            Self::CreatePayment => "createPayment",
            Self::CreateMention => "createMention",
            Self::GetDelivery => "getDelivery",
        }
    }
}
/// Inputs of `repos/get` (`GET /repos/{owner}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReposGetRequest {
    /// path `owner`
    pub owner: String,
}
/// Inputs of `getRepoBeta` (`GET /repos/{owner}?beta=true`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepoBetaRequest {
    /// path `owner`
    pub owner: String,
}
/// Inputs of `fetchAccount` (`GET /Accounts/{Sid}.json`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchAccountRequest {
    /// query `filter`
    pub filter: Option<String>,
    /// path `Sid`
    pub sid: String,
    /// query `StartTime`
    pub start_time: Option<String>,
    /// query `StartTime<`
    pub start_time_lt: Option<String>,
    /// query `StartTime>`
    pub start_time_gt: Option<String>,
}
/// Inputs of `listCharges` (`GET /charges`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListChargesRequest {
    /// query `created`
    pub created: Option<types::ListChargesCreated>,
    /// query `amount`
    pub amount: Option<types::ListChargesAmount>,
    /// query `window`
    pub window: Option<types::ListChargesWindow>,
    /// query `expand`
    pub expand: Option<Vec<String>>,
    /// query `metadata`
    pub metadata: Option<types::ListChargesMetadata>,
}
/// Inputs of `subscribe` (`POST /subscriptions`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscribeRequest {
    /// The request body.
    pub body: types::Subscription,
}
/// Inputs of `createToken` (`POST /tokens`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTokenRequest {
    /// The request body.
    pub body: axum::body::Bytes,
}
/// Inputs of `self` (`GET /batches/{ids}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfRequest {
    /// path `ids`
    pub ids: Vec<i64>,
    /// query `self`
    pub self_: Option<String>,
    /// query `type`
    pub r#type: Option<String>,
}
/// Inputs of `new-2` (`POST /labels`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct New2Request {}
/// Inputs of `labelOptions` (`OPTIONS /labels`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelOptionsRequest {}
/// Inputs of `compareCommits` (`GET /compare/{base}...{head}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareCommitsRequest {
    /// path `base`
    pub base: String,
    /// path `head`
    pub head: String,
}
/// Inputs of `getStep` (`GET /steps`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStepRequest {
    /// query `inputs`
    pub inputs: String,
    /// query `parts`
    pub parts: Option<String>,
    /// query `api`
    pub api: Option<String>,
    /// query `ids`
    pub ids: Option<Vec<i64>>,
}
/// Inputs of `post_-2` (`POST /`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Post2Request {}
/// Inputs of `ping` (`GET /ping`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct PingRequest {
    /// header `beta`
    pub beta: Option<String>,
}
/// Inputs of `shelfBooks` (`GET /shelves/;shelf={shelf}/books/.{ids}/;tags={tags}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ShelfBooksRequest {
    /// path `shelf`
    pub shelf: String,
    /// path `ids`
    pub ids: Vec<i64>,
    /// path `tags`
    pub tags: Vec<String>,
}
/// Inputs of `downloadExport` (`GET /exports/{id}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadExportRequest {
    /// path `id`
    pub id: String,
}
/// Inputs of `createPayment` (`POST /payments`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePaymentRequest {
    /// The request body.
    pub body: types::Payment,
}
/// Inputs of `createMention` (`POST /mentions`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMentionRequest {
    /// The request body.
    pub body: types::Mention,
}
/// Inputs of `getDelivery` (`GET /deliveries/{id}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetDeliveryRequest {
    /// path `id`
    pub id: String,
}
/// Answers of `repos/get`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum ReposGetResponse {
    /// 200: The repository.
    Status200(types::Commit),
    /// 404: No such repository.
    Status404(types::Problem),
}
impl IntoResponse for ReposGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status404(body) => respond::json(respond::status(404u16), &body),
        }
    }
}
/// Answers of `getRepoBeta`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRepoBetaResponse {
    /// 200: The repository, with beta fields.
    Status200(types::Commit),
}
impl IntoResponse for GetRepoBetaResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// Answers of `fetchAccount`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchAccountResponse {
    /// 200: The account.
    Status200(types::Account),
    /// 400: The request was refused.
    Status400(types::Refusal),
}
impl IntoResponse for FetchAccountResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status400(body) => respond::json(respond::status(400u16), &body),
        }
    }
}
/// Answers of `listCharges`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum ListChargesResponse {
    /// 200: The charges.
    Status200(Vec<String>),
}
impl IntoResponse for ListChargesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// Answers of `subscribe`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum SubscribeResponse {
    /// 201: Subscribed.
    Status201,
}
impl IntoResponse for SubscribeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status201 => respond::empty(respond::status(201u16)),
        }
    }
}
/// Answers of `createToken`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTokenResponse {
    /// 200: The token.
    Status200(String),
}
impl IntoResponse for CreateTokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// Answers of `self`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfResponse {
    /// 200: The batch.
    Status200(types::Batch),
}
impl IntoResponse for SelfResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// Answers of `new-2`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum New2Response {
    /// 200: The label.
    Status200(types::String2),
}
impl IntoResponse for New2Response {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// Answers of `labelOptions`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum LabelOptionsResponse {
    /// 204: The methods the resource allows.
    Status204,
}
impl IntoResponse for LabelOptionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status204 => respond::empty(respond::status(204u16)),
        }
    }
}
/// Answers of `compareCommits`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareCommitsResponse {
    /// 200: The two ends, as the server read them.
    Status200(types::String2),
}
impl IntoResponse for CompareCommitsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// Answers of `getStep`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum GetStepResponse {
    /// 200: The step, as the server read it.
    Status200(types::String2),
    /// 400: The request was refused.
    Status400(types::LimitedRefusal),
}
impl IntoResponse for GetStepResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status400(body) => respond::json(respond::status(400u16), &body),
        }
    }
}
/// Answers of `post_-2`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum Post2Response {
    /// 204: Received
    Status204,
}
impl IntoResponse for Post2Response {
    fn into_response(self) -> Response {
        match self {
            Self::Status204 => respond::empty(respond::status(204u16)),
        }
    }
}
/// Answers of `ping`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum PingResponse {
    /// default: Any answer: the spec declares none.
    Default(AnyStatus),
}
impl IntoResponse for PingResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Default(status) => respond::empty(status.code()),
        }
    }
}
/// Answers of `shelfBooks`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum ShelfBooksResponse {
    /// 200: The inputs, as the server read them.
    Status200(types::String2),
    /// 400: The request was refused.
    Status400(types::Problem),
}
impl IntoResponse for ShelfBooksResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status400(body) => respond::json(respond::status(400u16), &body),
        }
    }
}
/// Answers of `downloadExport`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum DownloadExportResponse {
    /// 200: The export's bytes.
    Status200(axum::body::Bytes),
}
impl IntoResponse for DownloadExportResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => {
                respond::with_body(
                    respond::status(200u16),
                    "application/octet-stream",
                    body,
                )
            }
        }
    }
}
/// Answers of `createPayment`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePaymentResponse {
    /// 201: The payment, as the server read it.
    Status201(types::Payment),
    /// 400: The request was refused (RFC 9457).
    Status400(types::Problem),
}
impl IntoResponse for CreatePaymentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status201(body) => respond::json(respond::status(201u16), &body),
            Self::Status400(body) => {
                respond::json_as(
                    respond::status(400u16),
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
/// Answers of `createMention`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateMentionResponse {
    /// 201: The mention, as the server read it.
    Status201(types::Mention),
}
impl IntoResponse for CreateMentionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status201(body) => respond::json(respond::status(201u16), &body),
        }
    }
}
/// Answers of `getDelivery`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum GetDeliveryResponse {
    /// 200: A delivery's last event: a union told apart by `type`, whose next kinds a client built today does not know yet.
    Status200(types::DeliveryEvent),
}
impl IntoResponse for GetDeliveryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
        }
    }
}
/// The API: one method per operation. Implement it and serve it with [`router`].
pub trait ShapesApi: Send + Sync + 'static {
    /// `GET /repos/{owner}`
    fn repos_get(
        &self,
        request: ReposGetRequest,
    ) -> impl std::future::Future<Output = ReposGetResponse> + Send;
    /// `GET /repos/{owner}?beta=true`
    fn get_repo_beta(
        &self,
        request: GetRepoBetaRequest,
    ) -> impl std::future::Future<Output = GetRepoBetaResponse> + Send;
    /// `GET /Accounts/{Sid}.json`
    fn fetch_account(
        &self,
        request: FetchAccountRequest,
    ) -> impl std::future::Future<Output = FetchAccountResponse> + Send;
    /// `GET /charges`
    fn list_charges(
        &self,
        request: ListChargesRequest,
    ) -> impl std::future::Future<Output = ListChargesResponse> + Send;
    /// `POST /subscriptions`
    fn subscribe(
        &self,
        request: SubscribeRequest,
    ) -> impl std::future::Future<Output = SubscribeResponse> + Send;
    /// `POST /tokens`
    fn create_token(
        &self,
        request: CreateTokenRequest,
    ) -> impl std::future::Future<Output = CreateTokenResponse> + Send;
    /// `GET /batches/{ids}`
    fn self_(
        &self,
        request: SelfRequest,
    ) -> impl std::future::Future<Output = SelfResponse> + Send;
    /// `POST /labels`
    fn new_2(
        &self,
        request: New2Request,
    ) -> impl std::future::Future<Output = New2Response> + Send;
    /// `OPTIONS /labels`
    fn label_options(
        &self,
        request: LabelOptionsRequest,
    ) -> impl std::future::Future<Output = LabelOptionsResponse> + Send;
    /// `GET /compare/{base}...{head}`
    fn compare_commits(
        &self,
        request: CompareCommitsRequest,
    ) -> impl std::future::Future<Output = CompareCommitsResponse> + Send;
    /// `GET /steps`
    fn get_step(
        &self,
        request: GetStepRequest,
    ) -> impl std::future::Future<Output = GetStepResponse> + Send;
    /// `POST /`
    fn post_2(
        &self,
        request: Post2Request,
    ) -> impl std::future::Future<Output = Post2Response> + Send;
    /// `GET /ping`
    fn ping(
        &self,
        request: PingRequest,
    ) -> impl std::future::Future<Output = PingResponse> + Send;
    /// `GET /shelves/;shelf={shelf}/books/.{ids}/;tags={tags}`
    fn shelf_books(
        &self,
        request: ShelfBooksRequest,
    ) -> impl std::future::Future<Output = ShelfBooksResponse> + Send;
    /// `GET /exports/{id}`
    fn download_export(
        &self,
        request: DownloadExportRequest,
    ) -> impl std::future::Future<Output = DownloadExportResponse> + Send;
    /// `POST /payments`
    fn create_payment(
        &self,
        request: CreatePaymentRequest,
    ) -> impl std::future::Future<Output = CreatePaymentResponse> + Send;
    /// `POST /mentions`
    fn create_mention(
        &self,
        request: CreateMentionRequest,
    ) -> impl std::future::Future<Output = CreateMentionResponse> + Send;
    /// `GET /deliveries/{id}`
    fn get_delivery(
        &self,
        request: GetDeliveryRequest,
    ) -> impl std::future::Future<Output = GetDeliveryResponse> + Send;
    /// Answers a request refused before it reached a method (bad credentials, bad
    /// input). By default, the error body the spec declares for the operation.
    fn reject(&self, operation: Operation, rejection: Rejection) -> Response {
        render_rejection(operation, &rejection)
    }
}
/// Routes every operation, relative to [`BASE_PATH`], to `api`.
pub fn router<A: ShapesApi>(api: Arc<A>) -> axum::Router {
    axum::Router::new()
        .route("/repos/{owner}", axum::routing::get(dispatch_repos_get::<A>))
        .route("/Accounts/{Sid}", axum::routing::get(handle_fetch_account::<A>))
        .route("/charges", axum::routing::get(handle_list_charges::<A>))
        .route("/subscriptions", axum::routing::post(handle_subscribe::<A>))
        .route("/tokens", axum::routing::post(handle_create_token::<A>))
        .route("/batches/{ids}", axum::routing::get(handle_self_::<A>))
        .route(
            "/labels",
            axum::routing::post(handle_new_2::<A>).options(handle_label_options::<A>),
        )
        .route("/compare/{base}", axum::routing::get(handle_compare_commits::<A>))
        .route("/steps", axum::routing::get(handle_get_step::<A>))
        .route("/", axum::routing::post(handle_post_2::<A>))
        .route("/ping", axum::routing::get(handle_ping::<A>))
        .route(
            "/shelves/{shelf}/books/{ids}/{tags}",
            axum::routing::get(handle_shelf_books::<A>),
        )
        .route("/exports/{id}", axum::routing::get(handle_download_export::<A>))
        .route("/payments", axum::routing::post(handle_create_payment::<A>))
        .route("/mentions", axum::routing::post(handle_create_mention::<A>))
        .route("/deliveries/{id}", axum::routing::get(handle_get_delivery::<A>))
        .with_state(api)
}
/// `GET /repos/{owner}`: `/repos/{owner}?beta=true`, then `/repos/{owner}`.
async fn dispatch_repos_get<A: ShapesApi>(
    state: State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    if openapi_server_runtime::input::matches_template(
        "/repos/{owner}?beta=true",
        request.uri(),
    ) {
        return handle_get_repo_beta::<A>(state, request).await;
    }
    if openapi_server_runtime::input::matches_template("/repos/{owner}", request.uri()) {
        return handle_repos_get::<A>(state, request).await;
    }
    axum::http::StatusCode::NOT_FOUND.into_response()
}
/// [`router`] nested under [`BASE_PATH`], as the spec's first server serves it.
pub fn router_at_base_path<A: ShapesApi>(api: Arc<A>) -> axum::Router {
    let root = axum::Router::new()
        .route("/v1/", axum::routing::post(handle_post_2::<A>))
        .with_state(api.clone());
    axum::Router::new().nest(BASE_PATH, router(api)).merge(root)
}
async fn handle_repos_get<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/repos/{owner}");
        let owner = inputs
            .one::<String>(Source::Path, "owner", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(owner)) = (inputs.problems.is_empty(), owner) else {
            return api.reject(Operation::ReposGet, inputs.into_rejection());
        };
        ReposGetRequest { owner }
    };
    api.repos_get(request).await.into_response()
}
async fn handle_get_repo_beta<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/repos/{owner}");
        let owner = inputs
            .one::<String>(Source::Path, "owner", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(owner)) = (inputs.problems.is_empty(), owner) else {
            return api.reject(Operation::GetRepoBeta, inputs.into_rejection());
        };
        GetRepoBetaRequest { owner }
    };
    api.get_repo_beta(request).await.into_response()
}
async fn handle_fetch_account<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (parts, body) = request.into_parts();
        let Some(path) = openapi_server_runtime::input::path_params(
            "/Accounts/{Sid}.json",
            parts.uri.path(),
        ) else {
            return axum::http::StatusCode::NOT_FOUND.into_response();
        };
        let mut inputs = Inputs::new(&parts, path);
        let filter = inputs
            .one::<String>(Source::Query, "filter", Shape::Json, false, Bounds::NONE);
        let sid = inputs
            .one::<String>(Source::Path, "Sid", Shape::String, true, Bounds::NONE);
        let start_time = inputs
            .one::<
                String,
            >(Source::Query, "StartTime", Shape::String, false, Bounds::NONE);
        let start_time_lt = inputs
            .one::<
                String,
            >(Source::Query, "StartTime<", Shape::String, false, Bounds::NONE);
        let start_time_gt = inputs
            .one::<
                String,
            >(Source::Query, "StartTime>", Shape::String, false, Bounds::NONE);
        let _ = body;
        let (true, Some(sid)) = (inputs.problems.is_empty(), sid) else {
            return api.reject(Operation::FetchAccount, inputs.into_rejection());
        };
        FetchAccountRequest {
            filter,
            sid,
            start_time,
            start_time_lt,
            start_time_gt,
        }
    };
    api.fetch_account(request).await.into_response()
}
async fn handle_list_charges<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/charges");
        let created = inputs
            .deep_object::<
                types::ListChargesCreated,
            >(
                "created",
                &[("gt", Shape::Integer, false), ("lt", Shape::Integer, false)],
                false,
            );
        let amount = inputs
            .exploded_object::<
                types::ListChargesAmount,
            >(
                "amount",
                &[("min", Shape::Integer, false), ("max", Shape::Integer, false)],
                false,
            );
        let window = inputs
            .joined_object::<
                types::ListChargesWindow,
            >(
                "window",
                &[("from", Shape::Integer, false), ("to", Shape::Integer, false)],
                false,
            );
        let expand = inputs
            .many::<
                Vec<String>,
            >(Source::Query, "expand", Shape::String, false, Bounds::NONE);
        let metadata = inputs
            .deep_object::<types::ListChargesMetadata>("metadata", &[], false);
        let _ = body;
        if !inputs.problems.is_empty() {
            return api.reject(Operation::ListCharges, inputs.into_rejection());
        }
        ListChargesRequest {
            created,
            amount,
            window,
            expand,
            metadata,
        }
    };
    api.list_charges(request).await.into_response()
}
async fn handle_subscribe<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/subscriptions");
        let body = match inputs.body_bytes(body, None, true).await {
            Some(bytes) => {
                const RULES: &[BodyRule] = &[
                    BodyRule {
                        path: &[],
                        bounds: Bounds {
                            object: true,
                            required: &["url"],
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("seed")],
                        bounds: Bounds {
                            minimum: Some(-9223372036854776000f64),
                            maximum: Some(9223372036854776000f64),
                            integer: true,
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("retries")],
                        bounds: Bounds {
                            minimum: Some(0f64),
                            integer: true,
                            ..Bounds::NONE
                        },
                    },
                ];
                inputs.json_body_within::<types::Subscription>(&bytes, true, RULES)
            }
            None => None,
        };
        let (true, Some(body)) = (inputs.problems.is_empty(), body) else {
            return api.reject(Operation::Subscribe, inputs.into_rejection());
        };
        SubscribeRequest { body }
    };
    api.subscribe(request).await.into_response()
}
async fn handle_create_token<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/tokens");
        let body = match inputs
            .body_bytes(body, Some("application/x-www-form-urlencoded"), true)
            .await
        {
            Some(bytes) => Some(bytes),
            None => None,
        };
        let (true, Some(body)) = (inputs.problems.is_empty(), body) else {
            return api.reject(Operation::CreateToken, inputs.into_rejection());
        };
        CreateTokenRequest { body }
    };
    api.create_token(request).await.into_response()
}
async fn handle_self_<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/batches/{ids}");
        let ids = inputs
            .many::<Vec<i64>>(Source::Path, "ids", Shape::Integer, true, Bounds::NONE);
        let self_ = inputs
            .one::<String>(Source::Query, "self", Shape::String, false, Bounds::NONE);
        let r#type = inputs
            .one::<String>(Source::Query, "type", Shape::String, false, Bounds::NONE);
        let _ = body;
        let (true, Some(ids)) = (inputs.problems.is_empty(), ids) else {
            return api.reject(Operation::Self_, inputs.into_rejection());
        };
        SelfRequest { ids, self_, r#type }
    };
    api.self_(request).await.into_response()
}
async fn handle_new_2<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let inputs = Inputs::routed(&parts, routed.as_ref(), "/labels");
        let _ = body;
        if !inputs.problems.is_empty() {
            return api.reject(Operation::New2, inputs.into_rejection());
        }
        New2Request {}
    };
    api.new_2(request).await.into_response()
}
async fn handle_label_options<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let inputs = Inputs::routed(&parts, routed.as_ref(), "/labels");
        let _ = body;
        if !inputs.problems.is_empty() {
            return api.reject(Operation::LabelOptions, inputs.into_rejection());
        }
        LabelOptionsRequest {}
    };
    api.label_options(request).await.into_response()
}
async fn handle_compare_commits<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (parts, body) = request.into_parts();
        let Some(path) = openapi_server_runtime::input::path_params(
            "/compare/{base}...{head}",
            parts.uri.path(),
        ) else {
            return axum::http::StatusCode::NOT_FOUND.into_response();
        };
        let mut inputs = Inputs::new(&parts, path);
        let base = inputs
            .one::<String>(Source::Path, "base", Shape::String, true, Bounds::NONE);
        let head = inputs
            .one::<String>(Source::Path, "head", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(base), Some(head)) = (inputs.problems.is_empty(), base, head)
        else {
            return api.reject(Operation::CompareCommits, inputs.into_rejection());
        };
        CompareCommitsRequest {
            base,
            head,
        }
    };
    api.compare_commits(request).await.into_response()
}
async fn handle_get_step<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/steps");
        let inputs_value = inputs
            .one::<String>(Source::Query, "inputs", Shape::String, true, Bounds::NONE);
        let parts_value = inputs
            .one::<String>(Source::Query, "parts", Shape::String, false, Bounds::NONE);
        let api_value = inputs
            .one::<String>(Source::Query, "api", Shape::String, false, Bounds::NONE);
        let ids = inputs
            .joined::<
                Vec<i64>,
            >(Source::Query, "ids", "|", Shape::Integer, false, Bounds::NONE);
        let _ = body;
        let (true, Some(inputs_value)) = (inputs.problems.is_empty(), inputs_value) else {
            return api.reject(Operation::GetStep, inputs.into_rejection());
        };
        GetStepRequest {
            inputs: inputs_value,
            parts: parts_value,
            api: api_value,
            ids,
        }
    };
    api.get_step(request).await.into_response()
}
async fn handle_post_2<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let inputs = Inputs::routed(&parts, routed.as_ref(), "/");
        let _ = body;
        if !inputs.problems.is_empty() {
            return api.reject(Operation::Post2, inputs.into_rejection());
        }
        Post2Request {}
    };
    api.post_2(request).await.into_response()
}
async fn handle_ping<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/ping");
        let beta = inputs
            .one::<String>(Source::Header, "beta", Shape::String, false, Bounds::NONE);
        let _ = body;
        if !inputs.problems.is_empty() {
            return api.reject(Operation::Ping, inputs.into_rejection());
        }
        PingRequest { beta }
    };
    api.ping(request).await.into_response()
}
async fn handle_shelf_books<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (parts, body) = request.into_parts();
        let Some(path) = openapi_server_runtime::input::path_params(
            "/shelves/;shelf={shelf}/books/.{ids}/;tags={tags}",
            parts.uri.path(),
        ) else {
            return axum::http::StatusCode::NOT_FOUND.into_response();
        };
        let mut inputs = Inputs::new(&parts, path);
        let shelf = inputs
            .one::<String>(Source::Path, "shelf", Shape::String, true, Bounds::NONE);
        let ids = inputs
            .joined::<
                Vec<i64>,
            >(Source::Path, "ids", ".", Shape::Integer, true, Bounds::NONE);
        let tags = inputs
            .joined::<
                Vec<String>,
            >(Source::Path, "tags", ";tags=", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(shelf), Some(ids), Some(tags)) = (
            inputs.problems.is_empty(),
            shelf,
            ids,
            tags,
        ) else {
            return api.reject(Operation::ShelfBooks, inputs.into_rejection());
        };
        ShelfBooksRequest {
            shelf,
            ids,
            tags,
        }
    };
    api.shelf_books(request).await.into_response()
}
async fn handle_download_export<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/exports/{id}");
        let id = inputs
            .one::<String>(Source::Path, "id", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(id)) = (inputs.problems.is_empty(), id) else {
            return api.reject(Operation::DownloadExport, inputs.into_rejection());
        };
        DownloadExportRequest { id }
    };
    api.download_export(request).await.into_response()
}
async fn handle_create_payment<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/payments");
        let body = match inputs.body_bytes(body, None, true).await {
            Some(bytes) => {
                const RULES: &[BodyRule] = &[
                    BodyRule {
                        path: &[],
                        bounds: Bounds {
                            object: true,
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("schedule")],
                        bounds: Bounds {
                            required: &["interval"],
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("schedule")],
                        bounds: Bounds {
                            object: true,
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("schedule")],
                        bounds: Bounds {
                            object: true,
                            ..Bounds::NONE
                        },
                    },
                ];
                inputs.json_body_within::<types::Payment>(&bytes, true, RULES)
            }
            None => None,
        };
        let (true, Some(body)) = (inputs.problems.is_empty(), body) else {
            return api.reject(Operation::CreatePayment, inputs.into_rejection());
        };
        CreatePaymentRequest { body }
    };
    api.create_payment(request).await.into_response()
}
async fn handle_create_mention<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/mentions");
        let body = match inputs.body_bytes(body, None, true).await {
            Some(bytes) => {
                const RULES: &[BodyRule] = &[
                    BodyRule {
                        path: &[],
                        bounds: Bounds {
                            object: true,
                            required: &["author", "subject"],
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("author")],
                        bounds: Bounds {
                            object: true,
                            required: &["login"],
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("editor")],
                        bounds: Bounds {
                            object: true,
                            required: &["login"],
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("subject")],
                        bounds: Bounds {
                            object: true,
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("previous")],
                        bounds: Bounds {
                            object: true,
                            ..Bounds::NONE
                        },
                    },
                ];
                inputs.json_body_within::<types::Mention>(&bytes, true, RULES)
            }
            None => None,
        };
        let (true, Some(body)) = (inputs.problems.is_empty(), body) else {
            return api.reject(Operation::CreateMention, inputs.into_rejection());
        };
        CreateMentionRequest { body }
    };
    api.create_mention(request).await.into_response()
}
async fn handle_get_delivery<A: ShapesApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/deliveries/{id}");
        let id = inputs
            .one::<String>(Source::Path, "id", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(id)) = (inputs.problems.is_empty(), id) else {
            return api.reject(Operation::GetDelivery, inputs.into_rejection());
        };
        GetDeliveryRequest { id }
    };
    api.get_delivery(request).await.into_response()
}
/// The spec's declared error answer for a refused request.
pub fn render_rejection(operation: Operation, rejection: &Rejection) -> Response {
    match operation {
        Operation::ReposGet => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::GetRepoBeta => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::FetchAccount => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_0(400u16, rejection),
                    )
                }
                RejectionReason::UnsupportedMediaType => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_0(400u16, rejection),
                    )
                }
                RejectionReason::PayloadTooLarge => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_0(400u16, rejection),
                    )
                }
                RejectionReason::RequestTimeout => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_0(400u16, rejection),
                    )
                }
            }
        }
        Operation::ListCharges => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::Subscribe => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::CreateToken => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::Self_ => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::New2 => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::LabelOptions => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::CompareCommits => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::GetStep => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_1(400u16, rejection),
                    )
                }
                RejectionReason::UnsupportedMediaType => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_1(400u16, rejection),
                    )
                }
                RejectionReason::PayloadTooLarge => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_1(400u16, rejection),
                    )
                }
                RejectionReason::RequestTimeout => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_1(400u16, rejection),
                    )
                }
            }
        }
        Operation::Post2 => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::Ping => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(415u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(413u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(408u16))
                }
            }
        }
        Operation::ShelfBooks => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_2(400u16, rejection),
                    )
                }
                RejectionReason::UnsupportedMediaType => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_2(400u16, rejection),
                    )
                }
                RejectionReason::PayloadTooLarge => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_2(400u16, rejection),
                    )
                }
                RejectionReason::RequestTimeout => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_2(400u16, rejection),
                    )
                }
            }
        }
        Operation::DownloadExport => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::CreatePayment => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => {
                    respond::json_as(
                        respond::status(400u16),
                        "application/problem+json",
                        &error_body_2(400u16, rejection),
                    )
                }
                RejectionReason::UnsupportedMediaType => {
                    respond::json_as(
                        respond::status(400u16),
                        "application/problem+json",
                        &error_body_2(400u16, rejection),
                    )
                }
                RejectionReason::PayloadTooLarge => {
                    respond::json_as(
                        respond::status(400u16),
                        "application/problem+json",
                        &error_body_2(400u16, rejection),
                    )
                }
                RejectionReason::RequestTimeout => {
                    respond::json_as(
                        respond::status(400u16),
                        "application/problem+json",
                        &error_body_2(400u16, rejection),
                    )
                }
            }
        }
        Operation::CreateMention => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
        Operation::GetDelivery => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => respond::empty(respond::status(400u16)),
                RejectionReason::UnsupportedMediaType => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::PayloadTooLarge => {
                    respond::empty(respond::status(400u16))
                }
                RejectionReason::RequestTimeout => {
                    respond::empty(respond::status(400u16))
                }
            }
        }
    }
}
/// The body of `#/components/schemas/Refusal` describing a rejection.
fn error_body_0(status: u16, rejection: &Rejection) -> types::Refusal {
    let _ = (status, rejection);
    types::Refusal::new(
        Default::default(),
        rejection
            .problems
            .iter()
            .map(|problem| types::RefusalProblemsItem::new(
                problem
                    .loc_steps()
                    .map(|step| match step {
                        openapi_server_runtime::rejection::LocStep::Key(key) => {
                            types::RefusalProblemsItemLocItem::String(key.to_string())
                        }
                        openapi_server_runtime::rejection::LocStep::Index(index) => {
                            types::RefusalProblemsItemLocItem::Integer(
                                i64::try_from(index).unwrap_or(i64::MAX),
                            )
                        }
                    })
                    .collect(),
                problem.message.clone(),
            ))
            .collect(),
        types::RefusalSeverity::Error,
        i64::from(status),
    )
}
/// The body of `#/components/schemas/LimitedRefusal` describing a rejection.
fn error_body_1(status: u16, rejection: &Rejection) -> serde_json::Value {
    let _ = (status, rejection);
    let mut map = serde_json::Map::new();
    map.insert(
        "message".to_string(),
        serde_json::Value::from(
            openapi_server_runtime::rejection::truncated(rejection.summary(), 64),
        ),
    );
    serde_json::Value::Object(map)
}
/// The body of `#/components/schemas/Problem` describing a rejection.
fn error_body_2(status: u16, rejection: &Rejection) -> types::Problem {
    let _ = (status, rejection);
    types::Problem::new(rejection.summary())
}
