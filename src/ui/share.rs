//! Take a view away: share its link, embed it in another page, download the data behind it.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::{use_corpus, use_navigator};
use crate::data::embedded::JSON_FILES;
use crate::data::export::TABLES;
use crate::url::encode;

/// The full address of the view on screen, `embed=1` set as asked.
fn address(embed: bool) -> String {
    let navigator = use_navigator();
    let mut state = navigator.state.get_untracked();
    state.embed = embed;
    state.version = Some(crate::app::use_bundle().version.clone());
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{}", encode(&state))
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

/// Offers `text` as a file called `name`.
fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The corpus file `name` (e.g. `deployments.json`) as its records, without the build's spans.
fn corpus_file(name: &str) -> Option<String> {
    let corpus = use_corpus();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = match name {
        "sources.json" => serde::Serialize::serialize(&corpus.sources, &serializer),
        "actors.json" => serde::Serialize::serialize(&corpus.actors, &serializer),
        "people.json" => serde::Serialize::serialize(&corpus.people, &serializer),
        "places.json" => serde::Serialize::serialize(&corpus.places, &serializer),
        "deployments.json" => serde::Serialize::serialize(&corpus.deployments, &serializer),
        "events.json" => serde::Serialize::serialize(&corpus.events, &serializer),
        "issues.json" => serde::Serialize::serialize(&corpus.issues, &serializer),
        "positions.json" => serde::Serialize::serialize(&corpus.positions, &serializer),
        "figures.json" => serde::Serialize::serialize(&corpus.figures, &serializer),
        _ => return None,
    }
    .ok()?;
    // The build adds each quote's `span`; the corpus files never carry one.
    let drop_spans = js_sys::Function::new_with_args("k, v", "return k === 'span' ? undefined : v");
    js_sys::JSON::stringify_with_replacer_and_space(&value, &drop_spans, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
}

/// Every quote as a W3C Web Annotation (JSON-LD), once the article texts are all here.
fn annotations() -> Result<String, &'static str> {
    let texts = crate::texts::use_texts();
    if !untrack(|| texts.settled()) {
        texts.ask_all();
        return Err("The article texts are still loading; try again in a moment.");
    }
    let ready: std::collections::BTreeMap<String, &'static str> =
        untrack(|| texts.ready()).into_iter().collect();
    let list = use_corpus().annotations(&|id| ready.get(id).copied());
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&list, &serializer)
        .ok()
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from(2))
                .ok()
        })
        .and_then(|s| s.as_string())
        .ok_or("The annotations could not be written.")
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
    let files = JSON_FILES
        .iter()
        .map(|name| {
            let save = move |_| {
                if let Some(text) = corpus_file(name) {
                    download(name, &text, "application/json");
                    status.set(format!("{name} downloaded."));
                }
            };
            view! { <li><button type="button" class="link-button" data-file=*name on:click=save>{*name}</button></li> }
        })
        .collect_view();
    let tables = TABLES
        .iter()
        .map(|name| {
            let save = move |_| {
                if let Some(text) = use_corpus().csv_table(name) {
                    download(name, &text, "text/csv");
                    status.set(format!("{name} downloaded."));
                }
            };
            view! { <li><button type="button" class="link-button" data-file=*name on:click=save>{*name}</button></li> }
        })
        .collect_view();
    view! {
        <div class="share-bar">
            <button type="button" class="share" on:click=share>"Share this view"</button>
            <button type="button" class="embed" aria-expanded=move || if embedding.get() { "true" } else { "false" } on:click=move |_| embedding.update(|e| *e = !*e)>"Embed"</button>
            <details class="downloads">
                <summary>"Download the data"</summary>
                <div class="download-lists">
                    <div><p>"The corpus files (JSON, the schema of assets/corpus/README.md):"</p><ul>{files}</ul></div>
                    <div><p>"Tables (CSV, one row per record, with their sources and quotes):"</p><ul>{tables}</ul></div>
                    <div><p>"Every quote as a W3C Web Annotation (JSON-LD), for annotation tools:"</p><ul><li>
                        <button type="button" class="link-button" data-file="brink-annotations.jsonld" on:click=move |_| match annotations() {
                            Ok(text) => {
                                download("brink-annotations.jsonld", &text, "application/ld+json");
                                status.set("brink-annotations.jsonld downloaded.".to_owned());
                            }
                            Err(why) => status.set(why.to_owned()),
                        }>"brink-annotations.jsonld"</button>
                    </li></ul></div>
                </div>
            </details>
            <p class="share-status" role="status" aria-live="polite">{move || status.get()}</p>
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

/// In an embedded page: the way out to the full explorer.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let navigator = use_navigator();
    let full = move || {
        navigator.state.track();
        address(false)
    };
    view! {
        <p class="embed-bar">
            <a href=full target="_blank" rel="noopener">"Open in Brink, with sources ↗"</a>
        </p>
    }
}
