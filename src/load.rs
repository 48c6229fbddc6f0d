//! Fetching what the build step wrote: the bundle the page preloads and the article texts. The
//! bundle is binary (see `brink_core::bundle`), so its decoder is small and no JSON parser ships.
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use brink_core::bundle::{inline_file_id, Bundle, INLINE_BUNDLE_ID, PRELOAD_ID};
use brink_core::data::corpus::Problem;

/// Fetches and decodes the bundle; what went wrong is a problem the error page can show.
pub async fn load_bundle() -> Result<Bundle, Problem> {
    if let Some(base64) = inlined_text(INLINE_BUNDLE_ID) {
        let bytes = leptos::prelude::window()
            .atob(base64.trim())
            .map(|binary| binary.chars().map(|c| c as u8).collect())
            .map_err(|e| format!("is not base64: {}", describe(&e)));
        return decode_bundle(bytes, "the page's inlined data").await;
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
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| failed(describe(&e)))?)
        .await
        .map_err(|e| failed(format!("did not arrive whole: {}", describe(&e))))?;
    mark("data-fetched");
    decode_bundle(Ok(js_sys::Uint8Array::new(&buffer).to_vec()), &href).await
}

/// The bundle from the bytes of its file (or why they could not be read), read from `file`.
async fn decode_bundle(bytes: Result<Vec<u8>, String>, file: &str) -> Result<Bundle, Problem> {
    let failed = |message: String| Problem {
        file: file.to_owned(),
        record: None,
        message,
    };
    let bytes = gunzip(bytes.map_err(failed)?).await.map_err(failed)?;
    let mut bundle = Bundle::decode(&bytes).map_err(failed)?;
    bundle.corpus.index_quotes();
    mark("data-decoded");
    Ok(bundle)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's own decompressor (Compression Streams), bound here because web-sys still
    /// marks it unstable.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// The first two bytes of every gzip stream.
const GZIP_MARK: [u8; 2] = [0x1f, 0x8b];

/// `bytes` unpacked by the browser's own `DecompressionStream` when the build gzipped them (so a
/// host that does not compress binary files still sends them small), as they are otherwise.
async fn gunzip(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    if !bytes.starts_with(&GZIP_MARK) {
        return Ok(bytes);
    }
    let unpack = || -> Result<js_sys::Promise, JsValue> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
        let gzip = DecompressionStream::new("gzip")?;
        let pair = web_sys::ReadableWritablePair::new(&gzip.readable(), &gzip.writable());
        let unpacked = blob.stream().pipe_through(&pair);
        Response::new_with_opt_readable_stream(Some(&unpacked))?.array_buffer()
    };
    // The browsers' own messages here ("Failed to fetch", "incorrect header check") mislead.
    let damaged = |_| "is damaged: it is cut short or corrupted, so it could not be unpacked";
    let buffer = JsFuture::from(unpack().map_err(damaged)?)
        .await
        .map_err(damaged)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// In the single-file page, the text of the script element `id`; `None` on a served page, which
/// has no such element.
fn inlined_text(id: &str) -> Option<String> {
    leptos::prelude::document()
        .get_element_by_id(id)?
        .text_content()
}

/// In the single-file page, the parsed JSON of the script element `id` (or why it is not JSON).
fn inlined(id: &str) -> Option<Result<JsValue, String>> {
    let text = inlined_text(id)?;
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
    // The page the build draws ahead is served, never the single file: the file beside it.
    if cfg!(feature = "ssr") {
        return path.to_owned();
    }
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
