use brink::geo::labels::{place_labels, LabelRequest, ScreenBox};

fn city(text: &str, x: f64, y: f64) -> LabelRequest {
    LabelRequest {
        text: text.into(),
        x,
        y,
        size: 12.0,
        centred: false,
    }
}

#[test]
fn overlapping_labels_try_other_sides_then_give_way() {
    let placed = place_labels(
        &[
            city("Rostov-on-Don", 100.0, 100.0),
            city("Persianovskiy", 102.0, 98.0),
            city("Kadamovsky", 101.0, 101.0),
        ],
        400.0,
        300.0,
        &[],
    );
    assert_eq!(placed[0].unwrap().anchor, "start");
    assert_eq!(
        placed[1].unwrap().anchor,
        "end",
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
        p.anchor, "end",
        "a label at the right edge goes to the left of its point"
    );
    let none = place_labels(
        &[LabelRequest {
            text: "Far too wide for this screen".into(),
            x: 10.0,
            y: 10.0,
            size: 12.0,
            centred: true,
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
    assert_eq!(placed[0].unwrap().anchor, "end");
    // A country name centred on a marker moves just above it; boxed in, it is left out.
    let country = LabelRequest {
        text: "BELARUS".into(),
        x: 117.0,
        y: 100.0,
        size: 11.0,
        centred: true,
    };
    let above = place_labels(std::slice::from_ref(&country), 400.0, 300.0, &[marker]);
    assert_eq!(above[0].unwrap().anchor, "middle");
    assert!(above[0].unwrap().y < marker.y0, "{above:?}");
    let tall = ScreenBox {
        y0: 60.0,
        y1: 140.0,
        ..marker
    };
    assert_eq!(place_labels(&[country], 400.0, 300.0, &[tall]), [None]);
}
