//! One issue full-width: every stated position, in date order, with who said it and where.
use leptos::prelude::*;

use super::matrix::{tension_slug, MapLinks};
use super::PositionsState;
use crate::state::use_corpus;
use crate::ui::evidence_list::EvidenceList;
use crate::ui::link::Link;
use crate::ui::notice::Notice;
use crate::ui::person_link::PersonLink;
use brink_core::data::dates::describe;
use brink_core::data::facts::Position;

/// The story of one issue, or a message if the link names none that exists.
#[component]
pub fn IssueStory(issue: String, state: Memo<PositionsState>) -> impl IntoView {
    let corpus = use_corpus();
    let mut back = state.get_untracked();
    back.issue = None;
    let Some(issue) = corpus.issue(&issue) else {
        return view! {
            <Notice
                within_view=true
                title="Issue not found"
                message=format!("There is no issue with the id “{issue}”.")
                back=back.to_view()
                back_label="Back to all issues"
            />
        }
        .into_any();
    };
    let mut positions: Vec<&'static Position> = corpus
        .positions
        .iter()
        .filter(|p| p.issue == issue.id)
        .collect();
    positions.sort_by(|a, b| a.date.cmp(&b.date).then(a.actor.cmp(&b.actor)));
    let tension = corpus.tension(&issue.id, &[]);
    let entries = positions
        .into_iter()
        .map(|p| {
            let actor = corpus.actor_name(&p.actor);
            let speaker = p.speaker.as_deref().and_then(|id| corpus.person(id)).map(|s| s.id.clone());
            view! {
                <li class=format!("story-entry leaning-{}", p.leaning.label())>
                    <p class="kicker">{describe(&p.date, p.date_precision)}</p>
                    <h3>{format!("{actor}: {}", p.stance)}<span class="leaning">{p.leaning.label()}</span></h3>
                    <p class="sentence">{p.sentence.clone()}</p>
                    {speaker.map(|id| view! { <p class="who">"Stated by "<PersonLink id/></p> })}
                    <EvidenceList evidence=p.evidence.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="issue-story">
            <p class="back"><Link to=back.to_view()>"← All issues"</Link></p>
            <h2>{issue.title.clone()}</h2>
            <p class="motion">{format!("Motion: {}", issue.motion)}</p>
            <p><span class=format!("tension tension-{}", tension_slug(tension))>{tension.label()}</span></p>
            <MapLinks issue/>
            <ol class="story">{entries}</ol>
        </article>
    }
    .into_any()
}
