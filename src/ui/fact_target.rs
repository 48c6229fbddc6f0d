//! Where a fact is shown: the marker on the map, the cell's issue in the matrix, the event on the
//! timeline, the person's page; the sentence in the reader for what has no view of its own.
use crate::state::{use_bundle, use_corpus};
use brink_core::data::kinds::FactKind;
use brink_core::url::{MapSelection, Page, ViewState};

/// The view that shows the record `kind`/`id`; `None` for a place with neither a venue nor a
/// force on the map, which only the sentences naming it show.
pub fn fact_target(kind: FactKind, id: &str) -> Option<ViewState> {
    let corpus = use_corpus();
    let layout = &use_bundle().layout;
    let id = id.to_owned();
    let positions = |actors: Vec<String>, issue: Option<String>| {
        ViewState::from(Page::Positions {
            actors,
            filter: String::new(),
            issue,
        })
    };
    let map = |selection| ViewState::map_with(Some(selection));
    let target = match kind {
        FactKind::Person => Page::Person { id }.into(),
        FactKind::Place if layout.venues.iter().any(|v| v.place == id) => {
            map(MapSelection::Venue(id))
        }
        FactKind::Place => map(MapSelection::Deployment(
            corpus.deployments_at(&id).next()?.id.clone(),
        )),
        FactKind::Actor => {
            let mut actors: Vec<String> = crate::ui::positions::DEFAULT_ACTORS
                .iter()
                .map(|a| (*a).to_owned())
                .collect();
            if !actors.contains(&id) && corpus.positions.iter().any(|p| p.actor == id) {
                actors.push(id);
            }
            positions(actors, None)
        }
        FactKind::Issue => positions(Vec::new(), Some(id)),
        FactKind::Position => positions(Vec::new(), corpus.position(&id).map(|p| p.issue.clone())),
        FactKind::Event => Page::Timeline { event: Some(id) }.into(),
        FactKind::Deployment => map(MapSelection::Deployment(id)),
        FactKind::Figure => Page::Figures { figure: Some(id) }.into(),
    };
    Some(target)
}
