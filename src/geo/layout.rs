//! Everything the map draws, positioned: countries, deployment markers, venues, city labels.
use std::collections::BTreeMap;

use super::frame::{projected_frame, Rect};
use super::layers::Layer;
use super::projection::{Lambert, MapPoint};
use super::shapes::{countries_from_topojson, Country};
use super::symbols::{fan_offsets, radius_for_count, MarkerShape};
use crate::data::corpus::Corpus;
use crate::data::facts::EventKind;
use crate::data::frame::MAP_FRAME;
use crate::data::model::{Deployment, Place, Precision, Side, Status};
use crate::data::query::reported_by;

/// A deployment's marker.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkerSpot {
    /// The deployment's id.
    pub deployment: String,
    /// Its place, projected.
    pub point: MapPoint,
    /// Screen offset that fans out markers sharing a place.
    pub offset_px: (f64, f64),
    /// Screen radius: area proportional to the count.
    pub radius_px: f64,
    /// Shape by status.
    pub shape: MarkerShape,
    /// Colour by side.
    pub side: Side,
    /// The layer toggle it belongs to.
    pub layer: Layer,
    /// Whether the place is a region, not a point.
    pub region: bool,
    /// Whether the place is outside the frame.
    pub off_map: bool,
    /// The accessible name, e.g. "Russia: more than 100,000 troops…".
    pub name: String,
}

/// The area of a region place, drawn when one of its markers is selected.
#[derive(Debug, Clone, PartialEq)]
pub enum RegionOutline {
    /// A country's outline, as SVG path data.
    Country(String),
    /// A circle around the place.
    Circle {
        /// Centre.
        centre: MapPoint,
        /// Radius in kilometres (projected units).
        radius: f64,
    },
}

/// A place where diplomacy happened, with how many events the articles date there.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    pub area: f64,
}

/// A named point to label.
#[derive(Debug, Clone, PartialEq)]
pub struct CityLabel {
    /// The place's name.
    pub name: String,
    /// Projected point.
    pub point: MapPoint,
}

/// The whole drawing, built once from the corpus and the country shapes.
#[derive(Debug, Clone)]
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

/// The shape a status is drawn with.
pub fn shape_for(status: Status) -> MarkerShape {
    match status {
        Status::Massed => MarkerShape::Circle,
        Status::Deployed => MarkerShape::Square,
        Status::Exercise => MarkerShape::Diamond,
        Status::OnAlert => MarkerShape::Triangle,
        Status::Planned
        | Status::Promised
        | Status::Offered
        | Status::RuledOut
        | Status::Refused => MarkerShape::Ring,
    }
}

/// The accessible name of a deployment, as its marker and list row announce it.
pub fn describe_deployment(corpus: &Corpus, d: &Deployment) -> String {
    let who = corpus
        .actor(&d.actor)
        .map_or(d.actor.as_str(), |a| a.name.as_str());
    let count = d
        .count
        .as_ref()
        .map_or("number not reported", |c| c.text.as_str());
    let place = corpus
        .place(&d.place)
        .map_or(d.place.as_str(), |p| p.name.as_str());
    let n = reported_by(&d.evidence);
    let total = corpus.sources.len();
    format!(
        "{who}: {count} — {}; {} at {place}; reported by {n} of {total} articles",
        d.what,
        d.status.label()
    )
}

impl MapLayout {
    /// Lays out the map for the corpus over the countries in `topojson`.
    pub fn build(corpus: &Corpus, topojson: &str) -> Result<MapLayout, String> {
        let projection = Lambert::theatre();
        let frame = projected_frame(&projection, &MAP_FRAME);
        let shapes = countries_from_topojson(topojson, &projection)?;
        let project = |p: &Place| projection.project_lon_lat(p.lon, p.lat);

        let mut by_place: BTreeMap<&str, Vec<&Deployment>> = BTreeMap::new();
        for d in corpus.drawable_deployments() {
            by_place.entry(d.place.as_str()).or_default().push(d);
        }
        let mut markers = Vec::new();
        let mut regions = BTreeMap::new();
        for (place_id, deployments) in by_place {
            let Some(place) = corpus.place(place_id) else {
                continue;
            };
            if let Some(outline) = region_outline(place, &shapes, project(place)) {
                regions.insert(place.id.clone(), outline);
            }
            let offsets = fan_offsets(deployments.len(), 16.0);
            for (d, offset) in deployments.into_iter().zip(offsets) {
                let side = corpus.side_of(d);
                markers.push(MarkerSpot {
                    deployment: d.id.clone(),
                    point: project(place),
                    offset_px: offset,
                    radius_px: radius_for_count(d.count.as_ref().map(|c| c.value)),
                    shape: shape_for(d.status),
                    side,
                    layer: Layer::of_deployment(d, side),
                    region: place.is_region(),
                    off_map: place.off_map,
                    name: describe_deployment(corpus, d),
                });
            }
        }
        markers.sort_by(|a, b| b.radius_px.total_cmp(&a.radius_px));

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
                    point: project(p),
                    off_map: p.off_map,
                    events,
                })
            })
            .collect();
        venues.sort_by(|a, b| b.events.cmp(&a.events).then(a.name.cmp(&b.name)));

        let cities = corpus
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
                point: project(p),
            })
            .collect();

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
            venues,
            cities,
        })
    }
}

fn region_outline(place: &Place, shapes: &[Country], point: MapPoint) -> Option<RegionOutline> {
    let extent = place.extent.as_ref()?;
    if let Some(code) = &extent.country {
        return shapes
            .iter()
            .find(|c| &c.code == code)
            .map(|c| RegionOutline::Country(c.path.clone()));
    }
    extent.radius_km.map(|radius| RegionOutline::Circle {
        centre: point,
        radius,
    })
}
