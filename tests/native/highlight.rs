use brink_core::data::article::Paragraph;
use brink_core::data::highlight::segments;
use brink_core::data::span::TextSpan;

#[test]
fn cuts_a_paragraph_at_span_edges_and_names_covering_spans() {
    let text = "Russia’s buildup of more than 100,000 troops";
    let p = Paragraph { start: 100, text };
    let a = TextSpan {
        start: 100 + text.find("buildup").unwrap(),
        end: 100 + text.find(" of").unwrap(),
    };
    let b = TextSpan {
        start: 100 + text.find("more").unwrap(),
        end: 100 + text.len() + 50,
    };
    let runs = segments(p, &[a, b]);
    let texts: Vec<&str> = runs.iter().map(|r| r.text).collect();
    assert_eq!(
        texts,
        ["Russia’s ", "buildup", " of ", "more than 100,000 troops"]
    );
    let covers: Vec<Vec<usize>> = runs.iter().map(|r| r.covered_by.clone()).collect();
    assert_eq!(covers, [vec![], vec![0], vec![], vec![1]]);
    assert_eq!(runs.iter().map(|r| r.text).collect::<String>(), text);
}

#[test]
fn a_span_inside_a_multibyte_character_does_not_fit() {
    let text = "Russia’s";
    let inside_quote = text.find('’').unwrap() + 1;
    assert!(!TextSpan {
        start: 0,
        end: inside_quote
    }
    .fits(text));
    assert!(TextSpan { start: 0, end: 6 }.fits(text));
    assert!(!TextSpan { start: 3, end: 3 }.fits(text));
    assert!(!TextSpan { start: 0, end: 99 }.fits(text));
}
