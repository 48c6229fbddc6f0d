//! Fetching what the build step wrote: the bundle the page preloads and the article texts. The
//! browser's own `fetch` and `JSON.parse` do the work, so no JSON parser ships in the wasm.
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use brink_core::bundle::{inline_file_id, Bundle, INLINE_BUNDLE_ID, PRELOAD_ID};
use brink_core::data::corpus::Problem;

/// Fetches and decodes the bundle; what went wrong is a problem the error page can show.
pub async fn load_bundle() -> Result<Bundle, Problem> {
    if let Some(json) = inlined(INLINE_BUNDLE_ID) {
        return decode_bundle(json, "the page's inlined data");
    }
    let href = leptos::prelude::document()
        .get_element_by_id(PRELOAD_ID)
        .and_then(|link| link.get_attribute("href"))
        .ok_or_else(|| Problem {
            file: "index.html".to_owned(),
            record: None,
            message: format!(
                "the page has no link with id “{PRELOAD_ID}” naming Brink's data; build the site with `make dist`"
            ),
        })?;
    let failed = |message: String| Problem {
        file: href.clone(),
        record: None,
        message,
    };
    let response = fetch(&href).await.map_err(failed)?;
    let json = JsFuture::from(response.json().map_err(|e| failed(describe(&e)))?)
        .await
        .map_err(|e| failed(format!("is not JSON: {}", describe(&e))))?;
    mark("data-fetched");
    decode_bundle(Ok(json), &href)
}

/// The bundle from its parsed JSON (or why it could not be parsed), read from `file`.
fn decode_bundle(json: Result<JsValue, String>, file: &str) -> Result<Bundle, Problem> {
    let failed = |message: String| Problem {
        file: file.to_owned(),
        record: None,
        message,
    };
    let mut bundle: Bundle = serde_wasm_bindgen::from_value(json.map_err(failed)?)
        .map_err(|e| failed(format!("is not a Brink data file: {e}")))?;
    bundle.corpus.index_quotes();
    mark("data-decoded");
    Ok(bundle)
}

/// In the single-file page, the parsed JSON of the script element `id` (or why it is not JSON);
/// `None` on a served page, which has no such element.
fn inlined(id: &str) -> Option<Result<JsValue, String>> {
    let text = leptos::prelude::document()
        .get_element_by_id(id)?
        .text_content()?;
    Some(js_sys::JSON::parse(&text).map_err(|e| format!("is not JSON: {}", describe(&e))))
}

thread_local! {
    /// The blobs made for inlined files, by path: made once, kept for the life of the page.
    static FILE_BLOBS: std::cell::RefCell<std::collections::HashMap<String, String>> =
        Default::default();
}

/// Where a reader downloads the site file `path`: the file itself on a served page, a blob of
/// its inlined copy in the single-file page (which has no files beside it).
pub fn file_href(path: &str) -> String {
    if let Some(url) = FILE_BLOBS.with_borrow(|blobs| blobs.get(path).cloned()) {
        return url;
    }
    let Some(Ok(text)) = inlined(&inline_file_id(path)) else {
        return path.to_owned();
    };
    let Some(url) = text
        .as_string()
        .and_then(|t| blob_url(&t, media_type(path)))
    else {
        return path.to_owned();
    };
    FILE_BLOBS.with_borrow_mut(|blobs| blobs.insert(path.to_owned(), url.clone()));
    url
}

/// An object URL for `text` of type `media_type`, e.g. for a file the page makes.
pub fn blob_url(text: &str, media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The media type of a file, by its extension.
pub fn media_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("csv") => "text/csv;charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("jsonld") => "application/ld+json",
        _ => "text/plain;charset=utf-8",
    }
}

/// A performance mark, for `make bench` to time the stages of a load.
pub fn mark(name: &str) {
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Fetches a text file, e.g. an article.
pub async fn load_text(url: &str) -> Result<String, String> {
    if let Some(json) = inlined(&inline_file_id(url)) {
        return json?
            .as_string()
            .ok_or_else(|| format!("{url} is inlined but not as text"));
    }
    let response = fetch(url).await?;
    let text = JsFuture::from(response.text().map_err(|e| describe(&e))?)
        .await
        .map_err(|e| describe(&e))?;
    text.as_string()
        .ok_or_else(|| format!("{url} did not arrive as text"))
}

/// A successful response for `url`, or why there is none.
async fn fetch(url: &str) -> Result<Response, String> {
    let promise = leptos::prelude::window().fetch_with_str(url);
    let response: Response = JsFuture::from(promise)
        .await
        .map_err(|e| format!("could not be downloaded ({})", describe(&e)))?
        .dyn_into()
        .map_err(|_| "the download gave no response".to_owned())?;
    if response.ok() {
        Ok(response)
    } else {
        Err(format!(
            "could not be downloaded (HTTP {} {})",
            response.status(),
            response.status_text()
        ))
    }
}

/// A JavaScript error in words.
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
