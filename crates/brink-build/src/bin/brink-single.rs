//! `make single`: packs a built site into one self-contained page that works from `file://`.
//!
//! usage: brink-single --site DIR --out FILE
// Anything from outside (links, files, the DOM) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let usage = || {
        eprintln!("usage: brink-single --site DIR --out FILE");
        ExitCode::from(2)
    };
    let (mut site, mut out) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--site", Some(dir)) => site = Some(PathBuf::from(dir)),
            ("--out", Some(file)) => out = Some(PathBuf::from(file)),
            _ => return usage(),
        }
    }
    let (Some(site), Some(out)) = (site, out) else {
        return usage();
    };
    let written = brink_build::single::pack_site(&site).and_then(|page| {
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&out, &page).map_err(|e| format!("{}: {e}", out.display()))?;
        Ok(page.len())
    });
    match written {
        Ok(bytes) => {
            println!("brink-single: wrote {} ({bytes} bytes)", out.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("brink-single: {message}");
            ExitCode::FAILURE
        }
    }
}
