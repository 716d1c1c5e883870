//! Answers read whole are read within a limit: a server (or whatever answers in its place)
//! cannot make a generated client hold more than the limit, and an answer that does not
//! decode is reported with a bounded excerpt of itself, not a copy of all of it.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use progenitor_client::{Error, ResponseValue};
use serde::de::DeserializeOwned;

/// The largest answer body a generated client reads by default (32 MiB); each client's
/// `with_max_answer_bytes` sets its own.
pub const DEFAULT_MAX_ANSWER_BYTES: u64 = 32 * 1024 * 1024;

/// How much of an answer that does not decode its error keeps.
pub const EXCERPT_BYTES: usize = 512;

/// The error of an answer body past the client's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerTooLarge {
    pub limit: u64,
}

impl fmt::Display for AnswerTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the answer is longer than {} bytes, this client's limit (see `with_max_answer_bytes`)", self.limit)
    }
}

impl std::error::Error for AnswerTooLarge {}

impl AnswerTooLarge {
    /// The limit that `error` (a client's `Error::ResponseBodyError`'s reqwest error, say)
    /// was caused by, anywhere along its sources.
    pub fn in_error<'e>(error: &'e (dyn std::error::Error + 'static)) -> Option<&'e AnswerTooLarge> {
        let mut cause = Some(error);
        while let Some(error) = cause {
            if let Some(too_large) = error.downcast_ref::<AnswerTooLarge>() {
                return Some(too_large);
            }
            cause = error.source();
        }
        None
    }
}

/// `response` whose body fails with [`AnswerTooLarge`] once more than `limit` bytes have come
/// (at once, unread, when its `Content-Length` says so). Status, headers and URL are kept.
pub fn limit_answer(response: reqwest::Response, limit: u64) -> reqwest::Response {
    let url = response.url().clone();
    let (mut parts, body) = http::Response::<reqwest::Body>::from(response).into_parts();
    let declared_too_long = body.size_hint().lower() > limit;
    let body = Limited { inner: body, left: limit, limit, failed: declared_too_long };
    // The conversion drops the URL; a builder's `url` is how reqwest takes it back.
    use reqwest::ResponseBuilderExt as _;
    if let Ok(marker) = http::Response::builder().url(url).body(()) {
        parts.extensions.extend(marker.into_parts().0.extensions);
    }
    reqwest::Response::from(http::Response::from_parts(parts, reqwest::Body::wrap(body)))
}

/// A body that ends in an error past `limit` bytes.
struct Limited {
    inner: reqwest::Body,
    left: u64,
    limit: u64,
    /// The limit was passed: no more is read.
    failed: bool,
}

impl Body for Limited {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.failed {
            return Poll::Ready(Some(Err(Box::new(AnswerTooLarge { limit: self.limit }))));
        }
        let frame = match Pin::new(&mut self.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => frame,
            Poll::Ready(Some(Err(err))) => return Poll::Ready(Some(Err(Box::new(err)))),
            Poll::Ready(None) => return Poll::Ready(None),
            Poll::Pending => return Poll::Pending,
        };
        if let Some(data) = frame.data_ref() {
            let length = data.len() as u64;
            if length > self.left {
                self.failed = true;
                return Poll::Ready(Some(Err(Box::new(AnswerTooLarge { limit: self.limit }))));
            }
            self.left -= length;
        }
        Poll::Ready(Some(Ok(frame)))
    }

    fn is_end_stream(&self) -> bool {
        !self.failed && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        if self.failed { SizeHint::default() } else { self.inner.size_hint() }
    }
}

/// progenitor's `ResponseValue::from_response`, but an answer that does not decode keeps an
/// excerpt of [`EXCERPT_BYTES`] (progenitor's error prints the whole body).
pub async fn json_answer<T: DeserializeOwned, E>(response: reqwest::Response) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = response.headers().clone();
    let full = response.bytes().await.map_err(Error::ResponseBodyError)?;
    match serde_json::from_slice(&full) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        // Copied, so the excerpt does not keep the whole body alive.
        Err(err) => Err(Error::InvalidResponsePayload(Bytes::copy_from_slice(excerpt(&full)), err)),
    }
}

/// The first [`EXCERPT_BYTES`] of `body`, cut where a UTF-8 character starts.
fn excerpt(body: &[u8]) -> &[u8] {
    if body.len() <= EXCERPT_BYTES {
        return body;
    }
    let mut end = EXCERPT_BYTES;
    while end > 0 && (body[end] & 0b1100_0000) == 0b1000_0000 {
        end -= 1;
    }
    &body[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(body: Vec<u8>) -> reqwest::Response {
        reqwest::Response::from(http::Response::new(body))
    }

    #[tokio::test]
    async fn an_answer_past_the_limit_fails_and_one_within_it_is_read() {
        let read = limit_answer(answer(vec![b'a'; 10]), 10).bytes().await.unwrap();
        assert_eq!(read.len(), 10);
        let error = limit_answer(answer(vec![b'a'; 11]), 10).bytes().await.unwrap_err();
        assert_eq!(AnswerTooLarge::in_error(&error), Some(&AnswerTooLarge { limit: 10 }));
    }

    #[tokio::test]
    async fn a_streamed_answer_stops_at_the_limit() {
        use futures::StreamExt as _;
        let mut stream = limit_answer(answer(vec![b'x'; 100]), 64).bytes_stream();
        let mut seen = 0;
        while let Some(chunk) = stream.next().await {
            match chunk {
                Ok(chunk) => seen += chunk.len(),
                Err(_) => break,
            }
        }
        assert!(seen <= 64);
    }

    #[tokio::test]
    async fn an_answer_that_does_not_decode_keeps_an_excerpt() {
        let body = format!("{}é", "x".repeat(EXCERPT_BYTES - 1)).repeat(100).into_bytes();
        let error = json_answer::<u32, ()>(answer(body)).await.unwrap_err();
        let Error::InvalidResponsePayload(excerpt, _) = error else { panic!("{error:?}") };
        assert_eq!(excerpt.len(), EXCERPT_BYTES - 1);
        assert!(std::str::from_utf8(&excerpt).is_ok());
    }
}
