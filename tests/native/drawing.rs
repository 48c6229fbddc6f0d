//! What a record is decides how it is drawn, and the map's geography cannot lie.
use brink_build::checks::places::{capitals_covered, place_problems, region_problems};
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::mapping::{mapping_of, Mapping, Unmapped};
use brink_core::data::model::{DeploymentKind as K, Side, Status as S};
use brink_core::geo::layout::MapLayout;
use brink_core::geo::projection::Lambert;
use brink_core::geo::shapes::{countries_from_topojson, Country};
use brink_core::geo::symbols::{radius_for_count, EQUIPMENT_RADIUS_PX};

const TOPO: &str = include_str!("../../assets/geo/countries.topo.json");

fn corpus() -> Corpus {
    brink_build::embedded::corpus().expect("corpus loads")
}

fn projection_and_shapes() -> (Lambert, Vec<Country>) {
    let p = Lambert::theatre();
    let shapes = countries_from_topojson(TOPO, &p).expect("map data decodes");
    (p, shapes)
}

fn assert_no_problems(problems: Vec<Problem>) {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(lines.is_empty(), "{}", lines.join("\n"));
}

const THERE: Mapping = Mapping::Drawn { present: true };
const NOT_THERE: Mapping = Mapping::Drawn { present: false };

#[test]
fn the_rule_for_every_kind_and_status() {
    use Mapping::Listed as L;
    let statuses = [
        S::Massed,
        S::Deployed,
        S::Exercise,
        S::Moving,
        S::OnAlert,
        S::Planned,
        S::Promised,
        S::Offered,
        S::RuledOut,
        S::Refused,
    ];
    let force_and_equipment = [
        THERE,
        THERE,
        THERE,
        THERE,
        NOT_THERE,
        NOT_THERE,
        NOT_THERE,
        NOT_THERE,
        L(Unmapped::WillNotHappen),
        L(Unmapped::WillNotHappen),
    ];
    for (kind, expected) in [
        (K::Force, force_and_equipment),
        (K::Equipment, force_and_equipment),
    ] {
        for (status, want) in statuses.iter().zip(expected) {
            assert_eq!(mapping_of(kind, *status, true), want, "{kind:?} {status:?}");
            let without_place = if matches!(want, L(_)) {
                want
            } else {
                L(Unmapped::NoPlace)
            };
            assert_eq!(
                mapping_of(kind, *status, false),
                without_place,
                "{kind:?} {status:?}"
            );
        }
    }
    for (kind, reason) in [
        (K::Capacity, Unmapped::Capacity),
        (K::Withdrawal, Unmapped::Withdrawal),
        (K::Past, Unmapped::Past),
    ] {
        for status in statuses {
            let want = if matches!(status, S::RuledOut | S::Refused) {
                L(Unmapped::WillNotHappen)
            } else {
                L(reason)
            };
            assert_eq!(mapping_of(kind, status, true), want, "{kind:?} {status:?}");
        }
    }
}

#[test]
fn only_troop_counts_are_on_the_troop_scale() {
    let c = corpus();
    let layout = MapLayout::build(&c, TOPO).unwrap();
    let helmets = layout
        .markers
        .iter()
        .find(|m| m.deployment == "de_helmets")
        .unwrap();
    assert_eq!(helmets.radius_px, EQUIPMENT_RADIUS_PX);
    let pieces = layout
        .markers
        .iter()
        .find(|m| m.deployment == "us_poland_equipment")
        .unwrap();
    assert_eq!(
        pieces.radius_px, helmets.radius_px,
        "200 pieces and 5,000 helmets: one size"
    );
    for m in &layout.markers {
        let d = c.deployment(&m.deployment).unwrap();
        if d.kind == K::Equipment {
            assert_eq!(m.radius_px, EQUIPMENT_RADIUS_PX, "{}", d.id);
        } else {
            assert_eq!(d.kind, K::Force, "{} is drawn but is {:?}", d.id, d.kind);
            assert_eq!(
                m.radius_px,
                radius_for_count(d.count.as_ref().map(|n| n.value))
            );
        }
    }
}

#[test]
fn the_symbols_the_fact_check_found_wrong_now_say_what_the_text_says() {
    let c = corpus();
    let layout = MapLayout::build(&c, TOPO).unwrap();
    let marker = |id: &str| layout.markers.iter().find(|m| m.deployment == id);
    // A conditional capacity, a withdrawal and past events are not forces.
    for id in [
        "ua_mobilization",
        "us_embassy_drawdown",
        "ua_iraq_afghanistan",
        "ru_kazakhstan_belarus_aid",
        "ru_georgia_borders",
    ] {
        assert!(marker(id).is_none(), "{id} is drawn");
    }
    // A plan with no place is listed, not drawn at Ukraine's borders.
    assert!(marker("ru_operation_plan").is_none());
    assert_eq!(
        c.deployment("ru_operation_plan").unwrap().mapping(),
        Mapping::Listed(Unmapped::NoPlace)
    );
    // The map label does not say whose the 32,000 troops are.
    assert_eq!(marker("ru_eastern_ukraine").unwrap().side, Side::Unknown);
    // Troops on alert are not where they could go; the conditional increase is not there either.
    for id in [
        "us_8500_alert",
        "us_border_states_increase",
        "nato_initial_force",
    ] {
        assert!(!marker(id).unwrap().present, "{id} drawn as there");
    }
    assert!(marker("ru_northern_front").is_some_and(|m| m.present));
    assert_eq!(c.deployment("ru_northern_front").unwrap().status, S::Moving);
    // The largest symbol is Russia's buildup, not a capacity.
    let largest = layout.markers.first().unwrap();
    assert_eq!(largest.deployment, "ru_buildup_borders");
}

#[test]
fn every_place_lies_in_the_country_it_names() {
    let c = corpus();
    let (p, shapes) = projection_and_shapes();
    assert_no_problems(place_problems(&c, &shapes, &p));
}

#[test]
fn a_point_in_the_wrong_country_is_caught() {
    let mut c = corpus();
    let place = c
        .places
        .iter_mut()
        .find(|p| p.id == "baltic_poland")
        .unwrap();
    (place.lon, place.lat) = (22.5, 55.0); // Kaliningrad, where the 8,500 once were drawn
    let (p, shapes) = projection_and_shapes();
    let problems = place_problems(&c, &shapes, &p);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("lies in RUS"),
        "{}",
        problems[0]
    );
}

#[test]
fn no_region_covers_a_capital_it_does_not_name() {
    let c = corpus();
    let (p, shapes) = projection_and_shapes();
    assert_no_problems(region_problems(&c, &shapes, &p));
    let covered = |id: &str| -> Vec<&str> {
        capitals_covered(c.place(id).unwrap(), &shapes, &p)
            .into_iter()
            .map(|(_, name)| name)
            .collect()
    };
    assert_eq!(
        covered("baltic_poland"),
        ["Warsaw", "Vilnius", "Riga", "Tallinn"]
    );
    assert_eq!(covered("border_states"), ["Warsaw", "Bucharest"]);
    assert_eq!(covered("ukraine"), ["Kyiv"]);
    assert!(
        covered("ukraine_borders").is_empty(),
        "no bounds in the text, no area"
    );
}

#[test]
fn a_circle_over_another_capital_is_caught() {
    let mut c = corpus();
    let place = c
        .places
        .iter_mut()
        .find(|p| p.id == "eastern_ukraine")
        .unwrap();
    (place.lon, place.lat) = (31.0, 51.0);
    let (p, shapes) = projection_and_shapes();
    let problems = region_problems(&c, &shapes, &p);
    assert!(
        problems.iter().all(|pr| !pr.message.contains("Kyiv")),
        "Kyiv is Ukraine's"
    );
    let place = c
        .places
        .iter_mut()
        .find(|p| p.id == "eastern_ukraine")
        .unwrap();
    (place.lon, place.lat) = (28.5, 53.0);
    let problems = region_problems(&c, &shapes, &p);
    assert!(
        problems.iter().any(|pr| pr.message.contains("Minsk")),
        "{problems:?}"
    );
}

#[test]
fn a_narrow_screen_opens_on_where_most_markers_are() {
    let layout = MapLayout::build(&corpus(), TOPO).unwrap();
    let core = layout.core().unwrap();
    let on_map: Vec<_> = layout.markers.iter().filter(|m| !m.off_map).collect();
    let inside = on_map.iter().filter(|m| core.contains(m.point)).count();
    assert!(
        inside * 10 >= on_map.len() * 7,
        "{inside} of {} markers in the core",
        on_map.len()
    );
    assert!(
        core.w < layout.frame.w * 0.8 && core.h < layout.frame.h * 0.8,
        "{core:?}"
    );
    // A phone-shaped view fitted on it zooms in and shows all of it.
    let phone = brink_core::geo::viewport::Viewport::new(layout.frame).with_aspect(1.0);
    let fitted = phone.fitting(core);
    assert!(fitted.zoom > 1.2, "zoom {}", fitted.zoom);
    let seen = fitted.view_box();
    assert!(
        seen.x <= core.x + 0.01
            && seen.y <= core.y + 0.01
            && seen.x + seen.w >= core.x + core.w - 0.01
            && seen.y + seen.h >= core.y + core.h - 0.01,
        "{seen:?} holds {core:?}"
    );
}
