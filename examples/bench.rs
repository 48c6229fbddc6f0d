//! `make bench`: prints time to first render and interaction times of the release build in
//! headless Chromium, and how loading and laying out scale with a corpus 100 times larger.
//! It prints numbers and asserts nothing: budgets are read, not enforced by flaky timers.
//! It drives Chromium from the host, so only the native build has a body.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/harness.rs"]
mod harness;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/server.rs"]
mod server;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::run();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::harness::Session;

    use std::time::Instant;

    use brink::data::corpus::Corpus;
    use brink::data::embedded::CorpusFiles;
    use brink::geo::layout::MapLayout;
    use serde_json::Value;

    const COLD_LOADS: usize = 7;
    const REPEATS: usize = 15;

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    }

    fn report(name: &str, samples: Vec<f64>) {
        let max = samples.iter().copied().fold(0.0, f64::max);
        println!(
            "{name:<44} median {:>7.1} ms   max {:>7.1} ms   (n={})",
            median(samples.clone()),
            max,
            samples.len()
        );
    }

    /// Runs `action` (JavaScript) and times it until the next frame has been painted.
    async fn time_js(s: &Session, action: &str) -> f64 {
        let script = format!(
            "const done = arguments[arguments.length - 1];
         const t0 = performance.now();
         {action}
         requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));"
        );
        s.driver
            .execute_async(&script, vec![])
            .await
            .unwrap()
            .convert()
            .unwrap()
    }

    async fn first_render() {
        let mut samples = Vec::new();
        for _ in 0..COLD_LOADS {
            let s = Session::start(1280, 800).await;
            s.open("").await;
            s.wait_for("g.marker").await;
            let t: f64 = s
                .driver
                .execute(
                    "return performance.getEntriesByName('app-ready')[0].startTime;",
                    vec![],
                )
                .await
                .unwrap()
                .convert()
                .unwrap();
            samples.push(t);
            s.close().await;
        }
        report("first full render after navigation (cold)", samples);
    }

    async fn interactions() {
        let s = Session::start(1280, 800).await;
        s.open("?view=map").await;
        s.wait_for("g.marker").await;
        println!(
            "markers drawn at {}: {} (screenshot: target/screenshots/bench-map.png)",
            s.query().await,
            s.texts("g.marker").await.len()
        );
        s.screenshot("bench-map").await;
        let mut select = Vec::new();
        for i in 0..REPEATS {
            let id = if i % 2 == 0 {
                "ru_rostov_artillery"
            } else {
                "us_8500_alert"
            };
            select.push(
            time_js(&s, &format!("document.querySelector('g.marker[data-id={id}]').dispatchEvent(new MouseEvent('click', {{bubbles: true}}));")).await,
        );
        }
        report("map: select a marker", select);
        let mut toggle = Vec::new();
        for _ in 0..REPEATS {
            toggle.push(
                time_js(
                    &s,
                    "document.querySelector('input[data-layer=russia]').click();",
                )
                .await,
            );
        }
        report("map: toggle a layer", toggle);
        let mut zoom = Vec::new();
        for i in 0..REPEATS {
            let label = if i % 2 == 0 { "Zoom in" } else { "Zoom out" };
            zoom.push(
                time_js(
                    &s,
                    &format!("document.querySelector(\"button[aria-label='{label}']\").click();"),
                )
                .await,
            );
        }
        report("map: zoom by button", zoom);
        s.open("?view=positions").await;
        s.wait_for(".matrix").await;
        let mut typing = Vec::new();
        for i in 0..REPEATS {
            let text = &"sanctions and missiles"[..=i % 12];
            typing.push(
            time_js(&s, &format!("const f = document.querySelector('.filter input'); f.value = '{text}'; f.dispatchEvent(new Event('input', {{bubbles: true}}));")).await,
        );
        }
        report("positions: type a filter letter", typing);
        s.open("?view=positions").await;
        s.wait_for(".matrix").await;
        let mut open = Vec::new();
        for i in 0..REPEATS {
            let target = if i % 2 == 0 {
                "open_door"
            } else {
                "arming_ukraine"
            };
            open.push(
                time_js(
                    &s,
                    &format!(
                        "document.querySelector('tr[data-issue={target}] .open-issue').click();"
                    ),
                )
                .await,
            );
            s.driver.back().await.unwrap();
            s.wait_for(".matrix").await;
        }
        report("positions: open an issue full-width", open);
        s.open("?view=sources").await;
        s.wait_for(".source-card").await;
        let mut reader = Vec::new();
        for _ in 0..5 {
            reader.push(
                time_js(
                    &s,
                    "document.querySelector('.source-card:nth-child(3) h2 a').click();",
                )
                .await,
            );
            s.driver.back().await.unwrap();
            s.wait_for(".source-card").await;
        }
        report("sources: open the longest article (002)", reader);
        s.close().await;
    }

    /// The embedded corpus with every record copied `factor` times under new ids.
    fn scaled(factor: usize) -> CorpusFiles {
        let mut files = CorpusFiles::embedded();
        for (name, text) in files.json.iter_mut() {
            if *name == "sources.json" {
                continue;
            }
            let records: Vec<Value> = serde_json::from_str(text).unwrap();
            let mut out = Vec::with_capacity(records.len() * factor);
            for copy in 0..factor {
                for r in &records {
                    let mut r = r.clone();
                    if copy > 0 {
                        let id = r["id"].as_str().unwrap().to_owned();
                        r["id"] = format!("{id}__{copy}").into();
                    }
                    out.push(r);
                }
            }
            *text = serde_json::to_string(&out).unwrap();
        }
        files
    }

    fn scaling() {
        let topo = include_str!("../assets/geo/countries.topo.json");
        for factor in [1usize, 100] {
            let files = scaled(factor);
            let t = Instant::now();
            let corpus = Corpus::load(files).expect("scaled corpus loads");
            let load = t.elapsed().as_secs_f64() * 1000.0;
            let t = Instant::now();
            let layout = MapLayout::build(&corpus, topo).unwrap();
            let lay = t.elapsed().as_secs_f64() * 1000.0;
            let t = Instant::now();
            let mut cells = 0;
            for issue in &corpus.issues {
                for actor in ["us", "nato", "russia"] {
                    cells += corpus.positions_on(&issue.id, actor).len();
                }
            }
            let matrix = t.elapsed().as_secs_f64() * 1000.0;
            println!(
            "native, corpus ×{factor:<3}: {:>6} records  load+validate {load:>8.1} ms   map layout {lay:>8.1} ms   matrix queries {matrix:>8.1} ms  ({} markers, {cells} filled cells)",
            corpus.deployments.len() + corpus.events.len() + corpus.positions.len(),
            layout.markers.len()
        );
        }
    }

    /// Runs every measurement and prints it.
    pub fn run() {
        let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
        runtime.block_on(measure());
    }

    async fn measure() {
        println!(
        "== time (headless Chromium, release build, {COLD_LOADS} cold loads / {REPEATS} repeats)"
    );
        first_render().await;
        interactions().await;
        println!("== scaling (native, release; the browser runs the same code as wasm, typically 1.5–3× slower)");
        scaling();
    }
}
