//! Reading a corpus folder from disk, for the build step that checks and packs any corpus.
use std::fs;
use std::path::Path;

use brink_core::data::corpus::Problem;
use brink_core::data::files::{CorpusFiles, JSON_FILES};

/// Reads the record files and every `articles/*.txt` of `dir`; a file that cannot be read
/// is a problem naming it, so the build stops with a message instead of a panic.
pub fn read_corpus_dir(dir: &Path) -> Result<CorpusFiles, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut json = Vec::with_capacity(JSON_FILES.len());
    for name in JSON_FILES {
        match fs::read_to_string(dir.join(name)) {
            Ok(text) => json.push((name, text)),
            Err(err) => problems.push(unreadable(name, &err)),
        }
    }
    let mut articles = Vec::new();
    match fs::read_dir(dir.join("articles")) {
        Ok(entries) => {
            for path in entries.flatten().map(|e| e.path()) {
                let stem = path.file_stem().and_then(|s| s.to_str());
                let is_text = path.extension().is_some_and(|e| e == "txt");
                let Some(stem) = stem.filter(|_| is_text) else {
                    continue;
                };
                match fs::read_to_string(&path) {
                    Ok(text) => articles.push((stem.to_owned(), text)),
                    Err(err) => problems.push(unreadable(&format!("articles/{stem}.txt"), &err)),
                }
            }
        }
        Err(err) => problems.push(unreadable("articles/", &err)),
    }
    articles.sort();
    if problems.is_empty() {
        Ok(CorpusFiles { json, articles })
    } else {
        Err(problems)
    }
}

fn unreadable(file: &str, err: &std::io::Error) -> Problem {
    Problem {
        file: file.to_owned(),
        record: None,
        message: format!("cannot be read: {err}"),
    }
}
