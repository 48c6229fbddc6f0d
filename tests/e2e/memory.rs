//! Memory: after a warm-up, a thousand scripted interactions across every view leave the JS heap
//! and the wasm memory where they were, within a small constant.
use serde_json::json;

use brink_e2e::harness::{Engine, Session};

/// Growth allowed over a thousand interactions: a leak of a kilobyte per interaction would
/// exceed it, allocator and engine noise does not.
const JS_HEAP_SLACK: f64 = 1_000_000.0;
const WASM_SLACK: f64 = 1_048_576.0;

/// Runs `n` interactions in the page: select markers, toggle layers, zoom, step the date and
/// move between every view through the navigation, each followed by a task for the app to react.
const INTERACT: &str = "
const [n, done] = [arguments[0], arguments[arguments.length - 1]];
const pause = () => new Promise(r => setTimeout(r, 0));
const nav = () => document.querySelectorAll('.site-header nav a');
(async () => {
  for (let i = 0; i < n; i++) {
    const onMap = !!document.querySelector('svg.map');
    const step = i % 10;
    if (onMap && step < 3) {
      const markers = document.querySelectorAll('g.marker');
      markers[(i * 7) % markers.length]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    } else if (onMap && step === 3) {
      document.querySelector('input[data-layer]')?.click();
    } else if (onMap && step === 4) {
      document.querySelector(i % 20 < 10 ? \"button[aria-label='Zoom in']\" : \"button[aria-label='Zoom out']\")?.click();
    } else if (step === 5) {
      document.querySelector('[data-step=next-day]')?.click();
    } else {
      const links = nav();
      links[i % links.length]?.click();
    }
    await pause();
  }
  nav()[0]?.click();
  await pause();
  done(true);
})();";

/// The JS heap in use and the wasm memory's size, after a full garbage collection.
async fn memory(s: &Session) -> (f64, f64) {
    let cdp = s.driver.cdp();
    cdp.send_raw("HeapProfiler.collectGarbage", json!({}))
        .await
        .unwrap();
    let heap = cdp
        .send_raw("Runtime.getHeapUsage", json!({}))
        .await
        .unwrap();
    let wasm: f64 = s
        .driver
        .execute(
            "return window.__brinkWasm.memory.buffer.byteLength;",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    (heap["usedSize"].as_f64().unwrap(), wasm)
}

pub async fn a_thousand_interactions_leave_memory_where_it_was() {
    let s = Session::start_fresh(Engine::Chromium, 1280, 800, false).await;
    s.driver
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "addEventListener('TrunkApplicationStarted', e => { window.__brinkWasm = e.detail.wasm; });" }),
        )
        .await
        .unwrap();
    s.driver
        .set_script_timeout(std::time::Duration::from_secs(300))
        .await
        .unwrap();
    s.open("?view=map&asof=2022-01-12").await;
    s.wait_for("g.marker").await;
    let run = |n: u32| {
        let s = &s;
        async move {
            s.driver
                .execute_async(INTERACT, vec![json!(n)])
                .await
                .unwrap();
            s.wait_for("g.marker").await;
        }
    };
    // Warm-up: every view drawn once, the texts and the search index built, as a reader would.
    run(200).await;
    let (heap_before, wasm_before) = memory(&s).await;
    run(1000).await;
    let (heap_after, wasm_after) = memory(&s).await;
    s.close().await;
    println!(
        "memory: JS heap {:.2} → {:.2} MB, wasm {:.2} → {:.2} MB",
        heap_before / 1e6,
        heap_after / 1e6,
        wasm_before / 1e6,
        wasm_after / 1e6
    );
    assert!(
        heap_after - heap_before < JS_HEAP_SLACK,
        "the JS heap grew {:.0} bytes over 1,000 interactions",
        heap_after - heap_before
    );
    assert!(
        wasm_after - wasm_before < WASM_SLACK,
        "the wasm memory grew {:.0} bytes over 1,000 interactions",
        wasm_after - wasm_before
    );
}
