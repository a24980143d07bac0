//! Integration tests of the server: the router answering real requests
//! over a store built from the example articles (`tower::ServiceExt::oneshot`),
//! and a headless Chromium driven over WebDriver against a live server.

mod api;
mod browser;
mod ingest;
mod openapi;
mod pages;
mod security;
mod support;
