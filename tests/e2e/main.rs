//! End-to-end tests: the release build in `$BRINK_SITE`, served from `/brink/` on 127.0.0.1,
//! driven through W3C WebDriver. Chromium runs the full suite; the reader's journeys
//! (`journeys.rs`) run in Chromium, Firefox and WebKit. `make test` builds the site first.
//! Tests are named `<engine>::<file>::<test>`, so `cargo test -p brink-e2e --test e2e firefox`
//! runs one engine's.

mod audit;
mod comparing;
mod downloads;
mod finding;
mod first_view;
mod journeys;
mod keyboard;
mod loading;
mod map;
mod media;
mod memory;
mod offline;
mod positions;
mod sharing;
mod single;
mod sources;

use brink_e2e::harness;
use libtest_mimic::{Arguments, Trial};

/// Chromium's full suite, each test a `file::name` run on the shared runtime.
macro_rules! chromium_suite {
    ($($file:ident :: $test:ident),* $(,)?) => {
        vec![$(
            Trial::test(
                concat!("chromium::", stringify!($file), "::", stringify!($test)),
                || {
                    harness::run($file::$test());
                    Ok(())
                },
            ),
        )*]
    };
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = chromium_suite![
        audit::no_view_has_an_accessibility_violation_in_light,
        audit::no_view_has_an_accessibility_violation_in_dark,
        comparing::coverage_sorted_by_fewest_then_a_fact_to_its_sentence_and_back,
        comparing::from_the_buildup_marker_to_the_figures_and_back_to_the_map,
        comparing::named_officials_only_on_the_map_and_the_state_reloads,
        comparing::coverage_and_the_reader_on_a_phone,
        finding::search_by_keyboard_then_person_event_and_sentence,
        finding::the_date_steps_plays_and_every_state_reloads_from_its_url,
        finding::the_new_views_on_a_phone,
        first_view::with_javascript_off_the_map_its_table_and_legend_read,
        first_view::the_app_takes_over_with_one_map_no_console_error_and_a_marker_at_once,
        first_view::before_the_app_arrives_a_link_to_another_view_never_shows_the_map,
        first_view::the_app_lays_the_page_out_exactly_as_it_was_drawn,
        first_view::the_link_preview_names_a_picture_of_the_stated_size_in_the_build,
        keyboard::every_feature_by_keyboard_alone,
        loading::the_first_view_fetches_the_data_once_and_no_article_text,
        loading::an_article_text_arrives_when_the_reader_opens_it,
        loading::a_corrupt_data_file_gets_a_page_that_says_so,
        map::from_a_rostov_marker_to_its_sentence_and_back,
        map::zoom_with_the_button_and_the_keyboard,
        map::a_shared_map_link_reopens_the_selection_on_a_phone,
        media::the_arrival_rings_move_only_for_readers_who_welcome_motion,
        media::the_map_and_the_reader_print_on_a4_with_their_sources,
        memory::a_thousand_interactions_leave_memory_where_it_was,
        offline::every_icon_the_manifest_names_loads_at_its_stated_size,
        positions::compare_positions_follow_a_quote_and_come_back,
        positions::positions_on_a_phone_stack_the_actors,
        sharing::brink_embedded_in_another_page_works_there,
        sharing::the_downloads_are_the_corpus_tables_and_files,
        sharing::these_rows_are_the_events_the_dated_timeline_shows_in_its_order,
        sharing::the_map_saves_as_on_screen_as_svg_and_png,
        single::the_single_file_opened_from_disk_walks_map_position_and_reader,
        single::the_single_file_downloads_its_tables_without_a_server,
        sources::home_to_article_and_back_by_link,
        sources::an_article_url_opens_the_same_view_in_a_fresh_browser,
        sources::a_bogus_article_id_gets_a_message_and_a_way_back,
    ];
    trials.extend(journeys::trials());
    let conclusion = libtest_mimic::run(&args, trials);
    harness::shutdown();
    conclusion.exit();
}
