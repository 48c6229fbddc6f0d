//! Search: the box in the header on every view and the results view it opens.
mod field;
mod results;

pub use field::SearchBox;
pub use results::SearchView;

use leptos::prelude::*;

use brink_core::url::ViewState;

/// Where each listed result leads, in list order, shared by the box (Enter opens the first)
/// and the results (which are drawn elsewhere).
#[derive(Clone, Copy)]
pub struct SearchCursor {
    /// The listed results' views.
    pub targets: RwSignal<Vec<ViewState>>,
}

impl SearchCursor {
    /// A cursor on nothing.
    pub fn new() -> SearchCursor {
        SearchCursor {
            targets: RwSignal::new(Vec::new()),
        }
    }
}

impl Default for SearchCursor {
    fn default() -> Self {
        SearchCursor::new()
    }
}

/// The element id of the `n`th listed result's link.
pub fn result_id(n: usize) -> String {
    format!("search-result-{n}")
}

/// Moves focus to the `n`th result's link, if it is listed; whether it was.
pub fn focus_result(n: usize) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = document().get_element_by_id(&result_id(n)) else {
        return false;
    };
    el.dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|el| el.focus().is_ok())
}
