//! Filter by who is speaking: named officials, anonymous officials, intelligence, analysts,
//! imagery, map graphics or the outlet's own narration, with how many facts each voice backs.
use leptos::prelude::*;

use crate::state::use_navigator;
use brink_core::data::model::{Attribution, Evidence};

/// Checkboxes, one per voice; none checked counts every quote.
#[component]
pub fn VoiceFilter(
    /// The quotes of each fact the view can show, for the counts.
    facts: Vec<&'static [Evidence]>,
) -> impl IntoView {
    let navigator = use_navigator();
    let voices = navigator.voices;
    let boxes = Attribution::ALL
        .into_iter()
        .map(|voice| {
            let count = facts
                .iter()
                .filter(|evidence| evidence.iter().any(|e| e.attribution == voice))
                .count();
            let checked = move || voices.with(|v| v.contains(&voice));
            let flip = move |_| {
                let mut now = voices.get_untracked();
                if let Some(i) = now.iter().position(|v| *v == voice) {
                    now.remove(i);
                } else {
                    now.push(voice);
                    now.sort();
                }
                navigator.set_voices(now);
            };
            view! {
                <label class="voice">
                    <input type="checkbox" data-voice=voice.slug() checked=checked prop:checked=checked on:change=flip disabled=count == 0/>
                    {voice.label()}
                    <span class="count">{format!(" ({count})")}</span>
                </label>
            }
        })
        .collect_view();
    let summary = move || {
        let v = voices.get();
        if v.is_empty() {
            "Every voice".to_owned()
        } else {
            let names: Vec<&str> = v.iter().map(|v| v.label()).collect();
            format!("Only: {}", names.join(", "))
        }
    };
    view! {
        <details class="voice-filter">
            <summary>"Who is speaking: "<span class="voice-summary">{summary}</span></summary>
            <fieldset>
                <legend class="visually-hidden">"Show only facts with a quote from"</legend>
                {boxes}
                <button type="button" class="link-button" disabled=move || voices.with(Vec::is_empty) on:click=move |_| navigator.set_voices(Vec::new())>"Every voice"</button>
            </fieldset>
            <p class="legend-note">"A fact stays when at least one of its quotes is in a chosen voice. Counts are facts in this view."</p>
        </details>
    }
}
