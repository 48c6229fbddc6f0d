//! The build step: checks a corpus folder natively and, given a site folder, writes the bundle and
//! the article texts into it and points the page at them. Trunk runs it after every build
//! (see Trunk.toml); `make dist CORPUS=…` builds the explorer for another corpus with it.
//!
//! usage: brink-corpus [--corpus DIR] [--site DIR]
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use brink::bundle::{Bundle, Packed};
use brink::data::embedded::{CorpusFiles, COUNTRIES_TOPOJSON};

/// The element id the app looks the bundle up by.
const PRELOAD_ID: &str = "brink-corpus";

fn main() -> ExitCode {
    let mut corpus = PathBuf::from("assets/corpus");
    let mut site = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--corpus", Some(dir)) => corpus = PathBuf::from(dir),
            ("--site", Some(dir)) => site = Some(PathBuf::from(dir)),
            _ => {
                eprintln!("usage: brink-corpus [--corpus DIR] [--site DIR]");
                return ExitCode::from(2);
            }
        }
    }
    let bundle = match CorpusFiles::from_dir(&corpus)
        .and_then(|files| Bundle::build(files, COUNTRIES_TOPOJSON))
    {
        Ok(bundle) => bundle,
        Err(problems) => {
            eprintln!(
                "brink-corpus: the corpus in {} has {} problem(s):",
                corpus.display(),
                problems.len()
            );
            for problem in problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let c = &bundle.corpus;
    println!(
        "brink-corpus: {} checked: {} articles, {} deployments, {} events, {} positions, {} figures",
        corpus.display(),
        c.sources().len(),
        c.deployments.len(),
        c.events.len(),
        c.positions.len(),
        c.figures.len()
    );
    let Some(site) = site else {
        return ExitCode::SUCCESS;
    };
    match bundle.pack().and_then(|packed| write_site(&site, &packed)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("brink-corpus: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Replaces the site's data folder and adds the bundle's preload link to its page.
fn write_site(site: &Path, packed: &Packed) -> Result<(), String> {
    let data = site.join("data");
    if data.exists() {
        std::fs::remove_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
    }
    std::fs::create_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
    for file in std::iter::once(&packed.bundle).chain(&packed.articles) {
        let path = site.join(&file.path);
        std::fs::write(&path, &file.contents).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let page = site.join("index.html");
    let html = std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
    let html = with_preload(&html, &packed.bundle.path)
        .ok_or_else(|| format!("{} has no </head> to add the data link to", page.display()))?;
    std::fs::write(&page, html).map_err(|e| format!("{}: {e}", page.display()))
}

/// The page with one preload link for the bundle, replacing any earlier one. The link starts the
/// download beside the wasm; `crossorigin` matches the app's fetch so the browser reuses it.
fn with_preload(html: &str, href: &str) -> Option<String> {
    let link = format!(
        "<link rel=\"preload\" id=\"{PRELOAD_ID}\" href=\"{href}\" as=\"fetch\" crossorigin>"
    );
    let without_old = match html.find(&format!("<link rel=\"preload\" id=\"{PRELOAD_ID}\"")) {
        Some(start) => {
            let end = start + html[start..].find('>')? + 1;
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_owned(),
    };
    let head_end = without_old.find("</head>")?;
    Some(format!(
        "{}{link}{}",
        &without_old[..head_end],
        &without_old[head_end..]
    ))
}
