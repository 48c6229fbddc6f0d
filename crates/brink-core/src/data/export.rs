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

/// A table a reader can download or save from a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// One row per deployment.
    Deployments,
    /// One row per event.
    Events,
    /// One row per position.
    Positions,
    /// One row per claim of a figure.
    FigureClaims,
    /// One row per person.
    People,
    /// A mixed list of facts (the coverage view's rows), keyed as [`fact_key`] writes them.
    Facts,
}

impl Table {
    /// The tables a reader can download whole.
    pub const DOWNLOADS: [Table; 5] = [
        Table::Deployments,
        Table::Events,
        Table::Positions,
        Table::FigureClaims,
        Table::People,
    ];

    /// Every table.
    pub const ALL: [Table; 6] = [
        Table::Deployments,
        Table::Events,
        Table::Positions,
        Table::FigureClaims,
        Table::People,
        Table::Facts,
    ];

    /// The table's file name.
    pub fn file(self) -> &'static str {
        match self {
            Table::Deployments => "deployments.csv",
            Table::Events => "events.csv",
            Table::Positions => "positions.csv",
            Table::FigureClaims => "figure-claims.csv",
            Table::People => "people.csv",
            Table::Facts => "facts.csv",
        }
    }

    /// The table with this file name, if there is one (a view names its rows' table by it).
    pub fn from_file(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.file() == name)
    }
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

impl Corpus {
    /// The whole table.
    pub fn csv_table(&self, table: Table) -> String {
        self.csv_rows(table, Rows::All)
    }

    /// The rows `rows` of `table`.
    pub fn csv_rows(&self, table: Table, rows: Rows) -> String {
        match table {
            Table::Deployments => self.deployments_csv(rows),
            Table::Events => self.events_csv(rows),
            Table::Positions => self.positions_csv(rows),
            Table::FigureClaims => self.figure_claims_csv(rows),
            Table::People => self.people_csv(rows),
            Table::Facts => self.facts_csv(rows),
        }
    }

    fn deployments_csv(&self, rows: Rows) -> String {
        csv(
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
                        self.actor_name(&d.actor),
                        d.kind.label().to_owned(),
                        d.what.clone(),
                        d.count
                            .as_ref()
                            .map_or(String::new(), |c| c.value.to_string()),
                        d.count.as_ref().map_or(String::new(), |c| c.text.clone()),
                        self.place_name(d.place.as_deref()),
                        d.status.label().to_owned(),
                        describe(&d.as_of, d.as_of_precision),
                        sources,
                        quotes,
                    ]
                }),
        )
    }

    fn events_csv(&self, rows: Rows) -> String {
        csv(
            &[
                "id", "title", "kind", "date", "place", "people", "sources", "quotes",
            ],
            pick(&self.events, rows, |id| self.event(id))
                .into_iter()
                .map(|e| {
                    let [sources, quotes] = sources_and_quotes(&e.evidence);
                    let people: Vec<String> =
                        e.people.iter().map(|p| self.person_name(Some(p))).collect();
                    vec![
                        e.id.clone(),
                        e.title.clone(),
                        e.kind.label().to_owned(),
                        describe(&e.date, e.date_precision),
                        self.place_name(e.place.as_deref()),
                        people.join("; "),
                        sources,
                        quotes,
                    ]
                }),
        )
    }

    fn positions_csv(&self, rows: Rows) -> String {
        csv(
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
                        self.actor_name(&p.actor),
                        p.stance.clone(),
                        p.leaning.label().to_owned(),
                        p.sentence.clone(),
                        self.person_name(p.speaker.as_deref()),
                        describe(&p.date, p.date_precision),
                        sources,
                        quotes,
                    ]
                }),
        )
    }

    fn figure_claims_csv(&self, rows: Rows) -> String {
        csv(
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
                        c.claimant
                            .as_deref()
                            .map(|a| self.actor_name(a))
                            .unwrap_or_default(),
                        self.person_name(c.speaker.as_deref()),
                        c.date.clone(),
                        sources,
                        quotes,
                    ]
                }),
        )
    }

    fn people_csv(&self, rows: Rows) -> String {
        csv(
            &["id", "name", "role", "affiliation", "sources"],
            pick(&self.people, rows, |id| self.person(id))
                .into_iter()
                .map(|p| {
                    let [sources, _] = sources_and_quotes(&p.evidence);
                    vec![
                        p.id.clone(),
                        p.name.clone(),
                        p.role.clone(),
                        p.actor
                            .as_deref()
                            .map(|a| self.actor_name(a))
                            .unwrap_or_default(),
                        sources,
                    ]
                }),
        )
    }

    fn facts_csv(&self, rows: Rows) -> String {
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
}
