//! Browser sessions on the served release build: started per engine, and lent from a pool so one
//! browser serves many tests (each test on a server of its own, so a fresh origin: no storage,
//! worker or cache carries over).
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use thirtyfour::prelude::*;
use tokio::process::Child;

pub use crate::engine::Engine;
use crate::server::{serve, serve_holding};

/// The view the app draws, once shown (the first view the build drew has a `main#main` too,
/// and the app's is hidden while it draws in stages).
pub const APP_VIEW: &str = "#brink-app:not(.staging) main#main";

/// A browser pointed at the site, and what keeps it alive.
pub struct Session {
    /// The WebDriver session.
    pub driver: WebDriver,
    /// The site's base URL, ending in `/brink/`.
    pub base: String,
    /// The browser's engine.
    pub engine: Engine,
    driver_process: Child,
    profile: PathBuf,
    pooled: bool,
}

/// The runtime every test runs on, so pooled sessions and servers outlive any one test.
static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
});

/// Whether sessions are lent from the pool (the test runner's choice; the bench takes fresh ones).
static POOLING: AtomicBool = AtomicBool::new(false);

/// Idle sessions, waiting for the next test of their engine.
static POOL: Mutex<Vec<Session>> = Mutex::new(Vec::new());

/// Runs one test to its end on the shared runtime, with sessions lent from the pool.
pub fn run(test: impl Future<Output = ()>) {
    POOLING.store(true, Ordering::SeqCst);
    RUNTIME.block_on(test);
}

/// Ends every pooled browser and the virtual display: the runner calls it once, after the tests.
pub fn shutdown() {
    let idle: Vec<Session> = std::mem::take(&mut *POOL.lock().unwrap());
    RUNTIME.block_on(async {
        for session in idle {
            session.quit().await;
        }
    });
    crate::engine::stop_display();
}
/// Waits up to 10 s for `check` to hold, asking every 50 ms; whether it did. Tests wait on what
/// the reader would see, never for a fixed time.
pub async fn until(mut check: impl AsyncFnMut() -> bool) -> bool {
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
    /// A Chromium browser of `width`×`height` CSS pixels on the built site.
    pub async fn start(width: u32, height: u32) -> Session {
        Session::start_in(Engine::Chromium, width, height).await
    }

    /// A browser of `engine` of `width`×`height` CSS pixels on the built site.
    pub async fn start_in(engine: Engine, width: u32, height: u32) -> Session {
        let server = serve(site_root(), Arc::new(AtomicBool::new(true))).await;
        Session::lend(engine, format!("{server}/brink/"), width, height).await
    }

    /// A Chromium browser on the site under `root` (which holds `brink/`), e.g. a damaged copy.
    pub async fn start_on(root: PathBuf, width: u32, height: u32) -> Session {
        let server = serve(root, Arc::new(AtomicBool::new(true))).await;
        Session::start_at(format!("{server}/brink/"), width, height).await
    }

    /// A Chromium browser on the site at `base` (ending in `/brink/`), served by the caller.
    pub async fn start_at(base: String, width: u32, height: u32) -> Session {
        Session::start_at_in(Engine::Chromium, base, width, height).await
    }

    /// A browser of `engine` on the site at `base`, e.g. the single file's `file://` address.
    pub async fn start_at_in(engine: Engine, base: String, width: u32, height: u32) -> Session {
        Session::lend(engine, base, width, height).await
    }

    /// A browser of its own, never lent again: for checks that change the browser itself
    /// (DevTools emulation, download folders) or need a colour scheme from the start.
    pub async fn start_fresh(engine: Engine, width: u32, height: u32, dark: bool) -> Session {
        let server = serve(site_root(), Arc::new(AtomicBool::new(true))).await;
        Session::start_fresh_at(engine, format!("{server}/brink/"), width, height, dark).await
    }

    /// A browser of its own (see `start_fresh`) on the site at `base`.
    pub async fn start_fresh_at(
        engine: Engine,
        base: String,
        width: u32,
        height: u32,
        dark: bool,
    ) -> Session {
        let mut s = Session::launch(engine, base, width, height, dark).await;
        s.pooled = false;
        s
    }

    /// A Chromium browser of its own with JavaScript switched off, on the built site: what a
    /// reader without scripts, or a crawler, reads.
    pub async fn start_without_javascript(width: u32, height: u32) -> Session {
        let server = serve(site_root(), Arc::new(AtomicBool::new(true))).await;
        let base = format!("{server}/brink/");
        let mut s = Session::launch_with(Engine::Chromium, base, width, height, false, false).await;
        s.pooled = false;
        s
    }

    /// A Chromium browser on a server that holds the wasm back while the returned switch is
    /// set: the page before the app arrives, as on a slow phone network.
    pub async fn start_holding_wasm(width: u32, height: u32) -> (Session, Arc<AtomicBool>) {
        let held = Arc::new(AtomicBool::new(true));
        let server =
            serve_holding(site_root(), Arc::new(AtomicBool::new(true)), held.clone()).await;
        let s = Session::lend(Engine::Chromium, format!("{server}/brink/"), width, height).await;
        (s, held)
    }

    /// An idle browser of `engine` from the pool, at `base`, or a new one.
    async fn lend(engine: Engine, base: String, width: u32, height: u32) -> Session {
        let idle = {
            let mut pool = POOL.lock().unwrap();
            let at = pool.iter().position(|s| s.engine == engine);
            at.map(|i| pool.swap_remove(i))
        };
        // A browser that no longer answers (its page crashed in an earlier test) is replaced.
        let answers = match &idle {
            Some(s) => s.driver.goto("about:blank").await.is_ok(),
            None => false,
        };
        let (Some(mut s), true) = (idle, answers) else {
            return Session::launch(engine, base, width, height, false).await;
        };
        s.base = base;
        set_viewport(&s.driver, width, height).await;
        s
    }

    /// Starts the engine's driver and a new browser, and checks the browser is that engine.
    async fn launch(engine: Engine, base: String, width: u32, height: u32, dark: bool) -> Session {
        Session::launch_with(engine, base, width, height, dark, true).await
    }

    /// As `launch`, with JavaScript on or off.
    async fn launch_with(
        engine: Engine,
        base: String,
        width: u32,
        height: u32,
        dark: bool,
        javascript: bool,
    ) -> Session {
        let port = free_port();
        // In a process group of its own, with the browser it starts: a test that fails ends both.
        let driver_process = engine
            .driver(port, dark)
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}'s driver ({e}): run `make browser-deps`",
                    engine.name()
                )
            });
        let profile = std::env::temp_dir().join(format!("brink-e2e-{port}"));
        let caps = engine.capabilities(width, height, &profile, dark, javascript);
        let caps: Capabilities = caps.as_object().cloned().unwrap_or_default().into();
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
        let driver =
            driver.unwrap_or_else(|| panic!("{}'s driver accepts no session", engine.name()));
        let agent: String = driver
            .execute("return navigator.userAgent;", vec![])
            .await
            .unwrap()
            .convert()
            .unwrap();
        assert!(
            engine.owns(&agent),
            "asked for {}, got {agent}",
            engine.name()
        );
        set_viewport(&driver, width, height).await;
        Session {
            driver,
            base,
            engine,
            driver_process,
            profile,
            pooled: POOLING.load(Ordering::SeqCst),
        }
    }

    /// Opens `query` (e.g. `?view=sources`) under the site's base URL and waits for the app.
    pub async fn open(&self, query: &str) {
        self.driver
            .goto(format!("{}{query}", self.base))
            .await
            .unwrap();
        self.wait_for_app().await;
    }

    /// Waits until the app has drawn its view, and so replaced the first view the build drew
    /// (the same markup, which stops answering to clicks once replaced).
    pub async fn wait_for_app(&self) {
        self.wait_for(APP_VIEW).await;
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

    /// Hands the browser back to the pool for the next test, or ends it if it is not lent.
    pub async fn close(self) {
        if self.pooled {
            POOL.lock().unwrap().push(self);
        } else {
            self.quit().await;
        }
    }

    /// Ends the browser and its driver and removes the profile.
    async fn quit(self) {
        let _ = self.driver.clone().quit().await;
    }
}

impl Drop for Session {
    /// Ends the driver's process group (the driver, the browser and its helpers), whether the
    /// test ended well or panicked, and removes the profile.
    fn drop(&mut self) {
        // Not procps's `kill -KILL -<group>`: on Debian 12 (procps 4.0.2) it ended far more.
        let group = self
            .driver_process
            .id()
            .and_then(|id| libc::pid_t::try_from(id).ok());
        if let Some(group) = group.filter(|g| *g > 1) {
            // SAFETY: killpg only sends a signal; the group is the driver's own (process_group(0)).
            unsafe {
                libc::killpg(group, libc::SIGKILL);
            }
        }
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
