//! The build's service worker: it caches every file of the build, under a name that changes
//! when any file does.
use brink_build::offline::{site_files, worker_script, write_worker};
use brink_core::bundle::WORKER;

fn site(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("brink-offline-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root
}

#[test]
fn the_worker_caches_every_file_of_the_build() {
    let root = site(
        "all",
        &[
            ("index.html", "<html></html>"),
            ("brink-1234_bg.wasm", "wasm"),
            ("data/corpus.abcd.bin", "{}"),
            ("data/000.ef01.txt", "text"),
        ],
    );
    write_worker(&root).unwrap();
    let script = std::fs::read_to_string(root.join(WORKER)).unwrap();
    for url in [
        "\"./\"",
        "\"./index.html\"",
        "\"./brink-1234_bg.wasm\"",
        "\"./data/corpus.abcd.bin\"",
        "\"./data/000.ef01.txt\"",
    ] {
        assert!(script.contains(url), "{url} missing");
    }
    assert!(
        !script.contains("\"./sw.js\""),
        "the worker does not cache itself"
    );
    // Writing it again (the worker now on disk) gives the same script.
    write_worker(&root).unwrap();
    assert_eq!(std::fs::read_to_string(root.join(WORKER)).unwrap(), script);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_new_build_gets_a_new_cache() {
    let before = site(
        "before",
        &[("index.html", "a"), ("data/corpus.1.bin", "{}")],
    );
    let after = site("after", &[("index.html", "b"), ("data/corpus.1.bin", "{}")]);
    let cache = |root: &std::path::Path| {
        let script = worker_script(&site_files(root).unwrap());
        let line = script
            .lines()
            .find(|l| l.starts_with("const CACHE"))
            .unwrap()
            .to_owned();
        line
    };
    assert_ne!(cache(&before), cache(&after));
    assert_eq!(cache(&before), cache(&before));
    let _ = std::fs::remove_dir_all(&before);
    let _ = std::fs::remove_dir_all(&after);
}
