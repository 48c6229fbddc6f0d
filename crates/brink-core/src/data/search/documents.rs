//! What a search can find: one document per record and per sentence of an article.
use std::collections::BTreeMap;

use crate::data::corpus::Corpus;
use crate::data::dates::describe;
use crate::data::facts::{Event, Figure, Position};
use crate::data::model::Evidence;
use crate::data::sentence::sentence_around;
use crate::data::span::TextSpan;

/// The kinds of things a search finds, in the order results are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SearchKind {
    /// A named person.
    Person,
    /// A place.
    Place,
    /// A state, alliance or body.
    Actor,
    /// A question the sides take positions on.
    Issue,
    /// One actor's stance on an issue.
    Position,
    /// Something that happened on a date.
    Event,
    /// A force, unit or piece of equipment.
    Deployment,
    /// A number the sources give differently.
    Figure,
    /// A sentence of an article.
    Sentence,
}

impl SearchKind {
    /// Every kind, in display order.
    pub const ALL: [SearchKind; 9] = [
        SearchKind::Person,
        SearchKind::Place,
        SearchKind::Actor,
        SearchKind::Issue,
        SearchKind::Position,
        SearchKind::Event,
        SearchKind::Deployment,
        SearchKind::Figure,
        SearchKind::Sentence,
    ];

    /// The group heading: "People", "Sentences"…
    pub fn plural(self) -> &'static str {
        match self {
            SearchKind::Person => "People",
            SearchKind::Place => "Places",
            SearchKind::Actor => "Actors",
            SearchKind::Issue => "Issues",
            SearchKind::Position => "Positions",
            SearchKind::Event => "Events",
            SearchKind::Deployment => "Deployments",
            SearchKind::Figure => "Figures",
            SearchKind::Sentence => "Sentences in the articles",
        }
    }
}

/// The fields of a document, in the order they are shown and weighed.
pub const TITLE: usize = 0;
/// A second line: a role, a sentence, the people taking part.
pub const DETAIL: usize = 1;
/// Where, when, who speaks.
pub const CONTEXT: usize = 2;
/// The record's quotes, shown only where a search matched them.
pub const QUOTES: usize = 3;

/// One searchable thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// What it is.
    pub kind: SearchKind,
    /// The record's id, or the article's for a sentence.
    pub id: String,
    /// Its sentence in the reader: the article and where the (first) quote sits.
    pub passage: Option<(String, TextSpan)>,
    /// Title, detail, context and quotes, as shown.
    pub fields: [String; 4],
}

/// A short name of an article for result lines: "NYT live page, 12 Jan".
pub fn article_label(corpus: &Corpus, id: &str) -> String {
    corpus
        .source(id)
        .map_or_else(|| id.to_owned(), |s| s.short_label())
}

/// Every document of the corpus; sentences only for the articles `text` has.
pub fn documents<'t>(corpus: &Corpus, text: &dyn Fn(&str) -> Option<&'t str>) -> Vec<Document> {
    let mut docs = Vec::new();
    let c = corpus;
    // A person's, place's or actor's quotes only show where they are named, often beside
    // others: searching them would list Blinken under "Stoltenberg".
    let named = |kind, id: &str, fields, evidence: &[Evidence]| {
        let mut doc = record(c, kind, id, fields, evidence);
        doc.fields[QUOTES].clear();
        doc
    };
    docs.extend(c.people.iter().map(|p| {
        let side = p.actor.as_deref().map(|a| c.actor_name(a));
        let fields = [p.name.clone(), p.role.clone(), side.unwrap_or_default()];
        named(SearchKind::Person, &p.id, fields, &p.evidence)
    }));
    docs.extend(c.places.iter().map(|p| {
        let fields = [p.name.clone(), p.aliases.join(", "), String::new()];
        named(SearchKind::Place, &p.id, fields, &p.evidence)
    }));
    docs.extend(c.actors.iter().map(|a| {
        let fields = [a.name.clone(), a.side.label().to_owned(), String::new()];
        named(SearchKind::Actor, &a.id, fields, &a.evidence)
    }));
    for i in &c.issues {
        let fields = [i.title.clone(), i.motion.clone(), String::new()];
        docs.push(record(c, SearchKind::Issue, &i.id, fields, &i.evidence));
    }
    docs.extend(c.positions.iter().map(|p| position_document(c, p)));
    docs.extend(c.events.iter().map(|e| event_document(c, e)));
    for d in &c.deployments {
        let title = crate::data::query::deployment_label(d, &c.actor_name(&d.actor));
        let fields = [
            title,
            c.place_name(d.place.as_deref()),
            d.note.clone().unwrap_or_default(),
        ];
        docs.push(record(
            c,
            SearchKind::Deployment,
            &d.id,
            fields,
            &d.evidence,
        ));
    }
    docs.extend(c.figures.iter().map(|f| figure_document(c, f)));
    docs.extend(sentence_documents(c, text));
    docs
}

/// A record's document: its three shown fields, then its quotes.
fn record(
    corpus: &Corpus,
    kind: SearchKind,
    id: &str,
    fields: [String; 3],
    evidence: &[Evidence],
) -> Document {
    let [title, detail, context] = fields;
    let quotes: Vec<&str> = evidence.iter().map(|e| e.quote.as_str()).collect();
    Document {
        kind,
        id: id.to_owned(),
        passage: evidence
            .first()
            .and_then(|e| Some((e.source.clone(), corpus.locate(e)?))),
        fields: [title, detail, context, quotes.join(" … ")],
    }
}

fn position_document(c: &Corpus, p: &Position) -> Document {
    let issue = c
        .issue(&p.issue)
        .map_or(p.issue.as_str(), |i| i.title.as_str());
    let speaker = p.speaker.as_deref().map(|s| c.person_name(Some(s)));
    let context = [Some(issue.to_owned()), speaker]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let title = format!("{}: {}", c.actor_name(&p.actor), p.stance);
    let fields = [title, p.sentence.clone(), context];
    record(c, SearchKind::Position, &p.id, fields, &p.evidence)
}

fn event_document(c: &Corpus, e: &Event) -> Document {
    let people: Vec<String> = e.people.iter().map(|id| c.person_name(Some(id))).collect();
    let when = describe(&e.date, e.date_precision);
    let context = [c.place_name(e.place.as_deref()), when]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let fields = [e.title.clone(), people.join(", "), context];
    record(c, SearchKind::Event, &e.id, fields, &e.evidence)
}

fn figure_document(c: &Corpus, f: &Figure) -> Document {
    let claims: Vec<&str> = f.claims.iter().map(|c| c.text.as_str()).collect();
    let mut givers: Vec<String> = f
        .claims
        .iter()
        .filter(|claim| claim.speaker.is_some())
        .map(|claim| c.person_name(claim.speaker.as_deref()))
        .collect();
    givers.dedup();
    let evidence: Vec<Evidence> = f.claims.iter().flat_map(|c| c.evidence.clone()).collect();
    let fields = [f.what.clone(), claims.join("; "), givers.join(", ")];
    record(c, SearchKind::Figure, &f.id, fields, &evidence)
}

/// The sentences of every article `text` has, each naming who speaks in it.
fn sentence_documents<'t>(
    corpus: &Corpus,
    text: &dyn Fn(&str) -> Option<&'t str>,
) -> Vec<Document> {
    let mut speakers: BTreeMap<&str, Vec<(TextSpan, &str)>> = BTreeMap::new();
    for (_, e) in crate::data::evidence::all_evidence(corpus) {
        let person = e.speaker.as_deref().and_then(|id| corpus.person(id));
        if let (Some(person), Some(span)) = (person, corpus.locate(e)) {
            let quotes = speakers.entry(e.source.as_str()).or_default();
            quotes.push((span, person.name.as_str()));
        }
    }
    let mut docs = Vec::new();
    for source in corpus.sources() {
        if let Some(text) = text(&source.id) {
            let spoken = speakers
                .get(source.id.as_str())
                .map_or(&[][..], Vec::as_slice);
            docs.extend(sentences(corpus, &source.id, text, spoken));
        }
    }
    docs
}

/// One document per sentence of an article, naming the people its quotes are attributed to,
/// so a search for a speaker finds the sentences they speak in even where "he said" stands.
fn sentences(
    corpus: &Corpus,
    id: &str,
    text: &str,
    speakers: &[(TextSpan, &str)],
) -> Vec<Document> {
    let label = article_label(corpus, id);
    let mut docs = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let span = sentence_around(text, TextSpan { start: at, end: at });
        let end = span.end.max(at + 1);
        let sentence = text[span.start..span.end].trim();
        if sentence.chars().any(char::is_alphanumeric) {
            let offset = span.start + text[span.start..span.end].find(sentence).unwrap_or(0);
            let span = TextSpan {
                start: offset,
                end: offset + sentence.len(),
            };
            let mut names: Vec<&str> = speakers
                .iter()
                .filter(|(s, _)| s.start < span.end && span.start < s.end)
                .map(|(_, name)| *name)
                .collect();
            names.sort_unstable();
            names.dedup();
            let context = if names.is_empty() {
                String::new()
            } else {
                format!("Speaking: {}", names.join(", "))
            };
            docs.push(Document {
                kind: SearchKind::Sentence,
                id: id.to_owned(),
                passage: Some((id.to_owned(), span)),
                fields: [sentence.to_owned(), label.clone(), context, String::new()],
            });
        }
        at = end;
        while at < text.len() && !text.is_char_boundary(at) {
            at += 1;
        }
    }
    docs
}
