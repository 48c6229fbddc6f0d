//! Side by side: the positions matrix of issues by actors, and one issue's whole story.
mod cell;
mod issue_story;
mod matrix;

use leptos::prelude::*;

use crate::state::{use_corpus, use_navigator};
use crate::ui::as_of_bar::AsOfBar;
use crate::ui::view_head::ViewHead;
use crate::ui::voice_filter::VoiceFilter;
use brink_core::url::{Page, ViewState};

/// The columns shown when the link names none.
pub const DEFAULT_ACTORS: [&str; 3] = ["us", "nato", "russia"];

/// The parameters of the positions view, read from the URL.
#[derive(Clone, PartialEq)]
pub(crate) struct PositionsState {
    pub actors: Vec<String>,
    pub filter: String,
    pub issue: Option<String>,
}

impl PositionsState {
    /// The view state for these parameters.
    pub fn to_view(&self) -> ViewState {
        ViewState::from(Page::Positions {
            actors: self.actors.clone(),
            filter: self.filter.clone(),
            issue: self.issue.clone(),
        })
    }
}

/// The positions view.
#[component]
pub fn PositionsView() -> impl IntoView {
    let navigator = use_navigator();
    let corpus = use_corpus();
    let state = Memo::new(move |_| match navigator.state.get().page {
        Page::Positions {
            actors,
            filter,
            issue,
        } => {
            let actors = if actors.is_empty() {
                DEFAULT_ACTORS.iter().map(|a| (*a).to_owned()).collect()
            } else {
                actors
            };
            PositionsState {
                actors,
                filter,
                issue,
            }
        }
        _ => PositionsState {
            actors: Vec::new(),
            filter: String::new(),
            issue: None,
        },
    });
    let unknown = move || {
        state
            .get()
            .actors
            .iter()
            .filter(|a| corpus.actor(a).is_none())
            .map(|a| format!("The link names an actor “{a}” that is not in Brink’s data; its column is left out."))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="positions-view" aria-labelledby="positions-title">
            <ViewHead id="positions-title" title="Positions, side by side" lede="What each side said on each issue, in the articles’ own words. Each row says whether the sides shown collide or overlap; an empty cell means the articles state no position."/>
            <AsOfBar/>
            <VoiceFilter facts=corpus.positions.iter().map(|p| p.evidence.as_slice()).collect()/>
            {move || {
                let problems = unknown();
                (!problems.is_empty()).then(|| view! {
                    <div class="warning" role="alert">
                        {problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </div>
                })
            }}
            {move || match state.get().issue {
                Some(issue) => view! { <issue_story::IssueStory issue state/> }.into_any(),
                None => view! { <matrix::Matrix state/> }.into_any(),
            }}
        </section>
    }
}
