//! The map as a picture to download: the map as drawn on screen, nested in a page with a title,
//! the date and filters, the legend and the credits, as one standalone SVG.
use super::symbols::{radius_for_count, shape_path, MarkerShape};

/// The statuses a marker's shape tells apart, as the legends list them: shape, whether the
/// force is there (drawn filled), and what it means.
pub const LEGEND_SHAPES: [(MarkerShape, bool, &str); 7] = [
    (MarkerShape::Circle, true, "massed"),
    (MarkerShape::Square, true, "deployed"),
    (MarkerShape::Diamond, true, "exercise"),
    (MarkerShape::Chevron, true, "moving into position"),
    (
        MarkerShape::Triangle,
        false,
        "on alert elsewhere, drawn where it would go",
    ),
    (MarkerShape::Ring, false, "planned, promised or offered"),
    (
        MarkerShape::Hexagon,
        true,
        "equipment or aid (one size: not a troop count)",
    ),
];

/// The sides' colours, as the legends list them: the CSS suffix and the name.
pub const LEGEND_SIDES: [(&str, &str); 5] = [
    ("russia", "Russia and Russian-backed"),
    ("us", "United States"),
    ("nato", "NATO and allies"),
    ("ukraine", "Ukraine"),
    ("unknown", "Whose not stated"),
];

/// The troop counts the size legends show.
pub const LEGEND_COUNTS: [u64; 3] = [1_000, 10_000, 100_000];

/// The words around the map in the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureText {
    /// The heading, e.g. "Brink: forces and venues".
    pub title: String,
    /// One line each: the date, the layers and voices shown, the selection.
    pub lines: Vec<String>,
    /// The credits and where the sentences behind each symbol are.
    pub credit: Vec<String>,
    /// Whether the venues layer is on, so the legend lists the star only when it is drawn.
    pub venues: bool,
}

/// A picture to save: the SVG and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The standalone SVG document.
    pub svg: String,
    /// Its width.
    pub width: f64,
    /// Its height.
    pub height: f64,
}

/// Escapes text for an XML text node or attribute.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const MARGIN: f64 = 16.0;
const LINE: f64 = 18.0;

/// The picture: `map` is the map's own `<svg>` element as serialised (its opening tag is
/// replaced, so it sits at a place and size in the page), `css` the page's styles, `width` and
/// `height` the map's size on screen in pixels (markers are sized in pixels, so the picture keeps
/// the screen's size), `view_box` what the map showed.
pub fn map_picture(
    map: &str,
    css: &str,
    text: &PictureText,
    width: f64,
    height: f64,
    view_box: &str,
) -> Option<Picture> {
    let inner = map.find('>').map(|end| &map[end + 1..])?;
    let mut y = MARGIN + 18.0;
    let mut out = String::new();
    out.push_str(&format!(
        "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"18\" font-weight=\"700\">{}</text>",
        xml_escape(&text.title)
    ));
    for line in &text.lines {
        y += LINE;
        out.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"13\">{}</text>",
            xml_escape(line)
        ));
    }
    y += 10.0;
    out.push_str(&format!(
        "<rect x=\"{MARGIN}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"none\" stroke=\"#d5dae0\"/>\
<svg x=\"{MARGIN}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" viewBox=\"{}\" preserveAspectRatio=\"xMidYMid meet\">{inner}",
        xml_escape(view_box)
    ));
    y += height + 24.0;
    let (legend, legend_height) = legend(MARGIN, y, page_width(width), text.venues);
    out.push_str(&legend);
    y += legend_height;
    for line in &text.credit {
        y += LINE;
        out.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"12\" fill=\"#59636e\">{}</text>",
            xml_escape(line)
        ));
    }
    let total_w = page_width(width) + 2.0 * MARGIN;
    let total_h = y + MARGIN;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total_w}\" height=\"{total_h}\" viewBox=\"0 0 {total_w} {total_h}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\
<style><![CDATA[{}]]></style><rect width=\"{total_w}\" height=\"{total_h}\" fill=\"#ffffff\"/>{out}</svg>\n",
        css.replace("]]>", "]]]]><![CDATA[>")
    );
    Some(Picture {
        svg,
        width: total_w,
        height: total_h,
    })
}

/// The width of the page's content: the map's, but room for the legend on a phone's map.
fn page_width(map_width: f64) -> f64 {
    map_width.max(720.0)
}

/// The legend in three columns (sizes, shapes, sides) from `(x, y)`, and its height.
fn legend(x: f64, y: f64, width: f64, venues: bool) -> (String, f64) {
    // Sizes need little room, the statuses' words the most.
    let sizes_column = 170.0;
    let column = (width - sizes_column) / 2.0 + 40.0;
    let (sizes, sizes_end) = sizes_legend(x, y);
    let (shapes, shapes_end) = shapes_legend(x + sizes_column, y);
    let (sides, sides_end) = sides_legend(x + sizes_column + column, y, venues);
    let height = sizes_end.max(shapes_end).max(sides_end) - y + 8.0;
    (sizes + &shapes + &sides, height)
}

/// A legend column's heading.
fn heading(x: f64, y: f64, words: &str) -> String {
    format!("<text x=\"{x}\" y=\"{y}\" font-size=\"13\" font-weight=\"700\">{words}</text>")
}

/// The troop sizes column, and where it ends.
fn sizes_legend(x: f64, y: f64) -> (String, f64) {
    let mut out = heading(x, y, "Reported number");
    let mut row = y + 10.0;
    for n in LEGEND_COUNTS {
        let r = radius_for_count(Some(n));
        out.push_str(&format!(
            "<path class=\"legend-size\" d=\"{}\" transform=\"translate({} {})\" fill=\"#ccc\" stroke=\"#555\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            shape_path(MarkerShape::Circle, r),
            x + 30.0,
            row + r,
            x + 66.0,
            row + r + 4.0,
            group_thousands(n)
        ));
        row += 2.0 * r + 6.0;
    }
    let sizes_end = row + 12.0;
    out.push_str(&notes(
        x,
        sizes_end,
        &["Area proportional to troops;", "small: no number given"],
    ));
    (out, sizes_end + NOTE_LINE)
}

/// The shapes and statuses column, and where it ends.
fn shapes_legend(x2: f64, y: f64) -> (String, f64) {
    let mut out = heading(x2, y, "What and status");
    let mut row2 = y + 22.0;
    for (shape, present, label) in LEGEND_SHAPES {
        let dash = if present {
            "fill=\"#888\" fill-opacity=\".55\""
        } else {
            "fill=\"none\" stroke-dasharray=\"3 2\""
        };
        out.push_str(&format!(
            "<path d=\"{}\" transform=\"translate({} {})\" {dash} stroke=\"#333\" stroke-width=\"1.5\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{label}</text>",
            shape_path(shape, 6.0),
            x2 + 8.0,
            row2 - 4.0,
            x2 + 22.0,
            row2
        ));
        row2 += 18.0;
    }
    out.push_str(&notes(
        x2,
        row2,
        &[
            "Filled: there now. Hollow and dashed: not there.",
            "Thick dark outline: the selection.",
        ],
    ));
    (out, row2 + NOTE_LINE)
}

/// The sides column (and the venue star when venues are drawn), and where it ends.
fn sides_legend(x3: f64, y: f64, venues: bool) -> (String, f64) {
    let mut out = heading(x3, y, "Side");
    let mut row3 = y + 22.0;
    for (slug, label) in LEGEND_SIDES {
        out.push_str(&format!(
            "<rect x=\"{x3}\" y=\"{}\" width=\"12\" height=\"12\" style=\"fill: var(--side-{slug})\"/><text x=\"{}\" y=\"{row3}\" font-size=\"12\">{label}</text>",
            row3 - 10.0,
            x3 + 18.0
        ));
        row3 += 18.0;
    }
    if venues {
        out.push_str(&format!(
            "<text x=\"{x3}\" y=\"{row3}\" font-size=\"12\">★ Diplomatic venue</text>"
        ));
        row3 += 18.0;
    }
    out.push_str(&notes(
        x3,
        row3,
        &[
            "Double outline: reported for a region;",
            "the symbol stands for all of it.",
            "A line to a ring: moved aside from a",
            "crowd; the ring is its place.",
        ],
    ));
    (out, row3 + 3.0 * NOTE_LINE)
}

/// The height of a line of small print.
const NOTE_LINE: f64 = 14.0;

/// Lines of small print under a legend column, the first on the baseline `y`.
fn notes(x: f64, y: f64, lines: &[&str]) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, words)| {
            format!(
                "<text x=\"{x}\" y=\"{}\" font-size=\"11\" fill=\"#59636e\">{words}</text>",
                y + NOTE_LINE * i as f64
            )
        })
        .collect()
}

/// "100,000".
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}
