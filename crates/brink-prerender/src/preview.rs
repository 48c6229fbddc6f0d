//! The link preview: the picture chat apps and social feeds show for a shared link (the map the
//! build drew, with the title, the articles' dates and the credits), drawn natively by resvg in
//! a font the repository carries, so it is the same on every machine.
use brink_core::bundle::Bundle;
use brink_core::data::dates::Date;
use brink_core::geo::picture::xml_escape;

/// The picture's file name beside `index.html`.
pub const PREVIEW_FILE: &str = "preview.png";

/// The picture's width in pixels: what `summary_large_image` cards show at full size.
pub const PREVIEW_WIDTH: u32 = 1200;

/// The picture's height in pixels (1.91:1, the cards' shape).
pub const PREVIEW_HEIGHT: u32 = 630;

/// The width of the text column on the picture's left; the map fills the rest.
const TEXT_COLUMN: f64 = 470.0;

/// DejaVu Sans, cut to the characters the page uses (scripts/font.sh).
const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-subset.ttf");

/// DejaVu Sans Bold, cut the same way.
const FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold-subset.ttf");

/// The words on the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewText {
    /// "Brink".
    pub title: String,
    /// What the explorer shows, in a sentence.
    pub lede: String,
    /// The articles' dates, e.g. "Five articles, 10–31 January 2022".
    pub dates: String,
    /// What the map holds, a line each, e.g. "71 forces and shipments," and "9 diplomatic
    /// venues on the map".
    pub counts: Vec<String>,
    /// Where the picture's parts come from.
    pub credit: String,
}

impl PreviewText {
    /// The words for `bundle`'s corpus, under the page's `lede`.
    pub fn of(bundle: &Bundle, lede: &str) -> PreviewText {
        PreviewText {
            title: "Brink".to_owned(),
            lede: lede.to_owned(),
            dates: article_dates(bundle),
            counts: vec![
                format!("{} forces and shipments,", bundle.layout.markers.len()),
                format!(
                    "{} diplomatic venues on the map",
                    bundle.layout.venues.len()
                ),
            ],
            credit: "Every symbol links to its sentences, verbatim. Map: Natural Earth.".to_owned(),
        }
    }

    /// The alternative text of the picture, for `og:image:alt`.
    pub fn alt(&self) -> String {
        format!(
            "A map of Ukraine, Russia and Europe with every force and diplomatic venue the articles report. {}. {}.",
            self.dates,
            self.counts.join(" ").trim_end_matches(',')
        )
    }
}

/// "Five articles, 10–31 January 2022": how many articles and the span of their dates.
fn article_dates(bundle: &Bundle) -> String {
    let sources = bundle.corpus.sources();
    let mut dates: Vec<Date> = sources
        .iter()
        .filter_map(|s| Date::parse(&s.date))
        .collect();
    dates.sort();
    let count = match sources.len() {
        5 => "Five articles".to_owned(),
        n => format!("{n} articles"),
    };
    match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a == b => format!("{count}, {}", a.long()),
        (Some(a), Some(b)) if (a.year, a.month) == (b.year, b.month) => {
            format!("{count}, {}–{}", a.day, b.long())
        }
        (Some(a), Some(b)) => format!("{count}, {} – {}", a.long(), b.long()),
        _ => count,
    }
}

/// The map's own `<svg class="map">` element in the drawn first view (the first one: the map
/// wide screens see), as XML: without the `<!>` marks Leptos leaves where a part may go.
pub fn map_svg(first_view: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = first_view[from..].find("<svg").map(|i| from + i) {
        let tag_end = at + first_view[at..].find('>')?;
        if first_view[at..tag_end].contains("class=\"map\"") {
            let end = tag_end + first_view[tag_end..].find("</svg>")? + "</svg>".len();
            return Some(first_view[at..end].replace("<!>", ""));
        }
        from = tag_end;
    }
    None
}

/// The page's stylesheet as resvg reads it: the light scheme's custom properties written in
/// where they are used, and the `@media` blocks (dark scheme, phones, print) left out.
pub fn resolved_css(css: &str) -> String {
    let without_media = drop_media_blocks(css);
    custom_properties(&without_media)
        .iter()
        .fold(without_media.clone(), |css, (name, value)| {
            css.replace(&format!("var({name})"), value)
        })
}

/// Every custom property `css` declares (`--name: value`), the first declaration of each.
fn custom_properties(css: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for block in css.split('{').filter_map(|b| b.split('}').next()) {
        for (name, value) in block.split(';').filter_map(|d| d.split_once(':')) {
            let name = name.trim();
            if name.starts_with("--") && !found.iter().any(|(n, _)| n == name) {
                found.push((name.to_owned(), value.trim().to_owned()));
            }
        }
    }
    found
}

/// `css` without its `@media … { … }` blocks, nested braces and all.
fn drop_media_blocks(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(at) = rest.find("@media") {
        out.push_str(&rest[..at]);
        let mut depth = 0usize;
        let mut end = rest.len();
        for (i, c) in rest[at..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 1 => {
                    end = at + i + 1;
                    break;
                }
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The preview as SVG: the text column on the left, the map (`map_svg`, its opening tag
/// replaced to fill the rest) on the right, styled by `css` (see [`resolved_css`]).
pub fn preview_svg(map_svg: &str, css: &str, text: &PreviewText) -> Option<String> {
    let (w, h) = (f64::from(PREVIEW_WIDTH), f64::from(PREVIEW_HEIGHT));
    let open_end = map_svg.find('>')?;
    let view_box = attribute(&map_svg[..open_end], "viewBox")?;
    let inner = &map_svg[open_end + 1..];
    let map_w = w - TEXT_COLUMN;
    let mut words = String::new();
    let mut y = 92.0;
    words.push_str(&text_line(48.0, y, 64.0, true, "#1b1f24", &text.title));
    y += 56.0;
    for line in wrap(&text.lede, 29) {
        words.push_str(&text_line(48.0, y, 26.0, false, "#1b1f24", &line));
        y += 34.0;
    }
    y += 22.0;
    for line in wrap(&text.dates, 33).iter().chain(&text.counts) {
        words.push_str(&text_line(48.0, y, 19.0, true, "#0b5cad", line));
        y += 28.0;
    }
    let mut y = h - 36.0 - 24.0 * (wrap(&text.credit, 40).len() as f64 - 1.0);
    for line in wrap(&text.credit, 40) {
        words.push_str(&text_line(48.0, y, 17.0, false, "#59636e", &line));
        y += 24.0;
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"DejaVu Sans\">\
<style><![CDATA[{css}]]></style>\
<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\
<svg x=\"{TEXT_COLUMN}\" y=\"0\" width=\"{map_w}\" height=\"{h}\" viewBox=\"{view_box}\" preserveAspectRatio=\"xMidYMid slice\">{inner}\
<rect x=\"{TEXT_COLUMN}\" y=\"0\" width=\"1.5\" height=\"{h}\" fill=\"#d5dae0\"/>{words}</svg>",
        css = css.replace("]]>", "]]]]><![CDATA[>"),
        view_box = xml_escape(view_box),
    ))
}

/// One line of text on the picture.
fn text_line(x: f64, y: f64, size: f64, bold: bool, fill: &str, text: &str) -> String {
    let weight = if bold { "700" } else { "400" };
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
        xml_escape(text)
    )
}

/// The value of `name` in an opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// `text` in lines of at most `columns` characters, broken between words.
fn wrap(text: &str, columns: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= columns => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The preview drawn as a PNG, in the repository's font.
pub fn render_png(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_font_data(FONT.to_vec());
    options.fontdb_mut().load_font_data(FONT_BOLD.to_vec());
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the link preview's SVG does not parse: {e}"))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        .ok_or("no room for the link preview's picture")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode the link preview as PNG: {e}"))
}
