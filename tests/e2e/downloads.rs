//! Files the browser saves: where it saves them, and waiting for them.
use std::path::PathBuf;

use brink_e2e::harness::{until, Session};

/// Lets the browser save downloads into a fresh folder, which it returns.
pub async fn allow_downloads(s: &Session, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brink-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    s.driver
        .cdp()
        .send_raw(
            "Browser.setDownloadBehavior",
            serde_json::json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy() }),
        )
        .await
        .unwrap();
    dir
}

/// Waits (up to ten seconds) for the browser to finish saving `name` into `dir`; its bytes.
pub async fn downloaded(dir: &std::path::Path, name: &str) -> Vec<u8> {
    let path = dir.join(name);
    let saved = until(async || std::fs::metadata(&path).is_ok_and(|m| m.len() > 0)).await;
    assert!(saved, "{} was not downloaded", path.display());
    std::fs::read(&path).unwrap()
}
