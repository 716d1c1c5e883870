//! Load on loopback: the generated Corbado and MerchantOps servers (served by the runtime's
//! `serve`, as the README does) against hand-written axum servers doing the same work (served
//! by `axum::serve`), measured in one run. Rounds alternate between the two, in turns, and
//! each lasts a fixed time: the benchmark stops by itself. Reports throughput, p99 latency,
//! the ratio generated / hand-written (median of the rounds' ratios) and the process's
//! resident memory before and after.
//!
//! `cargo bench -p example-servers --bench load` (add `-- --quick` for short rounds).

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{BASIC, CORBADO_PATH, MERCHANTOPS_PATH};
use example_servers::corbado::InMemoryCorbado;
use example_servers::merchantops::InMemoryMerchantOps;
use reqwest::header::{AUTHORIZATION, COOKIE, HeaderMap, HeaderValue};

/// Requests in flight at once, each on a kept-alive connection.
const CONNECTIONS: usize = 32;

struct Settings {
    rounds: usize,
    round: Duration,
}

/// One round's figures.
struct Round {
    requests: usize,
    elapsed: Duration,
    p99: Duration,
}

impl Round {
    fn throughput(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64().max(f64::MIN_POSITIVE)
    }
}

fn main() {
    // reqwest's rustls (when the workspace's clients are built alongside) needs a provider.
    openapi_client_runtime::install_tls_provider();
    let quick = std::env::args().any(|a| a == "--quick");
    let settings = if quick {
        Settings { rounds: 3, round: Duration::from_millis(500) }
    } else {
        // Many short rounds: a pair of adjacent rounds meets the same machine speed.
        Settings { rounds: 15, round: Duration::from_secs(1) }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => return eprintln!("cannot start a runtime: {err}"),
    };
    runtime.block_on(async {
        let corbado = Arc::new(InMemoryCorbado::sample());
        let headers = HeaderMap::from_iter([(AUTHORIZATION, HeaderValue::from_static(BASIC))]);
        let generated = serve_generated(corbado_server::router(corbado.clone())).await;
        let handwritten = serve_handwritten(common::corbado_by_hand(corbado)).await;
        if let (Ok(generated), Ok(handwritten)) = (generated, handwritten) {
            compare("corbado ExportDownloadLinkGet", generated, handwritten, CORBADO_PATH, headers, &settings).await;
        }

        let merchantops = Arc::new(InMemoryMerchantOps::sample());
        let headers = HeaderMap::from_iter([
            (AUTHORIZATION, HeaderValue::from_static("Bearer bench")),
            (reqwest::header::HeaderName::from_static("x-organization-id"), HeaderValue::from_static("org_7")),
            (COOKIE, HeaderValue::from_static("stytch_session=s1; theme=dark")),
        ]);
        let generated = serve_generated(merchantops_server::router(merchantops.clone())).await;
        let handwritten = serve_handwritten(common::merchantops_by_hand(merchantops)).await;
        if let (Ok(generated), Ok(handwritten)) = (generated, handwritten) {
            let name = "merchantops get_export_download_url";
            compare(name, generated, handwritten, MERCHANTOPS_PATH, headers, &settings).await;
        }
    });
}

async fn serve_generated(router: axum::Router) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(openapi_server_runtime::serve(listener, router, openapi_server_runtime::ServeLimits::default()));
    Ok(address)
}

async fn serve_handwritten(router: axum::Router) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, router).await });
    Ok(address)
}

async fn compare(
    name: &str,
    generated: SocketAddr,
    handwritten: SocketAddr,
    path: &str,
    headers: HeaderMap,
    settings: &Settings,
) {
    let client = match reqwest::Client::builder().default_headers(headers).pool_max_idle_per_host(CONNECTIONS).build() {
        Ok(client) => client,
        Err(err) => return eprintln!("{name}: cannot build a client: {err}"),
    };
    let urls = [format!("http://{generated}{path}"), format!("http://{handwritten}{path}")];
    // A short warm-up of each, so connections and caches are in place.
    for url in &urls {
        let _ = load(&client, url, Duration::from_millis(200)).await;
    }
    let memory_before = resident_memory();
    let (mut rounds, mut ratios): ([Vec<Round>; 2], Vec<f64>) = ([Vec::new(), Vec::new()], Vec::new());
    for round in 0..settings.rounds {
        // Turns alternate who goes first, so neither always meets a warmer machine.
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for slot in order {
            match load(&client, &urls[slot], settings.round).await {
                Ok(figures) => rounds[slot].push(figures),
                Err(err) => return eprintln!("{name}: {err}"),
            }
        }
        if let (Some(generated), Some(handwritten)) = (rounds[0].last(), rounds[1].last()) {
            ratios.push(generated.throughput() / handwritten.throughput().max(f64::MIN_POSITIVE));
        }
    }
    let memory_after = resident_memory();
    let [generated, handwritten] = rounds.map(|mut figures| {
        figures.sort_by(|a, b| a.throughput().total_cmp(&b.throughput()));
        figures.swap_remove(figures.len() / 2)
    });
    ratios.sort_by(f64::total_cmp);
    let ratio = ratios.get(ratios.len() / 2).copied().unwrap_or_default();
    let megabytes = |bytes: Option<u64>| bytes.map_or("n/a".to_string(), |b| format!("{} MB", b >> 20));
    println!(
        "{name:<38} generated {:>7.0} req/s p99 {:>6.2} ms | hand-written {:>7.0} req/s p99 {:>6.2} ms | ratio {ratio:.3} | memory {} → {} ({} rounds × {:?}, {CONNECTIONS} connections)",
        generated.throughput(),
        generated.p99.as_secs_f64() * 1e3,
        handwritten.throughput(),
        handwritten.p99.as_secs_f64() * 1e3,
        megabytes(memory_before),
        megabytes(memory_after),
        settings.rounds,
        settings.round,
    );
}

/// [`CONNECTIONS`] loops sending `GET url` for `duration`; every answer must be a 200.
async fn load(client: &reqwest::Client, url: &str, duration: Duration) -> Result<Round, String> {
    let started = Instant::now();
    let deadline = started + duration;
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (client, url) = (client.clone(), url.to_string());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while Instant::now() < deadline {
                    let sent = Instant::now();
                    let response = client.get(&url).send().await.map_err(|e| e.to_string())?;
                    let status = response.status();
                    response.bytes().await.map_err(|e| e.to_string())?;
                    if status != reqwest::StatusCode::OK {
                        return Err(format!("answer {status}"));
                    }
                    latencies.push(sent.elapsed());
                }
                Ok::<_, String>(latencies)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for worker in workers {
        latencies.extend(worker.await.map_err(|e| e.to_string())??);
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let p99 = latencies.get(latencies.len() * 99 / 100).copied().unwrap_or_default();
    Ok(Round { requests: latencies.len(), elapsed, p99 })
}

/// The process's resident memory (Linux), in bytes.
fn resident_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}
