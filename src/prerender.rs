//! The views drawn natively to HTML (the `ssr` feature), with no browser: the build writes the
//! first view into the page this way, so a reader sees the map before the wasm arrives and with
//! JavaScript off, and `tests/views` renders every route the same way.
use leptos::prelude::*;

use crate::state::finder::Finder;
use crate::state::lens::Lens;
use crate::state::navigator::Navigator;
use crate::state::texts::ArticleTexts;
use crate::ui::search::SearchCursor;
use crate::ui::shell::{screen_view, Shell};
use brink_core::bundle::Bundle;
use brink_core::url::ViewState;

/// An executor that runs no task: effects and fetches are browser work, left undone here as on
/// a server, so a view's body alone is what is rendered.
struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Runs `render` in the context the explorer provides for `state`; `nfd` decomposes text for
/// search as the browser's own tables would.
fn in_explorer<T>(
    bundle: &'static Bundle,
    state: ViewState,
    nfd: fn(&str) -> String,
    render: impl FnOnce() -> T,
) -> T {
    // Every caller sets the same executor; only the first call takes.
    let _ = any_spawner::Executor::init_custom_executor(NoTasks);
    let owner = Owner::new();
    owner.with(|| {
        provide_context(bundle);
        let texts = ArticleTexts::new(bundle);
        provide_context(texts);
        provide_context(Navigator::at(state));
        provide_context(Finder::new(&bundle.corpus, texts, nfd));
        render()
    })
}

/// The whole page for `state` (header, navigation, the view, footer), as the app draws it.
pub fn render_page(bundle: &'static Bundle, state: ViewState, nfd: fn(&str) -> String) -> String {
    // Drawn once, as it is: nothing here is tracked, and nothing warns that it is not.
    in_explorer(bundle, state, nfd, || {
        untrack(|| view! { <Shell/> }.to_html())
    })
}

/// The view `state` names alone, without the page around it.
pub fn render_screen(bundle: &'static Bundle, state: ViewState, nfd: fn(&str) -> String) -> String {
    let screen = state.page.screen();
    in_explorer(bundle, state, nfd, || {
        let navigator = crate::state::use_navigator();
        provide_context(SearchCursor::new());
        provide_context(navigator.scoped());
        provide_context(Lens::from_context());
        untrack(|| screen_view(screen).to_html())
    })
}
