//! Every check a corpus must pass before it is packed: the build refuses a corpus that fails any
//! of them, naming file, record and field, exactly as the tests do.
pub mod fidelity;
pub mod places;
pub mod validate;

use brink_core::data::corpus::{Corpus, Problem};
use brink_core::geo::projection::Lambert;
use brink_core::geo::shapes::countries_from_topojson;

/// The checks that need the quotes located and the country shapes: what the display says beyond
/// the evidence, places outside their country, regions covering capitals they do not name.
pub fn located_problems(corpus: &Corpus, topojson: &str) -> Vec<Problem> {
    let mut problems = fidelity::fidelity_problems(corpus);
    let projection = Lambert::theatre();
    match countries_from_topojson(topojson, &projection) {
        Ok(shapes) => {
            problems.extend(places::place_problems(corpus, &shapes, &projection));
            problems.extend(places::region_problems(corpus, &shapes, &projection));
        }
        Err(message) => problems.push(Problem {
            file: "countries.topo.json".to_owned(),
            record: None,
            message,
        }),
    }
    problems
}
