//! The "as of" control the map, the positions and the timeline share: a day slider, steps by
//! day and by event, play, the reading switch, and a status line saying what is on.
use leptos::prelude::*;

use crate::state::lens::use_lens;
use crate::state::{use_corpus, use_navigator, Navigator};
use brink_core::data::as_of::{AsOf, Reading, Snapshot};
use brink_core::data::corpus::Corpus;
use brink_core::data::dates::Date;

/// The date on screen and the range it moves in.
#[derive(Clone, Copy)]
struct DateRange {
    corpus: &'static Corpus,
    navigator: Navigator,
    first: Date,
    last: Date,
}

impl DateRange {
    /// Sets the date (kept in the range) and the reading.
    fn set(self, date: Date, reading: Reading) {
        let date = date.max(self.first).min(self.last);
        self.navigator.set_as_of(Some(AsOf { date, reading }));
    }

    /// The reading on (tracked).
    fn reading(self) -> Reading {
        self.navigator
            .as_of
            .get()
            .map_or(Reading::Happened, |a| a.reading)
    }

    /// Moves the date by `days`; from every date, to the first day.
    fn step_day(self, days: i64) {
        let at = self.navigator.as_of.get_untracked();
        let date = at.map_or(self.first, |a| a.date.add_days(days));
        self.set(date, at.map_or(Reading::Happened, |a| a.reading));
    }

    /// Moves the date to the next or previous day with an event.
    fn step_event(self, forward: bool) {
        let at = self.navigator.as_of.get_untracked();
        let reading = at.map_or(Reading::Happened, |a| a.reading);
        let days = self.corpus.event_days(reading);
        let now = at.map_or(self.first.add_days(-1), |a| a.date);
        let next = if forward {
            days.iter().find(|d| **d > now)
        } else {
            days.iter().rev().find(|d| **d < now)
        };
        if let Some(date) = next {
            self.set(*date, reading);
        }
    }
}

/// The control, with the range the corpus's dates span.
#[component]
pub fn AsOfBar() -> impl IntoView {
    let navigator = use_navigator();
    let lens = use_lens();
    let corpus = use_corpus();
    let Some((first, last)) = corpus.as_of_range() else {
        return ().into_any();
    };
    let range = DateRange {
        corpus,
        navigator,
        first,
        last,
    };
    let as_of = navigator.as_of;
    let total_days = (last.day_number() - first.day_number()).max(0);
    let slider_value = move || {
        as_of
            .get()
            .map_or(total_days, |a| a.date.day_number() - first.day_number())
    };
    let date_text = move || {
        as_of
            .get()
            .map_or("every date".to_owned(), |a| a.date.long())
    };
    let status = move || status_text(as_of.get(), &lens.added.get());
    // Open on wide screens when a date is set; otherwise it folds to one line so the view
    // itself stays in sight.
    let open = RwSignal::new(false);
    crate::ui::hooks::use_on_mount(move || {
        let wide = window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > 700.0);
        open.set(wide && as_of.get_untracked().is_some());
    });
    let summary = move || match as_of.get() {
        None => "As of: every date".to_owned(),
        Some(a) => format!("As of {} ({})", a.date.long(), a.reading.label()),
    };
    view! {
        <details class="as-of-bar" open=open>
            <summary class="as-of-summary">{summary}</summary>
            <div class="as-of-row">
                <label for="as-of-slider" class="as-of-label">"Date: "<output for="as-of-slider" class="as-of-date">{date_text}</output></label>
                <input
                    id="as-of-slider"
                    type="range"
                    min="0"
                    max=total_days.to_string()
                    step="1"
                    // The attribute too: it is what the page the build draws ahead carries.
                    value=move || slider_value().to_string()
                    prop:value=move || slider_value().to_string()
                    aria-valuetext=date_text
                    on:input=move |ev| {
                        let days: i64 = event_target_value(&ev).parse().unwrap_or(total_days);
                        range.set(first.add_days(days), range.reading());
                    }
                />
            </div>
            <AsOfSteps range/>
            <p class="as-of-status" role="status" aria-live="polite">{status}</p>
        </details>
    }
    .into_any()
}

/// What the date on screen shows, and what the last step added.
fn status_text(as_of: Option<AsOf>, added: &Snapshot) -> String {
    let Some(a) = as_of else {
        return "Showing every date the articles give. Set a date to see what they place on or before it.".to_owned();
    };
    let parts: Vec<String> = [
        (added.deployments.len(), "deployment", "deployments"),
        (added.events.len(), "event", "events"),
        (added.positions.len(), "position", "positions"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect();
    let change = if parts.is_empty() {
        "nothing new since the previous step".to_owned()
    } else {
        format!("new since the previous step: {}", parts.join(", "))
    };
    let basis = match a.reading {
        Reading::Happened => "what the articles place on or before",
        Reading::Reported => "what an article published on or before it had reported by",
    };
    format!(
        "As of {} ({}): {basis} that day; {change}.",
        a.date.long(),
        a.reading.label()
    )
}

/// The steps by event and by day, play, every date, and the reading switch.
#[component]
fn AsOfSteps(range: DateRange) -> impl IntoView {
    let as_of = range.navigator.as_of;
    let playing = RwSignal::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = playing.get_untracked() {
            handle.clear();
            playing.set(None);
        }
    };
    on_cleanup(stop);
    let play = move |_| {
        if playing.get_untracked().is_some() {
            stop();
            return;
        }
        if as_of.get_untracked().is_none_or(|a| a.date >= range.last) {
            range.set(range.first, range.reading());
        }
        let tick = move || match as_of.get_untracked() {
            Some(a) if a.date < range.last => range.set(a.date.add_days(1), a.reading),
            _ => stop(),
        };
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_millis(900)) {
            playing.set(Some(handle));
        }
    };
    view! {
        <div class="as-of-row as-of-buttons">
            <button type="button" data-step="prev-event" on:click=move |_| range.step_event(false) aria-label="Previous event">"◀ Event"</button>
            <button type="button" data-step="prev-day" on:click=move |_| range.step_day(-1) aria-label="Previous day">"‹ Day"</button>
            <button type="button" data-step="next-day" on:click=move |_| range.step_day(1) aria-label="Next day">"Day ›"</button>
            <button type="button" data-step="next-event" on:click=move |_| range.step_event(true) aria-label="Next event">"Event ▶"</button>
            <button type="button" class="play" aria-pressed=move || if playing.get().is_some() { "true" } else { "false" } on:click=play>
                {move || if playing.get().is_some() { "Pause" } else { "Play the days" }}
            </button>
            <button type="button" data-step="all" disabled=move || as_of.get().is_none() on:click=move |_| { stop(); range.navigator.set_as_of(None) }>"Every date"</button>
            <fieldset class="reading">
                <legend>"Date facts by"</legend>
                {[Reading::Happened, Reading::Reported].into_iter().map(|r| view! {
                    <label>
                        <input type="radio" name="as-of-reading" value=r.label()
                            checked=move || range.reading() == r
                            prop:checked=move || range.reading() == r
                            on:change=move |_| {
                                let date = as_of.get_untracked().map_or(range.last, |a| a.date);
                                range.set(date, r);
                            }
                        />
                        {r.label()}
                    </label>
                }).collect_view()}
            </fieldset>
        </div>
    }
}
