//! Loading the corpus from its files and looking records up by id.
use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;

use super::article::Article;
use super::facts::{Event, Figure, Issue, Position};
use super::files::CorpusFiles;
use super::files::SOURCES_FILE;
use super::ids::{IdIndex, List};
use super::kinds::FactKind;
use super::located::EvidenceIndex;
use super::model::{Actor, Deployment, Person, Place, Source};

/// One thing wrong with the corpus files, naming where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in, e.g. `sources.json`.
    pub file: String,
    /// The id of the record at fault, when there is one.
    pub record: Option<String>,
    /// What is wrong, in words a data editor can act on.
    pub message: String,
}

impl Problem {
    /// A problem with the record `record` of `file`.
    pub fn at(file: &str, record: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            record: Some(record.to_owned()),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.record {
            Some(id) => write!(f, "{} [{}]: {}", self.file, id, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A lookup by an id that names no record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownId {
    /// What kind of record was asked for, e.g. "article".
    pub kind: &'static str,
    /// The id as given.
    pub id: String,
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "There is no {} with the id “{}”.", self.kind, self.id)
    }
}

/// The whole dataset, parsed, checked and indexed. It travels to the browser without the article
/// texts, which load when first read.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Corpus {
    /// The articles' metadata.
    pub sources: Vec<Source>,
    /// States, alliances and bodies.
    pub actors: Vec<Actor>,
    /// Named people.
    pub people: Vec<Person>,
    /// Places with our coordinates.
    pub places: Vec<Place>,
    /// Forces and equipment tied to places.
    pub deployments: Vec<Deployment>,
    /// Dated happenings.
    pub events: Vec<Event>,
    /// Questions the sides take positions on.
    pub issues: Vec<Issue>,
    /// Stated stances.
    pub positions: Vec<Position>,
    /// Quantities given differently by different sources.
    pub figures: Vec<Figure>,
    #[serde(skip)]
    pub(crate) texts: BTreeMap<String, String>,
    #[serde(skip)]
    pub(crate) evidence: EvidenceIndex,
    #[serde(skip)]
    pub(crate) ids: IdIndex,
}

/// Reads the record files of a corpus, gathering every problem.
struct RecordReader<'a> {
    files: &'a CorpusFiles,
    problems: &'a mut Vec<Problem>,
}

impl RecordReader<'_> {
    /// The records of `file`.
    fn records<T: DeserializeOwned>(&mut self, file: &str) -> Vec<T> {
        parse_records(file, self.files.json_text(file), self.problems)
    }
}

/// Parses a JSON array of records one by one, so one bad record is reported with its id and
/// does not hide the problems of the others.
fn parse_records<T: DeserializeOwned>(
    file: &str,
    json: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let values: Vec<serde_json::Value> = match serde_json::from_str(json) {
        Ok(values) => values,
        Err(err) => {
            problems.push(Problem {
                file: file.to_owned(),
                record: None,
                message: format!("cannot be read: {err}"),
            });
            return Vec::new();
        }
    };
    let mut records = Vec::with_capacity(values.len());
    for (i, value) in values.into_iter().enumerate() {
        let id = value
            .get("id")
            .and_then(|v| v.as_str())
            .map_or_else(|| format!("#{}", i + 1), str::to_owned);
        match serde_json::from_value(value) {
            Ok(record) => records.push(record),
            Err(err) => problems.push(Problem::at(file, &id, err.to_string())),
        }
    }
    records
}

impl Corpus {
    /// Parses the files into records, reporting every record that cannot be read; the corpus
    /// checks (in the build) run on what parsed, and [`Corpus::locate_quotes`] indexes it after.
    pub fn parse(files: CorpusFiles) -> (Corpus, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut read = RecordReader {
            files: &files,
            problems: &mut problems,
        };
        let corpus = Corpus {
            sources: read.records(SOURCES_FILE),
            actors: read.records(FactKind::Actor.file()),
            people: read.records(FactKind::Person.file()),
            places: read.records(FactKind::Place.file()),
            deployments: read.records(FactKind::Deployment.file()),
            events: read.records(FactKind::Event.file()),
            issues: read.records(FactKind::Issue.file()),
            positions: read.records(FactKind::Position.file()),
            figures: read.records(FactKind::Figure.file()),
            texts: files.articles.into_iter().collect(),
            evidence: EvidenceIndex::default(),
            ids: IdIndex::default(),
        };
        (corpus, problems)
    }

    /// All sources, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The metadata of the article `id`, if there is one.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.ids.find(List::Sources, &self.sources, id)
    }

    /// The text of the article `id`, if there is one.
    pub fn text(&self, id: &str) -> Option<&str> {
        self.texts.get(id).map(String::as_str)
    }

    /// The article with this id, or which id was unknown.
    pub fn article(&self, id: &str) -> Result<Article<'_>, UnknownId> {
        let unknown = || UnknownId {
            kind: "article",
            id: id.to_owned(),
        };
        let source = self.source(id).ok_or_else(unknown)?;
        let text = self.text(id).ok_or_else(unknown)?;
        Ok(Article { source, text })
    }
}
