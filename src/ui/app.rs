//! The root component: loads the bundle, provides the app state and keeps it in step with the URL.
use leptos::prelude::*;

use crate::load::{load_bundle, mark};
use crate::state::finder::{browser_nfd, Finder};
use crate::state::first_draw::FirstDraw;
use crate::state::navigator::Navigator;
use crate::state::texts::ArticleTexts;
use crate::ui::hooks::{use_on_mount, use_window_listener};
use crate::ui::load_error::LoadErrorPage;
use crate::ui::shell::Shell;
use crate::ui::take_over::take_over_first_view;
use brink_core::bundle::Bundle;

/// The whole app: fetches the data the page preloads, then shows the explorer. Until then the
/// page's own loading note stays; a download that fails gets a page saying what failed.
#[component]
pub fn App() -> impl IntoView {
    let loaded = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let bundle = load_bundle().await.map(|b| &*Box::leak(Box::new(b)));
        // Draw in a task of its own, so decoding and the first view are never one long task.
        set_timeout(move || loaded.set(Some(bundle)), std::time::Duration::ZERO);
    });
    move || match loaded.get() {
        None => ().into_any(),
        Some(Ok(bundle)) => view! { <Explorer bundle/> }.into_any(),
        Some(Err(problem)) => {
            take_over_first_view();
            view! { <LoadErrorPage problems=vec![problem]/> }.into_any()
        }
    }
}

/// The explorer over a loaded bundle, with the view kept in step with the URL.
#[component]
pub fn Explorer(
    /// The data to show.
    bundle: &'static Bundle,
) -> impl IntoView {
    let first_draw = FirstDraw::default();
    provide_context(first_draw);
    provide_context(bundle);
    let texts = ArticleTexts::new(bundle);
    provide_context(texts);
    let navigator = Navigator::from_location(&bundle.version);
    provide_context(navigator);
    provide_context(Finder::new(&bundle.corpus, texts, browser_nfd));
    use_window_listener(leptos::ev::popstate, move |_| {
        navigator.sync_from_location(&bundle.version);
    });
    use_on_mount(move || {
        first_draw.advance(Box::new(move || {
            take_over_first_view();
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        mark("app-ready");
                        texts.prefetch_all();
                        register_worker();
                    },
                    std::time::Duration::ZERO,
                )
            });
        }));
    });
    view! { <Shell/> }
}

/// Registers the build's service worker (`sw.js`), which keeps this build for offline use; a
/// page opened from disk or a browser without workers simply goes without.
fn register_worker() {
    let served = window()
        .location()
        .protocol()
        .is_ok_and(|p| p == "http:" || p == "https:");
    let Some(register) = served
        .then(|| js_sys::Reflect::get(&window(), &"navigator".into()).ok())
        .flatten()
        .and_then(|n| js_sys::Reflect::get(&n, &"serviceWorker".into()).ok())
        .filter(|w| !w.is_undefined())
        .and_then(|w| {
            let f = js_sys::Reflect::get(&w, &"register".into()).ok()?;
            let f: js_sys::Function = wasm_bindgen::JsCast::dyn_into(f).ok()?;
            f.call1(&w, &brink_core::bundle::WORKER.into()).ok()
        })
    else {
        return;
    };
    if let Ok(promise) = wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(register) {
        // A missing or refused worker costs nothing but offline use: no error for the reader.
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
