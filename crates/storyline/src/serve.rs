//! `storyline serve`: the web server over the store (crates/server).

use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;
use clap::Args;
use storyline_server::Options;

use crate::Outcome;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on. The default serves this machine only.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Serve `POST /api/articles` (ingest over HTTP); needs --token.
    #[arg(long)]
    pub allow_ingest: bool,

    /// Bearer token that ingest requests must carry.
    #[arg(
        long,
        env = "STORYLINE_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,

    /// Read-only store connections serving requests at once.
    #[arg(long, value_name = "N", default_value_t = Options::DEFAULT_READERS as u16, value_parser = clap::value_parser!(u16).range(1..))]
    pub readers: u16,

    /// Largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Options::DEFAULT_MAX_BODY_BYTES)]
    pub max_body_bytes: usize,
}

pub fn serve(db: &Path, args: &ServeArgs) -> anyhow::Result<Outcome> {
    let options = Options {
        db: db.to_path_buf(),
        allow_ingest: args.allow_ingest,
        token: args.token.clone(),
        readers: usize::from(args.readers),
        max_body_bytes: args.max_body_bytes,
    };
    storyline_server::serve(args.bind, &options).context("cannot serve")?;
    Ok(Outcome::Done)
}
