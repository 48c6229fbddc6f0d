//! Cutting text into words and folding them into the keys searches compare.

/// Canonical decomposition (NFD) of a string. The browser passes `String.prototype.normalize`,
/// so the app ships no Unicode tables of its own; native tests pass a crate's.
pub type Decompose = fn(&str) -> String;

/// The byte ranges of the words of `text`: runs of letters and digits.
pub fn word_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = None;
    for (i, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                ranges.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        ranges.push((s, text.len()));
    }
    ranges
}

/// Whether `ch` is a combining mark that decomposition splits off a letter ("é" → "e" + "´").
fn is_combining_mark(ch: char) -> bool {
    matches!(ch,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Each word lower-cased and without diacritics ("Zelénskyy" → "zelenskyy"), in one call to
/// `decompose` for all of them.
pub fn fold_all(words: &[&str], decompose: Decompose) -> Vec<String> {
    let joined = words.join("\n").to_lowercase();
    let folded: String = decompose(&joined)
        .chars()
        .filter(|&ch| !is_combining_mark(ch))
        .collect();
    let keys: Vec<String> = folded.split('\n').map(str::to_owned).collect();
    if keys.len() == words.len() {
        keys
    } else {
        // A decomposition that changed the line breaks: fall back to case folding alone.
        words.iter().map(|w| w.to_lowercase()).collect()
    }
}

/// The key under which transliterations of one name meet: "Zelensky", "Zelenskyy" and
/// "Zelenskiy" differ only in i, y and j and in doubled letters, so those are read as one.
pub fn variant_key(folded: &str) -> String {
    let mut key = String::with_capacity(folded.len());
    let mut last = None;
    for ch in folded.chars() {
        let ch = match ch {
            'i' | 'j' | 'y' => 'y',
            other => other,
        };
        if last != Some(ch) {
            key.push(ch);
        }
        last = Some(ch);
    }
    key
}
