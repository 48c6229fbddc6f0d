//! How the release build loads: the data beside the wasm, the article texts only when read, and a
//! clear page when a data file is damaged.
use std::path::PathBuf;

use brink_e2e::harness::{copy_dir, site_root, Session};

/// The site's resources fetched so far, by path under the site.
async fn fetched(s: &Session) -> Vec<String> {
    let names: Vec<String> = s
        .driver
        .execute(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    names
        .into_iter()
        .map(|n| n.trim_start_matches("/brink/").to_owned())
        .collect()
}

pub async fn the_first_view_fetches_the_data_once_and_no_article_text() {
    let s = Session::start(1280, 800).await;
    s.open("").await;
    s.wait_for("g.marker").await;
    let at_ready: Vec<String> = s
        .driver
        .execute(
            "return performance.getEntriesByType('resource')
               .filter(e => e.startTime <= performance.getEntriesByName('app-ready')[0].startTime)
               .map(e => new URL(e.name).pathname);",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    let bundles = at_ready
        .iter()
        .filter(|n| n.contains("/data/corpus."))
        .count();
    assert_eq!(
        bundles, 1,
        "the bundle is fetched once (preload reused): {at_ready:?}"
    );
    assert!(
        !at_ready.iter().any(|n| n.ends_with(".txt")),
        "no article text before the map is ready: {at_ready:?}"
    );
    s.close().await;
}

pub async fn an_article_text_arrives_when_the_reader_opens_it() {
    let s = Session::start(1280, 800).await;
    s.open("?view=article&id=004_916b3bda1cea9b32").await;
    s.wait_for(".article-text p").await;
    let texts: Vec<String> = fetched(&s)
        .await
        .into_iter()
        .filter(|n| n.ends_with(".txt"))
        .collect();
    assert!(
        texts
            .iter()
            .any(|n| n.starts_with("data/004_916b3bda1cea9b32.")),
        "{texts:?}"
    );
    s.close().await;
}

/// What a test does to the bundle's bytes.
type Damage = fn(Vec<u8>) -> Vec<u8>;

/// A copy of the built site with its data bundle's bytes changed by `damage`.
fn damaged_site(name: &str, damage: Damage) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&site_root(), &root);
    for entry in std::fs::read_dir(root.join("brink/data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "bin") {
            let bytes = std::fs::read(&path).unwrap();
            std::fs::write(&path, damage(bytes)).unwrap();
        }
    }
    root
}

pub async fn a_corrupt_data_file_gets_a_page_that_says_so() {
    let cases: [(&str, Damage, &str); 3] = [
        (
            "site-truncated",
            |mut bytes| {
                bytes.truncate(bytes.len() / 2);
                bytes
            },
            "is damaged: it is cut short or corrupted",
        ),
        (
            "site-wrong-file",
            |_| b"{\"corpus\": 42}".to_vec(),
            "is not a Brink data file (it starts with “{\"corpus\": 42}”)",
        ),
        (
            "site-older-format",
            |_| b"BRINK-BUNDLE-0\n\x00\x01".to_vec(),
            "was written by another version of Brink's build",
        ),
    ];
    for (name, damage, expected) in cases {
        let s = Session::start_on(damaged_site(name, damage), 1280, 800).await;
        s.driver.goto(&s.base).await.unwrap();
        let page = s.wait_for(".load-error").await;
        let text = page.text().await.unwrap();
        assert!(text.contains("Brink could not load its data"), "{text}");
        assert!(text.contains(expected), "{name}: {text}");
        assert!(
            s.texts("#brink-loading").await.is_empty(),
            "the loading note is gone"
        );
        s.close().await;
    }
}
