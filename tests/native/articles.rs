use brink_core::data::corpus::Corpus;

fn corpus() -> Corpus {
    brink_build::embedded::corpus()
        .unwrap_or_else(|problems| panic!("corpus does not load: {problems:#?}"))
}

#[test]
fn the_five_articles_load_with_text_and_metadata() {
    let corpus = corpus();
    let ids: Vec<&str> = corpus.sources().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_775e904805f0214d",
            "001_a4ece52eb0cc6179",
            "002_eac895019da0e25b",
            "003_a3d89dc8a1334f3d",
            "004_916b3bda1cea9b32"
        ]
    );
    for source in corpus.sources() {
        let article = corpus.article(&source.id).expect("article resolves");
        assert!(article.text.len() > 1000, "{} is too short", source.id);
        assert!(!source.date_basis.is_empty() && !source.outlet_note.is_empty());
        assert!(brink_core::data::dates::Date::parse(&source.date).is_some());
        assert!(article.paragraphs().len() >= 10, "{} paragraphs", source.id);
    }
}

#[test]
fn articles_are_the_seed_files_byte_for_byte() {
    let corpus = corpus();
    let seeds = crate::repo_root().join("../shared/seeds");
    if !seeds.exists() {
        // The copies under assets/ are the product; the seeds sit beside a checkout, not in it.
        return;
    }
    for source in corpus.sources() {
        let seed = std::fs::read_to_string(seeds.join(format!("{}.txt", source.id))).unwrap();
        assert_eq!(
            corpus.article(&source.id).unwrap().text,
            seed,
            "{}",
            source.id
        );
    }
}

#[test]
fn paragraphs_keep_offsets_into_the_text() {
    let corpus = corpus();
    let article = corpus.article("003_a3d89dc8a1334f3d").unwrap();
    let paragraphs = article.paragraphs();
    assert_eq!(paragraphs[0].text, "Jan 26, 2022 - World");
    for p in paragraphs {
        assert_eq!(&article.text[p.start..p.start + p.text.len()], p.text);
    }
}

#[test]
fn an_unknown_article_id_is_reported_as_such() {
    let err = corpus().article("999_nope").unwrap_err();
    assert_eq!(err.kind, "article");
    assert_eq!(err.id, "999_nope");
    assert!(err.to_string().contains("999_nope"));
}

#[test]
fn a_source_without_its_article_file_is_a_problem() {
    let mut files = brink_build::embedded::files();
    files
        .articles
        .retain(|(stem, _)| stem != "002_eac895019da0e25b");
    let problems: Vec<String> = brink_build::load::load(files)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.contains(
        &"sources.json [002_eac895019da0e25b]: no article file articles/002_eac895019da0e25b.txt"
            .to_owned()
    ));
}

#[test]
fn corrupt_json_is_a_problem_not_a_panic() {
    let files = brink_build::embedded::files().with_json("sources.json", "[{\"id\": 3");
    let problems = brink_build::load::load(files).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0]
        .to_string()
        .starts_with("sources.json: cannot be read:"));
}
