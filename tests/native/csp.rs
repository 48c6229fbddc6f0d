//! The security policy the build writes: the loader script by its hash (computed here by
//! openssl, not by the code under test), nothing inline otherwise, replaced on a rebuild.
use brink_build::csp::with_policy;

const PAGE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>t</title><script type=module>import init from './a.js';\nawait init();</script><link href=/a.js rel=modulepreload><script src=/b.js></script></head>";
const LOADER_HASH: &str = "'sha256-x9M0gyFNI11XnHFE6KY+O2ZSsb+MKtqj6pcvCAPzQqw='";

#[test]
fn the_policy_names_the_loader_by_its_hash_and_nothing_unsafe() {
    let page = with_policy(PAGE).unwrap();
    assert!(page.starts_with("<!doctype html><html lang=en><meta charset=utf-8><meta id=\"brink-csp\" http-equiv=\"Content-Security-Policy\" content=\""));
    let start = page.find("content=\"").unwrap() + 9;
    let policy = &page[start..start + page[start..].find('"').unwrap()];
    let directives: Vec<&str> = policy.split("; ").collect();
    assert_eq!(
        directives,
        [
            "default-src 'self'",
            &format!("script-src 'self' 'wasm-unsafe-eval' {LOADER_HASH}"),
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    );
    assert!(!policy.contains("unsafe-inline"));
}

#[test]
fn a_rebuild_replaces_the_policy_and_a_page_without_a_head_is_refused() {
    let once = with_policy(PAGE).unwrap();
    let twice = with_policy(&once).unwrap();
    assert_eq!(once, twice);
    assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
    let no_charset =
        with_policy("<html><head><title>t</title><script>x</script></head></html>").unwrap();
    assert!(
        no_charset.starts_with("<html><head><meta id=\"brink-csp\""),
        "{no_charset}"
    );
    assert!(with_policy("<html><script>x</script></html>").is_none());
}
