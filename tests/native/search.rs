//! Search finds what the articles say, for the queries a newsroom asked, checked by hand.
use brink_core::data::corpus::Corpus;
use brink_core::data::search::documents::{documents, TITLE};
use brink_core::data::search::{SearchIndex, SearchKind, SearchResults};
use unicode_normalization::UnicodeNormalization;

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

fn index(c: &Corpus) -> SearchIndex {
    SearchIndex::new(documents(c, &|id| c.text(id)), nfd)
}

fn ids<'a>(results: &SearchResults<'a>, kind: SearchKind) -> Vec<&'a str> {
    results
        .groups
        .iter()
        .filter(|(k, _)| *k == kind)
        .flat_map(|(_, hits)| hits.iter().map(|h| h.doc.id.as_str()))
        .collect()
}

fn sentences<'a>(results: &SearchResults<'a>) -> Vec<&'a str> {
    results
        .groups
        .iter()
        .filter(|(k, _)| *k == SearchKind::Sentence)
        .flat_map(|(_, hits)| hits.iter().map(|h| h.doc.fields[TITLE].as_str()))
        .collect()
}

#[test]
fn stoltenberg_finds_the_man_his_positions_events_and_sentences() {
    let c = brink_build::embedded::corpus().unwrap();
    let index = index(&c);
    let found = index.search("Stoltenberg");
    assert_eq!(found.groups[0].0, SearchKind::Person, "people come first");
    assert_eq!(ids(&found, SearchKind::Person), ["stoltenberg"]);
    let positions = ids(&found, SearchKind::Position);
    assert!(positions.contains(&"nato_risk_reduction"), "{positions:?}");
    let events = ids(&found, SearchKind::Event);
    for id in [
        "nrc_brussels",
        "stoltenberg_presser_0112",
        "written_replies",
    ] {
        assert!(events.contains(&id), "{id} in {events:?}");
    }
    // A sentence where he speaks without being named in it: "…, he said" style quotes are
    // found through the speaker of their quote.
    let spoken = sentences(&found);
    assert!(spoken.iter().any(|s| s.contains("civilian hotline")));
    assert!(
        spoken.iter().any(|s| !s.contains("Stoltenberg")),
        "at least one sentence found by its speaker alone"
    );
    // A prefix finds him as well.
    assert_eq!(
        ids(&index.search("Stolt"), SearchKind::Person),
        ["stoltenberg"]
    );
}

#[test]
fn case_diacritics_and_word_order_do_not_matter() {
    let c = brink_build::embedded::corpus().unwrap();
    let index = index(&c);
    for query in [
        "STOLTENBERG",
        "stoltenbérg",
        "Stöltenberg",
        "  jens   stoltenberg ",
    ] {
        assert_eq!(
            ids(&index.search(query), SearchKind::Person),
            ["stoltenberg"],
            "{query}"
        );
    }
    let a = index.search("mother of all sanctions");
    let b = index.search("sanctions all of mother");
    assert_eq!(a, b);
    assert!(ids(&a, SearchKind::Event).contains(&"menendez_mother_of_all"));
    assert!(sentences(&a)
        .iter()
        .any(|s| s.contains("mother of all sanctions")));
}

#[test]
fn transliterations_of_one_name_find_each_other() {
    let c = brink_build::embedded::corpus().unwrap();
    let index = index(&c);
    // 004 writes "Kadamovskiy", 000 "Kadamovsky": either spelling finds both sentences.
    for query in ["Kadamovsky", "Kadamovskiy", "kadamovskii"] {
        let found = sentences(&index.search(query));
        assert!(found.iter().any(|s| s.contains("Kadamovskiy")), "{query}");
        assert!(found.iter().any(|s| s.contains("Kadamovsky ")), "{query}");
    }
    for query in ["Zelensky", "Zelenskiy", "Zelenskyy"] {
        assert_eq!(
            ids(&index.search(query), SearchKind::Person),
            ["zelenskyy"],
            "{query}"
        );
    }
    // The spelling as written ranks above a variant.
    let found = index.search("Kadamovsky");
    let first = sentences(&found)[0];
    assert!(first.contains("Kadamovsky "), "{first}");
}

#[test]
fn the_newsroom_queries_find_what_the_articles_say() {
    let c = brink_build::embedded::corpus().unwrap();
    let index = index(&c);
    let helmets = index.search("helmets");
    assert!(ids(&helmets, SearchKind::Deployment).contains(&"de_helmets"));
    assert!(ids(&helmets, SearchKind::Event).contains(&"germany_helmets_joke"));
    assert!(sentences(&helmets)
        .iter()
        .any(|s| s.contains("5,000 helmets")));
    let menendez = index.search("Menendez");
    assert_eq!(ids(&menendez, SearchKind::Person), ["menendez"]);
    assert!(ids(&menendez, SearchKind::Event).contains(&"menendez_mother_of_all"));
    let grushko = index.search("Grushko");
    assert_eq!(ids(&grushko, SearchKind::Person), ["grushko"]);
    assert!(ids(&grushko, SearchKind::Event).contains(&"grushko_moment_of_truth"));
    assert!(ids(&grushko, SearchKind::Event).contains(&"nrc_brussels"));
    let hotline = index.search("hotline");
    assert_eq!(ids(&hotline, SearchKind::Position), ["nato_risk_reduction"]);
    assert_eq!(sentences(&hotline).len(), 1);
    let marks = index.marks(&hotline, &hotline.groups.last().unwrap().1[0]);
    let sentence = sentences(&hotline)[0];
    assert!(marks
        .iter()
        .any(|m| m.field == TITLE && &sentence[m.start..m.end] == "hotline"));
}

#[test]
fn a_query_without_words_or_matches_finds_nothing() {
    let c = brink_build::embedded::corpus().unwrap();
    let index = index(&c);
    for query in ["", "   ", "…—“”", "zzqxj", "stoltenberg zzqxj"] {
        assert_eq!(index.search(query).total(), 0, "{query:?}");
    }
    assert!(index.len() > 500, "records and sentences are indexed");
}
