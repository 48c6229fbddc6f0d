//! What the build step hands the browser: the checked corpus, the map already laid out, and
//! where each article's text is, so the browser neither validates nor lays out anything. The build
//! (`brink-build`) makes and packs it; the app only decodes it.
use serde::{Deserialize, Serialize};

use crate::data::corpus::Corpus;
use crate::geo::layout::MapLayout;

/// The id of the page's preload link naming the bundle: written by the build, read by the app.
pub const PRELOAD_ID: &str = "brink-corpus";

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

impl Bundle {
    /// The file of the article `id`, if the bundle has one.
    pub fn article(&self, id: &str) -> Option<&ArticleFile> {
        self.articles.iter().find(|a| a.id == id)
    }
}
