//! Checks that what the app displays says no more than the articles: named speakers are named
//! in the text, venues are named, stances are the actor's own, and every number and name in a
//! record's display text is in its evidence. Run by the build on every corpus, and by the proof sheet.
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::kinds::FactKind;
use brink_core::data::model::{surname, Attribution, Evidence, Inferred};
use brink_core::data::sentence::{previous_text, sentence_around};
use brink_core::data::span::TextSpan;

/// Every fidelity problem: attribution, venues, stances and words beyond the evidence.
pub fn fidelity_problems(c: &Corpus) -> Vec<Problem> {
    let mut out = attribution_problems(c);
    out.extend(venue_problems(c));
    out.extend(stance_problems(c));
    out.extend(unsupported_words(c));
    out
}

/// The sentence of its article that a quote sits in (the quote itself if it spans several).
pub fn quote_sentence<'a>(c: &'a Corpus, e: &Evidence) -> Option<(&'a str, TextSpan)> {
    let text = c.text(&e.source)?;
    let span = c.locate(e)?;
    Some((text, sentence_around(text, span)))
}

/// `named_official` only where the quote or its sentence names the speaker. A sentence that
/// goes on with a quotation, says "he" or "she", or names an office ("the leader of NATO")
/// may have the name just before it, or (for an office) just after.
pub fn attribution_problems(c: &Corpus) -> Vec<Problem> {
    let mut out = Vec::new();
    for (fact, e) in brink_core::data::evidence::all_evidence(c) {
        if e.attribution != Attribution::NamedOfficial {
            continue;
        }
        let file = fact.kind.file();
        let Some(person) = e.speaker.as_deref().and_then(|s| c.person(s)) else {
            out.push(Problem::at(
                file,
                &fact.id,
                format!(
                    "“{}” is named_official but names no speaker",
                    short(&e.quote)
                ),
            ));
            continue;
        };
        let Some((text, sentence)) = quote_sentence(c, e) else {
            continue;
        };
        let surname = surname(&person.name);
        let said = &text[sentence.start..sentence.end];
        let before = previous_text(text, sentence.start, 800);
        let quoting = said.contains('“') || inside_quotation(before);
        let office = names_office(said);
        let after = next_text(text, sentence.end, 300);
        let named = said.contains(surname)
            || ((has_pronoun(said) || quoting || office) && before.contains(surname))
            || (office && after.contains(surname));
        if !named {
            out.push(Problem::at(
                file,
                &fact.id,
                format!(
                    "“{}” is named_official for {} but its sentence does not name them: “{}”",
                    short(&e.quote),
                    person.name,
                    short(said)
                ),
            ));
        }
    }
    out
}

/// An event has a place only where one of its sentences names it.
pub fn venue_problems(c: &Corpus) -> Vec<Problem> {
    let mut out = Vec::new();
    for event in &c.events {
        let Some(place) = event.place.as_deref().and_then(|p| c.place(p)) else {
            continue;
        };
        let short_name = place
            .name
            .split([',', '('])
            .next()
            .unwrap_or(&place.name)
            .trim();
        let names: Vec<&str> = std::iter::once(short_name)
            .chain(place.aliases.iter().map(String::as_str))
            .collect();
        let named = event.evidence.iter().any(|e| {
            quote_sentence(c, e).is_some_and(|(text, s)| {
                let sentence = &text[s.start..s.end];
                names.iter().any(|n| contains_word(sentence, n))
            })
        });
        if !named {
            out.push(Problem::at(
                FactKind::Event.file(),
                &event.id,
                format!(
                    "is placed at {} but none of its sentences names it",
                    place.name
                ),
            ));
        }
    }
    out
}

/// A stance comes from the actor's own words or a report of them: at least one quote is an
/// official's (of that actor, if the speaker is known) or intelligence, or narration whose
/// sentence names the actor; an analyst's or the outlet's judgement alone is not a stance.
pub fn stance_problems(c: &Corpus) -> Vec<Problem> {
    let mut out = Vec::new();
    for p in &c.positions {
        let Some(actor) = c.actor(&p.actor) else {
            continue;
        };
        let own = p.evidence.iter().any(|e| {
            let speaker_actor = e
                .speaker
                .as_deref()
                .and_then(|s| c.person(s))
                .and_then(|person| person.actor.as_deref());
            match e.attribution {
                Attribution::NamedOfficial | Attribution::AnonymousOfficial => {
                    speaker_actor.is_none_or(|a| a == actor.id)
                }
                Attribution::Intelligence | Attribution::Narration => {
                    speaker_actor == Some(actor.id.as_str())
                        || quote_sentence(c, e).is_some_and(|(text, s)| {
                            names_actor(c, &text[s.start..s.end], &actor.id, &actor.name)
                        })
                }
                // Analysts speak for themselves: their words are the corpus's analysts' stance.
                Attribution::Analyst => actor.id == ANALYSTS,
                Attribution::Satellite | Attribution::MapGraphic => false,
            }
        });
        if !own {
            out.push(Problem::at(
                FactKind::Position.file(),
                &p.id,
                format!(
                    "no quote gives {}’s own words or a report of them: a judgement is not a stance",
                    actor.name
                ),
            ));
        }
    }
    out
}

/// The corpus's actor for analysts and historians, whose stance is their own judgement.
const ANALYSTS: &str = "analysts";

/// Whether a sentence names an actor: by name, by a name the articles use for it, or by one of
/// its people.
fn names_actor(c: &Corpus, sentence: &str, actor: &str, name: &str) -> bool {
    sentence.to_lowercase().contains(&stem(name))
        || actor_aliases(actor).iter().any(|a| sentence.contains(a))
        || c.people
            .iter()
            .filter(|p| p.actor.as_deref() == Some(actor))
            .any(|p| sentence.contains(surname(&p.name)))
}

/// Names the articles use for an actor besides its own.
fn actor_aliases(actor: &str) -> &'static [&'static str] {
    match actor {
        "us" => &[
            "U.S.",
            "United States",
            "Washington",
            "American",
            "White House",
            "Pentagon",
        ],
        "unsc" => &["Security Council", "U.N. body"],
        "russia" => &["Moscow", "Kremlin", "Russian"],
        "nato" => &["alliance", "allies", "Allies"],
        "ukraine" => &["Kyiv", "Ukrainian"],
        "china" => &["Beijing", "Chinese"],
        "germany" => &["German", "Berlin"],
        "france" => &["French", "Paris"],
        "uk" => &["British", "London"],
        "poland" => &["Polish", "Warsaw"],
        _ => &[],
    }
}

/// A word or phrase of a record's display text that its evidence does not give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// The file of the record.
    pub file: &'static str,
    /// The record's id.
    pub id: String,
    /// The word as displayed.
    pub word: String,
}

/// Every number and proper name in display text (deployment `what` and count, event `title`,
/// position `stance` and `sentence`) that is neither in the record's evidence, nor in the
/// records it references, nor listed in its `inferred`.
pub fn unsupported_words(c: &Corpus) -> Vec<Problem> {
    unsupported(c)
        .into_iter()
        .map(|u| {
            Problem::at(
                u.file,
                &u.id,
                format!(
                    "“{}” is not in its evidence: fix the text or list it in `inferred` with its basis",
                    u.word
                ),
            )
        })
        .collect()
}

/// The words `unsupported_words` reports, one per record and word.
pub fn unsupported(c: &Corpus) -> Vec<Unsupported> {
    let mut out = Vec::new();
    for d in &c.deployments {
        let mut support = quotes(&d.evidence);
        support.push(name_of_actor(c, &d.actor));
        if let Some(place) = d.place.as_deref().and_then(|p| c.place(p)) {
            support.push(place.name.clone());
        }
        let shown = [
            Some(d.what.as_str()),
            d.count.as_ref().map(|n| n.text.as_str()),
        ];
        check(
            FactKind::Deployment.file(),
            &d.id,
            &shown,
            &support,
            &d.inferred,
            &mut out,
        );
    }
    for e in &c.events {
        let mut support = quotes(&e.evidence);
        support.extend(e.actors.iter().map(|a| name_of_actor(c, a)));
        support.extend(
            e.people
                .iter()
                .filter_map(|p| c.person(p))
                .map(|p| p.name.clone()),
        );
        if let Some(place) = e.place.as_deref().and_then(|p| c.place(p)) {
            support.push(place.name.clone());
        }
        check(
            FactKind::Event.file(),
            &e.id,
            &[Some(e.title.as_str())],
            &support,
            &e.inferred,
            &mut out,
        );
    }
    for p in &c.positions {
        let mut support = quotes(&p.evidence);
        support.push(name_of_actor(c, &p.actor));
        if let Some(issue) = c.issue(&p.issue) {
            support.extend(quotes(&issue.evidence));
        }
        if let Some(person) = p.speaker.as_deref().and_then(|s| c.person(s)) {
            support.push(person.name.clone());
        }
        let shown = [Some(p.stance.as_str()), Some(p.sentence.as_str())];
        check(
            FactKind::Position.file(),
            &p.id,
            &shown,
            &support,
            &p.inferred,
            &mut out,
        );
    }
    out
}

fn quotes(evidence: &[Evidence]) -> Vec<String> {
    evidence.iter().map(|e| e.quote.clone()).collect()
}

fn name_of_actor(c: &Corpus, id: &str) -> String {
    let aliases = actor_aliases(id).join(" ");
    c.actor(id)
        .map_or(String::new(), |a| format!("{} {aliases}", a.name))
}

fn check(
    file: &'static str,
    id: &str,
    shown: &[Option<&str>],
    support: &[String],
    inferred: &[Inferred],
    out: &mut Vec<Unsupported>,
) {
    let haystack = normalise(&support.join(" \n "));
    let mut seen: Vec<String> = Vec::new();
    for text in shown.iter().flatten() {
        for word in checked_words(text) {
            let listed = inferred.iter().any(|i| i.text.contains(&word));
            if listed || seen.contains(&word) || supported(&haystack, &word) {
                continue;
            }
            seen.push(word.clone());
            out.push(Unsupported {
                file,
                id: id.to_owned(),
                word,
            });
        }
    }
}

/// Numbers (digits or number words) and capitalised words that do not open a sentence.
pub fn checked_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    for raw in text.split(|ch: char| ch.is_whitespace() || ch == '/') {
        let word = raw.trim_matches(|ch: char| !ch.is_alphanumeric());
        let opens = sentence_start;
        sentence_start = raw.ends_with(['.', '?', '!', ':']) && !is_abbreviation(raw);
        if word.is_empty() {
            continue;
        }
        let word = word.trim_end_matches("’s").trim_end_matches("'s");
        let is_number = word.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            || NUMBER_WORDS.contains(&word.to_lowercase().as_str());
        let is_name = word.chars().next().is_some_and(char::is_uppercase) && !opens;
        if is_number || is_name {
            out.push(word.to_owned());
        }
    }
    out
}

const NUMBER_WORDS: [&str; 16] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "hundred", "thousand", "million",
];

fn is_abbreviation(raw: &str) -> bool {
    let word = raw.trim_end_matches('.');
    word.len() <= 3 && word.chars().next().is_some_and(char::is_uppercase) || word.contains('.')
}

/// Whether `word` is in the (normalised) support: exactly for numbers, by stem for names
/// ("Russian" is supported by "Russia"), with the articles' "U.S." and "U.N." for US and UN.
fn supported(haystack: &str, word: &str) -> bool {
    let w = normalise(word);
    let alias = match w.as_str() {
        "us" => Some("u.s."),
        "un" => Some("u.n."),
        _ => None,
    };
    if alias.is_some_and(|a| haystack.contains(a)) {
        return true;
    }
    if w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
        return contains_word(haystack, &w);
    }
    haystack.contains(&stem(&w))
}

/// A word's stem: long words lose up to three letters ("ukrainian" → "ukrain").
fn stem(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let keep = if chars.len() > 6 {
        chars.len() - 3
    } else {
        chars.len()
    };
    chars[..keep].iter().collect::<String>().to_lowercase()
}

fn normalise(text: &str) -> String {
    text.to_lowercase().replace(['‘', '’'], "'")
}

/// Whether `needle` occurs in `text` not inside a longer word or number.
fn contains_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        let boundary = |ch: Option<char>| ch.is_none_or(|ch| !ch.is_alphanumeric());
        boundary(before) && (boundary(after) || needle.ends_with('.'))
    })
}

/// Whether the end of `before` is inside an open quotation in its paragraph.
fn inside_quotation(before: &str) -> bool {
    let paragraph = before.rsplit('\n').next().unwrap_or(before);
    paragraph.matches('“').count() > paragraph.matches('”').count()
}

/// Whether a sentence refers to its speaker by office rather than name.
fn names_office(sentence: &str) -> bool {
    [
        "official",
        "minister",
        "diplomat",
        "secretary",
        "ambassador",
        "leader",
        "envoy",
        "chief",
    ]
    .iter()
    .any(|w| sentence.contains(w))
}

/// Up to `max` bytes of `text` after `at`, on a character boundary.
fn next_text(text: &str, at: usize, max: usize) -> &str {
    let mut to = (at + max).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[at..to]
}

fn has_pronoun(sentence: &str) -> bool {
    sentence
        .split(|ch: char| !ch.is_alphabetic())
        .any(|w| matches!(w, "he" | "He" | "she" | "She"))
}

fn short(text: &str) -> String {
    let mut out: String = text.chars().take(90).collect();
    if text.chars().count() > 90 {
        out.push('…');
    }
    out.replace('\n', " ")
}
