//! One cell of the matrix: an actor's stated position on an issue, or the statement that the
//! articles give none.
use leptos::prelude::*;

use crate::state::lens::use_lens;
use crate::state::use_corpus;
use crate::ui::coverage_dots::CoverageDots;
use crate::ui::evidence_list::EvidenceList;
use crate::ui::person_link::PersonLink;
use brink_core::data::dates::describe;
use brink_core::data::export::Table;
use brink_core::data::facts::Position;

/// The positions of one actor on one issue.
#[component]
pub fn Cell(
    /// The positions (usually one).
    positions: Vec<&'static Position>,
) -> impl IntoView {
    if positions.is_empty() {
        return view! { <p class="no-position">"No stated position in these articles."</p> }
            .into_any();
    }
    let lens = use_lens();
    let ids: Vec<String> = positions.iter().map(|p| p.id.clone()).collect();
    let evidence: Vec<&'static [brink_core::data::model::Evidence]> =
        positions.iter().map(|p| p.evidence.as_slice()).collect();
    let none_yet = move || {
        !ids.iter()
            .zip(&evidence)
            .any(|(id, e)| lens.shows_position(id) && lens.heard(e))
    };
    view! {
        <p class="no-position" hidden=move || !none_yet()>"Nothing stated by this date or in these voices."</p>
        {positions.into_iter().map(position_view).collect_view()}
    }
    .into_any()
}

fn position_view(p: &'static Position) -> impl IntoView {
    let corpus = use_corpus();
    let lens = use_lens();
    let speaker =
        p.speaker.as_deref().and_then(|id| corpus.person(id)).map(
            |person| view! { <PersonLink id=person.id.clone()/>{format!(", {} · ", person.role)}},
        );
    let quotes = p.evidence.len();
    view! {
        <div class=format!("position leaning-{}", p.leaning.label()) data-id=p.id.clone() data-export=Table::Positions.file() data-row=p.id.clone() hidden=move || !lens.shows_position(&p.id) || !lens.heard(&p.evidence)>
            <p class="stance">
                <span class="leaning" title="On the row’s motion">{p.leaning.label()}</span>
                " "
                <strong>{p.stance.clone()}</strong>
            </p>
            <p class="sentence">{p.sentence.clone()}</p>
            <p class="who">
                {speaker}
                {describe(&p.date, p.date_precision)}
            </p>
            <CoverageDots evidence=p.evidence.clone()/>
            <details class="quotes">
                <summary>{if quotes == 1 { "1 supporting quote".to_owned() } else { format!("{quotes} supporting quotes") }}</summary>
                <EvidenceList evidence=p.evidence.clone()/>
            </details>
        </div>
    }
}
