//! Errors: [`Error`] for starting the server, [`AppError`] for a request.
//!
//! A request error becomes a JSON body (`{"error": "..."}`) under `/api/`
//! and a small HTML page elsewhere. The message is written for the client
//! and never holds internals: store errors (which name the file and may
//! quote SQL) are logged on stderr and answered with "internal error".

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::html::Html;
use crate::pages::layout;

/// Why the server could not start.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Debug)]
pub enum ErrorKind {
    /// The store could not be opened, migrated or consolidated.
    Store(storyline_store::Error),
    /// The address could not be bound, or serving failed.
    Io(std::io::Error),
    /// The options do not fit together.
    Config(String),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ErrorKind::Store(err) => write!(f, "{err}"),
            ErrorKind::Io(err) => write!(f, "{err}"),
            ErrorKind::Config(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Store(err) => Some(err),
            ErrorKind::Io(err) => Some(err),
            ErrorKind::Config(_) => None,
        }
    }
}

impl From<storyline_store::Error> for Error {
    fn from(err: storyline_store::Error) -> Error {
        Error::new(ErrorKind::Store(err))
    }
}

/// What went wrong with one request.
#[derive(Debug)]
pub(crate) enum AppError {
    /// Nothing here; the text names what was looked for ("event").
    NotFound(&'static str),
    /// Bad parameters or body; the message is safe to show.
    BadRequest(String),
    /// No or wrong bearer token.
    Unauthorized,
    /// Allowed for nobody on this server (ingest not enabled).
    Forbidden(&'static str),
    /// Request body over the limit.
    TooLarge,
    /// A body of a type the endpoint does not read.
    UnsupportedType,
    /// A fault of the server; the detail is logged, not sent.
    Internal(String),
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message the client sees.
    fn message(&self) -> String {
        match self {
            AppError::NotFound(what) => format!("no such {what}"),
            AppError::BadRequest(message) => message.clone(),
            AppError::Unauthorized => "a valid bearer token is required".into(),
            AppError::Forbidden(why) => (*why).into(),
            AppError::TooLarge => "request body too large".into(),
            AppError::UnsupportedType => {
                "unsupported content type: send application/json, application/x-ndjson, text/plain or text/html".into()
            }
            AppError::Internal(detail) => {
                eprintln!("storyline serve: internal error: {detail}");
                "internal error".into()
            }
        }
    }

    /// As JSON, for the API.
    pub(crate) fn json(self) -> Response {
        let status = self.status();
        let mut response = (
            status,
            axum::Json(serde_json::json!({"error": self.message(), "status": status.as_u16()})),
        )
            .into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }

    /// As an HTML page.
    pub(crate) fn page(self) -> Response {
        let status = self.status();
        let mut body = Html::new();
        body.raw("<h1>")
            .show(status.as_u16())
            .raw(" ")
            .text(status.canonical_reason().unwrap_or("error"))
            .raw("</h1><p>")
            .text(&self.message())
            .raw("</p><p><a href=\"/\">Back to the timeline</a></p>");
        (status, layout("Error", body)).into_response()
    }
}

impl From<storyline_store::Error> for AppError {
    fn from(err: storyline_store::Error) -> AppError {
        AppError::Internal(format!("{err:#}"))
    }
}

/// An [`AppError`] answered as JSON.
#[derive(Debug)]
pub(crate) struct ApiError(pub(crate) AppError);

impl From<AppError> for ApiError {
    fn from(err: AppError) -> ApiError {
        ApiError(err)
    }
}

impl From<storyline_store::Error> for ApiError {
    fn from(err: storyline_store::Error) -> ApiError {
        ApiError(err.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.json()
    }
}

/// An [`AppError`] answered as an HTML page.
#[derive(Debug)]
pub(crate) struct PageError(pub(crate) AppError);

impl From<AppError> for PageError {
    fn from(err: AppError) -> PageError {
        PageError(err)
    }
}

impl From<storyline_store::Error> for PageError {
    fn from(err: storyline_store::Error) -> PageError {
        PageError(err.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        self.0.page()
    }
}
