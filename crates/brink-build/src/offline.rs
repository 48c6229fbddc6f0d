//! The service worker the build writes beside the site, so that after one visit Brink opens with
//! no network: every file of the build is cached under a name that changes with any of them.
use std::path::Path;

use brink_core::bundle::WORKER;

use crate::pack::content_hash;

/// The worker script for a site made of `files` (paths relative to the site, with their contents'
/// hashes): a new build gets a new cache name, and the worker drops the old caches.
pub fn worker_script(files: &[(String, String)]) -> String {
    let listing: String = files.iter().map(|(p, h)| format!("{p} {h}\n")).collect();
    let version = &content_hash(listing.as_bytes())[..12];
    let urls: Vec<String> = std::iter::once("./".to_owned())
        .chain(files.iter().map(|(p, _)| format!("./{p}")))
        .map(|u| format!("{u:?}"))
        .collect();
    format!(
        "// Written by the build (src/offline.rs): caches every file of this build for offline use.
const CACHE = \"brink-{version}\";
const FILES = [{files}];
self.addEventListener(\"install\", (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
}});
self.addEventListener(\"activate\", (event) => {{
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(\"brink-\") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
}});
self.addEventListener(\"fetch\", (event) => {{
  const request = event.request;
  if (request.method !== \"GET\" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === \"navigate\") {{
    // The page: the network first, so a new deploy shows at once; this build's copy offline.
    event.respondWith(fetch(request).catch(() => caches.match(\"./\", {{ cacheName: CACHE }})));
    return;
  }}
  event.respondWith(caches.match(request, {{ cacheName: CACHE }}).then((hit) => hit || fetch(request)));
}});
",
        files = urls.join(",")
    )
}

/// Every file under `site` (but the worker), as paths relative to it with their contents' hashes.
pub fn site_files(site: &Path) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut dirs = vec![site.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(site)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            if relative != WORKER {
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                out.push((relative, content_hash(&bytes)));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes the worker for the site under `site`.
pub fn write_worker(site: &Path) -> Result<(), String> {
    let script = worker_script(&site_files(site)?);
    let path = site.join(WORKER);
    std::fs::write(&path, script).map_err(|e| format!("{}: {e}", path.display()))
}
