//! `make proof`: one static HTML page, `target/proof/index.html`, that shows every record as the
//! app displays it beside its quotes, with what is inferred marked and every fidelity check's
//! findings flagged, so an editor can proof the dataset without running the app.
use std::collections::BTreeMap;
use std::fmt::Write;

use brink_build::checks::fidelity::fidelity_problems;
use brink_build::checks::places::{capitals_covered, place_problems, region_problems};
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::dates::describe;
use brink_core::data::mapping::{Mapping, Unmapped};
use brink_core::data::model::{Deployment, Evidence, Inferred, Side};
use brink_core::geo::layout::MapLayout;
use brink_core::geo::projection::Lambert;
use brink_core::geo::shapes::countries_from_topojson;
use brink_core::geo::symbols::shape_path;

use brink_build::embedded::COUNTRIES_TOPOJSON as TOPO;
const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border-top:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #bbb;white-space:pre-wrap}
.meta{color:#555;font-size:.85em}.inferred{background:#fff3c4}.flag{background:#fde2e2;color:#7a0000;font-weight:600}
.ok{color:#0a5d2a;font-weight:600}svg{vertical-align:middle}h2{margin-top:2.5rem;border-bottom:2px solid #111}
.hollow{fill-opacity:0;stroke-dasharray:4 3;stroke-width:2}";

fn main() {
    let corpus = match brink_build::embedded::corpus() {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    };
    let html = match proof_sheet(&corpus) {
        Ok(html) => html,
        Err(err) => {
            eprintln!("{err}");
            std::process::exit(1);
        }
    };
    let dir = std::path::Path::new("target/proof");
    let path = dir.join("index.html");
    if let Err(err) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, html)) {
        eprintln!("cannot write {}: {err}", path.display());
        std::process::exit(1);
    }
    println!("wrote {}", path.display());
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn proof_sheet(c: &Corpus) -> Result<String, String> {
    let projection = Lambert::theatre();
    let shapes = countries_from_topojson(TOPO, &projection)?;
    let layout = MapLayout::build(c, TOPO)?;
    let mut problems: Vec<Problem> = fidelity_problems(c);
    problems.extend(place_problems(c, &shapes, &projection));
    problems.extend(region_problems(c, &shapes, &projection));
    let mut flags: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in &problems {
        flags
            .entry(p.record.clone().unwrap_or_default())
            .or_default()
            .push(p.message.clone());
    }

    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Brink proof sheet</title>\
         <style>{STYLE}</style></head><body><h1>Brink proof sheet</h1>\
         <p>Every record as the app shows it, beside the sentences it comes from. \
         <span class=\"inferred\">Yellow</span>: added by Brink (coordinates, dates worked out, inferred words), with the basis. \
         <span class=\"flag\">Red</span>: a check failed. Articles: {}.</p>",
        c.sources
            .iter()
            .map(|s| format!("{} ({}, {})", esc(&s.id), esc(s.outlet_label()), esc(&s.date)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    summary(&mut h, c, &problems);
    deployments(&mut h, c, &layout, &flags);
    let _ = write!(
        h,
        "<h2>Places</h2><table><tr><th>Place</th><th>Where</th><th>Quotes</th></tr>"
    );
    for p in &c.places {
        let covered: Vec<&str> = capitals_covered(p, &shapes, &projection)
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        let area = match &p.extent {
            Some(e) if !e.countries.is_empty() => {
                format!("area: the outlines of {}", e.countries.join(", "))
            }
            Some(e) => format!("area: a circle of {} km", e.radius_km.unwrap_or(0.0)),
            None if p.is_region() => {
                "a labelled region marker, no area (the text gives no bounds)".to_owned()
            }
            None => "a point".to_owned(),
        };
        let _ = write!(
            h,
            "<tr><td><b>{}</b><div class=\"meta\">{}</div>{}</td><td><span class=\"inferred\">{:.2}, {:.2} ({}) in {}</span>; {}; capitals covered: {}{}</td><td>{}</td></tr>",
            esc(&p.name),
            esc(&p.id),
            flag_list(&flags, &p.id),
            p.lon,
            p.lat,
            p.precision.label(),
            esc(&p.country),
            esc(&area),
            if covered.is_empty() { "none".to_owned() } else { covered.join(", ") },
            p.note.as_deref().map_or(String::new(), |n| format!("<div class=\"meta\">{}</div>", esc(n))),
            quotes(c, &p.evidence)
        );
    }
    h.push_str("</table>");
    events(&mut h, c, &flags);
    positions(&mut h, c, &flags);
    figures(&mut h, c, &flags);
    h.push_str("</body></html>\n");
    Ok(h)
}

fn summary(h: &mut String, c: &Corpus, problems: &[Problem]) {
    let mut drawn: BTreeMap<String, usize> = BTreeMap::new();
    for d in c.drawable_deployments() {
        let there = if d.status.is_present() {
            "there"
        } else {
            "not there"
        };
        *drawn
            .entry(format!(
                "{} · {} ({there})",
                d.kind.label(),
                d.status.label()
            ))
            .or_default() += 1;
    }
    let _ = write!(
        h,
        "<h2>Summary</h2><p>{} deployments: {} drawn, {} listed. ",
        c.deployments.len(),
        c.drawable_deployments().count(),
        c.unmapped_deployments().count()
    );
    let _ = write!(
        h,
        "{} events, {} positions, {} figures, {} places.</p><ul>",
        c.events.len(),
        c.positions.len(),
        c.figures.len(),
        c.places.len()
    );
    for (k, n) in drawn {
        let _ = write!(h, "<li>drawn: {} × {}</li>", n, esc(&k));
    }
    for reason in Unmapped::ALL {
        let _ = write!(
            h,
            "<li>listed, {}: {}</li>",
            esc(reason.heading()),
            c.listed_deployments(reason).count()
        );
    }
    h.push_str("</ul>");
    if problems.is_empty() {
        h.push_str("<p class=\"ok\">Every check passes: named speakers are named in their sentence, venues are named, stances are the actors’ own, every number and name is in the evidence, every point lies in its country, no area covers a capital it does not name.</p>");
    } else {
        let _ = write!(
            h,
            "<p class=\"flag\">{} check findings:</p><ul>",
            problems.len()
        );
        for p in problems {
            let _ = write!(h, "<li class=\"flag\">{}</li>", esc(&p.to_string()));
        }
        h.push_str("</ul>");
    }
}

fn side_colour(side: Side) -> &'static str {
    match side {
        Side::Russia => "#d55e00",
        Side::Us => "#0072b2",
        Side::Nato => "#009e73",
        Side::Ukraine => "#e69f00",
        Side::Other => "#cc79a7",
        Side::Unknown => "#8c8c8c",
    }
}

fn deployments(
    h: &mut String,
    c: &Corpus,
    layout: &MapLayout,
    flags: &BTreeMap<String, Vec<String>>,
) {
    h.push_str("<h2>Deployments</h2><table><tr><th>Symbol</th><th>As the app shows it</th><th>Quotes</th></tr>");
    let mut all: Vec<&Deployment> = c.deployments.iter().collect();
    all.sort_by_key(|d| (d.mapping(), d.id.as_str()));
    for d in all {
        let side = c.side_of(d);
        let symbol = match layout.markers.iter().find(|m| m.deployment == d.id) {
            Some(m) => {
                let size = 2.0 * m.radius_px + 6.0;
                format!(
                    "<svg width=\"{size:.0}\" height=\"{size:.0}\" viewBox=\"{:.1} {:.1} {size:.1} {size:.1}\"><path class=\"{}\" d=\"{}\" fill=\"{}\" fill-opacity=\".55\" stroke=\"#333\"/></svg><div class=\"meta\">{}{}</div>",
                    -size / 2.0,
                    -size / 2.0,
                    if m.present { "" } else { "hollow" },
                    shape_path(m.shape, m.radius_px),
                    side_colour(side),
                    if m.present { "there" } else { "not there" },
                    if m.region { "; region" } else { "" }
                )
            }
            None => match d.mapping() {
                Mapping::Listed(reason) => format!("not drawn: {}", esc(reason.heading())),
                Mapping::Drawn { .. } => {
                    "<span class=\"flag\">drawable but not drawn</span>".to_owned()
                }
            },
        };
        let actor = c
            .actor(&d.actor)
            .map_or(d.actor.as_str(), |a| a.name.as_str());
        let place = match d.place.as_deref().and_then(|p| c.place(p)) {
            Some(p) => format!(
                "{} <span class=\"inferred\">({}; coordinates by Brink)</span>",
                esc(&p.name),
                p.precision.label()
            ),
            None => "no place given".to_owned(),
        };
        let _ = write!(
            h,
            "<tr><td>{symbol}</td><td><b>{}</b><div class=\"meta\">{} · {} · {} · {} · as of {} · {}</div><div>number: {}</div><div>where: {place}</div>{}{}{}</td><td>{}</td></tr>",
            esc(&d.what),
            esc(&d.id),
            esc(actor),
            d.kind.label(),
            d.status.label(),
            esc(&describe(&d.as_of, d.as_of_precision)),
            esc(side.label()),
            d.count.as_ref().map_or("not given".to_owned(), |n| esc(&n.text)),
            d.note.as_deref().map_or(String::new(), |n| format!("<div class=\"meta\">{}</div>", esc(n))),
            inferred(&d.inferred),
            flag_list(flags, &d.id),
            quotes(c, &d.evidence)
        );
    }
    h.push_str("</table>");
}

fn events(h: &mut String, c: &Corpus, flags: &BTreeMap<String, Vec<String>>) {
    h.push_str("<h2>Events</h2><table><tr><th>Event</th><th>Quotes</th></tr>");
    let mut all: Vec<_> = c.events.iter().collect();
    all.sort_by(|a, b| a.date.cmp(&b.date));
    for e in all {
        let venue = e.place.as_deref().and_then(|p| c.place(p)).map_or(
            "no place (the text names none)".to_owned(),
            |p| esc(&p.name),
        );
        let _ = write!(
            h,
            "<tr><td><b>{}</b><div class=\"meta\">{} · {} · {venue}</div><div class=\"inferred\">{} — {}</div>{}{}</td><td>{}</td></tr>",
            esc(&e.title),
            esc(&e.id),
            e.kind.label(),
            esc(&describe(&e.date, e.date_precision)),
            esc(&e.date_basis),
            inferred(&e.inferred),
            flag_list(flags, &e.id),
            quotes(c, &e.evidence)
        );
    }
    h.push_str("</table>");
}

fn positions(h: &mut String, c: &Corpus, flags: &BTreeMap<String, Vec<String>>) {
    h.push_str("<h2>Positions</h2><table><tr><th>Position</th><th>Quotes</th></tr>");
    for p in &c.positions {
        let actor = c
            .actor(&p.actor)
            .map_or(p.actor.as_str(), |a| a.name.as_str());
        let speaker = p
            .speaker
            .as_deref()
            .and_then(|s| c.person(s))
            .map_or("no single speaker", |s| s.name.as_str());
        let issue = c
            .issue(&p.issue)
            .map_or(p.issue.as_str(), |i| i.title.as_str());
        let _ = write!(
            h,
            "<tr><td><b>{}: {}</b><div class=\"meta\">{} · {} · {} · {} · {}</div><div>{}</div>{}{}</td><td>{}</td></tr>",
            esc(actor),
            esc(&p.stance),
            esc(&p.id),
            esc(issue),
            p.leaning.label(),
            esc(speaker),
            esc(&describe(&p.date, p.date_precision)),
            esc(&p.sentence),
            inferred(&p.inferred),
            flag_list(flags, &p.id),
            quotes(c, &p.evidence)
        );
    }
    h.push_str("</table>");
}

fn figures(h: &mut String, c: &Corpus, flags: &BTreeMap<String, Vec<String>>) {
    h.push_str("<h2>Figures</h2>");
    for f in &c.figures {
        let _ = write!(
            h,
            "<h3>{}</h3><p class=\"meta\">{} · {}</p><p>{}</p>{}<table>",
            esc(&f.what),
            esc(&f.id),
            esc(&f.unit),
            esc(&f.note),
            flag_list(flags, &f.id)
        );
        for claim in &f.claims {
            let who = claim
                .speaker
                .as_deref()
                .and_then(|s| c.person(s))
                .map(|p| p.name.clone())
                .or_else(|| {
                    claim
                        .claimant
                        .as_deref()
                        .and_then(|a| c.actor(a))
                        .map(|a| a.name.clone())
                })
                .unwrap_or_else(|| "the article itself".to_owned());
            let _ = write!(
                h,
                "<tr><td><b>{}</b><div class=\"meta\">{} · {}</div>{}</td><td>{}</td></tr>",
                esc(&claim.text),
                esc(&who),
                esc(&claim.date),
                claim.note.as_deref().map_or(String::new(), |n| format!(
                    "<div class=\"meta\">{}</div>",
                    esc(n)
                )),
                quotes(c, &claim.evidence)
            );
        }
        h.push_str("</table>");
    }
}

fn quotes(c: &Corpus, evidence: &[Evidence]) -> String {
    let mut out = String::new();
    for e in evidence {
        let speaker = e
            .speaker
            .as_deref()
            .and_then(|s| c.person(s))
            .map_or(String::new(), |p| format!(", {}", esc(&p.name)));
        let _ = write!(
            out,
            "<blockquote>{}</blockquote><div class=\"meta\">{} — {}{speaker}</div>",
            esc(&e.quote),
            esc(&e.source),
            e.attribution.label()
        );
    }
    out
}

fn inferred(items: &[Inferred]) -> String {
    items
        .iter()
        .map(|i| {
            format!(
                "<div class=\"inferred\">inferred: “{}” — {}</div>",
                esc(&i.text),
                esc(&i.basis)
            )
        })
        .collect()
}

fn flag_list(flags: &BTreeMap<String, Vec<String>>, id: &str) -> String {
    flags
        .get(id)
        .map(|list| {
            list.iter()
                .map(|m| format!("<div class=\"flag\">⚠ {}</div>", esc(m)))
                .collect()
        })
        .unwrap_or_default()
}
