//! The corpus files compiled into the binary, so the app needs no network at run time.

/// The raw files a corpus is built from; tests build broken variants of it.
#[derive(Debug, Clone)]
pub struct CorpusFiles {
    /// `sources.json`.
    pub sources: String,
    /// Article texts, keyed by file stem.
    pub articles: Vec<(String, String)>,
}

macro_rules! article {
    ($stem:literal) => {
        (
            $stem,
            include_str!(concat!("../../assets/corpus/articles/", $stem, ".txt")),
        )
    };
}

/// The five articles, verbatim, by file stem.
const ARTICLES: [(&str, &str); 5] = [
    article!("000_775e904805f0214d"),
    article!("001_a4ece52eb0cc6179"),
    article!("002_eac895019da0e25b"),
    article!("003_a3d89dc8a1334f3d"),
    article!("004_916b3bda1cea9b32"),
];

impl CorpusFiles {
    /// The files bundled with this build.
    pub fn embedded() -> Self {
        CorpusFiles {
            sources: include_str!("../../assets/corpus/sources.json").to_owned(),
            articles: ARTICLES
                .iter()
                .map(|(stem, text)| ((*stem).to_owned(), (*text).to_owned()))
                .collect(),
        }
    }
}
