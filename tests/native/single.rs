//! The single-file packer: everything inlined, and no inlined text able to end its element.
use std::path::{Path, PathBuf};

use brink_build::single::pack_site;

/// A minimal built site under a fresh temporary folder, with hostile text in its data.
fn site(name: &str, css: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brink-single-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let write = |path: &str, text: &[u8]| std::fs::write(dir.join(path), text).unwrap();
    write(
        "index.html",
        b"<!doctype html><meta charset=utf-8><title>Brink test</title><link rel=\"preload\" id=\"brink-corpus\" href=\"data/corpus.1.bin\" as=\"fetch\" crossorigin>",
    );
    write("style-1.css", css.as_bytes());
    write("brink-1.js", b"export default function __wbg_init() {}");
    write("brink-1_bg.wasm", &[0, 97, 115, 109, 1, 0, 0, 0]);
    write("icon.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    write(
        "data/corpus.1.bin",
        b"BRINK-BUNDLE-1\n</script><script>alert(1)</script>",
    );
    write("data/000.1.txt", b"A line </SCRIPT> and <!-- a comment");
    dir
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.to_lowercase().matches(needle).count()
}

#[test]
fn every_file_is_inlined_and_no_text_can_end_its_element() {
    let dir = site("ok", "body{color:red}");
    let page = pack_site(&dir).unwrap();
    // The bundle, one text, the wasm and the module: four script elements, four closings.
    assert_eq!(count(&page, "<script"), 4, "{page}");
    assert_eq!(count(&page, "</script"), 4);
    assert!(page.contains("<title>Brink test</title>"));
    assert!(page.contains("<style>body{color:red}</style>"));
    // The bundle is binary, inlined in base64, whose alphabet has no `<`.
    assert!(page.contains(
        r#"id="brink-inline-corpus">QlJJTkstQlVORExFLTEKPC9zY3JpcHQ+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==</script>"#
    ));
    assert!(page.contains(
        r#"id="brink-file:data/000.1.txt">"A line \u003c/SCRIPT> and \u003c!-- a comment""#
    ));
    // The wasm's eight bytes in base64, and the icon as a data URL.
    assert!(page.contains(">AGFzbQEAAAA=</script>"));
    assert!(page.contains("href=\"data:image/svg+xml;base64,"));
    assert!(!page.contains("href=\"data/"), "no file is left to fetch");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_stylesheet_that_would_end_its_element_is_refused() {
    let dir = site("css", "a::after{content:\"</style>\"}");
    let error = pack_site(&dir).unwrap_err();
    assert_eq!(
        error,
        "style-1.css contains “</style” and cannot be inlined"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_folder_that_is_no_built_site_says_so() {
    let error = pack_site(Path::new("/nonexistent/brink-site")).unwrap_err();
    assert!(
        error.starts_with("/nonexistent/brink-site/index.html: "),
        "{error}"
    );
}
