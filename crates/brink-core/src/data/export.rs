//! The corpus as CSV tables, one per kind of record, for spreadsheets and newsroom tools.
use std::collections::HashMap;

use super::corpus::Corpus;
use super::coverage::CoverageRow;
use super::dates::describe;
use super::model::Evidence;

/// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A CSV table: a header line, then one line per row, CRLF-terminated as RFC 4180 asks.
pub fn csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let line = |fields: Vec<String>| {
        let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        format!("{}\r\n", fields.join(","))
    };
    let mut out = line(header.iter().map(|h| (*h).to_owned()).collect());
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// The articles citing `evidence`, and its quotes, as two fields.
fn sources_and_quotes(evidence: &[Evidence]) -> [String; 2] {
    let mut sources: Vec<&str> = evidence.iter().map(|e| e.source.as_str()).collect();
    sources.dedup();
    let quotes: Vec<&str> = evidence.iter().map(|e| e.quote.as_str()).collect();
    [sources.join(" "), quotes.join("\n")]
}

/// Which records a table holds.
#[derive(Debug, Clone, Copy)]
pub enum Rows<'a> {
    /// Every record, in the corpus's order.
    All,
    /// The records with these ids, in this order (a view's rows as shown); for `facts.csv`, keys
    /// `kind:id` as [`fact_key`] writes them.
    Listed(&'a [String]),
}

/// The key of a fact in `facts.csv`, e.g. `event:geneva_ssd`.
pub fn fact_key(kind: &str, id: &str) -> String {
    format!("{kind}:{id}")
}

/// The records of `all` that `rows` names, found by `find`.
fn pick<'c, T>(all: &'c [T], rows: Rows, find: impl Fn(&str) -> Option<&'c T>) -> Vec<&'c T> {
    match rows {
        Rows::All => all.iter().collect(),
        Rows::Listed(ids) => ids.iter().filter_map(|id| find(id)).collect(),
    }
}

/// The table of a mixed list of facts (the coverage view's rows), besides [`TABLES`].
pub const FACTS_TABLE: &str = "facts.csv";

/// The tables a reader can download, by file name.
pub const TABLES: [&str; 5] = [
    "deployments.csv",
    "events.csv",
    "positions.csv",
    "figure-claims.csv",
    "people.csv",
];

impl Corpus {
    /// The CSV table `name` (one of [`TABLES`]), if there is one.
    pub fn csv_table(&self, name: &str) -> Option<String> {
        self.csv_rows(name, Rows::All)
    }

    /// The rows `rows` of the CSV table `name` (one of [`TABLES`] or [`FACTS_TABLE`]).
    pub fn csv_rows(&self, name: &str, rows: Rows) -> Option<String> {
        let name_of = |id: &str| self.actor(id).map_or(id, |a| a.name.as_str()).to_owned();
        let person = |id: &Option<String>| {
            id.as_deref()
                .map(|id| self.person(id).map_or(id, |p| p.name.as_str()).to_owned())
                .unwrap_or_default()
        };
        let table = match name {
            "deployments.csv" => csv(
                &[
                    "id",
                    "actor",
                    "kind",
                    "what",
                    "count",
                    "count_text",
                    "place",
                    "status",
                    "as_of",
                    "sources",
                    "quotes",
                ],
                pick(&self.deployments, rows, |id| self.deployment(id))
                    .into_iter()
                    .map(|d| {
                        let [sources, quotes] = sources_and_quotes(&d.evidence);
                        vec![
                            d.id.clone(),
                            name_of(&d.actor),
                            d.kind.label().to_owned(),
                            d.what.clone(),
                            d.count
                                .as_ref()
                                .map_or(String::new(), |c| c.value.to_string()),
                            d.count.as_ref().map_or(String::new(), |c| c.text.clone()),
                            d.place
                                .as_deref()
                                .and_then(|p| self.place(p))
                                .map_or(String::new(), |p| p.name.clone()),
                            d.status.label().to_owned(),
                            describe(&d.as_of, d.as_of_precision),
                            sources,
                            quotes,
                        ]
                    }),
            ),
            "events.csv" => csv(
                &[
                    "id", "title", "kind", "date", "place", "people", "sources", "quotes",
                ],
                pick(&self.events, rows, |id| self.event(id))
                    .into_iter()
                    .map(|e| {
                        let [sources, quotes] = sources_and_quotes(&e.evidence);
                        let people: Vec<String> =
                            e.people.iter().map(|p| person(&Some(p.clone()))).collect();
                        vec![
                            e.id.clone(),
                            e.title.clone(),
                            e.kind.label().to_owned(),
                            describe(&e.date, e.date_precision),
                            e.place
                                .as_deref()
                                .and_then(|p| self.place(p))
                                .map_or(String::new(), |p| p.name.clone()),
                            people.join("; "),
                            sources,
                            quotes,
                        ]
                    }),
            ),
            "positions.csv" => csv(
                &[
                    "id", "issue", "actor", "stance", "leaning", "sentence", "speaker", "date",
                    "sources", "quotes",
                ],
                pick(&self.positions, rows, |id| self.position(id))
                    .into_iter()
                    .map(|p| {
                        let [sources, quotes] = sources_and_quotes(&p.evidence);
                        vec![
                            p.id.clone(),
                            self.issue(&p.issue)
                                .map_or(p.issue.clone(), |i| i.title.clone()),
                            name_of(&p.actor),
                            p.stance.clone(),
                            p.leaning.label().to_owned(),
                            p.sentence.clone(),
                            person(&p.speaker),
                            describe(&p.date, p.date_precision),
                            sources,
                            quotes,
                        ]
                    }),
            ),
            "figure-claims.csv" => csv(
                &[
                    "figure",
                    "what",
                    "value",
                    "text",
                    "qualifier",
                    "claimant",
                    "speaker",
                    "date",
                    "sources",
                    "quotes",
                ],
                pick(&self.figures, rows, |id| self.figure(id))
                    .into_iter()
                    .flat_map(|f| f.claims.iter().map(move |c| (f, c)))
                    .map(|(f, c)| {
                        let [sources, quotes] = sources_and_quotes(&c.evidence);
                        vec![
                            f.id.clone(),
                            f.what.clone(),
                            c.value.to_string(),
                            c.text.clone(),
                            c.qualifier.clone().unwrap_or_default(),
                            c.claimant.as_deref().map(name_of).unwrap_or_default(),
                            person(&c.speaker),
                            c.date.clone(),
                            sources,
                            quotes,
                        ]
                    }),
            ),
            "people.csv" => csv(
                &["id", "name", "role", "affiliation", "sources"],
                pick(&self.people, rows, |id| self.person(id))
                    .into_iter()
                    .map(|p| {
                        let [sources, _] = sources_and_quotes(&p.evidence);
                        vec![
                            p.id.clone(),
                            p.name.clone(),
                            p.role.clone(),
                            p.actor.as_deref().map(name_of).unwrap_or_default(),
                            sources,
                        ]
                    }),
            ),
            FACTS_TABLE => {
                let all = self.coverage_rows();
                let chosen: Vec<&CoverageRow> = match rows {
                    Rows::All => all.iter().collect(),
                    Rows::Listed(keys) => {
                        // Grouped by key once (a figure's claims share its key), not searched
                        // for each key asked.
                        let mut by_key: HashMap<String, Vec<&CoverageRow>> = HashMap::new();
                        for r in &all {
                            by_key
                                .entry(fact_key(r.kind.label(), r.id))
                                .or_default()
                                .push(r);
                        }
                        keys.iter()
                            .filter_map(|k| by_key.get(k))
                            .flatten()
                            .copied()
                            .collect()
                    }
                };
                csv(
                    &[
                        "kind", "id", "fact", "side", "date", "articles", "sources", "quotes",
                    ],
                    chosen.into_iter().map(|r| {
                        let [sources, quotes] = sources_and_quotes(r.evidence);
                        vec![
                            r.kind.label().to_owned(),
                            r.id.to_owned(),
                            r.label.clone(),
                            r.side.map(|s| s.label().to_owned()).unwrap_or_default(),
                            describe(r.date, r.precision),
                            r.count().to_string(),
                            sources,
                            quotes,
                        ]
                    }),
                )
            }
            _ => return None,
        };
        Some(table)
    }
}
