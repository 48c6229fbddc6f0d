//! Which of the articles report each fact: the five-dot strip on every fact, and the rows of the
//! coverage view.
use super::corpus::Corpus;
use super::dates::DatePrecision;
use super::kinds::FactKind;
use super::model::{Evidence, Side};

/// Whether each article, in `sources.json` order, cites any of `evidence`.
pub fn covered_by(corpus: &Corpus, evidence: &[Evidence]) -> Vec<bool> {
    corpus
        .sources()
        .iter()
        .map(|s| evidence.iter().any(|e| e.source == s.id))
        .collect()
}

/// One fact of the coverage view.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageRow<'a> {
    /// What it is.
    pub kind: FactKind,
    /// The record's id (a figure's, for each of its claims).
    pub id: &'a str,
    /// The fact in one line.
    pub label: String,
    /// The side it concerns, where it has one.
    pub side: Option<Side>,
    /// Its date as the corpus writes it.
    pub date: &'a str,
    /// How precisely the date is known.
    pub precision: DatePrecision,
    /// Its quotes.
    pub evidence: &'a [Evidence],
    /// Which articles report it, in `sources.json` order.
    pub articles: Vec<bool>,
}

impl CoverageRow<'_> {
    /// How many articles report it.
    pub fn count(&self) -> usize {
        self.articles.iter().filter(|a| **a).count()
    }
}

/// The parts of a row that differ by kind.
type RowParts<'a> = (
    FactKind,
    &'a str,
    String,
    Option<Side>,
    (&'a str, DatePrecision),
    &'a [Evidence],
);

impl Corpus {
    fn coverage_row<'a>(&self, parts: RowParts<'a>) -> CoverageRow<'a> {
        let (kind, id, label, side, (date, precision), evidence) = parts;
        CoverageRow {
            kind,
            id,
            label,
            side,
            date,
            precision,
            evidence,
            articles: covered_by(self, evidence),
        }
    }

    /// Every deployment, event, position and figure claim, with the articles reporting it.
    pub fn coverage_rows(&self) -> Vec<CoverageRow<'_>> {
        let side = |actor: &str| self.actor(actor).map(|a| a.side);
        let mut rows = Vec::new();
        for d in &self.deployments {
            let label = super::query::deployment_label(d, &self.actor_name(&d.actor));
            rows.push(self.coverage_row((
                FactKind::Deployment,
                &d.id,
                label,
                side(&d.actor),
                (&d.as_of, d.as_of_precision),
                &d.evidence,
            )));
        }
        for e in &self.events {
            let first_side = e.actors.first().and_then(|a| side(a));
            rows.push(self.coverage_row((
                FactKind::Event,
                &e.id,
                e.title.clone(),
                first_side,
                (&e.date, e.date_precision),
                &e.evidence,
            )));
        }
        for p in &self.positions {
            let label = format!("{}: {}", self.actor_name(&p.actor), p.stance);
            rows.push(self.coverage_row((
                FactKind::Position,
                &p.id,
                label,
                side(&p.actor),
                (&p.date, p.date_precision),
                &p.evidence,
            )));
        }
        for f in &self.figures {
            for c in &f.claims {
                let label = format!("{}: {}", f.what, c.text);
                let claimant = c.claimant.as_deref().and_then(side);
                rows.push(self.coverage_row((
                    FactKind::Figure,
                    &f.id,
                    label,
                    claimant,
                    (&c.date, DatePrecision::Day),
                    &c.evidence,
                )));
            }
        }
        rows
    }
}
