//! The Corbado export-link operation over a fixed set of export files.

use std::collections::BTreeMap;

use crate::Secret;

use axum::http::StatusCode;
use corbado_server::types::{
    ErrorResponse, ErrorResponseError, ErrorResponseRequestData, ExportDownloadLink, ExportType,
};
use corbado_server::{
    AnyStatus, BasicCredentials, CorbadoApi, ExportDownloadLinkGetRequest, ExportDownloadLinkGetResponse,
};

/// One project (ID and API secret) and the export files it holds.
pub struct InMemoryCorbado {
    pub project_id: String,
    api_secret: Secret,
    files: BTreeMap<(ExportType, String), String>,
}

impl InMemoryCorbado {
    /// Project `pro-1` with secret `corbado1_secret` and two export files.
    pub fn sample() -> Self {
        let mut corbado =
            Self { project_id: "pro-1".into(), api_secret: Secret::new("corbado1_secret"), files: BTreeMap::new() };
        corbado.add(ExportType::Credentials, "credentials-2026-11.csv");
        corbado.add(ExportType::ConnectTimeseries, "connect timeseries ü.csv");
        corbado
    }

    pub fn add(&mut self, export_type: ExportType, filename: &str) {
        let link =
            format!("https://exports.example.test/{export_type}/{}?signature=fixed", filename.replace(' ', "%20"));
        self.files.insert((export_type, filename.to_string()), link);
    }

    fn error(&self, status: StatusCode, kind: &str, message: &str) -> ExportDownloadLinkGetResponse {
        let mut error = ErrorResponseError::new(kind.to_string());
        error.details = Some(message.to_string());
        let request_data = ErrorResponseRequestData::new("req-example".into());
        let status_code = i32::from(status.as_u16());
        let body = ErrorResponse::new(error, status_code, message.to_string(), request_data, 0.0);
        ExportDownloadLinkGetResponse::Default(AnyStatus::from(status), body)
    }
}

impl CorbadoApi for InMemoryCorbado {
    async fn export_download_link_get(
        &self,
        credentials: BasicCredentials,
        request: ExportDownloadLinkGetRequest,
    ) -> ExportDownloadLinkGetResponse {
        // Both compared in full, so the time taken does not tell which was wrong.
        let project = credentials.username == self.project_id;
        let secret = self.api_secret.matches(&credentials.password);
        if !(project && secret) {
            return self.error(StatusCode::UNAUTHORIZED, "unauthorized", "project ID or API secret is wrong");
        }
        match self.files.get(&(request.export_type, request.filename)) {
            Some(link) => ExportDownloadLinkGetResponse::Status200(ExportDownloadLink::new(link.clone())),
            None => self.error(StatusCode::NOT_FOUND, "not_found", "no such export file"),
        }
    }
}
