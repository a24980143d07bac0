//! Response headers every answer carries, and the static files compiled
//! into the binary.
//!
//! The Content-Security-Policy allows no script at all and styles and
//! images from this server only, so even text that slipped through
//! escaping could not run. Static files are looked up by exact name in a
//! fixed table: there is no file system path to traverse.

use axum::extract::Path;
use axum::extract::rejection::PathRejection;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::error::{AppError, PageError};

/// The policy: nothing by default; this server's styles, images and forms.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Adds the security headers to every response.
pub(crate) async fn headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// Files served under `/static/`: name, content type, bytes.
const STATIC_FILES: &[(&str, &str, &str)] = &[(
    "style.css",
    "text/css; charset=utf-8",
    include_str!("../static/style.css"),
)];

/// `GET /static/{name}`.
pub(crate) async fn static_file(
    name: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    let Path(name) = name.map_err(|_| AppError::NotFound("file"))?;
    let (_, kind, body) = STATIC_FILES
        .iter()
        .find(|(file, _, _)| *file == name)
        .ok_or(AppError::NotFound("file"))?;
    Ok((
        [
            (header::CONTENT_TYPE, *kind),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        *body,
    )
        .into_response())
}
