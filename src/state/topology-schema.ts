import * as v from 'valibot';
import { NotArray } from '../story/schema.ts';
import { validate } from '../story/validate.ts';
import type { NorthTopology } from './geography.ts';

// The pipeline's TopoJSON as the app reads it, checked on load like the story: a file that parses but is
// damaged (an object without geometries, no arcs, a shape pointing at an arc that is not there) becomes a
// message naming what is wrong, not a page stuck on "Loading the map and the story…".
// The arcs (thousands of positions) are checked by a plain loop: a schema per point would cost the first paint.

const isPair = (x: unknown): boolean =>
  Array.isArray(x) && x.length >= 2 && Number.isFinite(x[0]) && Number.isFinite(x[1]);

const Pair = v.custom<[number, number]>(isPair, 'not a pair of numbers');

const Arcs = v.custom<[number, number][][]>(
  (arcs) =>
    Array.isArray(arcs) && arcs.every((arc) => Array.isArray(arc) && arc.length > 0 && arc.every(isPair)),
  'not a list of arcs of [x, y] positions',
);

/** A shape's rings of arc indices: one level for a Polygon, two for a MultiPolygon (~i is arc i reversed). */
function isRings(x: unknown, depth: number): boolean {
  if (!Array.isArray(x)) return false;
  return depth === 0 ? x.every(Number.isInteger) : x.every((y) => isRings(y, depth - 1));
}

const ShapeEntries = {
  type: v.picklist(['Polygon', 'MultiPolygon']),
  arcs: v.custom<number[][] | number[][][]>(Array.isArray, 'not a list of rings'),
};

/** The rings hold arc indices, as deep as the shape's type says. */
const ringsMatch = (g: { type: string; arcs: unknown }) => isRings(g.arcs, g.type === 'Polygon' ? 1 : 2);
const RINGS_PROBLEM = 'arcs: not the rings of arc indices its type has';

const Shape = v.pipe(
  v.object(ShapeEntries),
  v.check((g) => ringsMatch(g), RINGS_PROBLEM),
);

const PlaceShape = v.pipe(
  v.object({
    ...ShapeEntries,
    properties: v.object({ pcode: v.string(), name_en: v.string(), label: v.optional(Pair) }),
  }),
  v.check((g) => ringsMatch(g), RINGS_PROBLEM),
);

const Layer = <S extends v.GenericSchema>(geometry: S, what: string) =>
  v.object({
    type: v.literal('GeometryCollection'),
    geometries: v.pipe(
      v.array(geometry),
      v.check((list) => list.length > 0, `empty: the map has no ${what}`),
    ),
  });

/** The highest arc index any shape refers to, to check against the arcs the file has. */
function maxArcIndex(x: unknown): number {
  if (typeof x === 'number') return x < 0 ? ~x : x;
  return Array.isArray(x) ? x.reduce((max: number, y) => Math.max(max, maxArcIndex(y)), -1) : -1;
}

const NorthTopologySchema = v.pipe(
  NotArray,
  v.object({
    type: v.literal('Topology'),
    arcs: Arcs,
    transform: v.optional(v.object({ scale: Pair, translate: Pair })),
    objects: v.object({
      provinces: Layer(PlaceShape, 'provinces'),
      districts: Layer(PlaceShape, 'districts'),
      context: Layer(PlaceShape, 'places around the north'),
      afghanistan: Layer(Shape, 'outline of Afghanistan'),
      neighbours: Layer(PlaceShape, 'neighbouring countries'),
    }),
  }),
  v.check(
    (t) =>
      Object.values(t.objects).every(
        (layer) => maxArcIndex(layer.geometries.map((g) => g.arcs)) < t.arcs.length,
      ),
    'a shape refers to an arc the file does not have',
  ),
);

/**
 * The topology as the map code reads it, or what is wrong with it. The input itself is returned: the schema
 * checks only what the app relies on, and its output would drop every other key (ids, Dari names, borders).
 */
export function checkTopology(
  data: unknown,
): { topology: NorthTopology } | { path: string; problem: string } {
  const checked = validate(NorthTopologySchema, data);
  if (checked.ok) return { topology: data as NorthTopology };
  return { path: checked.path.join('.') || '(top level)', problem: checked.message };
}
