//! Loading a corpus for the build: parse every file, check every record, then locate the quotes.
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::files::CorpusFiles;

use crate::checks::validate::validate;

/// Parses and checks the files, reporting every problem found rather than the first.
pub fn load(files: CorpusFiles) -> Result<Corpus, Vec<Problem>> {
    let (mut corpus, mut problems) = Corpus::parse(files);
    // A file that cannot be read at all would make every reference to it dangle: report it
    // alone rather than bury it under hundreds of consequences.
    if problems.iter().all(|p| p.record.is_some()) {
        problems.extend(validate(&corpus));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    corpus.locate_quotes();
    Ok(corpus)
}
