//! Everything the map draws, positioned: countries, deployment markers, venues, city labels.
use std::collections::BTreeMap;

use super::layers::Layer;
use super::projection::{Lambert, MapPoint};
use super::rect::{projected_frame, Rect};
use super::shapes::{countries_from_topojson, Country};
use super::spread::Footprint;
use super::symbols::{radius_for_count, shape_reach, MarkerShape, EQUIPMENT_RADIUS_PX};
use crate::data::corpus::Corpus;
use crate::data::facts::EventKind;
use crate::data::frame::MAP_FRAME;
use crate::data::mapping::Mapping;
use crate::data::model::{Deployment, DeploymentKind, Place, Precision, Side, Status};
use crate::data::query::reported_by;

/// Pixels a marker's halo adds around its symbol.
pub const HALO_PX: f64 = 4.0;
/// How far a venue's star reaches from its point, in pixels.
pub const VENUE_REACH_PX: f64 = 9.0;

/// A deployment's marker.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MarkerSpot {
    /// The deployment's id.
    pub deployment: String,
    /// Its place, projected.
    pub point: MapPoint,
    /// Screen radius: area proportional to the count.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub radius_px: f64,
    /// Shape by kind and status.
    pub shape: MarkerShape,
    /// Whether the force or equipment is there now; if not, it is drawn hollow and dashed.
    pub present: bool,
    /// Colour by side.
    pub side: Side,
    /// The layer toggle it belongs to.
    pub layer: Layer,
    /// Whether the place is a region, not a point.
    pub region: bool,
    /// The region's name, drawn beside a region marker with no outline to show.
    pub region_label: Option<String>,
    /// The name of its place, for a group of symbols to say where it is.
    pub place_name: String,
    /// Whether the place is outside the frame.
    pub off_map: bool,
    /// The accessible name, e.g. "Russia: more than 100,000 troops…".
    pub name: String,
}

/// The area of a region place, drawn when one of its markers is selected.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RegionOutline {
    /// The region's countries, by code: drawn from the countries' own outlines.
    Countries(Vec<String>),
    /// A circle around the place.
    Circle {
        /// Centre.
        centre: MapPoint,
        /// Radius in kilometres (projected units).
        #[serde(serialize_with = "crate::geo::compact::round")]
        radius: f64,
    },
}

/// A place where diplomacy happened, with how many events the articles date there.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VenueSpot {
    /// The place's id.
    pub place: String,
    /// Its name.
    pub name: String,
    /// Projected point.
    pub point: MapPoint,
    /// Drawn at the map's edge instead.
    pub off_map: bool,
    /// Number of events there.
    pub events: usize,
}

/// A country to draw, with where its name goes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CountryDraw {
    /// ISO alpha-3 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// SVG path data.
    pub path: String,
    /// Where its name goes, if it shows in the frame.
    pub label: Option<MapPoint>,
    /// Its area inside the frame, for label priority.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub area: f64,
}

/// A named point to label.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CityLabel {
    /// The place's name.
    pub name: String,
    /// Projected point.
    pub point: MapPoint,
}

/// The whole drawing, built once from the corpus and the country shapes.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct MapLayout {
    /// The default view.
    pub frame: Rect,
    /// Countries.
    pub countries: Vec<CountryDraw>,
    /// Drawable deployments, largest first so small ones sit on top.
    pub markers: Vec<MarkerSpot>,
    /// Region outlines by place id.
    pub regions: BTreeMap<String, RegionOutline>,
    /// Diplomatic venues.
    pub venues: Vec<VenueSpot>,
    /// Places to label.
    pub cities: Vec<CityLabel>,
}

/// The shape a record of this kind and status is drawn with: equipment has its own, forces
/// one per status.
pub fn shape_for(kind: DeploymentKind, status: Status) -> MarkerShape {
    if kind == DeploymentKind::Equipment {
        return MarkerShape::Hexagon;
    }
    match status {
        Status::Massed => MarkerShape::Circle,
        Status::Deployed => MarkerShape::Square,
        Status::Exercise => MarkerShape::Diamond,
        Status::Moving => MarkerShape::Chevron,
        Status::OnAlert => MarkerShape::Triangle,
        Status::Planned
        | Status::Promised
        | Status::Offered
        | Status::RuledOut
        | Status::Refused => MarkerShape::Ring,
    }
}

/// The screen radius of a record: only a force's count is on the troop scale; equipment has
/// one fixed size.
pub fn radius_for(d: &Deployment) -> f64 {
    match d.kind {
        DeploymentKind::Force => radius_for_count(d.count.as_ref().map(|c| c.value)),
        _ => EQUIPMENT_RADIUS_PX,
    }
}

/// The accessible name of a deployment, as its marker and list row announce it.
pub fn describe_deployment(corpus: &Corpus, d: &Deployment) -> String {
    let who = corpus.actor_name(&d.actor);
    let count = d
        .count
        .as_ref()
        .map_or("number not reported", |c| c.text.as_str());
    let place = d
        .place
        .as_deref()
        .map(|id| corpus.place(id).map_or(id, |p| p.name.as_str()));
    let n = reported_by(&d.evidence);
    let total = corpus.sources.len();
    let status = d.status.label();
    let state = match (d.mapping(), place) {
        (_, None) => format!("{status}; no place given"),
        (Mapping::Drawn { present: false }, Some(place)) => {
            format!("{status}, not there: drawn at {place}")
        }
        (_, Some(place)) => format!("{status} at {place}"),
    };
    format!(
        "{who}: {count} — {}; {state}; reported by {n} of {total} articles",
        d.what
    )
}

/// A symbol the map draws: a deployment's marker or a venue's star.
#[derive(Debug, Clone, Copy)]
pub enum Symbol<'a> {
    /// A deployment's marker.
    Marker(&'a MarkerSpot),
    /// A diplomatic venue.
    Venue(&'a VenueSpot),
}

impl MarkerSpot {
    /// How far the marker, halo included, reaches from its centre, in pixels.
    pub fn reach_px(&self) -> f64 {
        shape_reach(self.shape, self.radius_px + HALO_PX)
    }
}

impl MapLayout {
    /// How many symbols the map can draw. Symbols are numbered markers first, then venues:
    /// the spread, the visibility mask and the labels name a symbol by that number, which
    /// only [`MapLayout::symbol`] and [`MapLayout::venue_symbol`] read and make.
    pub fn symbol_count(&self) -> usize {
        self.markers.len() + self.venues.len()
    }

    /// The symbol numbered `i`.
    pub fn symbol(&self, i: usize) -> Option<Symbol<'_>> {
        match self.markers.get(i) {
            Some(m) => Some(Symbol::Marker(m)),
            None => self
                .venues
                .get(i.checked_sub(self.markers.len())?)
                .map(Symbol::Venue),
        }
    }

    /// The number of the symbol of the venue `k` (its index among the venues).
    pub fn venue_symbol(&self, k: usize) -> usize {
        self.markers.len() + k
    }

    /// The layer the symbol `i` is switched with.
    pub fn symbol_layer(&self, i: usize) -> Layer {
        match self.symbol(i) {
            Some(Symbol::Marker(m)) => m.layer,
            _ => Layer::Venues,
        }
    }

    /// The place of the symbol `i`, if it is inside the frame.
    pub fn symbol_point(&self, i: usize) -> Option<MapPoint> {
        match self.symbol(i)? {
            Symbol::Marker(m) => (!m.off_map).then_some(m.point),
            Symbol::Venue(v) => (!v.off_map).then_some(v.point),
        }
    }

    /// Where most of the markers are: the box from the 10th to the 90th percentile of their
    /// places inside the frame, across and down, with a margin of a third of its size. A
    /// narrow screen opens on it, where the whole frame would crowd every symbol.
    pub fn core(&self) -> Option<Rect> {
        let points: Vec<MapPoint> = self
            .markers
            .iter()
            .filter(|m| !m.off_map)
            .map(|m| m.point)
            .collect();
        let mut xs: Vec<f64> = points.iter().map(|p| p.x).collect();
        let mut ys: Vec<f64> = points.iter().map(|p| p.y).collect();
        if xs.is_empty() {
            return None;
        }
        xs.sort_by(f64::total_cmp);
        ys.sort_by(f64::total_cmp);
        let at = |v: &[f64], share: f64| v[((v.len() - 1) as f64 * share).round() as usize];
        let (x0, x1, y0, y1) = (at(&xs, 0.1), at(&xs, 0.9), at(&ys, 0.1), at(&ys, 0.9));
        let (mx, my) = ((x1 - x0) / 3.0, (y1 - y0) / 3.0);
        Some(Rect {
            x: x0 - mx,
            y: y0 - my,
            w: x1 - x0 + 2.0 * mx,
            h: y1 - y0 + 2.0 * my,
        })
    }

    /// How far the symbol `i` (a marker, then a venue) reaches from its centre, in pixels.
    pub fn symbol_reach(&self, i: usize) -> f64 {
        self.markers
            .get(i)
            .map_or(VENUE_REACH_PX, MarkerSpot::reach_px)
    }

    /// The footprints of the symbols `shown` (a mask in symbol order) at `units_per_px` map
    /// units per pixel, for [`crate::geo::spread::spread`].
    pub fn footprints(&self, shown: &[bool], units_per_px: f64) -> Vec<Option<Footprint>> {
        (0..self.symbol_count())
            .map(|i| {
                if !shown.get(i).copied().unwrap_or(false) {
                    return None;
                }
                let point = self.symbol_point(i)?;
                let reach = match self.symbol(i)? {
                    Symbol::Marker(m) => m.reach_px(),
                    Symbol::Venue(_) => VENUE_REACH_PX,
                };
                Some(Footprint {
                    x: point.x / units_per_px,
                    y: point.y / units_per_px,
                    reach,
                })
            })
            .collect()
    }

    /// Where the deployment `id`'s marker is anchored, if it is drawn.
    pub fn marker_point(&self, id: &str) -> Option<MapPoint> {
        self.markers
            .iter()
            .find(|m| m.deployment == id)
            .map(|m| m.point)
    }

    /// Where the venue `place` is drawn, if it is on the map.
    pub fn venue_point(&self, place: &str) -> Option<MapPoint> {
        self.venues
            .iter()
            .find(|v| v.place == place && !v.off_map)
            .map(|v| v.point)
    }

    /// The outlines of the countries `codes`, as one SVG path.
    pub fn countries_path(&self, codes: &[String]) -> String {
        self.countries
            .iter()
            .filter(|c| codes.contains(&c.code))
            .map(|c| c.path.as_str())
            .collect()
    }

    /// Lays out the map for the corpus over the countries in `topojson`.
    pub fn build(corpus: &Corpus, topojson: &str) -> Result<MapLayout, String> {
        let projection = Lambert::theatre();
        let frame = projected_frame(&projection, &MAP_FRAME);
        let shapes = countries_from_topojson(topojson, &projection)?;
        let (markers, regions) = marker_spots(corpus, &shapes, &projection);
        let mut countries: Vec<CountryDraw> = shapes
            .into_iter()
            .map(|c| CountryDraw {
                label: c.label_point(&frame),
                area: c.area_in(&frame),
                code: c.code,
                name: c.name,
                path: c.path,
            })
            .collect();
        countries.sort_by(|a, b| b.area.total_cmp(&a.area));
        Ok(MapLayout {
            frame,
            countries,
            markers,
            regions,
            venues: venue_spots(corpus, &projection),
            cities: city_labels(corpus, &projection),
        })
    }
}

/// A marker for every drawable deployment at a place, largest first, and the areas of the
/// region places among them.
fn marker_spots(
    corpus: &Corpus,
    shapes: &[Country],
    projection: &Lambert,
) -> (Vec<MarkerSpot>, BTreeMap<String, RegionOutline>) {
    let mut by_place: BTreeMap<&str, Vec<&Deployment>> = BTreeMap::new();
    for d in corpus.drawable_deployments() {
        if let Some(place) = d.place.as_deref() {
            by_place.entry(place).or_default().push(d);
        }
    }
    let mut markers = Vec::new();
    let mut regions = BTreeMap::new();
    for (place_id, deployments) in by_place {
        let Some(place) = corpus.place(place_id) else {
            continue;
        };
        let point = projection.project_lon_lat(place.lon, place.lat);
        let outline = region_outline(place, shapes, point);
        let region_label = (place.is_region() && outline.is_none()).then(|| place.name.clone());
        if let Some(outline) = outline {
            regions.insert(place.id.clone(), outline);
        }
        for (i, d) in deployments.into_iter().enumerate() {
            let side = corpus.side_of(d);
            markers.push(MarkerSpot {
                deployment: d.id.clone(),
                point,
                radius_px: radius_for(d),
                shape: shape_for(d.kind, d.status),
                present: d.mapping() == (Mapping::Drawn { present: true }),
                side,
                layer: Layer::of_deployment(d, side),
                region: place.is_region(),
                // One label per place, beside the first of its markers.
                region_label: region_label.clone().filter(|_| i == 0),
                place_name: place.name.clone(),
                off_map: place.off_map,
                name: describe_deployment(corpus, d),
            });
        }
    }
    markers.sort_by(|a, b| b.radius_px.total_cmp(&a.radius_px));
    (markers, regions)
}

/// Every place where an event other than an exercise happened, busiest first.
fn venue_spots(corpus: &Corpus, projection: &Lambert) -> Vec<VenueSpot> {
    let mut venues: Vec<VenueSpot> = corpus
        .places
        .iter()
        .filter(|p| !p.is_region())
        .filter_map(|p| {
            let events = corpus
                .events_at(&p.id)
                .into_iter()
                .filter(|e| e.kind != EventKind::Exercise)
                .count();
            (events > 0).then(|| VenueSpot {
                place: p.id.clone(),
                name: p.name.clone(),
                point: projection.project_lon_lat(p.lon, p.lat),
                off_map: p.off_map,
                events,
            })
        })
        .collect();
    venues.sort_by(|a, b| b.events.cmp(&a.events).then(a.name.cmp(&b.name)));
    venues
}

/// A name for every place on the map given as a city or a point.
fn city_labels(corpus: &Corpus, projection: &Lambert) -> Vec<CityLabel> {
    corpus
        .places
        .iter()
        .filter(|p| !p.off_map && !p.is_region())
        .filter(|p| {
            matches!(
                p.precision,
                Precision::City | Precision::Approximate | Precision::Exact
            )
        })
        .map(|p| CityLabel {
            name: p.name.clone(),
            point: projection.project_lon_lat(p.lon, p.lat),
        })
        .collect()
}

/// The area of a region place: its countries' outlines together, or its small circle.
pub fn region_outline(place: &Place, shapes: &[Country], point: MapPoint) -> Option<RegionOutline> {
    let extent = place.extent.as_ref()?;
    if !extent.countries.is_empty() {
        let codes: Vec<String> = shapes
            .iter()
            .filter(|c| extent.countries.contains(&c.code))
            .map(|c| c.code.clone())
            .collect();
        return (!codes.is_empty()).then_some(RegionOutline::Countries(codes));
    }
    extent.radius_km.map(|radius| RegionOutline::Circle {
        centre: point,
        radius,
    })
}
