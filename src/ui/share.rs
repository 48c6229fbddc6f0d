//! Take a view away: share its link, embed it in another page, download the data behind it.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::{use_bundle, use_navigator};
use crate::ui::save::save_text;
use brink_core::bundle::DownloadFile;
use brink_core::data::export::Rows;
use brink_core::url::encode;

/// The full address of the view on screen, `embed=1` set as asked (for event handlers).
pub fn address(embed: bool) -> String {
    untrack(|| address_from(&page_base(), embed))
}

/// The page's own address without its query.
fn page_base() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// The page's own address without its query, read once the page is on screen (empty before),
/// for addresses shown while a view is drawn.
pub fn use_page_base() -> ReadSignal<String> {
    let base = RwSignal::new(String::new());
    crate::ui::hooks::use_on_mount(move || base.set(page_base()));
    base.read_only()
}

/// The address of the view on screen at `base`, `embed=1` set as asked (tracks the view).
pub fn address_from(base: &str, embed: bool) -> String {
    let mut state = use_navigator().state.get();
    state.embed = embed;
    state.version = Some(crate::state::use_bundle().version.clone());
    format!("{base}{}", encode(&state))
}

/// Calls `navigator[api][method](arg)` if the browser has it, for the Web Share and Clipboard
/// APIs that web-sys keeps behind an unstable flag; the promise it returns, if any.
fn call_navigator(api: Option<&str>, method: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let mut target = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
    if let Some(api) = api {
        target = js_sys::Reflect::get(&target, &api.into()).ok()?;
    }
    let function = js_sys::Reflect::get(&target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    function.call1(&target, arg).ok()?.dyn_into().ok()
}

/// Copies `text` to the clipboard; whether the browser says it did.
async fn copy(text: &str) -> bool {
    match call_navigator(Some("clipboard"), "writeText", &text.into()) {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// Share, Embed and Download, under the header of every view.
#[component]
pub fn ShareBar() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let embedding = RwSignal::new(false);
    let share = move |_| {
        let url = address(false);
        leptos::task::spawn_local(async move {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
            let _ = js_sys::Reflect::set(&data, &"title".into(), &document().title().into());
            let said = match call_navigator(None, "share", &data) {
                Some(promise) => match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => "Shared.".to_owned(),
                    Err(_) if copy(&url).await => "Link copied.".to_owned(),
                    Err(_) => format!("Copy this link: {url}"),
                },
                None if copy(&url).await => "Link copied to the clipboard.".to_owned(),
                None => format!("Copy this link: {url}"),
            };
            status.set(said);
        });
    };
    let snippet = move || {
        format!(
            "<iframe src=\"{}\" title=\"Brink: the January 2022 Russia–Ukraine crisis in five articles\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>",
            address(true)
        )
    };
    let copy_snippet = move |_| {
        let text = snippet();
        leptos::task::spawn_local(async move {
            status.set(if copy(&text).await {
                "Embed code copied.".to_owned()
            } else {
                "Select the code and copy it.".to_owned()
            });
        });
    };
    view! {
        <div class="share-bar">
            <button type="button" class="share" on:click=share>"Share this view"</button>
            <button type="button" class="embed" aria-expanded=move || if embedding.get() { "true" } else { "false" } on:click=move |_| embedding.update(|e| *e = !*e)>"Embed"</button>
            <Downloads status/>
            // No text at all while there is nothing to say (drawn ahead too), so `:empty` hides it.
            <p class="share-status" role="status" aria-live="polite">{move || Some(status.get()).filter(|s| !s.is_empty())}</p>
            {move || embedding.get().then(|| view! {
                <div class="embed-panel" role="group" aria-label="Embed this view">
                    <label for="embed-code">"Paste this into a page to show this view, with a link back to Brink:"</label>
                    <textarea id="embed-code" readonly rows="3">{snippet()}</textarea>
                    <button type="button" on:click=copy_snippet>"Copy the embed code"</button>
                </div>
            })}
        </div>
    }
}

/// The data behind the view: its rows as on screen, the corpus files, the tables and the
/// annotations.
#[component]
fn Downloads(status: RwSignal<String>) -> impl IntoView {
    let save_rows = move |_| {
        let said = match crate::ui::save::shown_rows() {
            Some((table, keys)) => {
                let name = format!("brink-rows-{}", table.file());
                let csv = crate::state::use_corpus().csv_rows(table, Rows::Listed(&keys));
                if save_text(&name, &csv) {
                    format!("Saved the {} records on screen as {name}.", keys.len())
                } else {
                    "The browser did not save the table.".to_owned()
                }
            }
            None => "This view has no table of records; the whole tables are below.".to_owned(),
        };
        status.set(said);
    };
    let bundle = use_bundle();
    let link = |d: &'static DownloadFile| {
        view! { <li><a href=crate::load::file_href(&d.file) download=d.name.clone() data-file=d.name.clone()>{d.name.clone()}</a></li> }
    };
    let of = |ext: &'static str| {
        bundle
            .downloads
            .iter()
            .filter(move |d| d.name.ends_with(ext))
            .map(link)
            .collect_view()
    };
    view! {
        <details class="downloads">
            <summary>"Download the data"</summary>
            <div class="download-lists">
                <div><p>"The records this view shows, as on screen (with the date, voices and layers chosen):"</p><button type="button" class="rows-csv" on:click=save_rows>"These rows (CSV)"</button></div>
                <div><p>"The corpus files, exactly as the build read them (JSON, the schema of assets/corpus/README.md):"</p><ul>{of(".json")}</ul></div>
                <div><p>"Tables (CSV, one row per record, with their sources and quotes):"</p><ul>{of(".csv")}</ul></div>
                <div><p>"Every quote as a W3C Web Annotation (JSON-LD), for annotation tools:"</p><ul>{of(".jsonld")}</ul></div>
            </div>
        </details>
    }
}

/// In an embedded page: the way out to the full explorer.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let base = use_page_base();
    let full = move || address_from(&base.get(), false);
    view! {
        <nav class="embed-bar" aria-label="Brink">
            <a href=full target="_blank" rel="noopener">"Open in Brink, with sources ↗"</a>
        </nav>
    }
}
