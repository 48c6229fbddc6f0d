//! The build step's packing: checks a corpus, lays out its map and writes the bundle, the article
//! texts and the downloads into a site, named by their content.
use std::path::Path;

use brink_core::bundle::{ArticleFile, Bundle, DownloadFile, PRELOAD_ID};
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::export::Table;
use brink_core::data::files::CorpusFiles;
use brink_core::geo::layout::MapLayout;

/// Words of an article's opening kept in the bundle, for a headline where the text prints none.
const OPENING_WORDS: usize = 12;

/// A file the build step writes into the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// Path relative to the site's root, e.g. `data/corpus.0123abcd.bin`.
    pub path: String,
    /// The file's contents.
    pub contents: Vec<u8>,
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

/// Runs every corpus check and lays out the map; every problem found is reported, as the tests
/// and the build step print them.
pub fn build_bundle(files: CorpusFiles, topojson: &str) -> Result<Bundle, Vec<Problem>> {
    let originals = files.json.clone();
    let corpus = crate::load::load(files)?;
    let problems = crate::checks::located_problems(&corpus, topojson);
    if !problems.is_empty() {
        return Err(problems);
    }
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
                file: format!("data/{}.{}.txt", source.id, content_hash(text.as_bytes())),
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
    let version = content_hash((records + &texts).as_bytes())[..8].to_owned();
    let downloads = downloads(&corpus, originals);
    Ok(Bundle {
        version,
        corpus,
        layout,
        articles,
        downloads,
    })
}

/// The bundle and article files to write into a site, named by their content.
pub fn pack(bundle: &Bundle) -> Result<Packed, String> {
    let encoded = gzip(&bundle.encode()?)?;
    let articles = bundle
        .articles
        .iter()
        .filter_map(|a| {
            Some(SiteFile {
                path: a.file.clone(),
                contents: bundle.corpus.text(&a.id)?.as_bytes().to_vec(),
            })
        })
        .collect();
    let downloads = bundle
        .downloads
        .iter()
        .map(|d| SiteFile {
            path: d.file.clone(),
            contents: d.contents.clone().into_bytes(),
        })
        .collect();
    Ok(Packed {
        bundle: SiteFile {
            path: format!("data/corpus.{}.bin", content_hash(&encoded)),
            contents: encoded,
        },
        articles,
        downloads,
    })
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

/// `bytes` gzipped at the highest level: the bundle is binary, which static hosts send as it is,
/// so the build compresses it and the browser unpacks it (`DecompressionStream`).
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("cannot compress the bundle: {e}"))
}

/// A short content hash (64-bit FNV-1a) for cache-busting file names: stable across builds and
/// machines, which the standard library's hasher does not promise.
pub fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The files a reader can download: the corpus's JSON files exactly as given, one CSV table per
/// kind of record, and every quote as a W3C Web Annotation.
fn downloads(corpus: &Corpus, originals: Vec<(&'static str, String)>) -> Vec<DownloadFile> {
    let tables = Table::DOWNLOADS
        .into_iter()
        .map(|table| (table.file().to_owned(), corpus.csv_table(table)));
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
                file: format!("data/{stem}.{}.{ext}", content_hash(contents.as_bytes())),
                name,
                contents,
            }
        })
        .collect()
}
