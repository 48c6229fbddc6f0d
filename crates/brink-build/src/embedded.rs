//! The corpus in `assets/` compiled into the build tools, for the tests, the proof and the bench.
use brink_core::bundle::Bundle;
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::files::CorpusFiles;

macro_rules! article {
    ($stem:literal) => {
        (
            $stem,
            include_str!(concat!("../../../assets/corpus/articles/", $stem, ".txt")),
        )
    };
}

macro_rules! json {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../assets/corpus/", $name)),
        )
    };
}

/// The five articles, verbatim, by file stem.
const ARTICLES: [(&str, &str); 5] = [
    article!("000_775e904805f0214d"),
    article!("001_a4ece52eb0cc6179"),
    article!("002_eac895019da0e25b"),
    article!("003_a3d89dc8a1334f3d"),
    article!("004_916b3bda1cea9b32"),
];

/// The country shapes the map is drawn from (Natural Earth, as TopoJSON).
pub const COUNTRIES_TOPOJSON: &str = include_str!("../../../assets/geo/countries.topo.json");

/// The bundled record files, in the order of [`JSON_FILES`].
const JSON: [(&str, &str); 9] = [
    json!("sources.json"),
    json!("actors.json"),
    json!("people.json"),
    json!("places.json"),
    json!("deployments.json"),
    json!("events.json"),
    json!("issues.json"),
    json!("positions.json"),
    json!("figures.json"),
];

/// The bundled record files and articles, as [`CorpusFiles`].
pub fn files() -> CorpusFiles {
    CorpusFiles {
        json: JSON
            .iter()
            .map(|(name, text)| (*name, (*text).to_owned()))
            .collect(),
        articles: ARTICLES
            .iter()
            .map(|(stem, text)| ((*stem).to_owned(), (*text).to_owned()))
            .collect(),
    }
}

/// The bundled corpus, loaded and checked as the build checks it.
pub fn corpus() -> Result<Corpus, Vec<Problem>> {
    crate::load::load(files())
}

/// The bundled corpus packed as the build packs it, texts included.
pub fn bundle() -> Result<Bundle, Vec<Problem>> {
    crate::pack::build_bundle(files(), COUNTRIES_TOPOJSON)
}
