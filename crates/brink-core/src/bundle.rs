//! What the build step hands the browser: the checked corpus, the map already laid out, and
//! where each article's text is, so the browser neither validates nor lays out anything. The build
//! (`brink-build`) makes and packs it; the app only decodes it.
//!
//! The file is binary (postcard: fields in order, no names), so the browser's decoder is a small
//! part of the wasm and the file carries no field names; a mark at its start says what it is.
use serde::{Deserialize, Serialize};

use crate::data::corpus::Corpus;
use crate::geo::layout::MapLayout;

/// The id of the page's preload link naming the bundle: written by the build, read by the app.
pub const PRELOAD_ID: &str = "brink-corpus";

/// The id of the page's element holding the first view the build drew: written by the build,
/// replaced by the app when it takes over.
pub const FIRST_VIEW_ID: &str = "brink-prerender";

/// The id of the element the app draws into, beside the first view until it takes over.
pub const APP_ID: &str = "brink-app";

/// The offline worker's file name, beside `index.html`: written by the build, registered by the app.
pub const WORKER: &str = "sw.js";

/// In the single-file page (`make single`), the id of the script element holding the bundle.
pub const INLINE_BUNDLE_ID: &str = "brink-inline-corpus";

/// In the single-file page, the id of the script element holding a site file (`data/…`) as a
/// JSON string.
pub fn inline_file_id(path: &str) -> String {
    format!("brink-file:{path}")
}

/// An article's text, fetched when first read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleFile {
    /// The article's id (its file stem).
    pub id: String,
    /// Where the text is, relative to the page, with a content hash so it caches forever.
    pub file: String,
    /// The first words of the text.
    pub opening: String,
}

/// A file a reader can download, written by the build so the browser makes none of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DownloadFile {
    /// The name it is saved under, e.g. `deployments.csv`.
    pub name: String,
    /// Where it is, relative to the page, with a content hash.
    pub file: String,
    /// Its contents: written into the site by the build, never sent in the bundle.
    #[serde(skip)]
    pub contents: String,
}

/// Everything the first view needs, in one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Bundle {
    /// The records and the evidence index, without the article texts.
    pub corpus: Corpus,
    /// The map, projected and laid out.
    pub layout: MapLayout,
    /// The article texts' files.
    pub articles: Vec<ArticleFile>,
    /// A short hash of the records and texts: shared links carry it, so a link made for other
    /// data can say so.
    #[serde(default)]
    pub version: String,
    /// The corpus files exactly as given, the CSV tables and the Web Annotations.
    #[serde(default)]
    pub downloads: Vec<DownloadFile>,
}

/// The first bytes of a bundle file: what the file is, and the layout of what follows.
pub const MAGIC: &[u8] = b"BRINK-BUNDLE-1\n";

/// What every version of the mark starts with, to tell an older or newer bundle from another file.
const MAGIC_FAMILY: &[u8] = b"BRINK-BUNDLE-";

impl Bundle {
    /// The bundle's file: the mark, then the bundle in postcard.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        let bytes = MAGIC.to_vec();
        postcard::to_extend(self, bytes).map_err(|e| format!("cannot write the bundle: {e}"))
    }

    /// The bundle in `bytes`, or what is wrong with them in words.
    pub fn decode(bytes: &[u8]) -> Result<Bundle, String> {
        let Some(body) = bytes.strip_prefix(MAGIC) else {
            return Err(unmarked(bytes));
        };
        match postcard::take_from_bytes::<Bundle>(body) {
            Ok((bundle, [])) => Ok(bundle),
            Ok((_, rest)) => Err(format!(
                "has {} bytes after the data: it is not one Brink data file",
                rest.len()
            )),
            Err(postcard::Error::DeserializeUnexpectedEnd) => {
                Err("is cut short: it ends in the middle of the data".to_owned())
            }
            Err(e) => Err(format!("is not a Brink data file ({e})")),
        }
    }
    /// The file of the article `id`, if the bundle has one.
    pub fn article(&self, id: &str) -> Option<&ArticleFile> {
        self.articles.iter().find(|a| a.id == id)
    }
}

/// Why bytes without the mark are not a bundle: another version's, or another file altogether.
fn unmarked(bytes: &[u8]) -> String {
    if bytes.starts_with(MAGIC_FAMILY) {
        return "was written by another version of Brink's build: rebuild the site with `make dist`"
            .to_owned();
    }
    let start: String = String::from_utf8_lossy(&bytes[..bytes.len().min(24)])
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!(
        "is not a Brink data file (it starts with “{}”)",
        start.trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_served_in_place_of_the_data_is_named_by_its_start() {
        let problem = Bundle::decode(b"<!doctype html>\n<title>404 Not Found</title>").unwrap_err();
        assert_eq!(
            problem,
            "is not a Brink data file (it starts with “<!doctype html> <title>4”)"
        );
    }

    #[test]
    fn a_bundle_of_another_format_version_asks_for_a_rebuild() {
        let problem = Bundle::decode(b"BRINK-BUNDLE-0\n\x01\x02").unwrap_err();
        assert!(
            problem.starts_with("was written by another version"),
            "{problem}"
        );
    }

    #[test]
    fn a_mark_with_nothing_after_it_is_cut_short() {
        let problem = Bundle::decode(MAGIC).unwrap_err();
        assert_eq!(problem, "is cut short: it ends in the middle of the data");
    }
}
