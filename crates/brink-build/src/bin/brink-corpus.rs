//! The build step: checks a corpus folder natively and, given a site folder, writes the bundle and
//! the article texts into it and points the page at them. Trunk runs it after every build
//! (see Trunk.toml); `make dist CORPUS=…` builds the explorer for another corpus with it.
//!
//! usage: brink-corpus [--corpus DIR] [--site DIR]
// Anything from outside (links, files, the DOM) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
use std::path::PathBuf;
use std::process::ExitCode;

use brink_build::embedded::COUNTRIES_TOPOJSON;
use brink_build::files::read_corpus_dir;
use brink_build::pack::{build_bundle, pack};

fn main() -> ExitCode {
    let mut corpus = PathBuf::from("assets/corpus");
    let mut site = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--corpus", Some(dir)) => corpus = PathBuf::from(dir),
            ("--site", Some(dir)) => site = Some(PathBuf::from(dir)),
            _ => {
                eprintln!("usage: brink-corpus [--corpus DIR] [--site DIR]");
                return ExitCode::from(2);
            }
        }
    }
    let bundle =
        match read_corpus_dir(&corpus).and_then(|files| build_bundle(files, COUNTRIES_TOPOJSON)) {
            Ok(bundle) => bundle,
            Err(problems) => {
                eprintln!(
                    "brink-corpus: the corpus in {} has {} problem(s):",
                    corpus.display(),
                    problems.len()
                );
                for problem in problems {
                    eprintln!("{problem}");
                }
                return ExitCode::FAILURE;
            }
        };
    let c = &bundle.corpus;
    println!(
        "brink-corpus: {} checked: {} articles, {} deployments, {} events, {} positions, {} figures",
        corpus.display(),
        c.sources().len(),
        c.deployments.len(),
        c.events.len(),
        c.positions.len(),
        c.figures.len()
    );
    let Some(site) = site else {
        return ExitCode::SUCCESS;
    };
    let written = pack(&bundle)
        .and_then(|packed| packed.write_into(&site))
        .and_then(|()| brink_build::offline::write_worker(&site));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("brink-corpus: {message}");
            ExitCode::FAILURE
        }
    }
}
