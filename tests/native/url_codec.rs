use brink_core::geo::layers::Layer;
use brink_core::url::{decode, encode, MapSelection, Page, TextSpan, ViewState};
use proptest::prelude::*;

fn article(id: &str, span: Option<(usize, usize)>) -> ViewState {
    ViewState::from(Page::Article {
        id: id.into(),
        span: span.map(|(start, end)| TextSpan { start, end }),
    })
}

#[test]
fn views_round_trip_through_the_query_string() {
    for state in [
        ViewState::default(),
        article("002_eac895019da0e25b", None),
        article("002_eac895019da0e25b", Some((10, 42))),
        article("id with spaces & ?=#", None),
        ViewState::from(Page::Sources),
        ViewState::map_with(Some(MapSelection::Deployment("ru_buildup_borders".into()))),
        ViewState::map_with(Some(MapSelection::Venue("geneva".into()))),
        ViewState::from(Page::Map {
            selection: None,
            hidden: vec![Layer::Russia, Layer::Venues],
        }),
        ViewState::from(Page::Positions {
            actors: vec![
                "us".into(),
                "nato".into(),
                "russia".into(),
                "ukraine".into(),
            ],
            filter: "open door & co".into(),
            issue: Some("open_door".into()),
        }),
    ] {
        let decoded = decode(&encode(&state));
        assert_eq!(decoded.state, state);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    }
}

#[test]
fn an_empty_query_is_the_default_view_without_complaint() {
    for query in ["", "?"] {
        let decoded = decode(query);
        assert_eq!(decoded.state, ViewState::default());
        assert!(decoded.problems.is_empty());
    }
}

#[test]
fn malformed_links_fall_back_with_a_message() {
    let cases = [
        ("?view=atlas", "view “atlas”"),
        ("?view=article", "names none"),
        ("?view=article&id=", "names none"),
        ("?view=map&zoom=3", "map position"),
        ("?view=map&tilt=3", "“tilt”"),
        ("?hide=navy", "layer “navy”"),
    ];
    for (query, says) in cases {
        let decoded = decode(query);
        assert_eq!(decoded.state, ViewState::default(), "{query}");
        assert_eq!(decoded.problems.len(), 1, "{query}");
        assert!(
            decoded.problems[0].0.contains(says),
            "{query}: {:?}",
            decoded.problems
        );
    }
}

#[test]
fn a_bad_passage_keeps_the_article_and_drops_the_highlight() {
    for at in ["9-3", "x-4", "12", "-", "5-5"] {
        let decoded = decode(&format!("?view=article&id=a&at={at}"));
        assert_eq!(decoded.state, article("a", None), "{at}");
        assert_eq!(decoded.problems.len(), 1, "{at}");
    }
}

proptest! {
    #[test]
    fn any_query_decodes_without_panicking_and_reencodes_stably(query in ".{0,200}") {
        let decoded = decode(&query);
        let again = decode(&encode(&decoded.state));
        prop_assert_eq!(again.state, decoded.state);
        prop_assert!(again.problems.is_empty());
    }

    #[test]
    fn any_article_state_round_trips(id in "[^\u{0}]{1,40}", start in 0usize..100_000, len in 1usize..500) {
        let state = article(&id, Some((start, start + len)));
        prop_assert_eq!(decode(&encode(&state)).state, state);
    }
}

#[test]
fn map_links_read_selection_and_layers() {
    let decoded = decode("?view=map&sel=us_helicopters&hide=exercises,russia,russia");
    assert!(decoded.problems.is_empty());
    assert_eq!(
        decoded.state.page,
        Page::Map {
            selection: Some(MapSelection::Deployment("us_helicopters".into())),
            hidden: vec![Layer::Russia, Layer::Exercises],
        }
    );
    assert_eq!(
        encode(&decoded.state),
        "?view=map&sel=us_helicopters&hide=exercises%2Crussia"
    );
}

#[test]
fn search_people_timeline_and_the_date_round_trip() {
    use brink_core::data::dates::Date;
    use brink_core::url::{AsOf, Reading};
    let jan13 = Some(AsOf {
        date: Date::parse("2022-01-13").unwrap(),
        reading: Reading::Happened,
    });
    let reported = Some(AsOf {
        date: Date::parse("2022-01-26").unwrap(),
        reading: Reading::Reported,
    });
    for (page, as_of) in [
        (
            Page::Search {
                query: "mother of all sanctions".into(),
            },
            None,
        ),
        (
            Page::Search {
                query: String::new(),
            },
            None,
        ),
        (Page::People, None),
        (
            Page::Person {
                id: "sherman".into(),
            },
            None,
        ),
        (Page::Timeline { event: None }, jan13),
        (
            Page::Timeline {
                event: Some("geneva_ssd".into()),
            },
            reported,
        ),
        (Page::default(), jan13),
    ] {
        let state = ViewState {
            page,
            as_of,
            voices: Vec::new(),
            embed: false,
            position: None,
            version: None,
        };
        let decoded = decode(&encode(&state));
        assert_eq!(decoded.state, state);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    }
    assert_eq!(
        encode(&ViewState {
            page: Page::Timeline { event: None },
            as_of: reported,
            voices: Vec::new(),
            embed: false,
            position: None,
            version: None,
        }),
        "?view=timeline&asof=2022-01-26&by=reported"
    );
}

#[test]
fn a_bad_date_or_reading_keeps_the_view_and_says_so() {
    let decoded = decode("?view=timeline&asof=2022-02-30");
    assert_eq!(decoded.state.page, Page::Timeline { event: None });
    assert_eq!(decoded.state.as_of, None);
    assert!(decoded.problems[0].0.contains("not a day of the calendar"));
    let decoded = decode("?view=map&asof=2022-01-12&by=rumour");
    assert_eq!(
        decoded.state.as_of.map(|a| a.date.iso()),
        Some("2022-01-12".into())
    );
    assert!(decoded.problems[0].0.contains("“rumour”"));
    let decoded = decode("?view=person");
    assert_eq!(decoded.state.page, Page::People);
    assert_eq!(decoded.problems.len(), 1);
}

#[test]
fn coverage_figures_and_voices_round_trip() {
    use brink_core::data::kinds::FactKind;
    use brink_core::url::{Attribution, CoverageQuery, CoverageSort, Side};
    let only_nyt = CoverageQuery {
        kind: Some(FactKind::Event),
        side: Some(Side::Russia),
        count: Some(1),
        by: Some("002_eac895019da0e25b".into()),
        not: None,
        sort: CoverageSort::Fewest,
    };
    for (page, voices) in [
        (Page::Coverage(CoverageQuery::default()), Vec::new()),
        (Page::Coverage(only_nyt), vec![Attribution::NamedOfficial]),
        (
            Page::Figures {
                figure: Some("russian_force_size".into()),
            },
            Vec::new(),
        ),
        (
            Page::default(),
            vec![Attribution::NamedOfficial, Attribution::Intelligence],
        ),
    ] {
        let state = ViewState {
            page,
            as_of: None,
            voices,
            embed: false,
            position: None,
            version: None,
        };
        let decoded = decode(&encode(&state));
        assert_eq!(decoded.state, state);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    }
    let decoded = decode("?view=coverage&kind=rumour&n=lots&sort=random&voice=oracle");
    assert_eq!(decoded.state.page, Page::Coverage(CoverageQuery::default()));
    assert_eq!(decoded.problems.len(), 4, "{:?}", decoded.problems);
    assert!(decoded.problems.iter().any(|p| p.0.contains("“oracle”")));
}

/// Valid links of every view, for the fuzzer to mutate.
const LINKS: [&str; 10] = [
    "?view=map&sel=ru_buildup_borders&hide=exercises%2Crussia&asof=2022-01-13",
    "?view=positions&cols=us%2Cnato%2Crussia&q=open+door&issue=open_door&voice=named_official",
    "?view=article&id=002_eac895019da0e25b&at=12537-12618",
    "?view=search&q=mother+of+all+sanctions",
    "?view=person&id=sherman&embed=1",
    "?view=timeline&ev=geneva_ssd&asof=2022-01-26&by=reported",
    "?view=coverage&kind=event&side=russia&n=1&article=002&not=003&sort=fewest",
    "?view=figures&fig=russian_force_size",
    "?view=people",
    "?view=map&venue=geneva",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, ..ProptestConfig::default() })]

    /// A hundred thousand links: random bytes, valid links cut, spliced and padded with
    /// markup or huge numbers. None panics, and what is read re-encodes to itself.
    #[test]
    fn a_hundred_thousand_hostile_links(
        pick in 0usize..LINKS.len(),
        cut in 0usize..200,
        noise in proptest::collection::vec(any::<u8>(), 0..40),
        junk in prop_oneof![
            Just("<script>alert(1)</script>".to_owned()),
            Just("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".to_owned()),
            Just("99999999999999999999999999-1".to_owned()),
            Just("&asof=9999-99-99&by=%00".to_owned()),
            Just("&at=18446744073709551615-18446744073709551616".to_owned()),
            Just("&view=&view=map&&&==".to_owned()),
            Just("%FF%FE%80".to_owned()),
            ".{0,20}",
        ],
    ) {
        let link = LINKS[pick];
        let mut text = link[..cut.min(link.len())].to_owned();
        text.push_str(&junk);
        text.push_str(&String::from_utf8_lossy(&noise));
        text.push_str(&link[cut.min(link.len())..]);
        let decoded = decode(&text);
        let again = decode(&encode(&decoded.state));
        prop_assert_eq!(&again.state, &decoded.state);
        prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
    }
}

#[test]
fn the_map_position_round_trips_and_a_bad_one_is_reported() {
    use brink_core::url::MapPosition;
    let state = ViewState {
        position: Some(MapPosition {
            zoom_pct: 225,
            x: -312,
            y: 48,
        }),
        ..ViewState::map_with(Some(MapSelection::Deployment("ru_belarus".into())))
    };
    let link = encode(&state);
    assert_eq!(link, "?view=map&sel=ru_belarus&zoom=2.25&centre=-312%2C48");
    assert_eq!(decode(&link).state, state);
    for bad in [
        "zoom=0.5&centre=1,2",
        "zoom=2&centre=east",
        "zoom=NaN&centre=1,2",
        "centre=1,99999999",
    ] {
        let decoded = decode(&format!("?view=map&{bad}"));
        assert_eq!(decoded.state.position, None, "{bad}");
        assert!(decoded.problems[0].0.contains("map position"), "{bad}");
    }
}

#[test]
fn a_shared_link_carries_the_data_version() {
    let state = ViewState {
        version: Some("0a1b2c3d".into()),
        ..ViewState::map_with(None)
    };
    assert_eq!(encode(&state), "?view=map&v=0a1b2c3d");
    assert_eq!(decode("?view=map&v=0a1b2c3d").state, state);
}

#[test]
fn each_route_is_named_once_and_its_links_reopen_it() {
    use brink_core::url::Route;
    for route in Route::ALL {
        let state = ViewState::from(route.landing());
        let reopened = decode(&encode(&state));
        assert_eq!(reopened.state, state, "{route:?}");
        assert!(reopened.problems.is_empty(), "{route:?}");
        assert_eq!(Route::from_slug(route.slug()), Some(route));
        assert!(Route::NAV.contains(&route.section()) || route == Route::Search);
    }
    let labels: Vec<&str> = Route::NAV.iter().map(|r| r.label()).collect();
    assert_eq!(
        labels,
        [
            "Map",
            "Positions",
            "Timeline",
            "People",
            "Coverage",
            "Figures",
            "Sources"
        ]
    );
    assert_eq!(Route::Person.section(), Route::People);
    assert_eq!(Route::Article.section(), Route::Sources);
}

#[test]
fn a_link_within_a_view_keeps_the_place_and_one_to_another_document_does_not() {
    let article = |id: &str, at: Option<(usize, usize)>| Page::Article {
        id: id.into(),
        span: at.map(Into::into),
    };
    let person = |id: &str| Page::Person { id: id.into() };
    let timeline = |event: Option<&str>| Page::Timeline {
        event: event.map(Into::into),
    };
    let same = [
        (article("a", None), article("a", Some((1, 5)))),
        (timeline(None), timeline(Some("geneva_ssd"))),
        (Page::default(), ViewState::map_with(None).page),
        (
            Page::Search { query: "a".into() },
            Page::Search { query: "ab".into() },
        ),
    ];
    for (from, to) in same {
        assert!(from.same_document(&to), "{from:?} → {to:?}");
    }
    let other = [
        (article("a", None), article("b", None)),
        (person("sherman"), person("sherman")),
        (Page::Sources, Page::Sources),
        (
            Page::Figures { figure: None },
            Page::Figures { figure: None },
        ),
        (Page::People, person("sherman")),
        (Page::default(), timeline(None)),
    ];
    for (from, to) in other {
        assert!(!from.same_document(&to), "{from:?} → {to:?}");
    }
}
