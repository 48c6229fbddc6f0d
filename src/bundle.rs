//! What the build step hands the browser: the checked corpus, the map already laid out, and
//! where each article's text is, so the browser neither validates nor lays out anything.
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::data::corpus::{Corpus, Problem};
use crate::data::embedded::{CorpusFiles, COUNTRIES_TOPOJSON};
use crate::geo::layout::MapLayout;

/// The id of the page's preload link naming the bundle: written by the build, read by the app.
pub const PRELOAD_ID: &str = "brink-corpus";

/// In the single-file page (`make single`), the id of the script element holding the bundle.
pub const INLINE_BUNDLE_ID: &str = "brink-inline-corpus";

/// In the single-file page, the id of the script element holding a site file (`data/…`) as a
/// JSON string.
pub fn inline_file_id(path: &str) -> String {
    format!("brink-file:{path}")
}

/// Words of an article's opening kept in the bundle, for a headline where the text prints none.
const OPENING_WORDS: usize = 12;

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

/// A file the build step writes into the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// Path relative to the site's root, e.g. `data/corpus.0123abcd.json`.
    pub path: String,
    /// The file's contents.
    pub contents: String,
}

/// The packed corpus: the bundle's file first, then one file per article.
#[derive(Debug, Clone)]
pub struct Packed {
    /// The bundle the page preloads.
    pub bundle: SiteFile,
    /// The article texts.
    pub articles: Vec<SiteFile>,
    /// What a reader can download.
    pub downloads: Vec<SiteFile>,
}

impl Bundle {
    /// Checks the files and lays out the map; every problem found is reported, as the tests and
    /// the build step print them.
    pub fn build(files: CorpusFiles, topojson: &str) -> Result<Bundle, Vec<Problem>> {
        let originals = files.json.clone();
        let corpus = Corpus::load(files)?;
        let layout = MapLayout::build(&corpus, topojson).map_err(|message| {
            vec![Problem {
                file: "countries.topo.json".to_owned(),
                record: None,
                message,
            }]
        })?;
        let articles = corpus
            .sources()
            .iter()
            .filter_map(|source| {
                let text = corpus.text(&source.id)?;
                Some(ArticleFile {
                    id: source.id.clone(),
                    file: format!("data/{}.{}.txt", source.id, content_hash(text)),
                    opening: opening(text),
                })
            })
            .collect();
        let records = serde_json::to_string(&corpus).unwrap_or_default();
        let texts: String = corpus
            .sources()
            .iter()
            .filter_map(|s| corpus.text(&s.id))
            .collect();
        let version = content_hash(&(records + &texts))[..8].to_owned();
        let downloads = downloads(&corpus, originals);
        Ok(Bundle {
            version,
            corpus,
            layout,
            articles,
            downloads,
        })
    }

    /// The corpus compiled into this build, texts included: for tests and tools.
    pub fn embedded() -> Result<Bundle, Vec<Problem>> {
        Bundle::build(CorpusFiles::embedded(), COUNTRIES_TOPOJSON)
    }

    /// The file of the article `id`, if the bundle has one.
    pub fn article(&self, id: &str) -> Option<&ArticleFile> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The bundle and article files to write into a site, named by their content.
    pub fn pack(&self) -> Result<Packed, String> {
        let json =
            serde_json::to_string(self).map_err(|e| format!("cannot write the bundle: {e}"))?;
        let articles = self
            .articles
            .iter()
            .filter_map(|a| {
                Some(SiteFile {
                    path: a.file.clone(),
                    contents: self.corpus.text(&a.id)?.to_owned(),
                })
            })
            .collect();
        let downloads = self
            .downloads
            .iter()
            .map(|d| SiteFile {
                path: d.file.clone(),
                contents: d.contents.clone(),
            })
            .collect();
        Ok(Packed {
            bundle: SiteFile {
                path: format!("data/corpus.{}.json", content_hash(&json)),
                contents: json,
            },
            articles,
            downloads,
        })
    }
}

impl Packed {
    /// Replaces the site's data folder and adds the bundle's preload link to its page.
    pub fn write_into(&self, site: &Path) -> Result<(), String> {
        let data = site.join("data");
        if data.exists() {
            std::fs::remove_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
        }
        std::fs::create_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
        for file in std::iter::once(&self.bundle)
            .chain(&self.articles)
            .chain(&self.downloads)
        {
            let path = site.join(&file.path);
            std::fs::write(&path, &file.contents)
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
        let page = site.join("index.html");
        let html =
            std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        let html = with_preload(&html, &self.bundle.path)
            .ok_or_else(|| format!("{} has no </head> to add the data link to", page.display()))?;
        let html = crate::csp::with_policy(&html).ok_or_else(|| {
            format!(
                "{} has no charset or <head> to put the security policy after",
                page.display()
            )
        })?;
        std::fs::write(&page, html).map_err(|e| format!("{}: {e}", page.display()))
    }
}

/// The page with one preload link for the bundle, replacing any earlier one. The link starts the
/// download beside the wasm; `crossorigin` matches the app's fetch so the browser reuses it.
fn with_preload(html: &str, href: &str) -> Option<String> {
    let link = format!(
        "<link rel=\"preload\" id=\"{PRELOAD_ID}\" href=\"{href}\" as=\"fetch\" crossorigin>"
    );
    let without_old = match html.find(&format!("<link rel=\"preload\" id=\"{PRELOAD_ID}\"")) {
        Some(start) => {
            let end = start + html[start..].find('>')? + 1;
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_owned(),
    };
    let head_end = without_old.find("</head>")?;
    Some(format!(
        "{}{link}{}",
        &without_old[..head_end],
        &without_old[head_end..]
    ))
}

/// The first words of a text, joined by single spaces.
fn opening(text: &str) -> String {
    text.split_whitespace()
        .take(OPENING_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A short content hash (64-bit FNV-1a) for cache-busting file names: stable across builds and
/// machines, which the standard library's hasher does not promise.
pub fn content_hash(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The files a reader can download: the corpus's JSON files exactly as given, one CSV table per
/// kind of record, and every quote as a W3C Web Annotation.
fn downloads(corpus: &Corpus, originals: Vec<(&'static str, String)>) -> Vec<DownloadFile> {
    let tables = crate::data::export::TABLES
        .iter()
        .filter_map(|name| Some(((*name).to_owned(), corpus.csv_table(name)?)));
    let annotations = serde_json::to_string_pretty(&corpus.annotations(&|id| corpus.text(id)))
        .map(|json| ("brink-annotations.jsonld".to_owned(), json));
    originals
        .into_iter()
        .map(|(name, text)| (name.to_owned(), text))
        .chain(tables)
        .chain(annotations)
        .map(|(name, contents)| {
            let (stem, ext) = name.rsplit_once('.').unwrap_or((name.as_str(), "txt"));
            DownloadFile {
                file: format!("data/{stem}.{}.{ext}", content_hash(&contents)),
                name,
                contents,
            }
        })
        .collect()
}
