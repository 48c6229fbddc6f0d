use brink_core::geo::labels::{place_labels, Anchor, LabelRequest, ScreenBox};

fn city(text: &str, x: f64, y: f64) -> LabelRequest {
    LabelRequest {
        text: text.into(),
        x,
        y,
        size: 12.0,
        centred: false,
        clearance: 5.0,
    }
}

#[test]
fn overlapping_labels_try_other_sides_then_give_way() {
    let placed = place_labels(
        &[
            city("Rostov-on-Don", 200.0, 100.0),
            city("Persianovskiy", 202.0, 98.0),
            city("Kadamovsky", 201.0, 101.0),
        ],
        400.0,
        300.0,
        &[],
    );
    assert_eq!(placed[0].unwrap().anchor, Anchor::Start);
    assert_eq!(
        placed[1].unwrap().anchor,
        Anchor::End,
        "the second label moves to the free side"
    );
    assert!(placed.iter().filter(|p| p.is_some()).count() >= 2);
    let all_sides_taken = place_labels(
        &[
            city("A long label here", 100.0, 100.0),
            city("A long label here", 100.0, 100.0),
            city("A long label here", 100.0, 100.0),
            city("A long label here", 100.0, 100.0),
            city("A long label here", 100.0, 100.0),
        ],
        400.0,
        300.0,
        &[],
    );
    assert_eq!(
        all_sides_taken[4], None,
        "a fifth label on the same point is left out"
    );
}

#[test]
fn labels_never_leave_the_screen() {
    let placed = place_labels(&[city("Edge", 395.0, 10.0)], 400.0, 300.0, &[]);
    let p = placed[0].unwrap();
    assert_eq!(
        p.anchor,
        Anchor::End,
        "a label at the right edge goes to the left of its point"
    );
    let none = place_labels(
        &[LabelRequest {
            text: "Far too wide for this screen".into(),
            x: 10.0,
            y: 10.0,
            size: 12.0,
            centred: true,
            clearance: 5.0,
        }],
        50.0,
        50.0,
        &[],
    );
    assert_eq!(none[0], None);
}

#[test]
fn names_give_way_to_the_symbols_on_the_map() {
    // A marker just right of the city: its name goes to the left instead.
    let marker = ScreenBox {
        x0: 104.0,
        y0: 90.0,
        x1: 130.0,
        y1: 110.0,
    };
    let placed = place_labels(&[city("Donetsk", 100.0, 100.0)], 400.0, 300.0, &[marker]);
    assert_eq!(placed[0].unwrap().anchor, Anchor::End);
    // A country name centred on a marker moves just above it; boxed in, it is left out.
    let country = LabelRequest {
        text: "BELARUS".into(),
        x: 117.0,
        y: 100.0,
        size: 11.0,
        centred: true,
        clearance: 5.0,
    };
    let above = place_labels(std::slice::from_ref(&country), 400.0, 300.0, &[marker]);
    assert_eq!(above[0].unwrap().anchor, Anchor::Middle);
    assert!(above[0].unwrap().y < marker.y0, "{above:?}");
    let tall = ScreenBox {
        y0: 60.0,
        y1: 140.0,
        ..marker
    };
    assert_eq!(place_labels(&[country], 400.0, 300.0, &[tall]), [None]);
}

#[test]
fn a_name_beside_a_symbol_clears_it_on_every_side_it_tries() {
    // A region's name beside a symbol reaching 15 px: with each earlier side blocked in turn,
    // the name goes to the next, and never into the symbol's own box.
    let symbol = ScreenBox {
        x0: 285.0,
        y0: 135.0,
        x1: 315.0,
        y1: 165.0,
    };
    let name = LabelRequest {
        text: "Ukraine's northern border".into(),
        x: 300.0,
        y: 150.0,
        size: 11.0,
        centred: false,
        clearance: 16.0,
    };
    let mut obstacles = vec![symbol];
    let mut anchors = Vec::new();
    for _ in 0..8 {
        let placed = place_labels(std::slice::from_ref(&name), 600.0, 400.0, &obstacles)[0]
            .expect("a free side is left");
        anchors.push(placed.anchor);
        // The box the name takes, as the placer measures it.
        let w = name.width();
        let x0 = match placed.anchor {
            Anchor::Start => placed.x,
            Anchor::End => placed.x - w,
            Anchor::Middle => placed.x - w / 2.0,
        };
        let taken = ScreenBox {
            x0,
            y0: placed.y - 11.0 * 0.85,
            x1: x0 + w,
            y1: placed.y + 11.0 * 0.2,
        };
        assert!(
            taken.x1 <= symbol.x0
                || taken.x0 >= symbol.x1
                || taken.y1 <= symbol.y0
                || taken.y0 >= symbol.y1,
            "{placed:?} covers the symbol"
        );
        // A dot in the middle of that box blocks that side alone next time.
        let (mx, my) = ((taken.x0 + taken.x1) / 2.0, (taken.y0 + taken.y1) / 2.0);
        obstacles.push(ScreenBox {
            x0: mx - 1.0,
            y0: my - 1.0,
            x1: mx + 1.0,
            y1: my + 1.0,
        });
    }
    assert_eq!(
        anchors,
        [
            Anchor::Start,
            Anchor::End,
            Anchor::Middle,
            Anchor::Middle,
            Anchor::Start,
            Anchor::Start,
            Anchor::End,
            Anchor::End
        ]
    );
    assert_eq!(
        place_labels(std::slice::from_ref(&name), 600.0, 400.0, &obstacles)[0],
        None
    );
}
