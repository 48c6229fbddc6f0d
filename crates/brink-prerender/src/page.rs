//! Where the first view goes in the page: pure text edits of the `index.html` Trunk wrote.
use brink_core::bundle::{FIRST_VIEW_ID, PRELOAD_ID};

/// The page with `first_view` inside its first-view element, replacing what was there; `None`
/// if the page has no such element.
pub fn with_first_view(html: &str, first_view: &str) -> Option<String> {
    // Trunk's minifier may drop the quotes and reorder the attributes.
    let id = html
        .find(&format!("id=\"{FIRST_VIEW_ID}\""))
        .or_else(|| html.find(&format!("id={FIRST_VIEW_ID}")))?;
    let tag = html[..id].rfind('<')?;
    if !html[tag..].starts_with("<div") {
        return None;
    }
    let inner = id + html[id..].find('>')? + 1;
    let close = inner + closing_div(&html[inner..])?;
    Some(format!("{}{first_view}{}", &html[..inner], &html[close..]))
}

/// Where the `</div>` closing an element whose content starts at `rest` begins, counting nested
/// `<div>`s (the first view's own markup has them).
fn closing_div(rest: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0;
    loop {
        let open = rest[at..].find("<div").map(|i| at + i);
        let close = rest[at..].find("</div>").map(|i| at + i)?;
        match open {
            Some(open) if open < close => {
                depth += 1;
                at = open + 4;
            }
            _ if depth == 0 => return Some(close),
            _ => {
                depth -= 1;
                at = close + 6;
            }
        }
    }
}

/// Marks the start of the link-preview tags, so a rebuild replaces them.
const PREVIEW_START: &str = "<!-- link preview -->";

/// Marks their end.
const PREVIEW_END: &str = "<!-- /link preview -->";

/// What a shared link's preview card shows.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkPreview {
    /// The address the site is published at, ending in `/` (scrapers ignore relative
    /// addresses), or `None` where the build was not told it.
    pub site_url: Option<String>,
    /// The picture's file name beside the page.
    pub image: String,
    /// Its size in pixels.
    pub size: (u32, u32),
    /// What the picture shows, for readers who cannot see it.
    pub alt: String,
}

/// The page with its Open Graph and Twitter tags before `</head>`, replacing earlier ones: the
/// title and description are the page's own; `None` if the page has no `<title>` or `</head>`.
pub fn with_link_preview(html: &str, preview: &LinkPreview) -> Option<String> {
    let html = match (html.find(PREVIEW_START), html.find(PREVIEW_END)) {
        (Some(start), Some(end)) => {
            format!("{}{}", &html[..start], &html[end + PREVIEW_END.len()..])
        }
        _ => html.to_owned(),
    };
    let title = between(&html, "<title>", "</title>")?;
    let description = meta_content(&html, "description").unwrap_or(title);
    let base = preview.site_url.as_deref().unwrap_or("");
    let mut tags = vec![
        ("og:type", "website".to_owned()),
        ("og:title", title.to_owned()),
        ("og:description", description.to_owned()),
        ("og:image", format!("{base}{}", preview.image)),
        ("og:image:type", "image/png".to_owned()),
        ("og:image:width", preview.size.0.to_string()),
        ("og:image:height", preview.size.1.to_string()),
        ("og:image:alt", attribute_escape(&preview.alt)),
        ("twitter:card", "summary_large_image".to_owned()),
    ];
    if let Some(url) = &preview.site_url {
        tags.insert(1, ("og:url", url.clone()));
    }
    let tags: String = tags
        .iter()
        .map(|(property, content)| format!("<meta property=\"{property}\" content=\"{content}\">"))
        .collect();
    let head_end = html.find("</head>")?;
    Some(format!(
        "{}{PREVIEW_START}{tags}{PREVIEW_END}{}",
        &html[..head_end],
        &html[head_end..]
    ))
}

/// The text between the first `open` and the `close` after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = html.find(open)? + open.len();
    let end = start + html[start..].find(close)?;
    Some(&html[start..end])
}

/// The content of the page's `<meta name="…">`, as written (already escaped).
fn meta_content<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    tags(html, "<meta")
        .find(|tag| attribute(tag, "name") == Some(name))
        .and_then(|tag| attribute(tag, "content"))
}

/// Every tag of the page opening with `open` (e.g. `<meta`), whole.
fn tags<'a>(html: &'a str, open: &'a str) -> impl Iterator<Item = &'a str> {
    html.match_indices(open)
        .filter_map(move |(at, _)| Some(&html[at..at + html[at..].find('>')? + 1]))
}

/// The value of `name` in `tag`, quoted or, as Trunk's minifier leaves it, bare.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag
        .match_indices(&format!("{name}="))
        .find(|(i, _)| tag[..*i].ends_with([' ', '\n', '\t']))?
        .0
        + name.len()
        + 1;
    let rest = &tag[at..];
    match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next(),
        None => rest.split([' ', '>']).next(),
    }
}

/// The start of the app's loader script, as Trunk writes it.
const TRUNK_LOADER: &str = "import init, * as bindings from '";

/// The page with the app started once its first view is painted: Trunk's loader and its
/// preload links fetch the script and the wasm while the page is parsed, beside the HTML and
/// stylesheet a phone needs first; this loader waits until the browser reports the first
/// contentful paint (or a frame, where it reports none; or a second, so a page opened in a
/// background tab still starts), then fetches the wasm and `data_href` together
/// (the data's link, with its id, is how the app finds it) and starts the app. `None` if the
/// page has no Trunk loader.
pub fn with_start_after_paint(html: &str, data_href: &str) -> Option<String> {
    let import = html.find(TRUNK_LOADER)?;
    let open = html[..import].rfind("<script")?;
    let close = import + html[import..].find("</script>")? + "</script>".len();
    let loader = &html[open..close];
    let script = between(loader, TRUNK_LOADER, "'")?;
    let wasm = between(loader, "module_or_path: '", "'")?;
    let start = format!(
        "<script type=\"module\">await new Promise((go) => {{\n\
  if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) return requestAnimationFrame(() => setTimeout(go));\n\
  new PerformanceObserver((_, seen) => {{ if (performance.getEntriesByName('first-contentful-paint').length) {{ seen.disconnect(); go(); }} }}).observe({{ type: 'paint', buffered: true }});\n\
  setTimeout(go, 1000);\n\
}});\n\
const preload = (href, id) => document.head.append(Object.assign(document.createElement('link'), {{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href, id }}));\n\
preload('{wasm}', ''); preload('{data_href}', '{PRELOAD_ID}');\n\
const bindings = await import('{script}');\n\
const wasm = await bindings.default({{ module_or_path: '{wasm}' }});\n\
window.wasmBindings = bindings;\n\
dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));</script>"
    );
    let page = format!("{}{start}{}", &html[..open], &html[close..]);
    // The links that fetch the script and the wasm, or the data, as the page is parsed.
    let early: Vec<&str> = tags(&page, "<link")
        .filter(|tag| {
            let href = attribute(tag, "href");
            href == Some(script) || href == Some(wasm) || href == Some(data_href)
        })
        .collect();
    Some(
        early
            .iter()
            .fold(page.clone(), |page, tag| page.replacen(tag, "", 1)),
    )
}

/// Text made safe for a double-quoted attribute.
fn attribute_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
