//! Where each quote sits in its article, and which facts each sentence supports.
use std::collections::BTreeMap;

use super::corpus::Corpus;
use super::kinds::{FactKind, FactRef};
use super::located::{EvidenceIndex, LocatedQuote};
use super::model::Evidence;
use super::span::TextSpan;

/// Every record with its evidence: one entry per record, and one per claim of a figure.
fn records(corpus: &Corpus) -> Vec<(FactKind, &str, &[Evidence])> {
    fn each<'a, T>(
        out: &mut Vec<(FactKind, &'a str, &'a [Evidence])>,
        kind: FactKind,
        records: &'a [T],
        parts: impl Fn(&'a T) -> (&'a str, &'a [Evidence]),
    ) {
        out.extend(records.iter().map(|r| {
            let (id, evidence) = parts(r);
            (kind, id, evidence)
        }));
    }
    let mut out = Vec::new();
    each(&mut out, FactKind::Actor, &corpus.actors, |r| {
        (&r.id, &r.evidence)
    });
    each(&mut out, FactKind::Person, &corpus.people, |r| {
        (&r.id, &r.evidence)
    });
    each(&mut out, FactKind::Place, &corpus.places, |r| {
        (&r.id, &r.evidence)
    });
    each(&mut out, FactKind::Deployment, &corpus.deployments, |r| {
        (&r.id, &r.evidence)
    });
    each(&mut out, FactKind::Event, &corpus.events, |r| {
        (&r.id, &r.evidence)
    });
    each(&mut out, FactKind::Issue, &corpus.issues, |r| {
        (&r.id, &r.evidence)
    });
    each(&mut out, FactKind::Position, &corpus.positions, |r| {
        (&r.id, &r.evidence)
    });
    for figure in &corpus.figures {
        each(&mut out, FactKind::Figure, &figure.claims, |c| {
            (&figure.id, &c.evidence)
        });
    }
    out
}

/// Every evidence item of the corpus with the record it supports.
pub fn all_evidence(corpus: &Corpus) -> Vec<(FactRef, &Evidence)> {
    records(corpus)
        .into_iter()
        .flat_map(|(kind, id, evidence)| {
            evidence.iter().map(move |e| {
                (
                    FactRef {
                        kind,
                        id: id.to_owned(),
                    },
                    e,
                )
            })
        })
        .collect()
}

/// Every record of the corpus that must carry evidence, by kind and id (figures once each,
/// since their claims are checked one by one).
pub fn all_facts(corpus: &Corpus) -> Vec<FactRef> {
    let mut facts: Vec<FactRef> = records(corpus)
        .into_iter()
        .map(|(kind, id, _)| FactRef {
            kind,
            id: id.to_owned(),
        })
        .collect();
    facts.dedup();
    facts
}

/// Locates every quote (its first occurrence) in its article.
pub fn index_evidence(corpus: &Corpus) -> EvidenceIndex {
    let mut by_source: BTreeMap<String, Vec<LocatedQuote>> = BTreeMap::new();
    for (fact, evidence) in all_evidence(corpus) {
        if let Some(span) = corpus.locate(evidence) {
            by_source
                .entry(evidence.source.clone())
                .or_default()
                .push(LocatedQuote { span, fact });
        }
    }
    EvidenceIndex::new(by_source)
}

/// Where the quote first occurs in its article among `texts`, if it is there at all.
fn find_in(texts: &BTreeMap<String, String>, evidence: &Evidence) -> Option<TextSpan> {
    let text = texts.get(&evidence.source)?;
    let start = text.find(&evidence.quote)?;
    (!evidence.quote.is_empty()).then_some(TextSpan {
        start,
        end: start + evidence.quote.len(),
    })
}

/// Every evidence item of the corpus, to fill in what the build works out.
fn every_evidence_mut(c: &mut Corpus) -> impl Iterator<Item = &mut Evidence> {
    let Corpus {
        actors,
        people,
        places,
        deployments,
        events,
        issues,
        positions,
        figures,
        ..
    } = c;
    let claims = figures
        .iter_mut()
        .flat_map(|f| f.claims.iter_mut().flat_map(|c| c.evidence.iter_mut()));
    actors
        .iter_mut()
        .flat_map(|r| r.evidence.iter_mut())
        .chain(people.iter_mut().flat_map(|r| r.evidence.iter_mut()))
        .chain(places.iter_mut().flat_map(|r| r.evidence.iter_mut()))
        .chain(deployments.iter_mut().flat_map(|r| r.evidence.iter_mut()))
        .chain(events.iter_mut().flat_map(|r| r.evidence.iter_mut()))
        .chain(issues.iter_mut().flat_map(|r| r.evidence.iter_mut()))
        .chain(positions.iter_mut().flat_map(|r| r.evidence.iter_mut()))
        .chain(claims)
}

impl Corpus {
    /// Gives every quote its place in its article, then indexes them by article: done once
    /// where the texts are, so the browser links to passages without them.
    pub fn locate_quotes(&mut self) {
        let texts = std::mem::take(&mut self.texts);
        for e in every_evidence_mut(self) {
            e.span = find_in(&texts, e);
        }
        self.texts = texts;
        self.index_quotes();
    }

    /// Rebuilds the index of quotes by article from the spans the build worked out.
    pub fn index_quotes(&mut self) {
        self.evidence = index_evidence(self);
    }

    /// Where the quote sits in its article: as the build located it, or found in the text.
    pub fn locate(&self, evidence: &Evidence) -> Option<TextSpan> {
        evidence.span.or_else(|| self.find_quote(evidence))
    }

    /// The quote's first occurrence in its article's text, if the text is here and has it.
    pub fn find_quote(&self, evidence: &Evidence) -> Option<TextSpan> {
        find_in(&self.texts, evidence)
    }

    /// Every located quote in the article `source`, in text order.
    pub fn quotes_in(&self, source: &str) -> &[LocatedQuote] {
        self.evidence.in_source(source)
    }

    /// The records a passage of `source` supports: every quote overlapping the span.
    pub fn facts_at(&self, source: &str, span: TextSpan) -> Vec<&FactRef> {
        let mut facts: Vec<&FactRef> = self
            .quotes_in(source)
            .iter()
            .filter(|q| q.span.start < span.end && span.start < q.span.end)
            .map(|q| &q.fact)
            .collect();
        facts.sort();
        facts.dedup();
        facts
    }
}
