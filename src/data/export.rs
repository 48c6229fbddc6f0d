//! The corpus as CSV tables, one per kind of record, for spreadsheets and newsroom tools.
use super::corpus::Corpus;
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
                self.deployments.iter().map(|d| {
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
                self.events.iter().map(|e| {
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
                self.positions.iter().map(|p| {
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
                self.figures
                    .iter()
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
                self.people.iter().map(|p| {
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
            _ => return None,
        };
        Some(table)
    }
}
