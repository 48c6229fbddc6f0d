//! The build's last step: draws the first view into the page Trunk and `brink-corpus` wrote and
//! the link preview beside it, has the app start once that view is painted, then writes the page's security policy (for its inline script)
//! and the offline worker (for the changed page). Trunk runs it after `brink-corpus` (see
//! Trunk.toml). `BRINK_SITE_URL` (`make dist SITE_URL=…`) is the address the site is published
//! at, which link previews need to find the picture.
//!
//! usage: brink-prerender --site DIR
// Anything from outside (files, the page) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use brink_core::bundle::{Bundle, FIRST_VIEW_ID, PRELOAD_ID};
use brink_prerender::page::{
    with_first_view, with_link_preview, with_start_after_paint, LinkPreview,
};
use brink_prerender::preview::{
    map_svg, preview_svg, render_png, resolved_css, PreviewText, PREVIEW_FILE, PREVIEW_HEIGHT,
    PREVIEW_WIDTH,
};
use brink_prerender::render::{first_view, preload_href, site_bundle};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let site = match args.as_slice() {
        [flag, site] if flag == "--site" => PathBuf::from(site),
        _ => {
            eprintln!("usage: brink-prerender --site DIR");
            return ExitCode::from(2);
        }
    };
    let site_url = std::env::var("BRINK_SITE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .map(|u| format!("{}/", u.trim_end_matches('/')));
    if site_url.is_none() {
        println!("brink-prerender: no SITE_URL given, so the link preview's picture has a relative address, which chat apps and feeds ignore");
    }
    match prerender(&site, site_url) {
        Ok(bytes) => {
            println!("brink-prerender: the first view drawn into the page ({bytes} bytes of HTML) and the link preview into {PREVIEW_FILE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("brink-prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Draws the first view into `site/index.html` and the preview beside it; the size of the
/// drawn HTML.
fn prerender(site: &Path, site_url: Option<String>) -> Result<usize, String> {
    let path = site.join("index.html");
    let page = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let data_href = preload_href(&page)
        .ok_or_else(|| {
            format!(
                "{} has no data link (id \"{PRELOAD_ID}\"): run brink-corpus first",
                path.display()
            )
        })?
        .to_owned();
    let bundle: &'static Bundle = Box::leak(Box::new(site_bundle(site, &data_href)?));
    let drawn = first_view(bundle);
    let page = with_first_view(&page, &drawn).ok_or_else(|| {
        format!(
            "{} has no <div id=\"{FIRST_VIEW_ID}\"> to draw the first view in",
            path.display()
        )
    })?;
    let page = with_start_after_paint(&page, &data_href).ok_or_else(|| {
        format!(
            "{} has no loader script of Trunk's to start the app after the first paint",
            path.display()
        )
    })?;
    let text = PreviewText::of(bundle, "The Russian troop buildup around Ukraine and the US–NATO–Russia diplomacy, as five news articles from January 2022 reported them.");
    write_preview(site, &drawn, &text)?;
    let preview = LinkPreview {
        site_url,
        image: PREVIEW_FILE.to_owned(),
        size: (PREVIEW_WIDTH, PREVIEW_HEIGHT),
        alt: text.alt(),
    };
    let page = with_link_preview(&page, &preview)
        .ok_or_else(|| format!("{} has no <title> or </head>", path.display()))?;
    let page = brink_build::csp::with_policy(&page).ok_or_else(|| {
        format!(
            "{} has no charset or <head> for the security policy",
            path.display()
        )
    })?;
    std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    brink_build::offline::write_worker(site)?;
    Ok(drawn.len())
}

/// Draws the link preview from the drawn map and the site's stylesheet into the site.
fn write_preview(site: &Path, drawn: &str, text: &PreviewText) -> Result<(), String> {
    let map = map_svg(drawn).ok_or("the first view has no <svg class=\"map\">")?;
    let css = site_stylesheet(site)?;
    let svg = preview_svg(&map, &resolved_css(&css), text).ok_or("the map has no viewBox")?;
    let png = render_png(&svg)?;
    let path = site.join(PREVIEW_FILE);
    std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))
}

/// The stylesheet Trunk wrote into the site (`style-<hash>.css`).
fn site_stylesheet(site: &Path) -> Result<String, String> {
    let entries = std::fs::read_dir(site).map_err(|e| format!("{}: {e}", site.display()))?;
    let sheet = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("style") && n.ends_with(".css"))
        })
        .ok_or_else(|| format!("{} has no stylesheet (style-….css)", site.display()))?;
    std::fs::read_to_string(&sheet).map_err(|e| format!("{}: {e}", sheet.display()))
}
