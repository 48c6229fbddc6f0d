//! The build step: the bundle the browser gets is the checked corpus, and `brink-corpus` builds a
//! site from any corpus folder or stops with the exact problems.
use std::path::{Path, PathBuf};
use std::process::Command;

use brink_core::bundle::Bundle;
use serde_json::Value;

fn embedded() -> Bundle {
    brink_build::embedded::bundle()
        .unwrap_or_else(|p| panic!("{} problems, first: {}", p.len(), p[0]))
}

/// The bundle file's bytes as the browser unpacks them (the build gzips the file).
fn gunzipped(file: &[u8]) -> Vec<u8> {
    use std::io::Read;
    assert_eq!(file[..2], [0x1f, 0x8b], "the bundle file is gzipped");
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .unwrap();
    bytes
}

#[test]
fn the_bundle_round_trips_without_the_article_texts() {
    let bundle = embedded();
    let packed = brink_build::pack::pack(&bundle).unwrap();
    let unpacked = gunzipped(&packed.bundle.contents);
    let mut back = Bundle::decode(&unpacked).unwrap();
    back.corpus.index_quotes();
    assert_eq!(back.corpus.deployments, bundle.corpus.deployments);
    assert_eq!(back.corpus.positions, bundle.corpus.positions);
    assert_eq!(back.layout.markers.len(), bundle.layout.markers.len());
    for (b, m) in back.layout.markers.iter().zip(&bundle.layout.markers) {
        assert_eq!(
            (&b.deployment, b.shape, b.present, &b.name),
            (&m.deployment, m.shape, m.present, &m.name)
        );
        let moved = (b.point.x - m.point.x)
            .abs()
            .max((b.point.y - m.point.y).abs());
        assert!(
            moved <= 0.005,
            "{} moved {moved} km in the bundle",
            m.deployment
        );
    }
    let codes = |l: &brink_core::geo::layout::MapLayout| {
        l.countries
            .iter()
            .map(|c| c.code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&back.layout), codes(&bundle.layout));
    assert_eq!(back.articles, bundle.articles);
    for source in bundle.corpus.sources() {
        assert_eq!(
            back.corpus.quotes_in(&source.id),
            bundle.corpus.quotes_in(&source.id)
        );
        assert!(
            back.corpus.text(&source.id).is_none(),
            "{} text travels in the bundle",
            source.id
        );
        let text = bundle.corpus.text(&source.id).unwrap().as_bytes();
        assert!(!unpacked.windows(text.len()).any(|w| w == text));
    }
    assert_eq!(packed.articles.len(), 5);
    // The downloads: the nine corpus files exactly as given, five CSV tables, the annotations;
    // none of them travels in the bundle itself.
    let names: Vec<&str> = bundle.downloads.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names.len(), 15, "{names:?}");
    for (name, text) in brink_build::embedded::files().json {
        let file = bundle.downloads.iter().find(|d| d.name == name).unwrap();
        assert_eq!(file.contents, text, "{name}");
    }
    assert!(names.contains(&"deployments.csv") && names.contains(&"brink-annotations.jsonld"));
    assert_eq!(packed.downloads.len(), 15);
    assert!(back.downloads.iter().all(|d| d.contents.is_empty()));
    for file in &packed.articles {
        let id = file
            .path
            .trim_start_matches("data/")
            .split('.')
            .next()
            .unwrap();
        assert_eq!(
            std::str::from_utf8(&file.contents).ok(),
            bundle.corpus.text(id)
        );
    }
}

#[test]
fn file_names_change_with_their_contents() {
    let a = brink_build::pack::pack(&embedded()).unwrap();
    let again = brink_build::pack::pack(&embedded()).unwrap();
    assert_eq!(
        a.bundle.path, again.bundle.path,
        "the same corpus gets the same names"
    );
    assert!(a.bundle.path.starts_with("data/corpus.") && a.bundle.path.ends_with(".bin"));
    assert_ne!(
        brink_build::pack::content_hash(b"Kyiv"),
        brink_build::pack::content_hash(b"Kiev")
    );
}

/// A fresh copy of the real corpus in a folder of its own, under target/.
pub(crate) fn corpus_copy(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("corpus/articles")).unwrap();
    let from = &crate::repo_root().join("assets/corpus");
    for entry in std::fs::read_dir(from)
        .unwrap()
        .chain(std::fs::read_dir(from.join("articles")).unwrap())
    {
        let path = entry.unwrap().path();
        if path.is_file() {
            let rel = path.strip_prefix(from).unwrap();
            std::fs::copy(&path, dir.join("corpus").join(rel)).unwrap();
        }
    }
    dir
}

/// Edits the record `id` of `file` in the corpus under `dir`.
pub(crate) fn edit_record(dir: &Path, file: &str, id: &str, edit: impl FnOnce(&mut Value)) {
    let path = dir.join("corpus").join(file);
    let mut records: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(records.iter_mut().find(|r| r["id"] == id).unwrap());
    std::fs::write(&path, serde_json::to_string_pretty(&records).unwrap()).unwrap();
}

pub(crate) fn build_site(dir: &Path) -> std::process::Output {
    let site = dir.join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(
        site.join("index.html"),
        "<html><head><title>t</title></head><body></body></html>",
    )
    .unwrap();
    Command::new(env!("CARGO_BIN_EXE_brink-corpus"))
        .args(["--corpus", dir.join("corpus").to_str().unwrap()])
        .args(["--site", site.to_str().unwrap()])
        .output()
        .unwrap()
}

#[test]
fn another_corpus_builds_a_site_that_carries_its_change() {
    let dir = corpus_copy("build-step-changed");
    edit_record(&dir, "deployments.json", "us_helicopters", |r| {
        r["what"] = "Five helicopters, as edited by a newsroom".into();
    });
    let out = build_site(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(dir.join("site/index.html")).unwrap();
    let start = html.find("href=\"data/corpus.").unwrap() + "href=\"".len();
    let href = &html[start..start + html[start..].find('"').unwrap()];
    assert!(html.contains(r#"id="brink-corpus""#) && html.contains(r#"as="fetch" crossorigin"#));
    let file = std::fs::read(dir.join("site").join(href)).unwrap();
    let bundle = Bundle::decode(&gunzipped(&file)).unwrap();
    let edited = bundle
        .corpus
        .deployments
        .iter()
        .find(|d| d.id == "us_helicopters")
        .unwrap();
    assert_eq!(edited.what, "Five helicopters, as edited by a newsroom");
    for article in &bundle.articles {
        assert!(
            dir.join("site").join(&article.file).is_file(),
            "{} missing",
            article.file
        );
    }
    let again = build_site(&dir);
    assert!(again.status.success());
    let html = std::fs::read_to_string(dir.join("site/index.html")).unwrap();
    assert_eq!(
        html.matches("brink-corpus").count(),
        1,
        "a rebuild keeps one preload link"
    );
}

/// Asserts the build refused the corpus under `dir` (exit 1) with one problem, `message`, and
/// wrote nothing.
fn refused_with(dir: &Path, message: &str) {
    let out = build_site(dir);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].ends_with("has 1 problem(s):"), "{stderr}");
    assert_eq!(lines[1], message);
    assert!(
        !dir.join("site/data").exists(),
        "nothing is written for a refused corpus"
    );
}

#[test]
fn a_broken_reference_stops_the_build_with_its_exact_message() {
    let dir = corpus_copy("build-step-broken");
    edit_record(&dir, "deployments.json", "us_helicopters", |r| {
        r["place"] = "atlantis".into();
    });
    refused_with(
        &dir,
        "deployments.json [us_helicopters]: place “atlantis” does not exist",
    );
}

#[test]
fn a_place_moved_into_another_country_stops_the_build_naming_it() {
    let dir = corpus_copy("build-step-kyiv-in-minsk");
    edit_record(&dir, "places.json", "kyiv", |r| {
        (r["lon"], r["lat"]) = (27.57.into(), 53.90.into()); // Minsk
    });
    refused_with(
        &dir,
        "places.json [kyiv]: its point (27.57, 53.9) lies in BLR but the place says UKR",
    );
}
