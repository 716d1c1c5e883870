//! The MerchantOps export-download operation over a fixed set of finished export jobs.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;

use merchantops_server::types::{ExportDownloadUrlResponse, HttpValidationError, LocationItem, ValidationError};
use merchantops_server::{GetExportDownloadUrlRequest, GetExportDownloadUrlResponse, MerchantopsApi};

/// Seconds a minted URL stays valid.
pub const URL_LIFETIME_SECONDS: i64 = 900;

/// Requests remembered for tests to inspect: the latest ones only.
pub const SEEN_LIMIT: usize = 16;

/// Finished export jobs by ID, and the latest requests seen, secrets redacted.
pub struct InMemoryMerchantOps {
    jobs: BTreeMap<String, String>,
    seen: Mutex<VecDeque<GetExportDownloadUrlRequest>>,
}

/// `secret` with all but its last four characters hidden: enough to tell which credential
/// came, not enough to reuse it.
pub fn redacted(secret: &str) -> String {
    let kept = secret.chars().count().saturating_sub(4);
    format!("…{}", secret.chars().skip(kept).collect::<String>())
}

/// An `Authorization` value [`redacted`] after its scheme (`Bearer …ve_1`).
fn redacted_authorization(value: &str) -> String {
    match value.split_once(' ') {
        Some((scheme, credentials)) => format!("{scheme} {}", redacted(credentials)),
        None => redacted(value),
    }
}

impl InMemoryMerchantOps {
    /// Jobs `job-1` and `job 2/ä` (an ID that needs percent-encoding in a path).
    pub fn sample() -> Self {
        let jobs = [("job-1", "products-2026-11.csv"), ("job 2/ä", "prices ü.csv")];
        Self {
            jobs: jobs.into_iter().map(|(id, file)| (id.to_string(), file.to_string())).collect(),
            seen: Mutex::new(VecDeque::new()),
        }
    }

    /// The latest requests the implementation received (at most [`SEEN_LIMIT`]), in order,
    /// with the `Authorization` header and the session cookie [`redacted`].
    pub fn seen(&self) -> Vec<GetExportDownloadUrlRequest> {
        self.seen.lock().map(|seen| seen.iter().cloned().collect()).unwrap_or_default()
    }

    fn invalid(location: &[&str], message: &str, kind: &str) -> GetExportDownloadUrlResponse {
        let loc = location.iter().map(|part| LocationItem::String(part.to_string())).collect();
        let mut refusal = HttpValidationError::new();
        refusal.detail = vec![ValidationError::new(loc, message.to_string(), kind.to_string())];
        GetExportDownloadUrlResponse::Status422(refusal)
    }
}

impl MerchantopsApi for InMemoryMerchantOps {
    async fn get_export_download_url(&self, request: GetExportDownloadUrlRequest) -> GetExportDownloadUrlResponse {
        if let Ok(mut seen) = self.seen.lock() {
            if seen.len() == SEEN_LIMIT {
                seen.pop_front();
            }
            let mut remembered = request.clone();
            remembered.authorization = remembered.authorization.as_deref().map(redacted_authorization);
            remembered.stytch_session = remembered.stytch_session.as_deref().map(redacted);
            seen.push_back(remembered);
        }
        // The spec declares 200 and 422 only, so every refusal is a validation error.
        let authorized = request.authorization.as_deref().is_some_and(|a| a.starts_with("Bearer "))
            || request.stytch_session.is_some();
        if !authorized {
            return Self::invalid(
                &["header", "authorization"],
                "a bearer token or a session cookie is required",
                "missing",
            );
        }
        let Some(filename) = self.jobs.get(&request.job_id) else {
            return Self::invalid(&["path", "job_id"], "no finished export job with this ID", "not_found");
        };
        let organization = request.x_organization_id.as_deref().unwrap_or("default");
        let download_url = format!(
            "https://cdn.merchantops.example/{organization}/{}?expires={URL_LIFETIME_SECONDS}",
            filename.replace(' ', "%20")
        );
        GetExportDownloadUrlResponse::Status200(ExportDownloadUrlResponse::new(
            download_url,
            URL_LIFETIME_SECONDS,
            filename.clone(),
        ))
    }
}
