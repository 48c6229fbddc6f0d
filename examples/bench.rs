//! `make bench`: bytes of the release build, cold-load `app-ready` and first paint beside the
//! Leaflet peer (`../shared/peer-leaflet`) in the same run, interaction times, and the same with
//! a corpus 10 and 100 times larger. It prints numbers and writes `BENCHMARKS.md`; it asserts
//! nothing, because budgets are read, not enforced by flaky timers.
//! It drives Chromium from the host, so only the native build has a body.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::run();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::time::Duration;

    use brink_build::embedded::COUNTRIES_TOPOJSON;
    use brink_core::data::files::CorpusFiles;
    use serde_json::Value;

    use brink_e2e::harness::{copy_dir, site_root, until, Session};

    const COLD_LOADS: usize = 10;
    const SCALED_LOADS: usize = 5;
    const REPEATS: usize = 20;
    const PEER: &str = "../shared/peer-leaflet";

    /// Collects the report, printing each line as it comes.
    #[derive(Default)]
    struct Report(String);

    impl Report {
        fn line(&mut self, text: impl AsRef<str>) {
            println!("{}", text.as_ref());
            let _ = writeln!(self.0, "{}", text.as_ref());
        }
    }

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    }

    fn spread(v: &[f64]) -> (f64, f64) {
        let min = v.iter().copied().fold(f64::INFINITY, f64::min);
        let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (min, max)
    }

    /// Bytes of a file: raw, gzip -9 and brotli -q 11, by the command-line tools.
    fn compressed(path: &Path) -> (u64, u64, u64) {
        let raw = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let count = |cmd: &str, args: &[&str]| {
            Command::new(cmd)
                .args(args)
                .arg(path)
                .output()
                .map(|o| o.stdout.len() as u64)
                .unwrap_or(0)
        };
        (
            raw,
            count("gzip", &["-9", "-c"]),
            count("brotli", &["-q", "11", "-c"]),
        )
    }

    fn files_under(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files_under(&path));
            } else {
                out.push(path);
            }
        }
        out.sort();
        out
    }

    /// Prints every file's bytes; returns the brotli total of the first visit (everything but
    /// the files `lazy` picks) and of everything.
    fn bytes(
        report: &mut Report,
        name: &str,
        dir: &Path,
        lazy: impl Fn(&str) -> bool,
    ) -> (u64, u64) {
        report.line(format!("\n### Bytes: {name}\n"));
        report.line("| file | raw | gzip -9 | brotli -q 11 | first view |");
        report.line("|---|---:|---:|---:|---|");
        let (mut first, mut all) = (0, 0);
        for path in files_under(dir) {
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            let (raw, gz, br) = compressed(&path);
            let later = lazy(&rel);
            all += br;
            if !later {
                first += br;
            }
            let when = if later { "later" } else { "yes" };
            report.line(format!("| {rel} | {raw} | {gz} | {br} | {when} |"));
        }
        report.line(format!(
            "\nFirst view: **{:.1} KB** brotli; everything: {:.1} KB.",
            first as f64 / 1000.0,
            all as f64 / 1000.0
        ));
        (first, all)
    }

    /// The site's files the first view loads: the page and every file it names outside its
    /// `<noscript>` parts (read only with JavaScript off), its `<meta>` tags (the link preview's
    /// picture, read by link scrapers) and its anchors (downloads a reader may follow), whether
    /// in a link or in the loader script
    /// that fetches the script, the wasm and the data after the first paint. Article texts,
    /// downloads, the service worker, the manifest and the icons for home screens come later or
    /// never.
    fn first_view(site: &Path) -> Vec<String> {
        let html = std::fs::read_to_string(site.join("index.html")).unwrap_or_default();
        let read = ["<noscript>", "<meta", "<a "]
            .iter()
            .zip(["</noscript>", ">", ">"])
            .fold(html, |text, (open, close)| without(&text, open, close));
        let mut named = vec!["index.html".to_owned()];
        for path in files_under(site)
            .iter()
            .filter_map(|f| f.strip_prefix(site).ok())
        {
            let path = path.to_string_lossy().replace('\\', "/");
            let home_screen = path.ends_with(".webmanifest") || path.starts_with("icon-");
            if path != "index.html" && !home_screen && read.contains(&path) {
                named.push(path);
            }
        }
        named
    }

    /// `text` without every part from `open` to the next `close`.
    fn without(text: &str, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find(open) {
            out.push_str(&rest[..at]);
            rest = rest[at..]
                .find(close)
                .map_or("", |end| &rest[at + end + close.len()..]);
        }
        out.push_str(rest);
        out
    }

    /// One cold load's figures.
    struct Load {
        ready: f64,
        fcp: f64,
        longest_task: f64,
        /// From the data's arrival to the end of its decoding.
        decode: f64,
        /// From the data's arrival to `app-ready`: decoding, the first view, one painted frame.
        to_ready: f64,
        /// When the data had arrived.
        fetched: f64,
    }

    /// Loads `query` of the site under `root` in a fresh browser and waits for `app-ready`.
    async fn cold_load(root: &Path, query: &str) -> Option<Load> {
        let s = Session::start_on(root.to_path_buf(), 1280, 800).await;
        let observer = "window.__longest = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({type: 'longtask', buffered: true});";
        let _ = s
            .driver
            .cdp()
            .send_raw(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": observer }),
            )
            .await;
        s.driver.goto(format!("{}{query}", s.base)).await.ok()?;
        let mut load = None;
        for _ in 0..300 {
            let value = s
                .driver
                .execute(
                    "const t = n => (performance.getEntriesByName(n)[0] || {}).startTime;
                     const m = t('app-ready'), p = t('first-contentful-paint');
                     const decode = (t('data-decoded') || 0) - (t('data-fetched') || 0);
                     const f = t('data-fetched') || 0;
                     return m !== undefined && p !== undefined ? [m, p, window.__longest || 0, decode, m - f, f] : null;",
                    vec![],
                )
                .await
                .ok()?;
            if let Ok(v) = value.convert::<Vec<f64>>() {
                load = Some(Load {
                    ready: v[0],
                    fcp: v[1],
                    longest_task: v[2],
                    decode: v[3],
                    to_ready: v[4],
                    fetched: v[5],
                });
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        s.close().await;
        load
    }

    fn summarise(report: &mut Report, name: &str, loads: &[Load]) -> f64 {
        let ready: Vec<f64> = loads.iter().map(|l| l.ready).collect();
        let fcp: Vec<f64> = loads.iter().map(|l| l.fcp).collect();
        let longest = loads.iter().map(|l| l.longest_task).fold(0.0, f64::max);
        let decode = median(loads.iter().map(|l| l.decode).collect());
        let to_ready = median(loads.iter().map(|l| l.to_ready).collect());
        let fetched = median(loads.iter().map(|l| l.fetched).collect());
        let (rmin, rmax) = spread(&ready);
        let (fmin, fmax) = spread(&fcp);
        let m = median(ready);
        report.line(format!(
            "| {name} | {m:.0} ({rmin:.0}–{rmax:.0}) | {:.0} ({fmin:.0}–{fmax:.0}) | {longest:.0} | {fetched:.0} | {decode:.0} | {to_ready:.0} | {} |",
            median(fcp),
            loads.len()
        ));
        m
    }

    /// Runs `action` (JavaScript) and times it twice: its own work, including the reactive
    /// updates it queues (they run before the next task) and the style and layout they cause
    /// (forced then), and until the next frame has been painted, which includes waiting for that
    /// frame (up to 16.7 ms at 60 Hz).
    async fn time_js(s: &Session, action: &str) -> (f64, f64) {
        let script = format!(
            "const done = arguments[arguments.length - 1];
             const t0 = performance.now();
             {action}
             const next = new MessageChannel();
             next.port1.onmessage = () => {{
               void document.body.offsetHeight;
               const work = performance.now() - t0;
               requestAnimationFrame(() => setTimeout(() => done([work, performance.now() - t0]), 0));
             }};
             next.port2.postMessage(0);"
        );
        match s.driver.execute_async(&script, vec![]).await {
            Ok(v) => v
                .convert::<Vec<f64>>()
                .map_or((f64::NAN, f64::NAN), |v| (v[0], v[1])),
            Err(_) => (f64::NAN, f64::NAN),
        }
    }

    /// Medians of both timings of `samples`.
    fn medians(samples: Vec<(f64, f64)>) -> (f64, f64) {
        (
            median(samples.iter().map(|s| s.0).collect()),
            median(samples.iter().map(|s| s.1).collect()),
        )
    }

    async fn repeat(s: &Session, actions: &[String]) -> (f64, f64) {
        let mut samples = Vec::with_capacity(REPEATS);
        for i in 0..REPEATS {
            samples.push(time_js(s, &actions[i % actions.len()]).await);
        }
        medians(samples)
    }

    fn click(css: &str) -> String {
        format!("document.querySelector(\"{css}\").click();")
    }

    fn select_marker(id: &str) -> String {
        format!("document.querySelector('g.marker[data-id={id}]').dispatchEvent(new MouseEvent('click', {{bubbles: true}}));")
    }

    fn type_filter(text: &str) -> String {
        format!("const f = document.querySelector('.filter input'); f.value = '{text}'; f.dispatchEvent(new Event('input', {{bubbles: true}}));")
    }

    fn type_search(text: &str) -> String {
        format!("const f = document.querySelector('#search'); f.value = '{text}'; f.dispatchEvent(new Event('input', {{bubbles: true}}));")
    }

    /// One row of the interactions table.
    fn row(report: &mut Report, label: &str, name: &str, (work, painted): (f64, f64)) {
        report.line(format!("| {label} | {name} | {work:.1} | {painted:.1} |"));
    }

    /// Medians of each interaction on the site under `root`.
    async fn interactions(report: &mut Report, label: &str, root: Option<&Path>) {
        let s = match root {
            Some(root) => Session::start_on(root.to_path_buf(), 1280, 800).await,
            None => Session::start(1280, 800).await,
        };
        map_interactions(&s, report, label).await;
        typing(&s, report, label).await;
        if root.is_none() {
            openings(&s, report, label).await;
        }
        s.close().await;
    }

    /// Selecting, toggling a layer and zooming on the map.
    async fn map_interactions(s: &Session, report: &mut Report, label: &str) {
        s.open("?view=map").await;
        s.wait_for("g.marker").await;
        let markers = s.texts("g.marker").await.len();
        s.settled().await;
        s.screenshot(&format!("bench-map-{label}")).await;
        println!("{label}: {markers} markers drawn (target/screenshots/bench-map-{label}.png)");
        let select = repeat(
            s,
            &[
                select_marker("ru_rostov_artillery"),
                select_marker("us_8500_alert"),
            ],
        )
        .await;
        row(report, label, "select a marker", select);
        let toggle = repeat(s, &[click("input[data-layer=russia]")]).await;
        row(report, label, "toggle a layer", toggle);
        let zoom = repeat(
            s,
            &[
                click("button[aria-label='Zoom in']"),
                click("button[aria-label='Zoom out']"),
            ],
        )
        .await;
        row(report, label, "zoom a step (button)", zoom);
    }

    /// Typing into the positions filter and the search box.
    async fn typing(s: &Session, report: &mut Report, label: &str) {
        s.open("?view=positions").await;
        s.wait_for(".matrix").await;
        let letters: Vec<String> = (1..=12)
            .map(|n| type_filter(&"sanctions and missiles"[..n]))
            .collect();
        let typing = repeat(s, &letters).await;
        row(report, label, "type a filter letter (positions)", typing);
        // The first letter typed builds the index (records now, sentences once the texts are in).
        s.open("?view=map").await;
        s.wait_for("g.marker").await;
        let first = time_js(s, &type_search("S")).await;
        row(
            report,
            label,
            "first search letter (builds the index)",
            first,
        );
        s.wait_for(".result-group").await;
        // The sentences are indexed once the texts are in.
        until(|| async { s.texts(".search-note").await.is_empty() }).await;
        let letters: Vec<String> = (1..=11)
            .map(|n| type_search(&"Stoltenberg"[..n]))
            .chain((1..=9).map(|n| type_search(&"mother of all sanctions"[..n + 14])))
            .collect();
        let search = repeat(s, &letters).await;
        row(report, label, "type a search letter", search);
    }

    /// Opening an issue and the longest article, there and back.
    async fn openings(s: &Session, report: &mut Report, label: &str) {
        s.open("?view=positions").await;
        s.wait_for(".matrix").await;
        let mut open = Vec::new();
        for i in 0..REPEATS {
            let issue = if i % 2 == 0 {
                "open_door"
            } else {
                "arming_ukraine"
            };
            open.push(time_js(s, &click(&format!("tr[data-issue={issue}] .open-issue"))).await);
            let _ = s.driver.back().await;
            s.wait_for(".matrix").await;
        }
        row(report, label, "open an issue", medians(open));
        s.open("?view=sources").await;
        s.wait_for(".source-card").await;
        let mut article = Vec::new();
        for _ in 0..REPEATS {
            article.push(time_js(s, &click(".source-card:nth-child(3) h2 a")).await);
            let _ = s.driver.back().await;
            s.wait_for(".source-card").await;
        }
        row(
            report,
            label,
            "open an article (002, the longest)",
            medians(article),
        );
        println!("last view: {}", s.query().await);
    }

    /// The bundled corpus with every record but the sources copied `factor` times under new ids.
    pub fn scaled(factor: usize) -> CorpusFiles {
        let mut files = brink_build::embedded::files();
        for (name, text) in files.json.iter_mut() {
            if *name == "sources.json" {
                continue;
            }
            let records: Vec<Value> = serde_json::from_str(text).unwrap_or_default();
            let mut out = Vec::with_capacity(records.len() * factor);
            for copy in 0..factor {
                for r in &records {
                    let mut r = r.clone();
                    if copy > 0 {
                        let id = r["id"].as_str().unwrap_or("").to_owned();
                        r["id"] = format!("{id}__{copy}").into();
                    }
                    out.push(r);
                }
            }
            *text = serde_json::to_string(&out).unwrap_or_default();
        }
        files
    }

    /// A copy of the built site carrying the corpus `factor` times over, packed as the build does.
    fn scaled_site(factor: usize) -> Result<(PathBuf, usize), String> {
        let root = PathBuf::from(format!("target/bench-x{factor}"));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&site_root().join("brink"), &root.join("brink"));
        let bundle = brink_build::pack::build_bundle(scaled(factor), COUNTRIES_TOPOJSON)
            .map_err(|p| format!("{} problems, first: {}", p.len(), p[0]))?;
        let records = bundle.corpus.deployments.len()
            + bundle.corpus.events.len()
            + bundle.corpus.positions.len();
        brink_build::pack::pack(&bundle)?.write_into(&root.join("brink"))?;
        Ok((root, records))
    }

    /// The peer's site under a folder of its own, served from `/brink/` like Brink.
    fn peer_site() -> Option<PathBuf> {
        let peer = Path::new(PEER);
        if !peer.join("build.sh").exists() {
            return None;
        }
        if !peer.join("dist/index.html").exists() {
            let built = Command::new(peer.join("build.sh"))
                .arg("assets/corpus")
                .status()
                .is_ok_and(|s| s.success());
            if !built {
                println!("(the peer did not build: {PEER}/build.sh needs npm)");
                return None;
            }
        }
        let root = PathBuf::from("target/bench-peer");
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&peer.join("dist"), &root.join("brink"));
        Some(root)
    }

    fn tool_version(cmd: &str) -> String {
        Command::new(cmd)
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_else(|_| "unknown".to_owned())
    }

    /// Runs every measurement, prints it and writes `BENCHMARKS.md`.
    pub fn run() {
        let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
        let report = runtime.block_on(measure());
        let date = Command::new("date")
            .arg("-u")
            .arg("+%Y-%m-%d %H:%M UTC")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
        let page = format!(
            "# Benchmarks\n\nWritten by `make bench` on {date}: {cores} cores, {}, release build served \
             from `/brink/` on 127.0.0.1 (no compression on the wire; compressed sizes are computed from \
             the files). Medians; spreads in brackets. Nothing here is asserted: budgets are read.\n{}",
            tool_version("chromium"),
            report.0
        );
        match std::fs::write("BENCHMARKS.md", page) {
            Ok(()) => println!("\nwrote BENCHMARKS.md"),
            Err(e) => println!("\ncould not write BENCHMARKS.md: {e}"),
        }
    }

    async fn measure() -> Report {
        let mut report = Report::default();
        let (brink_loads, brink_first, brink_ready, peer) =
            loads_beside_the_peer(&mut report).await;
        budgets(&mut report, &brink_loads, brink_first, brink_ready, peer);
        lighthouse(&mut report);
        wasm_items(&mut report);
        if std::env::var_os("BENCH_QUICK").is_some() {
            return report;
        }
        report.line(format!(
            "\n## Interactions (median of {REPEATS}: the work an interaction causes, and until the next frame is painted)\n"
        ));
        report.line(
            "| corpus | interaction | script, style and layout ms | to the next painted frame ms |",
        );
        report.line("|---|---|---:|---:|");
        interactions(&mut report, "×1", None).await;
        report.line(
            "\nBudgets: an interaction's work ≤ 16 ms; a search letter ≤ 16 ms here and ≤ 50 ms at 100×.",
        );
        scaling(&mut report).await;
        report
    }

    /// The bytes of both sites and their cold loads: Brink's loads, first-view bytes and median
    /// `app-ready`, and the peer's first-view bytes and median `app-ready` if it is there.
    async fn loads_beside_the_peer(
        report: &mut Report,
    ) -> (Vec<Load>, u64, f64, Option<(u64, f64)>) {
        let site = site_root();
        let peer = peer_site();
        report.line("\n## Bytes");
        let named = first_view(&site.join("brink"));
        let (brink_first, _) = bytes(report, "Brink", &site.join("brink"), |f| {
            !named.iter().any(|n| n == f)
        });
        let peer_first = peer
            .as_ref()
            .map(|p| bytes(report, "Leaflet peer", &p.join("brink"), |_| false).0);
        report.line(format!(
            "\n## Cold loads ({COLD_LOADS} each, alternating, fresh profile each, 1280×800)\n"
        ));
        report.line("| site | `app-ready` ms | first contentful paint ms | longest task during load ms | data arrived ms | decode ms | arrived → ready ms | runs |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
        let mut brink_loads = Vec::new();
        let mut peer_loads = Vec::new();
        for _ in 0..COLD_LOADS {
            brink_loads.extend(cold_load(&site, "").await);
            if let Some(p) = &peer {
                peer_loads.extend(cold_load(p, "").await);
            }
        }
        let brink_ready = summarise(report, "Brink", &brink_loads);
        let peer_ready = peer
            .is_some()
            .then(|| summarise(report, "Leaflet peer", &peer_loads));
        let peer = peer_first.zip(peer_ready);
        (brink_loads, brink_first, brink_ready, peer)
    }

    /// The first-view budgets against the peer measured in the same run.
    fn budgets(
        report: &mut Report,
        brink_loads: &[Load],
        brink_first: u64,
        brink_ready: f64,
        peer: Option<(u64, f64)>,
    ) {
        report.line("\n## Budgets against the peer (same run)\n");
        report.line("| measure | Brink | peer | ratio | budget |");
        report.line("|---|---:|---:|---:|---|");
        match peer {
            Some((pf, pr)) => {
                report.line(format!(
                    "| first view, brotli KB | {:.1} | {:.1} | {:.2}× | ≤ 150 KB and ≤ 2.0× |",
                    kb(brink_first),
                    kb(pf),
                    brink_first as f64 / pf as f64
                ));
                report.line(format!(
                    "| `app-ready`, median ms | {brink_ready:.0} | {pr:.0} | {:.2}× | ≤ 0.75× |",
                    brink_ready / pr
                ));
            }
            None => report.line(format!(
                "| first view, brotli KB | {:.1} | (no peer) | | ≤ 150 KB |",
                kb(brink_first)
            )),
        }
        let longest = brink_loads
            .iter()
            .map(|l| l.longest_task)
            .fold(0.0, f64::max);
        report.line(format!(
            "| longest task during Brink's loads, ms | {longest:.0} | | | ≤ 50 ms |"
        ));
    }

    /// The JSON a tool `make bench` ran first wrote to the file named by `var`; if there is none,
    /// the report says the tool did not run.
    fn tool_results(report: &mut Report, tool: &str, var: &str) -> Option<Value> {
        let path = std::env::var(var).unwrap_or_default();
        let results = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok());
        if results.is_none() {
            report.line(format!(
                "{tool} did not run (no results in “{path}”): see `make bench`'s output."
            ));
        }
        results
    }

    /// Lighthouse mobile's medians for Brink and the peer, as the shared script wrote them
    /// (`make bench` runs it first), against the first-view budgets.
    fn lighthouse(report: &mut Report) {
        report.line(
            "\n## Lighthouse mobile (simulated slow 4G, 4× slower CPU), the peer in the same run\n",
        );
        let Some(medians) = tool_results(report, "Lighthouse", "LIGHTHOUSE_JSON") else {
            return;
        };
        let runs = medians["runs"]["site"].as_array().map_or(0, Vec::len);
        report.line(format!(
            "Medians of {runs}; both sites served gzip-compressed, as a static host serves them.\n"
        ));
        report.line("| measure | Brink | peer | Brink / peer | budget |");
        report.line("|---|---:|---:|---:|---|");
        for (key, budget) in [
            ("score", "≥ 95"),
            ("FCP ms", ""),
            ("LCP ms", "≤ 1.0×"),
            ("SI ms", "≤ 1.1×"),
            ("TBT ms", "≤ the peer's or 100 ms"),
            ("TTI ms", "≤ 1.6×"),
            ("KB sent", ""),
        ] {
            let (site, peer) = (
                &medians["median"]["site"][key],
                &medians["median"]["peer"][key],
            );
            let (Some(site), Some(peer)) = (site.as_f64(), peer.as_f64()) else {
                report.line(format!("| {key} | (missing) | | | {budget} |"));
                continue;
            };
            let digits = usize::from(key == "KB sent");
            report.line(format!(
                "| {key} | {site:.digits$} | {peer:.digits$} | {:.2}× | {budget} |",
                site / peer
            ));
        }
        layout_shift_and_lcp_element(report, runs);
    }

    /// The reports of each Lighthouse run (the shared script keeps them beside its tools), for
    /// what its medians leave out: layout shift, and which element was the largest paint.
    fn layout_shift_and_lcp_element(report: &mut Report, runs: usize) {
        let dir = std::env::var("LIGHTHOUSE_RUNS").unwrap_or_default();
        let audits = |who: &str, i: usize| -> Option<Value> {
            let text = std::fs::read_to_string(format!("{dir}/{who}-{i}.json")).ok()?;
            Some(serde_json::from_str::<Value>(&text).ok()?["audits"].clone())
        };
        let cls = |who: &str| -> Option<f64> {
            let shifts: Option<Vec<f64>> = (0..runs)
                .map(|i| audits(who, i)?["cumulative-layout-shift"]["numericValue"].as_f64())
                .collect();
            shifts.filter(|s| !s.is_empty()).map(median)
        };
        match (cls("site"), cls("peer")) {
            (Some(site), Some(peer)) => {
                report.line(format!("| CLS | {site:.3} | {peer:.3} | | ≤ 0.02 |"));
            }
            _ => report.line(format!(
                "| CLS | (no run reports in “{dir}”) | | | ≤ 0.02 |"
            )),
        }
        let element = audits("site", 0).and_then(|a| {
            let items = &a["largest-contentful-paint-element"]["details"]["items"][0]["items"][0];
            items["node"]["selector"].as_str().map(str::to_owned)
        });
        if let Some(element) = element {
            report.line(format!(
                "
Brink's largest contentful paint, as Lighthouse's trace names it: `{element}`."
            ));
        }
    }

    /// The wasm's ten largest items by retained size, as twiggy measured them (`make bench` runs
    /// it on the release build before wasm-opt, so names are kept), without the function table,
    /// its element segment and the name section, which retain everything or are stripped.
    fn wasm_items(report: &mut Report) {
        report.line("\n## The wasm's largest items (twiggy, retained bytes and % of the module before wasm-opt, names kept)\n");
        let Some(results) = tool_results(report, "twiggy", "TWIGGY_JSON") else {
            return;
        };
        let Value::Array(items) = results else {
            report.line("twiggy's results are not a list of items: see `make bench`'s output.");
            return;
        };
        report.line("| item | retained bytes | retained % |");
        report.line("|---|---:|---:|");
        let bookkeeping = |name: &str| {
            name.starts_with("table[")
                || name.starts_with("elem[")
                || name.contains("function names")
        };
        for item in items
            .iter()
            .filter(|i| !bookkeeping(i["name"].as_str().unwrap_or_default()))
            .take(10)
        {
            report.line(format!(
                "| `{}` | {} | {:.1} |",
                item["name"].as_str().unwrap_or_default(),
                item["retained_size"].as_u64().unwrap_or_default(),
                item["retained_size_percent"].as_f64().unwrap_or_default()
            ));
        }
    }

    /// Kilobytes of `b` bytes.
    fn kb(b: u64) -> f64 {
        b as f64 / 1000.0
    }

    /// Cold loads and interactions of the corpus copied 10× and 100×.
    async fn scaling(report: &mut Report) {
        report.line(format!(
            "\n## Scaling: the corpus copied 10× and 100× (every record but the sources), packed by the same build step ({SCALED_LOADS} cold loads each)\n"
        ));
        let mut scaled_rows = Vec::new();
        for factor in [10usize, 100] {
            match scaled_site(factor) {
                Ok((root, records)) => {
                    let named = first_view(&root.join("brink"));
                    let first: u64 = files_under(&root.join("brink"))
                        .iter()
                        .filter(|p| {
                            p.strip_prefix(root.join("brink"))
                                .is_ok_and(|r| named.iter().any(|n| *n == r.display().to_string()))
                        })
                        .map(|p| compressed(p).2)
                        .sum();
                    let mut loads = Vec::new();
                    for _ in 0..SCALED_LOADS {
                        loads.extend(cold_load(&root, "").await);
                    }
                    scaled_rows.push((factor, records, first, loads, root));
                }
                Err(e) => report.line(format!("×{factor}: could not build: {e}")),
            }
        }
        report.line("| site | `app-ready` ms | first contentful paint ms | longest task ms | data arrived ms | decode ms | arrived → ready ms | runs |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (factor, records, first, loads, _) in &scaled_rows {
            summarise(
                report,
                &format!(
                    "×{factor} ({records} records, first view {:.0} KB brotli)",
                    kb(*first)
                ),
                loads,
            );
        }
        report.line("\n| corpus | interaction | script, style and layout ms | to the next painted frame ms |");
        report.line("|---|---|---:|---:|");
        for (factor, _, _, _, root) in &scaled_rows {
            interactions(report, &format!("×{factor}"), Some(root)).await;
        }
    }
}
