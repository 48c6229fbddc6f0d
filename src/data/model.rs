//! Serde types of the dataset under `assets/corpus/`.
use serde::Deserialize;

/// One news article of the corpus, identified by its file stem.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File stem of the article under `assets/corpus/articles/`.
    pub id: String,
    /// Outlet, where the text names it or it can be inferred (see `outlet_note`).
    pub outlet: Option<String>,
    /// How the outlet is known, or that the text does not say.
    pub outlet_note: String,
    /// Headline as printed, if the text carries one.
    pub headline: Option<String>,
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: String,
    /// How precisely `date` is known.
    pub date_precision: DatePrecision,
    /// How the date was worked out from the text.
    pub date_basis: String,
    /// URL of the original, where the text gives one.
    pub url: Option<String>,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Only the week is known; the date is a representative day of it.
    Week,
    /// Only the month is known.
    Month,
}

impl Source {
    /// The outlet for display, saying so when the text names none.
    pub fn outlet_label(&self) -> &str {
        self.outlet
            .as_deref()
            .unwrap_or("Outlet not named in the text")
    }
}
