use brink::geo::labels::{place_labels, LabelRequest};

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
    );
    assert_eq!(
        all_sides_taken[4], None,
        "a fifth label on the same point is left out"
    );
}

#[test]
fn labels_never_leave_the_screen() {
    let placed = place_labels(&[city("Edge", 395.0, 10.0)], 400.0, 300.0);
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
    );
    assert_eq!(none[0], None);
}
