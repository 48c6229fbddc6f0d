//! The view on screen and the way to change it: the one place that reads and writes the address.
use leptos::prelude::*;

use brink_core::url::{
    decode, encode, AsOf, Attribution, MapPosition, Page, UrlProblem, ViewState,
};

/// The current view and the way to change it, shared with every view through context.
#[derive(Clone, Copy)]
pub struct Navigator {
    /// The view on screen.
    pub state: RwSignal<ViewState>,
    /// What the last link opened could not be read.
    pub problems: RwSignal<Vec<UrlProblem>>,
    /// The "as of" date on, apart from the rest of the state so links wake only when it changes.
    pub as_of: Memo<Option<AsOf>>,
    /// The voices filter on, likewise.
    pub voices: Memo<Vec<Attribution>>,
    /// Whether the page is embedded in another (`embed=1`).
    pub embedded: Memo<bool>,
    /// The map's zoom and centre.
    pub position: Memo<Option<MapPosition>>,
}

impl Navigator {
    /// A navigator at the view the address bar names; `version` is the data's (see
    /// [`Navigator::sync_from_location`]).
    pub fn from_location(version: &str) -> Navigator {
        let navigator = Navigator::at(ViewState::default());
        navigator.sync_from_location(version);
        navigator
    }

    /// A navigator at `state`, reading nothing from the browser (until it is asked to go).
    pub fn at(state: ViewState) -> Navigator {
        let state = RwSignal::new(state);
        Navigator {
            state,
            problems: RwSignal::new(Vec::new()),
            as_of: Memo::new(move |_| state.with(|s| s.as_of)),
            voices: Memo::new(move |_| state.with(|s| s.voices.clone())),
            embedded: Memo::new(move |_| state.with(|s| s.embed)),
            position: Memo::new(move |_| state.with(|s| s.position)),
        }
    }

    /// The same navigator with lens memos of its own, for one view. Reactive sources keep a small
    /// weak entry for every effect that ever read them, freed only when that reader runs again;
    /// a view's hundreds of links and rows would leave theirs in the app's memos on every visit.
    /// Read through these copies, the entries go with the view.
    pub fn scoped(&self) -> Navigator {
        let app = *self;
        Navigator {
            as_of: Memo::new(move |_| app.as_of.get()),
            voices: Memo::new(move |_| app.voices.get()),
            embedded: Memo::new(move |_| app.embedded.get()),
            position: Memo::new(move |_| app.position.get()),
            ..app
        }
    }

    /// `state` with the "as of" date and the voices filter on screen, unless it sets its own:
    /// both are lenses the reader carries from view to view until they clear them.
    pub fn carry(&self, mut state: ViewState) -> ViewState {
        if state.as_of.is_none() {
            state.as_of = self.as_of.get_untracked();
        }
        if state.voices.is_empty() {
            state.voices = self.voices.get_untracked();
        }
        state.embed |= self.state.with_untracked(|s| s.embed);
        // The map's position travels between map views only, keeping other links short.
        if state.position.is_none() && matches!(state.page, Page::Map { .. }) {
            state.position = self.state.with_untracked(|s| s.position);
        }
        state
    }

    /// The link to `state` (tracks the lenses).
    pub fn href(&self, state: &ViewState) -> String {
        let mut state = state.clone();
        if state.as_of.is_none() {
            state.as_of = self.as_of.get();
        }
        if state.voices.is_empty() {
            state.voices = self.voices.get();
        }
        state.embed |= self.embedded.get();
        if state.position.is_none() && matches!(state.page, Page::Map { .. }) {
            state.position = self.position.get();
        }
        encode(&state)
    }

    /// Sets or clears the map's zoom and centre in place (the whole map is `None`).
    pub fn set_position(&self, position: Option<MapPosition>) {
        let mut state = self.state.get_untracked();
        if state.position != position {
            state.position = position;
            self.replace_exactly(state);
        }
    }

    /// Sets or clears the voices filter in place.
    pub fn set_voices(&self, voices: Vec<Attribution>) {
        let mut state = self.state.get_untracked();
        state.voices = voices;
        self.replace_exactly(state);
    }

    /// Sets or clears the "as of" date in place: stepping through days adds no history entries.
    pub fn set_as_of(&self, as_of: Option<AsOf>) {
        let mut state = self.state.get_untracked();
        state.as_of = as_of;
        self.replace_exactly(state);
    }

    /// Opens `state`, adding a browser history entry so Back returns here.
    pub fn go(&self, state: ViewState) {
        let state = self.carry(state);
        let href = encode(&state);
        if let Ok(history) = window().history() {
            // A failing pushState (e.g. a sandboxed iframe) still leaves the view usable.
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        let same_document = self
            .state
            .with_untracked(|old| old.page.same_document(&state.page));
        self.problems.set(Vec::new());
        self.state.set(state);
        if !same_document {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Changes the view in place, without a history entry (e.g. while typing a filter).
    pub fn replace(&self, state: ViewState) {
        self.replace_exactly(self.carry(state));
    }

    fn replace_exactly(&self, state: ViewState) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&encode(&state)),
            );
        }
        self.state.set(state);
    }

    /// Re-reads the view from the address bar (first load, Back and Forward); `version` is the
    /// data's, to tell a link made for other data.
    pub fn sync_from_location(&self, version: &str) {
        let search = window().location().search().unwrap_or_default();
        let mut decoded = decode(&search);
        if let Some(linked) = decoded.state.version.take() {
            if linked != version {
                decoded.problems.push(UrlProblem(format!(
                    "This link was made for another version of Brink’s data ({linked}; this is {version}). What it names is shown where it still exists; anything missing is reported."
                )));
            }
        }
        self.problems.set(decoded.problems);
        self.state.set(decoded.state);
    }
}

/// The navigator the explorer provides.
pub fn use_navigator() -> Navigator {
    expect_context::<Navigator>()
}
