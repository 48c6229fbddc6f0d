//! Every view, at both sizes and in both colour schemes: axe-core finds no accessibility
//! violation of any impact, every request is to the site itself with none refused by the
//! security policy, and no view ends in Brink's internal-error banner.

use brink_e2e::harness::{Engine, Session};

/// Every view and state a reader reaches, with an element that says it has drawn.
const VIEWS: [(&str, &str); 15] = [
    ("", "g.marker"),
    ("?view=map&sel=ru_rostov_artillery", ".detail.open h2"),
    ("?view=map&venue=geneva&asof=2022-01-13", ".detail.open h2"),
    ("?view=positions&issue=open_door", "p.sentence"),
    ("?view=article&id=002_eac895019da0e25b", ".article-text p"),
    ("?view=sources", ".source-card"),
    ("?view=search&q=Sherman", "#search-results a"),
    ("?view=people", ".person-row"),
    ("?view=person&id=sherman", "main h2"),
    (
        "?view=timeline&ev=geneva_ssd&asof=2022-01-13",
        ".timeline-event",
    ),
    ("?view=coverage&n=1", ".coverage-status"),
    ("?view=figures&fig=russian_force_size", ".figure"),
    ("?view=map&embed=1", "g.marker"),
    ("?view=person&id=nobody", "main#main"),
    ("?view=map&sel=%3Cscript%3E&zoom=99999", "main#main"),
];

/// axe-core as npm installed it for `make test`.
fn axe_source() -> String {
    let path = brink_e2e::harness::repo_root().join("tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}: run `make setup`", path.display()))
}

/// Opens every view and returns, for each, axe's violations ("rule: n nodes (first target)")
/// and whether the internal-error banner showed.
async fn audit(width: u32, height: u32, dark: bool) -> Vec<String> {
    let s = Session::start_fresh(Engine::Chromium, width, height, false).await;
    let scheme = if dark { "dark" } else { "light" };
    s.driver
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await
        .unwrap();
    // Recorded from the first script of every page: any request the policy refused.
    s.driver
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "window.__refused = []; document.addEventListener('securitypolicyviolation', e => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI));" }),
        )
        .await
        .unwrap();
    let axe = axe_source();
    let mut found = Vec::new();
    for (query, drawn) in VIEWS {
        s.open(query).await;
        s.wait_for(drawn).await;
        let at = format!("{width}×{height} {scheme} {query}");
        found.extend(requests_problems(&s, dark, &at).await);
        for v in axe_violations(&s, &axe).await {
            found.push(format!("{at}: {v}"));
        }
        if !s.texts("#brink-fatal").await.is_empty() {
            found.push(format!("{at}: the internal-error banner showed"));
        }
    }
    s.close().await;
    found
}

/// Checks the colour scheme took, and returns every request `at` made off this site or that
/// the security policy refused.
async fn requests_problems(s: &Session, dark: bool, at: &str) -> Vec<String> {
    let mut found = Vec::new();
    assert_eq!(
        prefers_dark(s).await,
        dark,
        "the colour scheme was not emulated"
    );
    // Every request the view made, and any the security policy refused: all this site's.
    let (requests, refused): (Vec<String>, Vec<String>) = s
        .driver
        .execute(
            "return [performance.getEntriesByType('resource').map(e => e.name), window.__refused];",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    let origin = s.base.trim_end_matches("brink/").to_owned();
    // For the record (run with --nocapture): what each view fetched.
    let files: Vec<&str> = requests
        .iter()
        .map(|u| u.trim_start_matches(&origin))
        .collect();
    println!("{at}: {} requests {files:?}", requests.len());
    for url in requests.iter().filter(|u| !u.starts_with(&origin)) {
        found.push(format!("{at}: requested {url}"));
    }
    for what in refused {
        found.push(format!("{at}: the security policy refused {what}"));
    }
    found
}

/// Whether the page sees the dark colour scheme.
async fn prefers_dark(s: &Session) -> bool {
    s.driver
        .execute(
            "return matchMedia('(prefers-color-scheme: dark)').matches;",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap()
}

/// axe's violations on the page on screen, "rule: n nodes (first target)".
async fn axe_violations(s: &Session, axe: &str) -> Vec<String> {
    s.driver.execute(axe, vec![]).await.unwrap();
    s
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(
               r => done(r.violations.map(v => v.id + ': ' + v.nodes.length + ' node(s), e.g. ' + v.nodes[0].target.join(' ') + ' — ' + v.nodes[0].failureSummary.replace(/\\s+/g, ' '))),
               e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap()
}

pub async fn no_view_has_an_accessibility_violation_in_light() {
    let mut found = audit(1280, 800, false).await;
    found.extend(audit(390, 844, false).await);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

pub async fn no_view_has_an_accessibility_violation_in_dark() {
    let mut found = audit(1280, 800, true).await;
    found.extend(audit(390, 844, true).await);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The states a reader reaches first in any engine, each with an element that says it has drawn.
const FIRST_STATES: [(&str, &str); 3] = [
    ("?view=map&sel=ru_rostov_artillery", ".detail.open h2"),
    ("?view=positions&issue=open_door", "p.sentence"),
    ("?view=article&id=002_eac895019da0e25b", ".article-text p"),
];

/// axe on the first states in `engine`, in light, and in dark where the engine can be put in
/// dark mode without a DevTools protocol: no violation.
pub async fn three_states_have_no_accessibility_violation(engine: Engine) {
    let mut found = first_states(Session::start_in(engine, 1280, 800).await, false).await;
    if engine.dark_mode_without_devtools() {
        let dark = Session::start_fresh(engine, 1280, 800, true).await;
        found.extend(first_states(dark, true).await);
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// axe's violations on each first state, with the colour scheme checked, and the session closed.
async fn first_states(s: Session, dark: bool) -> Vec<String> {
    let axe = axe_source();
    let mut found = Vec::new();
    for (query, drawn) in FIRST_STATES {
        s.open(query).await;
        s.wait_for(drawn).await;
        let took = prefers_dark(&s).await == dark;
        assert!(took, "{}: the colour scheme did not take", s.engine.name());
        for v in axe_violations(&s, &axe).await {
            found.push(format!("{} dark={dark} {query}: {v}", s.engine.name()));
        }
    }
    s.close().await;
    found
}
