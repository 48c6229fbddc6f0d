//! The raw files a corpus is built from: what the build reads from a folder and checks.
use super::kinds::FactKind;

/// The raw files a corpus is built from; tests build broken variants of it.
#[derive(Debug, Clone)]
pub struct CorpusFiles {
    /// JSON files by name (`sources.json`, `deployments.json`…), in load order.
    pub json: Vec<(&'static str, String)>,
    /// Article texts, keyed by file stem.
    pub articles: Vec<(String, String)>,
}

/// The file of the articles' metadata, the one record file that is no kind of fact.
pub const SOURCES_FILE: &str = "sources.json";

/// The record files of a corpus, one per kind, in load order.
pub const JSON_FILES: [&str; 9] = [
    SOURCES_FILE,
    FactKind::Actor.file(),
    FactKind::Person.file(),
    FactKind::Place.file(),
    FactKind::Deployment.file(),
    FactKind::Event.file(),
    FactKind::Issue.file(),
    FactKind::Position.file(),
    FactKind::Figure.file(),
];

impl CorpusFiles {
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
