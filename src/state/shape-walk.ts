import type { Feature, FeatureCollection, GeoJsonObject, Geometry, Position } from 'geojson';

// Walks a shape's coordinates into a sink: what d3-geo's geoPath did for this app (path strings, planar
// bounds), without its measuring streams (area, centroid, length), which cost the first view 1.8 KB gzip. The
// map's shapes are polygons and lines in a planar projection: no clipping or resampling to do, as before.

/** Where a shape is drawn: a canvas-like context (grid-path.ts), a path string, or a bounds measure. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

export type Project = (lon: number, lat: number) => [number, number];

function drawLine(points: Position[], project: Project, sink: PathSink, ring: boolean): void {
  // A ring's last position repeats its first: the path closes instead, as d3 writes it.
  const n = ring ? points.length - 1 : points.length;
  for (let i = 0; i < n; i++) {
    const [x, y] = project(points[i]![0]!, points[i]![1]!);
    if (i === 0) sink.moveTo(x, y);
    else sink.lineTo(x, y);
  }
  if (ring && n > 0) sink.closePath();
}

function drawGeometry(g: Geometry, project: Project, sink: PathSink): void {
  switch (g.type) {
    case 'Polygon':
      for (const ring of g.coordinates) drawLine(ring, project, sink, true);
      break;
    case 'MultiPolygon':
      for (const polygon of g.coordinates) for (const ring of polygon) drawLine(ring, project, sink, true);
      break;
    case 'LineString':
      drawLine(g.coordinates, project, sink, false);
      break;
    case 'MultiLineString':
      for (const line of g.coordinates) drawLine(line, project, sink, false);
      break;
    case 'GeometryCollection':
      for (const part of g.geometries) drawGeometry(part, project, sink);
      break;
    // Points are not drawn as shapes on this map (capitals and pins are circles of their own).
    default:
      break;
  }
}

/** A GeoJSON object (feature, collection or geometry) drawn into `sink` through `project`. */
export function drawShape(shape: GeoJsonObject, project: Project, sink: PathSink): void {
  const object = shape as Geometry | Feature | FeatureCollection;
  if (object.type === 'FeatureCollection') {
    for (const f of object.features) drawShape(f, project, sink);
  } else if (object.type === 'Feature') {
    if (object.geometry) drawGeometry(object.geometry, project, sink);
  } else drawGeometry(object, project, sink);
}

const asIs: Project = (lon, lat) => [lon, lat];

/** Planar bounds of the coordinates as they are, [west, south, east, north]. */
export function planarBounds(shape: GeoJsonObject): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number) => {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  };
  drawShape(shape, asIs, { moveTo: add, lineTo: add, closePath: () => {} });
  return b;
}
