//! What the app displays says no more than the articles: attribution, venues, stances and words.
use brink_build::checks::fidelity::{
    attribution_problems, checked_words, stance_problems, unsupported_words, venue_problems,
};
use brink_core::data::corpus::Corpus;

fn corpus() -> Corpus {
    brink_build::embedded::corpus().expect("corpus loads")
}

fn assert_none(kind: &str, problems: Vec<brink_core::data::corpus::Problem>) {
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{} {kind} problems:\n{}", list.len(), list.join("\n"));
    }
}

#[test]
fn named_officials_are_named_in_their_sentence() {
    assert_none("attribution", attribution_problems(&corpus()));
}

#[test]
fn venues_are_named_by_the_text() {
    assert_none("venue", venue_problems(&corpus()));
}

#[test]
fn stances_are_the_actors_own() {
    assert_none("stance", stance_problems(&corpus()));
}

#[test]
fn no_number_or_name_beyond_the_evidence() {
    assert_none("unsupported word", unsupported_words(&corpus()));
}

#[test]
fn numbers_and_names_are_picked_out_but_not_sentence_openers() {
    assert_eq!(
        checked_words("Troops sent by Joe Biden: 8,500 on alert. Five more"),
        ["Joe", "Biden", "8,500", "Five"]
    );
}
