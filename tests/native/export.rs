//! CSV export: quoting that survives commas, quotes and line breaks, and one row per record.
use brink_core::data::export::{csv, csv_field, fact_key, Rows, Table};

/// A small RFC 4180 reader, written separately from the writer, to read the tables back.
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn awkward_fields_are_quoted_and_read_back() {
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field("a, b"), "\"a, b\"");
    assert_eq!(csv_field("say “x” and \"y\""), "\"say “x” and \"\"y\"\"\"");
    let awkward = ["comma, here", "quote \" here", "line\nbreak", "=1+1", ""];
    let table = csv(
        &["a", "b", "c", "d", "e"],
        [awkward.map(String::from).to_vec()],
    );
    assert_eq!(
        parse(&table),
        [vec!["a", "b", "c", "d", "e"], awkward.to_vec()]
    );
}

#[test]
fn each_table_has_a_row_per_record() {
    let c = brink_build::embedded::corpus().unwrap();
    let claims: usize = c.figures.iter().map(|f| f.claims.len()).sum();
    let expected = [
        c.deployments.len(),
        c.events.len(),
        c.positions.len(),
        claims,
        c.people.len(),
    ];
    let names: Vec<&str> = Table::DOWNLOADS.iter().map(|t| t.file()).collect();
    assert_eq!(
        names,
        [
            "deployments.csv",
            "events.csv",
            "positions.csv",
            "figure-claims.csv",
            "people.csv"
        ]
    );
    for (table, rows) in Table::DOWNLOADS.into_iter().zip(expected) {
        let name = table.file();
        let table = parse(&c.csv_table(table));
        assert_eq!(table.len(), rows + 1, "{name}");
        let width = table[0].len();
        assert!(
            table.iter().all(|r| r.len() == width),
            "{name}: ragged rows"
        );
    }
    // Quotes survive character for character: the first deployment's quotes column.
    let deployments = parse(&c.csv_table(Table::Deployments));
    let quotes = deployments[1].last().unwrap();
    assert!(quotes.contains(&c.deployments[0].evidence[0].quote));
    // A view names its rows' table by file name: a name that is no table is refused.
    assert_eq!(Table::from_file("secrets.csv"), None);
    assert_eq!(Table::from_file("facts.csv"), Some(Table::Facts));
}

#[test]
fn a_views_rows_are_its_records_in_its_order() {
    let corpus = brink_build::embedded::corpus().unwrap();
    let ids: Vec<String> = [
        "ru_rostov_artillery",
        "no_such_record",
        "ru_buildup_borders",
    ]
    .map(String::from)
    .to_vec();
    let rows = parse(&corpus.csv_rows(Table::Deployments, Rows::Listed(&ids)));
    let firsts: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    // The header, then the two known records in the order asked; the unknown id is no row.
    assert_eq!(firsts, ["id", "ru_rostov_artillery", "ru_buildup_borders"]);
    let whole = parse(&corpus.csv_table(Table::Deployments));
    let rostov = whole
        .iter()
        .find(|r| r[0] == "ru_rostov_artillery")
        .unwrap();
    assert_eq!(&rows[1], rostov);
}

#[test]
fn the_coverage_rows_are_a_table_of_mixed_facts() {
    let corpus = brink_build::embedded::corpus().unwrap();
    let all = parse(&corpus.csv_rows(Table::Facts, Rows::All));
    assert_eq!(all.len() - 1, corpus.coverage_rows().len());
    let keys = vec![
        fact_key("event", "geneva_ssd"),
        fact_key("deployment", "ru_rostov_artillery"),
    ];
    let rows = parse(&corpus.csv_rows(Table::Facts, Rows::Listed(&keys)));
    assert_eq!(rows[0][..3], ["kind", "id", "fact"]);
    assert_eq!(
        rows[1..]
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str()))
            .collect::<Vec<_>>(),
        [
            ("event", "geneva_ssd"),
            ("deployment", "ru_rostov_artillery")
        ]
    );
    assert_eq!(
        rows[1][5],
        corpus
            .event("geneva_ssd")
            .map(|e| {
                let mut s: Vec<&str> = e.evidence.iter().map(|q| q.source.as_str()).collect();
                s.sort_unstable();
                s.dedup();
                s.len().to_string()
            })
            .unwrap()
    );
}
