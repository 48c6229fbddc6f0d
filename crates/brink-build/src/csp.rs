//! The page's Content-Security-Policy, written by the build step once Trunk has inlined its loader
//! script: only this site's own files run, the loader by its hash, never `'unsafe-inline'`.
use base64::Engine;
use sha2::{Digest, Sha256};

/// The id of the policy's meta tag, so a rebuild replaces it.
const CSP_ID: &str = "brink-csp";

/// The policy, given the hash sources of the page's inline scripts. Why each source is there:
/// - `'wasm-unsafe-eval'`: compiling the app's own wasm, nothing else;
/// - `style-src 'self'`: the one stylesheet; the app sets styles through the CSSOM (a bar's
///   width), which a policy does not govern, so no inline style is allowed or needed;
/// - `img-src` adds `data:` and `blob:`: the icon of the single file and the map picture
///   drawn into a PNG from the SVG the page made;
/// - `connect-src`, `worker-src`, `manifest-src`: the data, the service worker and the manifest,
///   all from this site;
/// - `object-src 'none'`, `base-uri 'none'`, `form-action 'none'`: nothing the app uses.
pub fn policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// The `sha256-…` source of each inline script (one with no `src`) in `html`, as the browser
/// hashes it: the exact text between the tags.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let tag = &rest[..open_end];
        let body = &rest[open_end + 1..];
        let Some(close) = body.find("</script") else {
            break;
        };
        if !tag.contains(" src=") && !tag.contains("application/json") {
            let digest = Sha256::digest(&body.as_bytes()[..close]);
            hashes.push(format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &body[close..];
    }
    hashes
}

/// The page with its policy as the first thing after the charset (or the `<head>` tag), before
/// any script, replacing an earlier one; `None` if the page has neither to put it after.
pub fn with_policy(html: &str) -> Option<String> {
    let without_old = match html.find(&format!("<meta id=\"{CSP_ID}\"")) {
        Some(start) => {
            let end = start + html[start..].find('>')? + 1;
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_owned(),
    };
    let anchor = without_old
        .find("<meta charset")
        .or_else(|| without_old.find("<head>"))?;
    let after = anchor + without_old[anchor..].find('>')? + 1;
    let meta = format!(
        "<meta id=\"{CSP_ID}\" http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&inline_script_hashes(&without_old))
    );
    Some(format!(
        "{}{meta}{}",
        &without_old[..after],
        &without_old[after..]
    ))
}
