//! Fetching what the build step wrote: the bundle the page preloads and the article texts. The
//! browser's own `fetch` and `JSON.parse` do the work, so no JSON parser ships in the wasm.
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::bundle::{Bundle, PRELOAD_ID};
use crate::data::corpus::Problem;

/// Fetches and decodes the bundle; what went wrong is a problem the error page can show.
pub async fn load_bundle() -> Result<Bundle, Problem> {
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
    let mut bundle: Bundle = serde_wasm_bindgen::from_value(json)
        .map_err(|e| failed(format!("is not a Brink data file: {e}")))?;
    bundle.corpus.index_quotes();
    mark("data-decoded");
    Ok(bundle)
}

/// A performance mark, for `make bench` to time the stages of a load.
pub fn mark(name: &str) {
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Fetches a text file, e.g. an article.
pub async fn load_text(url: &str) -> Result<String, String> {
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
