// @generated from specs/merchantops-public.json (sha256 3bc8d93f0f119b58890a520076fffd1979cdba8d73b1638f33a0e8883e03b86f).
// Do not edit: change the spec, then run `cargo xtask codegen`.

pub use merchantops_types as types;
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
/// The path of the spec's first server (``): nest [`router`] under it, or use [`router_at_base_path`].
pub const BASE_PATH: &str = "";
/// Every operation of the API, to tell [`MerchantopsApi::reject`] which one refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    GetExportDownloadUrl,
}
impl Operation {
    /// The spec's `operationId`.
    pub fn operation_id(self) -> &'static str {
        match self {
            Self::GetExportDownloadUrl => "get_export_download_url",
        }
    }
}
/// Inputs of `get_export_download_url` (`GET /api/products/export/{job_id}/download-url`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetExportDownloadUrlRequest {
    /// path `job_id`
    pub job_id: String,
    /// header `authorization`
    pub authorization: Option<String>,
    /// header `x-organization-id`
    pub x_organization_id: Option<String>,
    /// cookie `stytch_session`
    pub stytch_session: Option<String>,
}
/// Answers of `get_export_download_url`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum GetExportDownloadUrlResponse {
    /// 200: Successful Response
    Status200(types::ExportDownloadUrlResponse),
    /// 422: Validation Error
    Status422(types::HttpValidationError),
}
impl IntoResponse for GetExportDownloadUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status422(body) => respond::json(respond::status(422u16), &body),
        }
    }
}
/// The API: one method per operation. Implement it and serve it with [`router`].
pub trait MerchantopsApi: Send + Sync + 'static {
    /// `GET /api/products/export/{job_id}/download-url`: Get Export Download Url
    ///
    /// Mint a fresh signed download URL for a completed export job.
    ///
    /// Signed URLs are short-lived, so they are minted on demand from the
    /// ``file_url`` the worker stored on the job's metadata.
    ///
    /// **Authentication Required**: Requires `product:read` permission.
    fn get_export_download_url(
        &self,
        request: GetExportDownloadUrlRequest,
    ) -> impl std::future::Future<Output = GetExportDownloadUrlResponse> + Send;
    /// Answers a request refused before it reached a method (bad credentials, bad
    /// input). By default, the error body the spec declares for the operation.
    fn reject(&self, operation: Operation, rejection: Rejection) -> Response {
        render_rejection(operation, &rejection)
    }
}
/// Routes every operation, relative to [`BASE_PATH`], to `api`.
pub fn router<A: MerchantopsApi>(api: Arc<A>) -> axum::Router {
    axum::Router::new()
        .route(
            "/api/products/export/{job_id}/download-url",
            axum::routing::get(handle_get_export_download_url::<A>),
        )
        .with_state(api)
}
/// [`router`] nested under [`BASE_PATH`], as the spec's first server serves it.
pub fn router_at_base_path<A: MerchantopsApi>(api: Arc<A>) -> axum::Router {
    if BASE_PATH.is_empty() {
        router(api)
    } else {
        axum::Router::new().nest(BASE_PATH, router(api))
    }
}
async fn handle_get_export_download_url<A: MerchantopsApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(
            &parts,
            routed.as_ref(),
            "/api/products/export/{job_id}/download-url",
        );
        let job_id = inputs
            .one::<String>(Source::Path, "job_id", Shape::String, true, Bounds::NONE);
        let authorization = inputs
            .one::<
                String,
            >(Source::Header, "authorization", Shape::String, false, Bounds::NONE);
        let x_organization_id = inputs
            .one::<
                String,
            >(Source::Header, "x-organization-id", Shape::String, false, Bounds::NONE);
        let stytch_session = inputs
            .one::<
                String,
            >(Source::Cookie, "stytch_session", Shape::String, false, Bounds::NONE);
        let _ = body;
        let (true, Some(job_id)) = (inputs.problems.is_empty(), job_id) else {
            return api.reject(Operation::GetExportDownloadUrl, inputs.into_rejection());
        };
        GetExportDownloadUrlRequest {
            job_id,
            authorization,
            x_organization_id,
            stytch_session,
        }
    };
    api.get_export_download_url(request).await.into_response()
}
/// The spec's declared error answer for a refused request.
pub fn render_rejection(operation: Operation, rejection: &Rejection) -> Response {
    match operation {
        Operation::GetExportDownloadUrl => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::empty(respond::status(401u16))
                }
                RejectionReason::InvalidInput => {
                    respond::json(
                        respond::status(422u16),
                        &error_body_0(422u16, rejection),
                    )
                }
                RejectionReason::UnsupportedMediaType => {
                    respond::json(
                        respond::status(422u16),
                        &error_body_0(422u16, rejection),
                    )
                }
                RejectionReason::PayloadTooLarge => {
                    respond::json(
                        respond::status(422u16),
                        &error_body_0(422u16, rejection),
                    )
                }
                RejectionReason::RequestTimeout => {
                    respond::json(
                        respond::status(422u16),
                        &error_body_0(422u16, rejection),
                    )
                }
            }
        }
    }
}
/// The body of `#/components/schemas/HTTPValidationError` describing a rejection.
fn error_body_0(status: u16, rejection: &Rejection) -> types::HttpValidationError {
    let _ = (status, rejection);
    let mut value = types::HttpValidationError::new();
    value.detail = rejection
        .problems
        .iter()
        .map(|problem| {
            let mut value = types::ValidationError::new(
                problem
                    .loc_steps()
                    .map(|step| match step {
                        openapi_server_runtime::rejection::LocStep::Key(key) => {
                            types::LocationItem::String(key.to_string())
                        }
                        openapi_server_runtime::rejection::LocStep::Index(index) => {
                            types::LocationItem::Integer(
                                i64::try_from(index).unwrap_or(i64::MAX),
                            )
                        }
                    })
                    .collect(),
                problem.message.clone(),
                problem.kind.code().to_string(),
            );
            value.input = problem.input.clone();
            value
        })
        .collect();
    value
}
