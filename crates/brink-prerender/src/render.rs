//! The first view drawn from the bundle a site carries, so the page shows exactly the data the
//! app will load.
use std::io::Read;
use std::path::Path;

use brink_core::bundle::{Bundle, PRELOAD_ID};
use brink_core::url::ViewState;
use unicode_normalization::UnicodeNormalization;

/// The bundle at `href` (the page's data link, see [`preload_href`]) under `site`, read and
/// decoded.
pub fn site_bundle(site: &Path, href: &str) -> Result<Bundle, String> {
    let path = site.join(href);
    let packed = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(packed.as_slice())
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: cannot unpack: {e}", path.display()))?;
    Bundle::decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The address in the page's data link, as `brink-corpus` wrote it.
pub fn preload_href(page: &str) -> Option<&str> {
    let link = page.find(&format!("id=\"{PRELOAD_ID}\""))?;
    let rest = &page[link..];
    let start = rest.find("href=\"")? + 6;
    let end = start + rest[start..].find('"')?;
    Some(&rest[start..end])
}

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

/// The page's first view: the map as a link with no parameters opens it, with the header,
/// navigation and footer around it.
pub fn first_view(bundle: &'static Bundle) -> String {
    share_country_shapes(&brink::prerender::render_page(
        bundle,
        ViewState::default(),
        nfd,
    ))
}

/// The id the wide map's countries take in the drawn page, for the phone's map to reuse.
pub const DRAWN_COUNTRIES_ID: &str = "brink-drawn-countries";

/// The drawn page with the phone's map drawing the wide map's country shapes by reference
/// (`<use>`) instead of a second copy: the shapes are most of a map's bytes, and a static host
/// gzips the page with a window too short to find the copy.
fn share_country_shapes(page: &str) -> String {
    const GROUP: &str = "<g class=\"countries\">";
    let Some(phone) = page.find("class=\"drawn-phone-map\"") else {
        return page.to_owned();
    };
    let Some(start) = page[phone..].find(GROUP).map(|i| phone + i) else {
        return page.to_owned();
    };
    let Some(end) = page[start..].find("</g>").map(|i| start + i + "</g>".len()) else {
        return page.to_owned();
    };
    let named = format!("<g class=\"countries\" id=\"{DRAWN_COUNTRIES_ID}\">");
    let shared = format!("<use href=\"#{DRAWN_COUNTRIES_ID}\"></use>");
    format!("{}{shared}{}", &page[..start], &page[end..]).replacen(GROUP, &named, 1)
}
