//! Checks that the records hang together and that every quote is in its article.
use std::collections::BTreeSet;

use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::dates::Date;
use brink_core::data::evidence::{all_evidence, all_facts};
use brink_core::data::files::SOURCES_FILE;
use brink_core::data::frame::MAP_FRAME;
use brink_core::data::furniture::furniture_of;
use brink_core::data::ids::Identified;
use brink_core::data::kinds::FactKind;
use brink_core::data::model::{Evidence, QUALIFIERS};

/// The earliest and latest dates a record may carry: the articles reach back to the founding of
/// the NATO-Russia Council and forward to the meetings they announce.
pub const DATE_RANGE: (Date, Date) = (
    Date {
        year: 2002,
        month: 1,
        day: 1,
    },
    Date {
        year: 2022,
        month: 2,
        day: 28,
    },
);

/// The largest circle a region may be drawn as: anything wider swallows other countries, and
/// should be drawn from country outlines or as a labelled marker instead.
pub const MAX_RADIUS_KM: f64 = 200.0;

fn is_country_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

struct Ids {
    sources: BTreeSet<String>,
    actors: BTreeSet<String>,
    people: BTreeSet<String>,
    places: BTreeSet<String>,
    issues: BTreeSet<String>,
    figures: BTreeSet<String>,
}

/// Every problem in the corpus, each naming its file and record.
pub fn validate(c: &Corpus) -> Vec<Problem> {
    let mut out = Vec::new();
    let ids = record_ids(c, &mut out);
    source_problems(c, &mut out);
    people_and_place_problems(c, &ids, &mut out);
    deployment_problems(c, &ids, &mut out);
    event_problems(c, &ids, &mut out);
    issue_problems(c, &mut out);
    position_problems(c, &ids, &mut out);
    figure_problems(c, &ids, &mut out);
    evidence_problems(c, &ids, &mut out);
    out
}

/// The ids of each list that others refer to, reporting any id used twice in its file.
fn record_ids(c: &Corpus, out: &mut Vec<Problem>) -> Ids {
    let ids = Ids {
        sources: unique(SOURCES_FILE, &c.sources, out),
        actors: unique(FactKind::Actor.file(), &c.actors, out),
        people: unique(FactKind::Person.file(), &c.people, out),
        places: unique(FactKind::Place.file(), &c.places, out),
        issues: unique(FactKind::Issue.file(), &c.issues, out),
        figures: unique(FactKind::Figure.file(), &c.figures, out),
    };
    unique(FactKind::Deployment.file(), &c.deployments, out);
    unique(FactKind::Event.file(), &c.events, out);
    unique(FactKind::Position.file(), &c.positions, out);
    ids
}

/// Each article has a text that is not empty, its furniture runs match lines, its date reads.
fn source_problems(c: &Corpus, out: &mut Vec<Problem>) {
    for s in &c.sources {
        match c.text(&s.id) {
            None => out.push(Problem::at(
                SOURCES_FILE,
                &s.id,
                format!("no article file articles/{}.txt", s.id),
            )),
            Some(text) if text.trim().is_empty() => out.push(Problem::at(
                SOURCES_FILE,
                &s.id,
                "the article text is empty",
            )),
            Some(text) => {
                let article = brink_core::data::article::Article { source: s, text };
                let (_, unmatched) = furniture_of(&article.paragraphs(), &s.furniture);
                for r in unmatched {
                    out.push(Problem::at(
                        SOURCES_FILE,
                        &s.id,
                        format!(
                            "the furniture run starting “{}” matches no line of the article",
                            s.furniture[r].first
                        ),
                    ));
                }
            }
        }
        date(SOURCES_FILE, &s.id, &s.date, out);
    }
}

/// People's actors exist; places have a geometry that reads.
fn people_and_place_problems(c: &Corpus, ids: &Ids, out: &mut Vec<Problem>) {
    for p in &c.people {
        if let Some(actor) = &p.actor {
            reference(
                FactKind::Person.file(),
                &p.id,
                "actor",
                actor,
                &ids.actors,
                out,
            );
        }
    }
    for p in &c.places {
        place_geometry(p, out);
    }
}

/// Deployments' references, qualifiers and dates.
fn deployment_problems(c: &Corpus, ids: &Ids, out: &mut Vec<Problem>) {
    for d in &c.deployments {
        let f = FactKind::Deployment.file();
        reference(f, &d.id, "actor", &d.actor, &ids.actors, out);
        if let Some(place) = &d.place {
            reference(f, &d.id, "place", place, &ids.places, out);
        }
        if let Some(figure) = &d.figure {
            reference(f, &d.id, "figure", figure, &ids.figures, out);
        }
        if let Some(count) = &d.count {
            qualifier(f, &d.id, count.qualifier.as_deref(), out);
        }
        date(f, &d.id, &d.as_of, out);
    }
}

/// Events' references and dates.
fn event_problems(c: &Corpus, ids: &Ids, out: &mut Vec<Problem>) {
    for e in &c.events {
        let f = FactKind::Event.file();
        if let Some(place) = &e.place {
            reference(f, &e.id, "place", place, &ids.places, out);
        }
        for actor in &e.actors {
            reference(f, &e.id, "actor", actor, &ids.actors, out);
        }
        for person in &e.people {
            reference(f, &e.id, "person", person, &ids.people, out);
        }
        date(f, &e.id, &e.date, out);
    }
}

/// Issues' map links name deployments.
fn issue_problems(c: &Corpus, out: &mut Vec<Problem>) {
    let deployments: BTreeSet<String> = c.deployments.iter().map(|d| d.id.clone()).collect();
    for i in &c.issues {
        for link in &i.map_links {
            reference(
                FactKind::Issue.file(),
                &i.id,
                "map link",
                link,
                &deployments,
                out,
            );
        }
    }
}

/// Positions' references and dates.
fn position_problems(c: &Corpus, ids: &Ids, out: &mut Vec<Problem>) {
    for p in &c.positions {
        let f = FactKind::Position.file();
        reference(f, &p.id, "issue", &p.issue, &ids.issues, out);
        reference(f, &p.id, "actor", &p.actor, &ids.actors, out);
        if let Some(speaker) = &p.speaker {
            reference(f, &p.id, "speaker", speaker, &ids.people, out);
        }
        date(f, &p.id, &p.date, out);
    }
}

/// Figures' claims: at least one, each with its references, qualifier, date and evidence.
fn figure_problems(c: &Corpus, ids: &Ids, out: &mut Vec<Problem>) {
    for fig in &c.figures {
        let f = FactKind::Figure.file();
        if fig.claims.is_empty() {
            out.push(Problem::at(f, &fig.id, "a figure needs at least one claim"));
        }
        for claim in &fig.claims {
            if let Some(claimant) = &claim.claimant {
                reference(f, &fig.id, "claimant", claimant, &ids.actors, out);
            }
            if let Some(speaker) = &claim.speaker {
                reference(f, &fig.id, "speaker", speaker, &ids.people, out);
            }
            qualifier(f, &fig.id, claim.qualifier.as_deref(), out);
            date(f, &fig.id, &claim.date, out);
            if claim.evidence.is_empty() {
                out.push(Problem::at(
                    f,
                    &fig.id,
                    format!("the claim “{}” has no evidence", claim.text),
                ));
            }
        }
    }
}

fn evidence_problems(c: &Corpus, ids: &Ids, out: &mut Vec<Problem>) {
    let mut cited = BTreeSet::new();
    for (fact, e) in all_evidence(c) {
        cited.insert(fact.clone());
        let file = fact.kind.file();
        if let Some(speaker) = &e.speaker {
            reference(file, &fact.id, "speaker", speaker, &ids.people, out);
        }
        if e.span.is_some() {
            out.push(Problem::at(
                file,
                &fact.id,
                "gives a “span”: the build works it out from the quote; remove it",
            ));
        }
        if !ids.sources.contains(&e.source) {
            reference(file, &fact.id, "source", &e.source, &ids.sources, out);
        } else if c.find_quote(e).is_none() {
            out.push(Problem::at(file, &fact.id, quote_not_found(c, e)));
        }
    }
    for fact in all_facts(c) {
        if fact.kind != FactKind::Figure && !cited.contains(&fact) {
            out.push(Problem::at(
                fact.kind.file(),
                &fact.id,
                "has no evidence: every record needs at least one quote",
            ));
        }
    }
}

/// Says the quote is missing and shows the article's text where the longest matching start is.
fn quote_not_found(c: &Corpus, e: &Evidence) -> String {
    let text = c.text(&e.source).unwrap_or("");
    let boundaries: Vec<usize> = e.quote.char_indices().map(|(i, _)| i).skip(1).collect();
    let matched = boundaries.partition_point(|&end| text.contains(&e.quote[..end]));
    let nearest = match matched.checked_sub(1).map(|i| boundaries[i]) {
        Some(len) => {
            let start = text.find(&e.quote[..len]).unwrap_or(0);
            // A little past the quote's length, so a changed word at the end still shows.
            let shown: String = text[start..]
                .chars()
                .take(e.quote.chars().count().min(160) + 20)
                .take_while(|&ch| ch != '\n')
                .collect();
            format!("nearest: “{shown}”")
        }
        None => "no part of it matches".to_owned(),
    };
    format!(
        "quote is not in articles/{}.txt: “{}”; {nearest}",
        e.source,
        clipped(&e.quote)
    )
}

/// A value as a message shows it: whole if short, else its start and its length, so a
/// runaway value cannot bury the other problems.
pub fn clipped(value: &str) -> String {
    const SHOWN: usize = 160;
    let length = value.chars().count();
    if length <= SHOWN {
        return value.to_owned();
    }
    let start: String = value.chars().take(SHOWN).collect();
    format!("{start}… ({length} characters)")
}

fn unique<T: Identified>(file: &str, records: &[T], out: &mut Vec<Problem>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for id in records.iter().map(Identified::id) {
        if !seen.insert(id.to_owned()) {
            out.push(Problem::at(file, id, "duplicate id"));
        }
    }
    seen
}

fn reference(
    file: &str,
    record: &str,
    field: &str,
    target: &str,
    known: &BTreeSet<String>,
    out: &mut Vec<Problem>,
) {
    if !known.contains(target) {
        out.push(Problem::at(
            file,
            record,
            format!("{field} “{}” does not exist", clipped(target)),
        ));
    }
}

fn date(file: &str, record: &str, text: &str, out: &mut Vec<Problem>) {
    match Date::parse(text) {
        None => out.push(Problem::at(
            file,
            record,
            format!("date “{text}” is not a valid YYYY-MM-DD date"),
        )),
        Some(d) if d < DATE_RANGE.0 || d > DATE_RANGE.1 => out.push(Problem::at(
            file,
            record,
            format!(
                "date {text} is outside {}–{}",
                DATE_RANGE.0.long(),
                DATE_RANGE.1.long()
            ),
        )),
        Some(_) => {}
    }
}

fn qualifier(file: &str, record: &str, q: Option<&str>, out: &mut Vec<Problem>) {
    if let Some(q) = q {
        if !QUALIFIERS.contains(&q) {
            out.push(Problem::at(
                file,
                record,
                format!("qualifier “{q}” is not one of {}", QUALIFIERS.join(", ")),
            ));
        }
    }
}

fn place_geometry(p: &brink_core::data::model::Place, out: &mut Vec<Problem>) {
    let f = FactKind::Place.file();
    if !(-180.0..=180.0).contains(&p.lon) || !(-90.0..=90.0).contains(&p.lat) {
        out.push(Problem::at(
            f,
            &p.id,
            format!("coordinates {}, {} are out of range", p.lon, p.lat),
        ));
        return;
    }
    let inside = MAP_FRAME.contains(p.lon, p.lat);
    if !inside && !p.off_map {
        out.push(Problem::at(
            f,
            &p.id,
            "lies outside the map frame but is not flagged off_map",
        ));
    }
    if inside && p.off_map {
        out.push(Problem::at(
            f,
            &p.id,
            "is flagged off_map but lies inside the map frame",
        ));
    }
    if !is_country_code(&p.country) {
        out.push(Problem::at(
            f,
            &p.id,
            "country needs a 3-letter ISO code (Natural Earth's ADM0_A3)",
        ));
    }
    if let Some(extent) = &p.extent {
        let codes_ok = extent.countries.iter().all(|c| is_country_code(c));
        match (extent.countries.is_empty(), extent.radius_km) {
            (false, None) if codes_ok => {}
            (true, Some(r)) if r > 0.0 && r <= MAX_RADIUS_KM => {}
            _ => out.push(Problem::at(
                f,
                &p.id,
                format!(
                    "extent needs either a list of 3-letter country codes or a radius_km \
                     above 0 and at most {MAX_RADIUS_KM}"
                ),
            )),
        }
    }
}
