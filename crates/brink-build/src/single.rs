//! One self-contained page from a built site, for opening from disk (`file://`), e-mailing or
//! archiving: styles, script, wasm, the bundle, the article texts and the downloads inlined.
//! Browsers fetch nothing from `file://`, so the app reads inlined files from the page instead
//! (see `load.rs`); the page names them with the ids below.
use std::path::Path;

use base64::Engine;

use brink_core::bundle::{inline_file_id, INLINE_BUNDLE_ID};

/// The id of the script element holding the wasm, in base64.
const INLINE_WASM_ID: &str = "brink-inline-wasm";

/// The single page for the site built under `site` (Trunk's output after the build step).
pub fn pack_site(site: &Path) -> Result<String, String> {
    let read = |name: &str| {
        std::fs::read_to_string(site.join(name))
            .map_err(|e| format!("{}: {e}", site.join(name).display()))
    };
    let index = read("index.html")?;
    let names = file_names(site)?;
    let one = |test: &dyn Fn(&str) -> bool, what: &str| -> Result<String, String> {
        let found: Vec<&String> = names.iter().filter(|n| test(n)).collect();
        match found.as_slice() {
            [name] => Ok((*name).clone()),
            _ => Err(format!(
                "{} should hold exactly one {what}, it holds {}",
                site.display(),
                found.len()
            )),
        }
    };
    let bundle = one(
        &|n| n.starts_with("data/corpus.") && n.ends_with(".bin"),
        "data bundle (data/corpus.….bin: build the site with Trunk first)",
    )?;
    let css = one(
        &|n| n.starts_with("style-") && n.ends_with(".css"),
        "stylesheet",
    )?;
    let glue = one(&|n| n.starts_with("brink-") && n.ends_with(".js"), "script")?;
    let wasm = one(&|n| n.ends_with("_bg.wasm"), "wasm module")?;
    let bytes = |name: &str| {
        std::fs::read(site.join(name)).map_err(|e| format!("{}: {e}", site.join(name).display()))
    };
    let base64 = |data: Vec<u8>| base64::engine::general_purpose::STANDARD.encode(data);

    let mut files = String::new();
    for name in names
        .iter()
        .filter(|n| n.starts_with("data/") && **n != bundle)
    {
        let text = read(name)?;
        let json = serde_json::to_string(&text).map_err(|e| format!("{name}: {e}"))?;
        files.push_str(&json_script(&inline_file_id(name), &json));
    }
    let page = Page {
        head: head_of(&index),
        icon: base64(bytes("icon.svg")?),
        css: raw_text(&read(&css)?, "style", &css)?,
        bundle: base64(bytes(&bundle)?),
        files,
        wasm: base64(bytes(&wasm)?),
        glue: raw_text(&read(&glue)?, "script", &glue)?,
    };
    Ok(page.html())
}

/// The parts of the single page.
struct Page {
    head: String,
    icon: String,
    css: String,
    bundle: String,
    files: String,
    wasm: String,
    glue: String,
}

impl Page {
    fn html(&self) -> String {
        let Page {
            head,
            icon,
            css,
            bundle,
            files,
            wasm,
            glue,
        } = self;
        // The glue is inlined as a module; it is handed the wasm's bytes, so it never looks for a
        // file beside the page, and Trunk's start-up event follows, in a block of its own so its
        // names cannot meet the glue's.
        format!(
            "<!doctype html><html lang=\"en\"><head>{head}<link rel=\"icon\" href=\"data:image/svg+xml;base64,{icon}\"><style>{css}</style>\
<script type=\"application/octet-stream\" id=\"{INLINE_BUNDLE_ID}\">{bundle}</script>{files}\
<script type=\"application/octet-stream\" id=\"{INLINE_WASM_ID}\">{wasm}</script>\
<script type=\"module\">{glue}
{{
  const encoded = atob(document.getElementById(\"{INLINE_WASM_ID}\").textContent);
  const bytes = new Uint8Array(encoded.length);
  for (let i = 0; i < encoded.length; i++) bytes[i] = encoded.charCodeAt(i);
  const wasm = await __wbg_init({{ module_or_path: bytes }});
  dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{detail: {{wasm}}}}));
}}
</script></head><body><noscript>Brink needs JavaScript and WebAssembly to run.</noscript>\
<div class=\"loading\" id=\"brink-loading\" role=\"status\">Loading Brink…</div></body></html>\n"
        )
    }
}

/// A script element of type JSON holding `json`; `<` is escaped so no text in it can end the
/// element or open a comment, and `JSON.parse` reads it back unchanged.
fn json_script(id: &str, json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{id}\">{}</script>",
        json.replace('<', "\\u003c")
    )
}

/// `text` to go inside a `<style>` or `<script>` element, refused if it would end it early.
fn raw_text(text: &str, element: &str, name: &str) -> Result<String, String> {
    if text.to_ascii_lowercase().contains(&format!("</{element}")) {
        return Err(format!(
            "{name} contains “</{element}” and cannot be inlined"
        ));
    }
    Ok(text.to_owned())
}

/// The page's `<title>` and `<meta>` tags, as written.
fn head_of(index: &str) -> String {
    let mut head = String::new();
    let mut rest = index;
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..=end];
        // The served page's security policy names its loader's hash; this page has its own
        // inline scripts and, opened from disk, no origin for 'self' to name.
        if tag.starts_with("<meta") && !tag.contains("http-equiv") {
            head.push_str(tag);
        } else if tag.starts_with("<title") {
            if let Some(close) = rest.find("</title>") {
                head.push_str(&rest[..close + "</title>".len()]);
            }
        }
        rest = &rest[end + 1..];
    }
    head
}

/// Every file of the site, relative to it, `/`-separated and sorted.
fn file_names(site: &Path) -> Result<Vec<String>, String> {
    Ok(crate::offline::site_files(site)?
        .into_iter()
        .map(|(path, _)| path)
        .collect())
}
