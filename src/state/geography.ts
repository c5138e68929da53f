import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { planarBounds } from './shape-walk.ts';

// What the app knows about each place on the map, derived once from the pipeline's TopoJSON.

export type Bbox = [number, number, number, number];
export type LonLat = [number, number];

export interface BorderShare {
  country: string;
  km: number;
}

export interface MapPlace {
  id: string;
  kind: 'province' | 'district' | 'country' | 'pin';
  name_en: string;
  name_da: string;
  /** Parent province, for districts and pins. */
  province: string | null;
  /** The district a pin lies in (null for a pin outside the four provinces' districts). */
  district?: string | null;
  label: LonLat;
  border: BorderShare[];
  bbox: Bbox;
}

export interface Country {
  id: string;
  name_en: string;
  name_da: string;
  label: LonLat;
}

export interface Geography {
  topology: NorthTopology;
  places: Map<string, MapPlace>;
  provinces: string[];
  districts: string[];
  /** The story's pins (story.pins), added to `places` by withPins. */
  pins?: string[];
  /** Places that share a boundary, provinces with provinces and districts with districts. */
  adjacency: Map<string, string[]>;
  countries: Country[];
  bbox: Bbox;
}

export interface PlaceProps {
  pcode: string;
  name_en: string;
  name_da?: string;
  label?: LonLat;
  province?: string;
  border?: BorderShare[];
  capital?: { name_en: string; lonlat: LonLat };
  alt_names?: string[];
}

export type NorthTopology = Topology<{
  provinces: GeometryCollection<PlaceProps>;
  districts: GeometryCollection<PlaceProps>;
  context: GeometryCollection<PlaceProps>;
  afghanistan: GeometryCollection;
  neighbours: GeometryCollection<PlaceProps>;
}>;

export type PlaceFeature = Feature<Geometry, PlaceProps>;

/** Decoded layers per topology: the geography, the SVG map and MapLibre all read the same features. */
const decoded = new WeakMap<NorthTopology, Map<string, PlaceFeature[]>>();

/** A layer's features, decoded once per topology (shared: never mutate them). */
export function featuresOf(topology: NorthTopology, key: keyof NorthTopology['objects']): PlaceFeature[] {
  let layers = decoded.get(topology);
  if (!layers) decoded.set(topology, (layers = new Map()));
  let features = layers.get(key);
  if (!features) {
    const fc = feature(topology, topology.objects[key]) as FeatureCollection<Geometry, PlaceProps>;
    layers.set(key, (features = fc.features));
  }
  return features;
}

const bboxOf = (f: Feature | FeatureCollection): Bbox => planarBounds(f);

function placesOf(topology: NorthTopology, kind: 'province' | 'district'): MapPlace[] {
  const key = kind === 'province' ? 'provinces' : 'districts';
  return topology.objects[key].geometries.map((g, i) => {
    const p: Partial<PlaceProps> = g.properties ?? {};
    // A place's bounds need its decoded shape, the costliest thing here for 67 districts, and serve only
    // to frame it: measured when first asked for, after the map's first paint.
    let bbox: Bbox | undefined;
    const bounds = (): Bbox => (bbox ??= bboxOf(featuresOf(topology, key)[i]!));
    const id = String(g.id ?? p.pcode);
    return {
      id,
      kind,
      name_en: p.name_en ?? id,
      name_da: p.name_da ?? p.name_en ?? id,
      province: kind === 'district' ? (p.province ?? null) : null,
      label: p.label ?? centre(bounds()),
      border: p.border ?? [],
      get bbox() {
        return bounds();
      },
    };
  });
}

const centre = ([w, s, e, n]: Bbox): LonLat => [(w + e) / 2, (s + n) / 2];

function adjacencyOf(
  topology: NorthTopology,
  key: 'provinces' | 'districts',
  into: Map<string, string[]>,
): void {
  const geometries = topology.objects[key].geometries;
  const ids = geometries.map((g) => String(g.id));
  neighbors(geometries).forEach((list, i) => {
    const id = ids[i];
    if (id !== undefined)
      into.set(
        id,
        list.map((j) => ids[j]).filter((x): x is string => x !== undefined),
      );
  });
}

export function buildGeography(topology: NorthTopology): Geography {
  const provinces = placesOf(topology, 'province');
  const districts = placesOf(topology, 'district');
  const places = new Map<string, MapPlace>();
  for (const p of [...provinces, ...districts]) places.set(p.id, p);
  const adjacency = new Map<string, string[]>();
  adjacencyOf(topology, 'provinces', adjacency);
  adjacencyOf(topology, 'districts', adjacency);
  const countries = featuresOf(topology, 'neighbours').map((f) => ({
    id: String(f.id ?? f.properties.pcode),
    name_en: f.properties.name_en,
    name_da: f.properties.name_da ?? f.properties.name_en,
    label: f.properties.label ?? centre(bboxOf(f)),
  }));
  // Neighbouring countries are selectable too: reporting about Tajikistan is still reporting.
  for (const c of countries) {
    places.set(c.id, {
      id: c.id,
      kind: 'country',
      name_en: c.name_en,
      name_da: c.name_da,
      province: null,
      label: c.label,
      border: [],
      bbox: [c.label[0] - 1, c.label[1] - 1, c.label[0] + 1, c.label[1] + 1],
    });
  }
  const all: FeatureCollection = {
    type: 'FeatureCollection',
    features: featuresOf(topology, 'provinces'),
  };
  return {
    topology,
    places,
    provinces: provinces.map((p) => p.id),
    districts: districts.map((p) => p.id),
    adjacency,
    countries,
    bbox: bboxOf(all),
  };
}

const DIRECTIONS = { ArrowUp: [0, 1], ArrowDown: [0, -1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] } as const;
export type ArrowKey = keyof typeof DIRECTIONS;

/** The adjacent place lying most in the arrow's direction (by label points), or null when none does. */
export function neighbourInDirection(geo: Geography, from: string, key: ArrowKey): string | null {
  const origin = geo.places.get(from);
  if (!origin) return null;
  const [dx, dy] = DIRECTIONS[key];
  const cosLat = Math.cos((origin.label[1] * Math.PI) / 180);
  let best: string | null = null;
  let bestScore = 0;
  for (const id of geo.adjacency.get(from) ?? []) {
    const p = geo.places.get(id);
    if (!p) continue;
    const vx = (p.label[0] - origin.label[0]) * cosLat;
    const vy = p.label[1] - origin.label[1];
    const len = Math.hypot(vx, vy) || 1;
    // Cosine of the angle to the arrow; only places within 60° of it qualify.
    const score = (vx * dx + vy * dy) / len;
    if (score > 0.5 && score > bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
