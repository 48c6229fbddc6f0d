//! The corpus files compiled into the binary, so the app needs no network at run time.

/// The raw files a corpus is built from; tests build broken variants of it.
#[derive(Debug, Clone)]
pub struct CorpusFiles {
    /// JSON files by name (`sources.json`, `deployments.json`…), in load order.
    pub json: Vec<(&'static str, String)>,
    /// Article texts, keyed by file stem.
    pub articles: Vec<(String, String)>,
}

macro_rules! article {
    ($stem:literal) => {
        (
            $stem,
            include_str!(concat!("../../assets/corpus/articles/", $stem, ".txt")),
        )
    };
}

macro_rules! json {
    ($name:literal) => {
        ($name, include_str!(concat!("../../assets/corpus/", $name)))
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

/// The record files of a corpus, one per kind, in load order.
pub const JSON_FILES: [&str; 9] = [
    "sources.json",
    "actors.json",
    "people.json",
    "places.json",
    "deployments.json",
    "events.json",
    "issues.json",
    "positions.json",
    "figures.json",
];

/// The country shapes the map is drawn from (Natural Earth, as TopoJSON).
pub const COUNTRIES_TOPOJSON: &str = include_str!("../../assets/geo/countries.topo.json");

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

impl CorpusFiles {
    /// The files bundled with this build.
    pub fn embedded() -> Self {
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

    /// Replaces one JSON file's text (for tests and tools that check edited data).
    pub fn with_json(mut self, name: &str, text: &str) -> Self {
        if let Some(slot) = self.json.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = text.to_owned();
        }
        self
    }

    /// The text of one JSON file, empty if there is none of that name.
    pub fn json_text(&self, name: &str) -> &str {
        self.json
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.as_str())
            .unwrap_or("")
    }
}
