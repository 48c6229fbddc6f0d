//! A minimal static file server on 127.0.0.1, like any static host: no rewrite rules.
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Serves `root` on a free loopback port until the test process ends, answering while `online`
/// is set and dropping every connection unanswered (a network error) once it is cleared;
/// returns the base URL.
pub async fn serve(root: PathBuf, online: Arc<AtomicBool>) -> String {
    serve_holding(root, online, Arc::new(AtomicBool::new(false))).await
}

/// As [`serve`], but while `wasm_held` is set a request for the wasm waits unanswered, as on a
/// slow network: what the page shows before the app arrives can be read, then the wasm let go.
pub async fn serve_holding(
    root: PathBuf,
    online: Arc<AtomicBool>,
    wasm_held: Arc<AtomicBool>,
) -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let root = root.clone();
            if !online.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let held = wasm_held.clone();
            tokio::spawn(async move {
                let _ = respond(stream, &root, &held).await;
            });
        }
    });
    format!("http://{addr}")
}

async fn respond(
    mut stream: TcpStream,
    root: &Path,
    wasm_held: &AtomicBool,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 8192];
    let n = stream.read(&mut buf).await?;
    let request = String::from_utf8_lossy(&buf[..n]);
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    while path.ends_with(".wasm") && wasm_held.load(Ordering::SeqCst) {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let mut file = root.join(path.trim_start_matches('/'));
    if path.ends_with('/') {
        file.push("index.html");
    }
    let safe = !path.contains("..");
    let (status, body, kind) = match tokio::fs::read(&file).await {
        Ok(body) if safe => ("200 OK", body, content_type(&file)),
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&body).await?;
    stream.shutdown().await
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}
