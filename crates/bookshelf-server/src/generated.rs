// @generated from specs/bookshelf.yaml (sha256 2a5a4fc7ddf42539dc926f604e37d3cd8e28108cba963c371daf68ca1daa3961).
// Do not edit: change the spec, then run `cargo xtask codegen`.

pub use bookshelf_types as types;
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
/// The path of the spec's first server (`/api/v1`): nest [`router`] under it, or use [`router_at_base_path`].
pub const BASE_PATH: &str = "/api/v1";
/// Every operation of the API, to tell [`BookshelfApi::reject`] which one refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    ListBooks,
    AddBook,
    GetBook,
    DeleteBook,
    PutCover,
}
impl Operation {
    /// The spec's `operationId`.
    pub fn operation_id(self) -> &'static str {
        match self {
            Self::ListBooks => "listBooks",
            Self::AddBook => "addBook",
            Self::GetBook => "getBook",
            Self::DeleteBook => "deleteBook",
            Self::PutCover => "putCover",
        }
    }
}
/// Inputs of `listBooks` (`GET /books`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListBooksRequest {
    /// query `genre`
    pub genre: Option<types::Genre>,
    /// query `tag`: Books carrying every one of these tags.
    pub tag: Option<Vec<String>>,
    /// query `limit`
    pub limit: Option<i64>,
}
/// Inputs of `addBook` (`POST /books`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct AddBookRequest {
    /// header `idempotency-key`
    pub idempotency_key: types::AddBookIdempotencyKey,
    /// The request body.
    pub body: types::NewBook,
}
/// Inputs of `getBook` (`GET /books/{bookId}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBookRequest {
    /// path `bookId`
    pub book_id: i64,
}
/// Inputs of `deleteBook` (`DELETE /books/{bookId}`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBookRequest {
    /// path `bookId`
    pub book_id: i64,
}
/// Inputs of `putCover` (`PUT /books/{bookId}/cover`), parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct PutCoverRequest {
    /// path `bookId`
    pub book_id: i64,
    /// The request body.
    pub body: axum::body::Bytes,
}
/// Answers of `listBooks`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum ListBooksResponse {
    /// 200: A page of books
    Status200(types::BookPage),
    /// 4XX: The request was refused
    Status4xx(RangeStatus<4u16>, types::Problem),
}
impl IntoResponse for ListBooksResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status4xx(status, body) => respond::json(status.code(), &body),
        }
    }
}
/// Answers of `addBook`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum AddBookResponse {
    /// 201: The book, as stored
    Status201(types::Book),
    /// 4XX: The request was refused
    Status4xx(RangeStatus<4u16>, types::Problem),
}
impl IntoResponse for AddBookResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status201(body) => respond::json(respond::status(201u16), &body),
            Self::Status4xx(status, body) => respond::json(status.code(), &body),
        }
    }
}
/// Answers of `getBook`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum GetBookResponse {
    /// 200: The book
    Status200(types::Book),
    /// 404: No such book
    Status404,
    /// 4XX: The request was refused
    Status4xx(RangeStatus<4u16>, types::Problem),
}
impl IntoResponse for GetBookResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status200(body) => respond::json(respond::status(200u16), &body),
            Self::Status404 => respond::empty(respond::status(404u16)),
            Self::Status4xx(status, body) => respond::json(status.code(), &body),
        }
    }
}
/// Answers of `deleteBook`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteBookResponse {
    /// 204: Removed
    Status204,
    /// 4XX: The request was refused
    Status4xx(RangeStatus<4u16>, types::Problem),
}
impl IntoResponse for DeleteBookResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status204 => respond::empty(respond::status(204u16)),
            Self::Status4xx(status, body) => respond::json(status.code(), &body),
        }
    }
}
/// Answers of `putCover`: one variant per status the spec declares.
#[derive(Debug, Clone, PartialEq)]
pub enum PutCoverResponse {
    /// 204: Stored
    Status204,
    /// 4XX: The request was refused
    Status4xx(RangeStatus<4u16>, types::Problem),
}
impl IntoResponse for PutCoverResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status204 => respond::empty(respond::status(204u16)),
            Self::Status4xx(status, body) => respond::json(status.code(), &body),
        }
    }
}
/// The credentials `addBook` accepts: any one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddBookCredentials {
    /// Security schemes `bearerAuth`.
    BearerAuth(BearerToken),
    /// Security schemes `apiKeyHeader`.
    ApiKeyHeader(ApiKey),
}
/// The credentials `putCover` accepts: any one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PutCoverCredentials {
    /// Security schemes `bearerAuth`.
    BearerAuth(BearerToken),
    /// Security schemes `apiKeyHeader`.
    ApiKeyHeader(ApiKey),
}
/// The API: one method per operation. Implement it and serve it with [`router`].
pub trait BookshelfApi: Send + Sync + 'static {
    /// `GET /books`: List books, filtered and paged
    fn list_books(
        &self,
        request: ListBooksRequest,
    ) -> impl std::future::Future<Output = ListBooksResponse> + Send;
    /// `POST /books`: Add a book
    fn add_book(
        &self,
        credentials: AddBookCredentials,
        request: AddBookRequest,
    ) -> impl std::future::Future<Output = AddBookResponse> + Send;
    /// `GET /books/{bookId}`: One book
    fn get_book(
        &self,
        request: GetBookRequest,
    ) -> impl std::future::Future<Output = GetBookResponse> + Send;
    /// `DELETE /books/{bookId}`: Remove a book (shelf keepers only, by session cookie)
    fn delete_book(
        &self,
        credentials: ApiKey,
        request: DeleteBookRequest,
    ) -> impl std::future::Future<Output = DeleteBookResponse> + Send;
    /// `PUT /books/{bookId}/cover`: Store a book's cover image
    fn put_cover(
        &self,
        credentials: PutCoverCredentials,
        request: PutCoverRequest,
    ) -> impl std::future::Future<Output = PutCoverResponse> + Send;
    /// Answers a request refused before it reached a method (bad credentials, bad
    /// input). By default, the error body the spec declares for the operation.
    fn reject(&self, operation: Operation, rejection: Rejection) -> Response {
        render_rejection(operation, &rejection)
    }
}
/// Routes every operation, relative to [`BASE_PATH`], to `api`.
pub fn router<A: BookshelfApi>(api: Arc<A>) -> axum::Router {
    axum::Router::new()
        .route(
            "/books",
            axum::routing::get(handle_list_books::<A>).post(handle_add_book::<A>),
        )
        .route(
            "/books/{bookId}",
            axum::routing::get(handle_get_book::<A>).delete(handle_delete_book::<A>),
        )
        .route("/books/{bookId}/cover", axum::routing::put(handle_put_cover::<A>))
        .with_state(api)
}
/// [`router`] nested under [`BASE_PATH`], as the spec's first server serves it.
pub fn router_at_base_path<A: BookshelfApi>(api: Arc<A>) -> axum::Router {
    if BASE_PATH.is_empty() {
        router(api)
    } else {
        axum::Router::new().nest(BASE_PATH, router(api))
    }
}
async fn handle_list_books<A: BookshelfApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/books");
        let genre = inputs
            .one::<
                types::Genre,
            >(Source::Query, "genre", Shape::String, false, Bounds::NONE);
        let tag = inputs
            .many::<
                Vec<String>,
            >(Source::Query, "tag", Shape::String, false, Bounds::NONE);
        let limit = inputs
            .one::<
                i64,
            >(
                Source::Query,
                "limit",
                Shape::Integer,
                false,
                Bounds {
                    minimum: Some(0f64),
                    maximum: Some(100f64),
                    exclusive_minimum: true,
                    ..Bounds::NONE
                },
            );
        let _ = body;
        if !inputs.problems.is_empty() {
            return api.reject(Operation::ListBooks, inputs.into_rejection());
        }
        ListBooksRequest {
            genre,
            tag,
            limit,
        }
    };
    api.list_books(request).await.into_response()
}
async fn handle_add_book<A: BookshelfApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let (credentials, request) = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/books");
        let credentials = match credentials::bearer(inputs.headers())
            .and_then(|part0| Ok(AddBookCredentials::BearerAuth(part0)))
            .or_else(|first_problem| {
                credentials::api_key_in_header(inputs.headers(), "x-api-key")
                    .and_then(|part0| Ok(AddBookCredentials::ApiKeyHeader(part0)))
                    .map_err(|_| first_problem)
            })
        {
            Ok(found) => found,
            Err(problem) => {
                return api.reject(Operation::AddBook, inputs.unauthenticated(problem));
            }
        };
        let idempotency_key = inputs
            .one::<
                types::AddBookIdempotencyKey,
            >(
                Source::Header,
                "idempotency-key",
                Shape::String,
                true,
                Bounds {
                    min_length: Some(8usize),
                    max_length: Some(64usize),
                    ..Bounds::NONE
                },
            );
        let body = match inputs.body_bytes(body, None, true).await {
            Some(bytes) => {
                const RULES: &[BodyRule] = &[
                    BodyRule {
                        path: &[],
                        bounds: Bounds {
                            object: true,
                            required: &["title", "genre"],
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("title")],
                        bounds: Bounds {
                            min_length: Some(1usize),
                            max_length: Some(200usize),
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("year")],
                        bounds: Bounds {
                            minimum: Some(1450f64),
                            maximum: Some(2100f64),
                            integer: true,
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("tags")],
                        bounds: Bounds {
                            max_items: Some(10usize),
                            ..Bounds::NONE
                        },
                    },
                    BodyRule {
                        path: &[PathStep::Key("tags"), PathStep::Each],
                        bounds: Bounds {
                            max_length: Some(32usize),
                            ..Bounds::NONE
                        },
                    },
                ];
                inputs.json_body_within::<types::NewBook>(&bytes, true, RULES)
            }
            None => None,
        };
        let (true, Some(idempotency_key), Some(body)) = (
            inputs.problems.is_empty(),
            idempotency_key,
            body,
        ) else {
            return api.reject(Operation::AddBook, inputs.into_rejection());
        };
        (
            credentials,
            AddBookRequest {
                idempotency_key,
                body,
            },
        )
    };
    respond::challenged_if_unauthorized(
        api.add_book(credentials, request).await.into_response(),
        "Bearer realm=\"Bookshelf API\", ApiKey realm=\"Bookshelf API\", in=\"header\", name=\"X-API-Key\"",
    )
}
async fn handle_get_book<A: BookshelfApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let request = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/books/{bookId}");
        let book_id = inputs
            .one::<
                i64,
            >(
                Source::Path,
                "bookId",
                Shape::Integer,
                true,
                Bounds {
                    minimum: Some(1f64),
                    ..Bounds::NONE
                },
            );
        let _ = body;
        let (true, Some(book_id)) = (inputs.problems.is_empty(), book_id) else {
            return api.reject(Operation::GetBook, inputs.into_rejection());
        };
        GetBookRequest { book_id }
    };
    api.get_book(request).await.into_response()
}
async fn handle_delete_book<A: BookshelfApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let (credentials, request) = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(&parts, routed.as_ref(), "/books/{bookId}");
        let credentials = match credentials::api_key_in_pairs(
            inputs.cookies(),
            "shelf_session",
            Source::Cookie,
        ) {
            Ok(found) => found,
            Err(problem) => {
                return api.reject(Operation::DeleteBook, inputs.unauthenticated(problem));
            }
        };
        let book_id = inputs
            .one::<
                i64,
            >(
                Source::Path,
                "bookId",
                Shape::Integer,
                true,
                Bounds {
                    minimum: Some(1f64),
                    ..Bounds::NONE
                },
            );
        let _ = body;
        let (true, Some(book_id)) = (inputs.problems.is_empty(), book_id) else {
            return api.reject(Operation::DeleteBook, inputs.into_rejection());
        };
        (credentials, DeleteBookRequest { book_id })
    };
    respond::challenged_if_unauthorized(
        api.delete_book(credentials, request).await.into_response(),
        "ApiKey realm=\"Bookshelf API\", in=\"cookie\", name=\"shelf_session\"",
    )
}
async fn handle_put_cover<A: BookshelfApi>(
    State(api): State<Arc<A>>,
    request: axum::extract::Request,
) -> Response {
    let (credentials, request) = {
        let (mut parts, body) = request.into_parts();
        let routed = openapi_server_runtime::input::routed_params(&mut parts).await;
        let mut inputs = Inputs::routed(
            &parts,
            routed.as_ref(),
            "/books/{bookId}/cover",
        );
        let credentials = match credentials::bearer(inputs.headers())
            .and_then(|part0| Ok(PutCoverCredentials::BearerAuth(part0)))
            .or_else(|first_problem| {
                credentials::api_key_in_header(inputs.headers(), "x-api-key")
                    .and_then(|part0| Ok(PutCoverCredentials::ApiKeyHeader(part0)))
                    .map_err(|_| first_problem)
            })
        {
            Ok(found) => found,
            Err(problem) => {
                return api.reject(Operation::PutCover, inputs.unauthenticated(problem));
            }
        };
        let book_id = inputs
            .one::<
                i64,
            >(
                Source::Path,
                "bookId",
                Shape::Integer,
                true,
                Bounds {
                    minimum: Some(1f64),
                    ..Bounds::NONE
                },
            );
        let body = match inputs
            .body_bytes(body, Some("application/octet-stream"), true)
            .await
        {
            Some(bytes) => Some(bytes),
            None => None,
        };
        let (true, Some(book_id), Some(body)) = (
            inputs.problems.is_empty(),
            book_id,
            body,
        ) else {
            return api.reject(Operation::PutCover, inputs.into_rejection());
        };
        (credentials, PutCoverRequest { book_id, body })
    };
    respond::challenged_if_unauthorized(
        api.put_cover(credentials, request).await.into_response(),
        "Bearer realm=\"Bookshelf API\", ApiKey realm=\"Bookshelf API\", in=\"header\", name=\"X-API-Key\"",
    )
}
/// The spec's declared error answer for a refused request.
pub fn render_rejection(operation: Operation, rejection: &Rejection) -> Response {
    match operation {
        Operation::ListBooks => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::json(
                        respond::status(401u16),
                        &error_body_0(401u16, rejection),
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
        Operation::AddBook => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::challenged(
                        respond::json(
                            respond::status(401u16),
                            &error_body_0(401u16, rejection),
                        ),
                        "Bearer realm=\"Bookshelf API\", ApiKey realm=\"Bookshelf API\", in=\"header\", name=\"X-API-Key\"",
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
        Operation::GetBook => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::json(
                        respond::status(401u16),
                        &error_body_0(401u16, rejection),
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
        Operation::DeleteBook => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::challenged(
                        respond::json(
                            respond::status(401u16),
                            &error_body_0(401u16, rejection),
                        ),
                        "ApiKey realm=\"Bookshelf API\", in=\"cookie\", name=\"shelf_session\"",
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
        Operation::PutCover => {
            match rejection.reason {
                RejectionReason::Unauthenticated => {
                    respond::challenged(
                        respond::json(
                            respond::status(401u16),
                            &error_body_0(401u16, rejection),
                        ),
                        "Bearer realm=\"Bookshelf API\", ApiKey realm=\"Bookshelf API\", in=\"header\", name=\"X-API-Key\"",
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
/// The body of `#/components/schemas/Problem` describing a rejection.
fn error_body_0(status: u16, rejection: &Rejection) -> types::Problem {
    let _ = (status, rejection);
    let mut value = types::Problem::new(i64::from(status), rejection.summary());
    value.detail = Some(rejection.summary());
    value.errors = rejection
        .problems
        .iter()
        .map(|problem| types::ProblemErrorsItem::new(
            problem.message.clone(),
            problem.field(),
        ))
        .collect();
    value
}
