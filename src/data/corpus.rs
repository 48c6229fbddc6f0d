//! Loading the corpus from its files and looking records up by id.
use std::collections::BTreeMap;
use std::fmt;

use super::embedded::CorpusFiles;
use super::model::Source;

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

/// An article: its metadata and its verbatim text.
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    /// Metadata of the article.
    pub source: &'a Source,
    /// The text exactly as in the seed file.
    pub text: &'a str,
}

/// A paragraph of an article with its byte offset, so spans can be mapped onto it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// Byte offset of the paragraph in the article text.
    pub start: usize,
    /// The paragraph's text, without its line break.
    pub text: &'a str,
}

impl<'a> Article<'a> {
    /// The non-blank lines of the article: each line of the seed files is one paragraph.
    pub fn paragraphs(&self) -> Vec<Paragraph<'a>> {
        let base = self.text.as_ptr() as usize;
        self.text
            .split('\n')
            .filter(|line| !line.trim().is_empty())
            .map(|line| Paragraph {
                start: line.as_ptr() as usize - base,
                text: line,
            })
            .collect()
    }
}

/// The whole dataset, parsed and indexed.
#[derive(Debug, Clone)]
pub struct Corpus {
    sources: Vec<Source>,
    texts: BTreeMap<String, String>,
}

/// Parses one JSON file of the corpus, turning a syntax or shape error into a [`Problem`].
pub(crate) fn parse_file<T: serde::de::DeserializeOwned>(
    file: &str,
    json: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_json::from_str(json) {
        Ok(value) => Some(value),
        Err(err) => {
            problems.push(Problem {
                file: file.to_owned(),
                record: None,
                message: format!("cannot be read: {err}"),
            });
            None
        }
    }
}

impl Corpus {
    /// The corpus bundled with this build.
    pub fn embedded() -> Result<Corpus, Vec<Problem>> {
        Corpus::load(CorpusFiles::embedded())
    }

    /// Parses and checks the files, reporting every problem found rather than the first.
    pub fn load(files: CorpusFiles) -> Result<Corpus, Vec<Problem>> {
        let mut problems = Vec::new();
        let sources: Vec<Source> =
            parse_file("sources.json", &files.sources, &mut problems).unwrap_or_default();
        let texts: BTreeMap<String, String> = files.articles.into_iter().collect();
        for source in &sources {
            match texts.get(&source.id) {
                None => problems.push(Problem {
                    file: "sources.json".into(),
                    record: Some(source.id.clone()),
                    message: format!("no article file articles/{}.txt", source.id),
                }),
                Some(text) if text.trim().is_empty() => problems.push(Problem {
                    file: format!("articles/{}.txt", source.id),
                    record: Some(source.id.clone()),
                    message: "the article text is empty".into(),
                }),
                Some(_) => {}
            }
        }
        if problems.is_empty() {
            Ok(Corpus { sources, texts })
        } else {
            Err(problems)
        }
    }

    /// All sources, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The article with this id, or which id was unknown.
    pub fn article(&self, id: &str) -> Result<Article<'_>, UnknownId> {
        let unknown = || UnknownId {
            kind: "article",
            id: id.to_owned(),
        };
        let source = self
            .sources
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(unknown)?;
        let text = self.texts.get(id).ok_or_else(unknown)?;
        Ok(Article { source, text })
    }
}
