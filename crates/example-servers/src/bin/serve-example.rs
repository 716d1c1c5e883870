//! Serves an example implementation on 127.0.0.1 until stopped.
//!
//! `serve-example corbado|merchantops|bookshelf [PORT]` — prints `listening on http://ADDRESS/BASE` once
//! bound (port 0, the default, picks a free one).

use std::process::ExitCode;
use std::sync::Arc;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = match args.get(1).map(|p| p.parse::<u16>()) {
        None => 0,
        Some(Ok(port)) => port,
        Some(Err(_)) => {
            eprintln!("the port must be a number from 0 to 65535");
            return ExitCode::from(2);
        }
    };
    let (router, base) = match args.first().map(String::as_str) {
        Some("corbado") => (
            corbado_server::router_at_base_path(Arc::new(example_servers::corbado::InMemoryCorbado::sample())),
            corbado_server::BASE_PATH,
        ),
        Some("merchantops") => (
            merchantops_server::router_at_base_path(Arc::new(
                example_servers::merchantops::InMemoryMerchantOps::sample(),
            )),
            merchantops_server::BASE_PATH,
        ),
        Some("bookshelf") => (
            bookshelf_server::router_at_base_path(Arc::new(example_servers::bookshelf::InMemoryBookshelf::sample())),
            bookshelf_server::BASE_PATH,
        ),
        _ => {
            eprintln!("usage: serve-example corbado|merchantops|bookshelf [PORT]");
            return ExitCode::from(2);
        }
    };
    match example_servers::serve_on_loopback(router, port).await {
        Ok((address, task)) => {
            println!("listening on http://{address}{base}");
            let _ = task.await;
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {err}");
            ExitCode::FAILURE
        }
    }
}
