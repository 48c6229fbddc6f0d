//! After one visit, Brink opens with no network: the build's service worker keeps every file.
use brink_e2e::harness::{site_root, until, Engine, Session};
use brink_e2e::server::serve;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// After one visit, a deep link opens with the site's server off the network.
pub async fn a_second_visit_works_offline(engine: Engine) {
    let online = Arc::new(AtomicBool::new(true));
    let server = serve(site_root(), online.clone()).await;
    let s = Session::start_at_in(engine, format!("{server}/brink/"), 1280, 800).await;
    s.open("?view=map").await;
    s.wait_for("g.marker").await;
    // The worker installs (caching every file of the build) and takes control of the page.
    let controlled = until(|| async {
        s.driver
            .execute(
                "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);",
                Vec::new(),
            )
            .await
            .unwrap()
            .convert::<bool>()
            .unwrap()
    })
    .await;
    assert!(
        controlled,
        "{}: the service worker never took control",
        engine.name()
    );
    // The site's server goes off the network: every request it gets is dropped unanswered.
    online.store(false, Ordering::SeqCst);
    // The network is really gone: a file the build does not have cannot be fetched at all.
    let probe: String = s
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch('not-in-the-build.txt').then(() => done('fetched'), () => done('failed'));",
            Vec::new(),
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert_eq!(probe, "failed");
    // A deep link, opened with the network gone: the page, the wasm, the data and a text.
    s.open("?view=timeline&ev=geneva_ssd&asof=2022-01-13").await;
    s.wait_for("#event-geneva_ssd.target").await;
    s.open("?view=article&id=003_a3d89dc8a1334f3d").await;
    s.wait_for(".article-text mark").await;
    s.screenshot(&format!("{}-offline-reader", engine.name()))
        .await;
    s.close().await;
}

pub async fn every_icon_the_manifest_names_loads_at_its_stated_size() {
    let s = Session::start(800, 600).await;
    s.open("").await;
    let icons: Vec<Vec<serde_json::Value>> = s
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const href = document.querySelector('link[rel=manifest]').href;
             fetch(href).then(r => r.json()).then(m => Promise.all(m.icons.map(icon => new Promise(ok => {
               const img = new Image();
               img.onload = () => ok([icon.src, icon.sizes, img.naturalWidth + 'x' + img.naturalHeight]);
               img.onerror = () => ok([icon.src, icon.sizes, 'failed']);
               img.src = new URL(icon.src, href).href;
             })))).then(done, e => done([[String(e)]]));",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    s.close().await;
    assert_eq!(icons.len(), 3, "{icons:?}");
    for icon in &icons {
        let (sizes, got) = (icon[1].as_str().unwrap(), icon[2].as_str().unwrap());
        assert_ne!(got, "failed", "{icon:?}");
        if sizes != "any" {
            assert_eq!(sizes, got, "{icon:?}");
        }
    }
    assert!(icons.iter().any(|i| i[1] == "512x512"));
}
