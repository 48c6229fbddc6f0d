//! Where the first view goes in the page: pure text edits of the `index.html` Trunk wrote.
use brink_core::bundle::FIRST_VIEW_ID;

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
    let at = html.find(&format!("<meta name=\"{name}\""))?;
    between(&html[at..], "content=\"", "\"")
}

/// Text made safe for a double-quoted attribute.
fn attribute_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
