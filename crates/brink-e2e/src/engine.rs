//! The three browser engines the end-to-end tests drive, each through its own W3C WebDriver
//! server: Chromium (ChromeDriver), Firefox (geckodriver) and WebKit (WebKitGTK's MiniBrowser,
//! driven by WebKitWebDriver on a virtual display).
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Mutex, OnceLock};

use serde_json::{json, Map, Value};
use tokio::process::Command;

/// A browser engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Chromium, the engine of Chrome, Edge and most Android browsers.
    Chromium,
    /// Firefox (Debian's ESR).
    Firefox,
    /// WebKit, the engine of every browser on an iPhone (here WebKitGTK's MiniBrowser).
    WebKit,
}

impl Engine {
    /// Every engine, in the order tests are listed.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine's name in test names.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// Whether a user agent is this engine's: a run checks it, so no suite silently moves to
    /// another engine.
    pub fn owns(self, user_agent: &str) -> bool {
        match self {
            Engine::Chromium => user_agent.contains("Chrome/"),
            Engine::Firefox => user_agent.contains("Gecko/") && user_agent.contains("Firefox/"),
            Engine::WebKit => {
                user_agent.contains("AppleWebKit/") && !user_agent.contains("Chrome/")
            }
        }
    }

    /// The engine's WebDriver server, listening on `port`; for WebKit, `dark` puts the GTK theme
    /// (which WebKitGTK's prefers-color-scheme follows) in dark mode.
    pub fn driver(self, port: u16, dark: bool) -> Command {
        let program = |var: &str, default: &str| std::env::var(var).unwrap_or(default.into());
        let mut command = match self {
            Engine::Chromium => {
                let mut c = Command::new(program("CHROMEDRIVER", "/usr/bin/chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new(program("GECKODRIVER", "geckodriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::WebKit => {
                let mut c = Command::new(program("WEBKITDRIVER", "WebKitWebDriver"));
                c.arg(format!("--port={port}")).env("DISPLAY", display());
                if dark {
                    c.env("GTK_THEME", "Adwaita:dark");
                }
                c
            }
        };
        command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true);
        command
    }

    /// What to ask the driver for: the engine's browser, headless (WebKit on the virtual
    /// display), with its own profile under `profile` where the engine takes one, for Firefox
    /// the colour scheme `dark` as a preference, and for Chromium JavaScript on or off.
    pub fn capabilities(
        self,
        width: u32,
        height: u32,
        profile: &Path,
        dark: bool,
        javascript: bool,
    ) -> Value {
        assert!(
            javascript || self == Engine::Chromium,
            "JavaScript is switched off in Chromium only"
        );
        let scripts = format!("--blink-settings=scriptEnabled={javascript}");
        match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--hide-scrollbars",
                        format!("--window-size={width},{height}"),
                        format!("--user-data-dir={}", profile.display()),
                        scripts,
                    ],
                },
            }),
            Engine::Firefox => {
                let mut prefs = Map::new();
                // 0 dark, 1 light: what pages see as prefers-color-scheme.
                prefs.insert(
                    "layout.css.prefers-color-scheme.content-override".into(),
                    json!(if dark { 0 } else { 1 }),
                );
                json!({
                    "browserName": "firefox",
                    "moz:firefoxOptions": {
                        "binary": "/usr/bin/firefox-esr",
                        "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                        "prefs": prefs,
                    },
                })
            }
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": minibrowser().display().to_string(),
                    "args": ["--automation"],
                },
            }),
        }
    }

    /// Whether the engine can be put in dark mode without a DevTools protocol (Firefox by a
    /// preference, WebKitGTK by its GTK theme; Chromium's headless mode only by DevTools).
    pub fn dark_mode_without_devtools(self) -> bool {
        matches!(self, Engine::Firefox | Engine::WebKit)
    }
}

/// WebKitGTK's MiniBrowser, wherever Debian put it for this architecture.
fn minibrowser() -> PathBuf {
    if let Ok(path) = std::env::var("WEBKIT_BROWSER") {
        return PathBuf::from(path);
    }
    let found = std::fs::read_dir("/usr/lib").ok().and_then(|dirs| {
        dirs.filter_map(Result::ok)
            .map(|d| d.path().join("webkit2gtk-4.1/MiniBrowser"))
            .find(|p| p.exists())
    });
    found.expect("MiniBrowser is missing: `make browser-deps` installs webkit2gtk-driver")
}

/// The X display WebKit draws on: the caller's, or a virtual one started once (Xvfb) and stopped
/// by `stop_display`.
fn display() -> String {
    static DISPLAY: OnceLock<String> = OnceLock::new();
    DISPLAY
        .get_or_init(|| match std::env::var("DISPLAY") {
            Ok(display) if !display.is_empty() => display,
            _ => start_xvfb(),
        })
        .clone()
}

/// The virtual display's server, while it runs.
static XVFB: Mutex<Option<std::process::Child>> = Mutex::new(None);

/// Starts Xvfb on the first free display number from :90 and waits for its socket.
fn start_xvfb() -> String {
    let number = (90..200)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .expect("a free X display number");
    let child = std::process::Command::new("Xvfb")
        .args([
            &format!(":{number}"),
            "-screen",
            "0",
            "1920x1080x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb is missing: `make browser-deps` installs xvfb");
    *XVFB.lock().unwrap() = Some(child);
    let socket = format!("/tmp/.X11-unix/X{number}");
    for _ in 0..100 {
        if Path::new(&socket).exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    format!(":{number}")
}

/// Stops the virtual display if the tests started one.
pub fn stop_display() {
    if let Some(mut xvfb) = XVFB.lock().unwrap().take() {
        let _ = xvfb.kill();
        let _ = xvfb.wait();
    }
}
