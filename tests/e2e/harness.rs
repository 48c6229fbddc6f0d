//! Starting ChromeDriver and a fresh headless Chromium against the served release build.
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use thirtyfour::prelude::*;
use tokio::process::{Child, Command};

use crate::server::serve;

/// A fresh browser (new profile) pointed at the site, and what keeps it alive.
pub struct Session {
    /// The WebDriver session.
    pub driver: WebDriver,
    /// The site's base URL, ending in `/brink/`.
    pub base: String,
    chromedriver: Child,
    profile: PathBuf,
}

/// Waits up to 10 s for `check` to hold, asking every 50 ms; whether it did. Tests wait on what
/// the reader would see, never for a fixed time.
pub async fn until<F, Fut>(mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..200 {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// The repository's root: the site, the corpus and the tools are found from there.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The built site's parent folder, as `make test` builds it (relative to the repository's root).
pub fn site_root() -> PathBuf {
    let site = std::env::var("BRINK_SITE")
        .expect("BRINK_SITE must name the built site's parent folder: run `make test`");
    let root = repo_root().join(site);
    assert!(
        root.join("brink/index.html").exists(),
        "{} has no brink/index.html: run `make test`, which builds it",
        root.display()
    );
    root
}

/// Copies a folder and everything under it, e.g. a built site to damage or to repack.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

impl Session {
    /// Starts a new browser of `width`×`height` CSS pixels on the built site.
    pub async fn start(width: u32, height: u32) -> Session {
        Session::start_on(site_root(), width, height).await
    }

    /// Starts a new browser on the site under `root` (which holds `brink/`), e.g. a damaged copy.
    pub async fn start_on(root: PathBuf, width: u32, height: u32) -> Session {
        let server = serve(root, Arc::new(AtomicBool::new(true))).await;
        Session::start_at(format!("{server}/brink/"), width, height).await
    }

    /// Starts a new browser on the site at `base` (ending in `/brink/`), served by the caller.
    pub async fn start_at(base: String, width: u32, height: u32) -> Session {
        let port = free_port();
        let chromedriver = Command::new(
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()),
        )
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start chromedriver");
        let profile = std::env::temp_dir().join(format!("brink-e2e-{port}"));
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary("/usr/bin/chromium").unwrap();
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            &format!("--window-size={width},{height}"),
            &format!("--user-data-dir={}", profile.display()),
        ] {
            caps.add_arg(arg).unwrap();
        }
        let url = format!("http://127.0.0.1:{port}");
        let mut driver = None;
        // A loaded machine (two browsers auditing at once) can take seconds to start one.
        for _ in 0..300 {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(d) => {
                    driver = Some(d);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let driver = driver.expect("chromedriver accepts a session");
        set_viewport(&driver, width, height).await;
        Session {
            driver,
            base,
            chromedriver,
            profile,
        }
    }

    /// Opens `query` (e.g. `?view=sources`) under the site's base URL and waits for the app.
    pub async fn open(&self, query: &str) {
        self.driver
            .goto(format!("{}{query}", self.base))
            .await
            .unwrap();
        self.wait_for("main#main").await;
    }

    /// Waits up to 10 s for an element to be present and returns it.
    pub async fn wait_for(&self, css: &str) -> WebElement {
        self.driver
            .query(By::Css(css))
            .wait(Duration::from_secs(10), Duration::from_millis(50))
            .first()
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    /// The texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for element in self.driver.find_all(By::Css(css)).await.unwrap() {
            out.push(element.text().await.unwrap().trim().to_owned());
        }
        out
    }

    /// The page's current query string.
    pub async fn query(&self) -> String {
        let url = self.driver.current_url().await.unwrap();
        url.query().map(|q| format!("?{q}")).unwrap_or_default()
    }

    /// Waits until nothing on the page has moved for two animation frames running (at most a
    /// second): labels and symbols are placed a frame after the map measures itself.
    pub async fn settled(&self) {
        self.driver
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const shape = () => [...document.querySelectorAll('svg text, svg g')]
                   .map(e => { const r = e.getBoundingClientRect(); return r.x + ',' + r.y; }).join(';');
                 let last = shape(), still = 0, frames = 0;
                 const step = () => {
                   const now = shape();
                   still = now === last ? still + 1 : 0;
                   last = now;
                   if (still >= 2 || ++frames > 60) { done(); } else { requestAnimationFrame(step); }
                 };
                 requestAnimationFrame(step);",
                vec![],
            )
            .await
            .unwrap();
    }

    /// Saves a screenshot as `target/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        let dir = crate::harness::repo_root().join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        self.driver
            .screenshot(&dir.join(format!("{name}.png")))
            .await
            .unwrap();
    }

    /// Ends the browser and ChromeDriver and removes the profile.
    pub async fn close(mut self) {
        let _ = self.driver.clone().quit().await;
        let _ = self.chromedriver.kill().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Makes the layout viewport exactly `width`×`height`, as on a phone or laptop of that size.
async fn set_viewport(driver: &WebDriver, width: u32, height: u32) {
    let inner = driver
        .execute("return [window.innerWidth, window.innerHeight];", vec![])
        .await
        .unwrap();
    let size: Vec<i64> = inner.convert().unwrap();
    let rect = driver.get_window_rect().await.unwrap();
    let w = rect.width + (i64::from(width) - size[0]);
    let h = rect.height + (i64::from(height) - size[1]);
    driver
        .set_window_rect(0, 0, w as u32, h as u32)
        .await
        .unwrap();
}
