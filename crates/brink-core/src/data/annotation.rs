//! Every quote as a W3C Web Annotation, so annotation tools and a fact-checker's own systems can
//! load Brink's evidence: the quote with its context as a TextQuoteSelector, the article as the
//! source, the fact as the body.
use serde::Serialize;

use super::corpus::Corpus;
use super::evidence::all_evidence;
use super::span::TextSpan;

/// Characters of context kept either side of a quote.
const CONTEXT: usize = 32;

/// One annotation (JSON-LD, `http://www.w3.org/ns/anno.jsonld`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotation {
    /// The JSON-LD context.
    #[serde(rename = "@context")]
    pub context: &'static str,
    /// A stable id: the record and the quote's place.
    pub id: String,
    /// Always "Annotation".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// What the annotation is for.
    pub motivation: &'static str,
    /// The fact the quote supports.
    pub body: Body,
    /// The quote in its article.
    pub target: Target,
}

/// The fact, as text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Body {
    /// Always "TextualBody".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The fact in one line, with its kind and id, and who is speaking in the quote.
    pub value: String,
    /// Always "text/plain".
    pub format: &'static str,
}

/// The article and where the quote is in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    /// The article: its URL where the text gives one, else its file name.
    pub source: String,
    /// The quote with its context.
    pub selector: Selector,
    /// A link to the quote on the original page (a Text Fragment), where the URL is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fragment: Option<String>,
}

/// A W3C TextQuoteSelector.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Selector {
    /// Always "TextQuoteSelector".
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The quote, verbatim.
    pub exact: String,
    /// The text just before it.
    pub prefix: String,
    /// The text just after it.
    pub suffix: String,
}

/// Up to `n` characters of `text` ending at byte `end`.
fn before(text: &str, end: usize, n: usize) -> String {
    let chars: Vec<char> = text[..end].chars().rev().take(n).collect();
    chars.into_iter().rev().collect()
}

/// Percent-encodes a Text Fragment term: everything but unreserved characters.
fn fragment_term(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
        .replace('-', "%2D")
}

/// `url#:~:text=start,end` for a quote: its first and last words, so long quotes still match.
pub fn text_fragment(url: &str, quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    let term = if words.len() <= 8 {
        fragment_term(&words.join(" "))
    } else {
        format!(
            "{},{}",
            fragment_term(&words[..4].join(" ")),
            fragment_term(&words[words.len() - 4..].join(" "))
        )
    };
    format!("{url}#:~:text={term}")
}

impl Corpus {
    /// Every located quote of every record as an annotation; `text` gives the articles' texts.
    pub fn annotations<'t>(&self, text: &dyn Fn(&str) -> Option<&'t str>) -> Vec<Annotation> {
        all_evidence(self)
            .into_iter()
            .filter_map(|(fact, e)| {
                let article = text(&e.source)?;
                let span: TextSpan = self.locate(e).filter(|s| s.fits(article))?;
                let source = self.source(&e.source)?;
                let exact = article[span.start..span.end].to_owned();
                Some(Annotation {
                    context: "http://www.w3.org/ns/anno.jsonld",
                    id: format!(
                        "brink:{}/{}#{}-{}",
                        fact.kind.label(),
                        fact.id,
                        span.start,
                        span.end
                    ),
                    kind: "Annotation",
                    motivation: "describing",
                    body: Body {
                        kind: "TextualBody",
                        value: format!(
                            "{} ({} {}; quote: {})",
                            self.fact_label(&fact),
                            fact.kind.label(),
                            fact.id,
                            e.attribution.label()
                        ),
                        format: "text/plain",
                    },
                    target: Target {
                        source: source
                            .url
                            .clone()
                            .unwrap_or_else(|| format!("{}.txt", source.id)),
                        fragment: source.url.as_deref().map(|u| text_fragment(u, &exact)),
                        selector: Selector {
                            kind: "TextQuoteSelector",
                            prefix: before(article, span.start, CONTEXT),
                            suffix: article[span.end..].chars().take(CONTEXT).collect(),
                            exact,
                        },
                    },
                })
            })
            .collect()
    }
}
