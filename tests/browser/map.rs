use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

use crate::harness::{click, find, mount_app, texts, wait_for};

/// Mounts the map and waits for its table, which is drawn just after the map.
async fn mount_map(query: &str) -> HtmlElement {
    let root = mount_app(query).await;
    wait_for(&root, ".deployment-list").await;
    root
}

fn count(root: &HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// How many elements matching `selector` take up room on screen (a hidden one has no box).
fn shown(root: &HtmlElement, selector: &str) -> u32 {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter(|e| e.get_bounding_client_rect().width() > 0.0)
        .count() as u32
}

#[wasm_bindgen_test]
async fn one_marker_per_drawable_deployment() {
    let corpus = brink_build::embedded::corpus().unwrap();
    let root = mount_map("?view=map").await;
    let drawable = corpus.drawable_deployments().count() as u32;
    assert!(drawable >= 30, "{drawable} drawn");
    assert_eq!(count(&root, "g.marker"), drawable);
    let not_drawn: Vec<String> = texts(&root, ".not-happening li");
    assert_eq!(not_drawn.len(), corpus.unmapped_deployments().count());
    assert!(not_drawn
        .iter()
        .any(|t| t.contains("German weapons for Ukraine — refused")));
    assert_eq!(count(&root, ".deployment-list tbody tr"), drawable);
}

#[wasm_bindgen_test]
async fn toggling_a_layer_hides_exactly_its_markers() {
    let root = mount_map("?view=map").await;
    let russia = shown(&root, "g.marker[data-layer=russia]");
    let others = shown(&root, "g.marker:not([data-layer=russia])");
    assert!(russia > 10 && others > 10);
    let rows = shown(&root, ".deployment-list tbody tr");
    let toggle: HtmlInputElement = find(&root, "input[data-layer=russia]").unchecked_into();
    assert!(toggle.checked());
    click(&toggle.clone().unchecked_into()).await;
    assert_eq!(shown(&root, "g.marker[data-layer=russia]"), 0);
    assert_eq!(shown(&root, "g.marker"), others);
    assert_eq!(
        shown(&root, ".deployment-list tbody tr"),
        rows - russia,
        "the table hides the same deployments"
    );
    assert!(!toggle.checked());
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("hide=russia"), "{search}");
    click(&toggle.unchecked_into()).await;
    assert_eq!(shown(&root, "g.marker[data-layer=russia]"), russia);
}

#[wasm_bindgen_test]
async fn enter_on_a_focused_marker_opens_its_details() {
    let root = mount_map("?view=map").await;
    assert_eq!(count(&root, ".detail.open"), 0);
    let marker = find(&root, "g.marker[data-id=ru_rostov_artillery]");
    assert_eq!(
        marker.get_attribute("aria-label").unwrap(),
        "Russia: number not reported — Artillery unit at Rostov-on-Don (map label); deployed at Rostov-on-Don; reported by 1 of 5 articles"
    );
    marker.focus().unwrap();
    let init = KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    marker.dispatch_event(&event).unwrap();
    leptos::task::tick().await;
    assert_eq!(
        texts(&root, ".detail.open h2"),
        ["Artillery unit at Rostov-on-Don (map label)"]
    );
    assert_eq!(
        texts(&root, ".detail.open .count-missing"),
        ["The articles give no number for this."]
    );
    assert_eq!(texts(&root, ".detail.open blockquote").len(), 1);
    assert_eq!(
        marker.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(count(&root, ".deployment-list tr.selected"), 1);
}

#[wasm_bindgen_test]
async fn a_disputed_figure_shows_every_variant() {
    let root = mount_app("?view=map&sel=ru_buildup_borders").await;
    let figures = texts(&root, ".figure-claims td.num");
    for expected in [
        "more than 100,000",
        "close to 100,000",
        "about 100,000",
        "some 120,000",
        "up to 175,000",
    ] {
        assert!(
            figures.iter().any(|f| f == expected),
            "{expected} missing from {figures:?}"
        );
    }
    let coverage = find(&root, ".detail.open .facts dd .coverage");
    assert_eq!(
        coverage.get_attribute("aria-label").unwrap(),
        "Reported by 5 of 5 articles"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_selection_says_so_and_the_map_still_works() {
    let root = mount_app("?view=map&sel=ghost_army").await;
    assert_eq!(
        texts(&root, ".detail.open h2"),
        ["No deployment “ghost_army”"]
    );
    let drawable = brink_build::embedded::corpus()
        .unwrap()
        .drawable_deployments()
        .count() as u32;
    assert_eq!(count(&root, "g.marker"), drawable);
}

#[wasm_bindgen_test]
async fn off_map_venues_are_listed_at_the_edge() {
    let root = mount_app("?view=map").await;
    let edge = texts(&root, ".edge-venue");
    for venue in ["Geneva", "Brussels", "New York"] {
        assert!(
            edge.iter().any(|e| e.contains(venue)),
            "{venue} missing from {edge:?}"
        );
    }
    click(&find(&root, ".edge-venue")).await;
    assert!(!texts(&root, ".detail.open .venue-event").is_empty());
}

/// The width of the map's viewBox, which shrinks as the map zooms in.
fn view_width(root: &web_sys::HtmlElement) -> f64 {
    let vb = find(root, "svg.map").get_attribute("viewBox").unwrap();
    vb.split_whitespace().nth(2).unwrap().parse().unwrap()
}

#[wasm_bindgen_test]
async fn zoom_and_centre_come_from_the_link_and_go_back_into_it() {
    let whole = view_width(&mount_app("?view=map").await);
    let root = mount_app("?view=map&zoom=2&centre=0,0").await;
    let zoomed = view_width(&root);
    assert!(
        (zoomed * 2.0 - whole).abs() < 1.0,
        "{zoomed} × 2 vs {whole}"
    );
    click(&find(&root, "button[aria-label='Zoom in']")).await;
    // Written once the map is still (400 ms).
    let mut search = String::new();
    for _ in 0..40 {
        search = web_sys::window().unwrap().location().search().unwrap();
        if search.contains("zoom=3") {
            break;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    assert!(search.starts_with("?view=map&zoom=3&centre="), "{search}");
    click(&find(&root, "button[aria-label='Show the whole map']")).await;
}

/// The centre of `selector`'s box on screen.
fn screen_centre(root: &HtmlElement, selector: &str) -> (f64, f64) {
    let rect = find(root, selector).get_bounding_client_rect();
    (
        rect.left() + rect.width() / 2.0,
        rect.top() + rect.height() / 2.0,
    )
}

/// Where the place of the selected marker `id` is on screen: the marker itself, or, where it
/// was moved aside from a crowd, the ring its line leads to.
fn place_on_screen(root: &HtmlElement, id: &str) -> (f64, f64) {
    let numbers = |s: &str| -> Vec<f64> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter_map(|t| t.parse().ok())
            .collect()
    };
    let place = match root.query_selector(".place-ring.selected").unwrap() {
        // "M{x - r} {y}a{r} {r} ...": a ring round the place.
        Some(ring) => {
            let d = numbers(&ring.get_attribute("d").unwrap());
            (d[0] + d[2], d[1])
        }
        None => {
            let marker = find(root, &format!("g.marker[data-id={id}]"));
            let drawn = numbers(&marker.get_attribute("transform").unwrap());
            (drawn[0], drawn[1])
        }
    };
    let svg = find(root, "svg.map");
    let vb = numbers(&svg.get_attribute("viewBox").unwrap());
    let rect = svg.get_bounding_client_rect();
    (
        rect.left() + (place.0 - vb[0]) / vb[2] * rect.width(),
        rect.top() + (place.1 - vb[1]) / vb[3] * rect.height(),
    )
}

#[wasm_bindgen_test]
async fn the_zoom_buttons_zoom_around_the_selection() {
    // The largest symbol always keeps its place; a marker in the Donbas crowd is moved aside,
    // and the zoom keeps its place (the dot its line leads to) still while the crowd opens up.
    for id in ["ru_buildup_borders", "ru_rostov_artillery"] {
        let root = mount_map(&format!("?view=map&sel={id}")).await;
        let whole = view_width(&root);
        let before = place_on_screen(&root, id);
        let drawn = screen_centre(&root, &format!("g.marker[data-id={id}]"));
        let moved = (before.0 - drawn.0).hypot(before.1 - drawn.1) > 3.0;
        assert_eq!(
            moved,
            id == "ru_rostov_artillery",
            "{id}: place {before:?}, drawn {drawn:?}"
        );
        // The detail says so when the symbol is not drawn on its place.
        assert_eq!(
            texts(&root, ".detail .moved-note").len(),
            usize::from(moved),
            "{id}"
        );
        click(&find(&root, "button[aria-label='Zoom in']")).await;
        click(&find(&root, "button[aria-label='Zoom in']")).await;
        let after = place_on_screen(&root, id);
        assert!((whole / view_width(&root) - 2.25).abs() < 0.01);
        assert!(
            (before.0 - after.0).abs() < 1.5 && (before.1 - after.1).abs() < 1.5,
            "{id}: {before:?} -> {after:?}"
        );
        click(&find(&root, "button[aria-label='Show the whole map']")).await;
    }
    let root = mount_map("?view=map&sel=ru_buildup_borders").await;
    let marker = "g.marker[data-id=ru_buildup_borders]";
    let before = screen_centre(&root, marker);
    click(&find(&root, "button[aria-label='Zoom in']")).await;
    let after = screen_centre(&root, marker);
    assert!(
        (before.0 - after.0).abs() < 1.5 && (before.1 - after.1).abs() < 1.5,
        "the largest symbol is never moved aside: {before:?} -> {after:?}"
    );
    click(&find(&root, "button[aria-label='Show the whole map']")).await;
}
