//! Generated MerchantOps client → generated MerchantOps server (example implementation) on
//! 127.0.0.1: typed optional headers, the session cookie, 200, the implementation's 422 and
//! the server's own 422 rejections, all decoded by the client.

use std::sync::Arc;

use codegen_tests::Served;
use example_servers::merchantops::{InMemoryMerchantOps, URL_LIFETIME_SECONDS};
use merchantops_client::types::{HttpValidationError, LocationItem};
use merchantops_client::{Client, Error};

async fn serve() -> (Served, Arc<InMemoryMerchantOps>) {
    let api = Arc::new(InMemoryMerchantOps::sample());
    let router = merchantops_server::router_at_base_path(api.clone());
    (Served::start(router, merchantops_server::BASE_PATH).await.unwrap(), api)
}

fn validation(err: Error<HttpValidationError>) -> HttpValidationError {
    match err {
        Error::ErrorResponse(value) => {
            assert_eq!(value.status().as_u16(), 422);
            value.into_inner()
        }
        other => panic!("expected the typed 422 body, got {other:?}"),
    }
}

#[tokio::test]
async fn status_200_with_every_input_arriving_typed() {
    let (served, api) = serve().await;
    let answer = Client::new(&served.base_url)
        .get_export_download_url()
        .job_id("job 2/ä")
        .authorization("Bearer sk_live_1")
        .x_organization_id("org_7")
        .stytch_session("session;with \"odd\" chars=ü")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.filename, "prices ü.csv");
    assert_eq!(answer.expires_in_seconds, URL_LIFETIME_SECONDS);
    assert_eq!(
        answer.download_url,
        format!("https://cdn.merchantops.example/org_7/prices%20ü.csv?expires={URL_LIFETIME_SECONDS}")
    );

    let seen = api.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].job_id, "job 2/ä");
    // Credentials are remembered redacted: their scheme and last characters.
    assert_eq!(seen[0].authorization.as_deref(), Some("Bearer …ve_1"));
    assert_eq!(seen[0].x_organization_id.as_deref(), Some("org_7"));
    assert_eq!(seen[0].stytch_session.as_deref(), Some("…rs=ü"));
}

#[tokio::test]
async fn absent_optional_inputs_arrive_as_none() {
    let (served, api) = serve().await;
    let err = Client::new(&served.base_url).get_export_download_url().job_id("job-1").send().await.unwrap_err();
    let body = validation(err);
    assert_eq!(
        body.detail[0].loc,
        [LocationItem::String("header".into()), LocationItem::String("authorization".into())]
    );
    let seen = api.seen();
    assert_eq!(
        (seen[0].authorization.as_ref(), seen[0].x_organization_id.as_ref(), seen[0].stytch_session.as_ref()),
        (None, None, None)
    );
}

#[tokio::test]
async fn implementation_422_decodes() {
    let (served, _) = serve().await;
    let err = Client::new(&served.base_url)
        .get_export_download_url()
        .job_id("job-9")
        .stytch_session("s")
        .send()
        .await
        .unwrap_err();
    let body = validation(err);
    assert_eq!(body.detail[0].type_, "not_found");
    assert_eq!(body.detail[0].loc[1], LocationItem::String("job_id".into()));
}

#[tokio::test]
async fn unreadable_header_is_rejected_with_the_declared_422() {
    let (served, api) = serve().await;
    let value = reqwest::header::HeaderValue::from_bytes(b"Bearer \xff").unwrap();
    let response = codegen_tests::http_client()
        .get(format!("{}/api/products/export/job-1/download-url", served.base_url))
        .header("authorization", value)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body: HttpValidationError = response.json().await.unwrap();
    assert_eq!(body.detail.len(), 1);
    assert_eq!(
        body.detail[0].loc,
        [LocationItem::String("header".into()), LocationItem::String("authorization".into())]
    );
    assert_eq!(body.detail[0].type_, "value_error");
    assert!(api.seen().is_empty(), "a rejected request must not reach the implementation");
}

#[tokio::test]
async fn header_values_the_server_would_refuse_are_refused_by_the_client_first() {
    let (served, api) = serve().await;
    let err = Client::new(&served.base_url)
        .get_export_download_url()
        .job_id("job-1")
        .authorization("Bearer sk_live_1")
        .x_organization_id("orgä")
        .send()
        .await
        .unwrap_err();
    match err {
        Error::InvalidRequest(message) => assert_eq!(message, "header `X-Organization-ID` takes visible ASCII only"),
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert!(api.seen().is_empty(), "nothing was sent");
}
