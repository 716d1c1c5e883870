// @generated from specs/corbado-backend.yaml (sha256 bb207f670919aec032ce6090517652bc8db4b1a0b05354c8dccf84899f56656e).
// Do not edit: change the spec, then run `cargo xtask codegen`.

pub use corbado_types as types;
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
/// The path of the spec's first server (`/v2`): nest [`router`] under it, or use [`router_at_base_path`].
pub const BASE_PATH: &str = "/v2";
/// Every operation of the API, to tell [`CorbadoApi::reject`] which one refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    ExportDownloadLinkGet,
}
impl Operation {
    /// The spec's `operationId`.
    pub fn operation_id(self) -> &'static str {
        match self {
            Self::ExportDownloadLinkGet => "ExportDownloadLinkGet",
        }
    }
}
/// Inputs of `ExportDownloadLinkGet` (`GET /exports/{exportType}/{filename}/downloadLink`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDownloadLinkGetRequest {
    /// path `exportType`: Type of export to download
    pub export_type: types::ExportType,
    /// path `filename`: Name of the export file
    pub filename: String,
}
/// Answers of `ExportDownloadLinkGet`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportDownloadLinkGetResponse {
    /// 200: Pre-signed download link
    Status200(types::ExportDownloadLink),
    /// default: Error
    Default(AnyStatus, types::ErrorResponse),
}
impl IntoResponse for ExportDownloadLinkGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Default(status, body) => respond::json(status.code(), &body),
        }
    }
}
/// The API: one method per operation. Implement it and serve it with [`router`].
pub trait CorbadoApi: Send + Sync + 'static {
    /// `GET /exports/{exportType}/{filename}/downloadLink`: Get download link for an export file
    ///
    /// Generates a pre-signed download link for a specific export file.
    fn export_download_link_get(
        &self,
        credentials: BasicCredentials,
        request: ExportDownloadLinkGetRequest,
    ) -> impl std::future::Future<Output = ExportDownloadLinkGetResponse> + Send;
    /// Answers a request refused before it reached a method (bad credentials, bad
    /// input). By default, the error body the spec declares for the operation.
    fn reject(&self, operation: Operation, rejection: Rejection) -> Response {
        render_rejection(operation, &rejection)
    }
}
/// Routes every operation, relative to [`BASE_PATH`], to `api`.
pub fn router<A: CorbadoApi>(api: Arc<A>) -> axum::Router {
    axum::Router::new()
        .route(
            "/exports/{exportType}/{filename}/downloadLink",
            axum::routing::get(handle_export_download_link_get::<A>),
        )
        .with_state(api)
}
/// [`router`] nested under [`BASE_PATH`], as the spec's first server serves it.
pub fn router_at_base_path<A: CorbadoApi>(api: Arc<A>) -> axum::Router {
    if BASE_PATH.is_empty() {
        router(api)
    } else {
        axum::Router::new().nest(BASE_PATH, router(api))
    }
}
async fn handle_export_download_link_get<A: CorbadoApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let (credentials, request) = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(
            &parts,
            routed.as_ref(),
            "/exports/{exportType}/{filename}/downloadLink",
        );
        let credentials = match credentials::basic(inputs.headers()) {
            Ok(found) => found,
            Err(problem) => {
                return api
                    .reject(
                        Operation::ExportDownloadLinkGet,
                        inputs.unauthenticated(problem),
                    );
            }
        };
        let export_type = inputs
            .one::<
                types::ExportType,
            >(Source::Path, "exportType", Shape::String, true, Bounds::NONE);
        let filename = inputs
            .one::<String>(Source::Path, "filename", Shape::String, true, Bounds::NONE);
        let _ = body;
        let (true, Some(export_type), Some(filename)) = (
            inputs.problems.is_empty(),
            export_type,
            filename,
        ) else {
            return api.reject(Operation::ExportDownloadLinkGet, inputs.into_rejection());
        };
        (
            credentials,
            ExportDownloadLinkGetRequest {
                export_type,
                filename,
            },
        )
    };
    respond::challenged_if_unauthorized(
        api.export_download_link_get(credentials, request).await.into_response(),
        "Basic realm=\"Corbado Backend API\", charset=\"UTF-8\"",
    )
}
/// The spec's declared error answer for a refused request.
pub fn render_rejection(operation: Operation, rejection: &Rejection) -> Response {
    match operation {
        Operation::ExportDownloadLinkGet => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::challenged(
                        respond::json(
                            respond::status(401u16),
                            &error_body_0(401u16, rejection),
                        ),
                        "Basic realm=\"Corbado Backend API\", charset=\"UTF-8\"",
                    )
                }
                RejectionReason::InvalidInput => {
                    respond::json(
                        respond::status(400u16),
                        &error_body_0(400u16, rejection),
                    )
                }
                RejectionReason::UnsupportedMediaType => {
                    respond::json(
                        respond::status(415u16),
                        &error_body_0(415u16, rejection),
                    )
                }
                RejectionReason::PayloadTooLarge => {
                    respond::json(
                        respond::status(413u16),
                        &error_body_0(413u16, rejection),
                    )
                }
                RejectionReason::RequestTimeout => {
                    respond::json(
                        respond::status(408u16),
                        &error_body_0(408u16, rejection),
                    )
                }
            }
        }
    }
}
/// The body of `#/components/schemas/error-response` describing a rejection.
fn error_body_0(status: u16, rejection: &Rejection) -> types::ErrorResponse {
    let _ = (status, rejection);
    types::ErrorResponse::new(
        {
            let mut value = types::ErrorResponseError::new(
                rejection.reason.code().to_string(),
            );
            value.details = Some(rejection.summary());
            value.validation = rejection
                .problems
                .iter()
                .map(|problem| types::ErrorResponseErrorValidationItem::new(
                    problem.field(),
                    problem.message.clone(),
                ))
                .collect();
            value
        },
        i32::from(status),
        rejection.summary(),
        types::ErrorResponseRequestData::new(rejection.request_id.clone()),
        0.0,
    )
}
