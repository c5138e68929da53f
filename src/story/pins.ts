import { AnnotationError, type PinAnnotation } from './annotations.ts';
import { checkLonLat } from './coordinates.ts';
import { pinIds } from './pin-ids.ts';
import { bearingFrom, type PointLocator } from './point-locator.ts';
import type { StoryPin } from './schema.ts';

// Pins: the editor's points, each turned into a place of the story that knows its district and province.

/** A pin nearer than this to the international border (km) gives the distance to it. */
export const PIN_BORDER_KM = 25;
/** Distances are written to the story rounded to this many decimals (km). */
const KM_DECIMALS = 1;

/** A pin's link: the pin's locator with its place id and the JSON path its problems are reported at. */
export interface PinLink {
  text: string;
  occurrence?: number;
  passage?: string;
  offset?: number;
  place: string;
  path: string;
}

export interface ResolvedPins {
  pins: StoryPin[];
  links: PinLink[];
}

/**
 * Each pin as a place of the story, refused (AnnotationError at `$.pins[i].at`) when its point is impossible or
 * outside Afghanistan. Without a locator a file with pins cannot be read: the boundaries decide where they are.
 */
export function resolvePins(
  annotated: readonly PinAnnotation[] | undefined,
  locator: PointLocator | undefined,
): ResolvedPins {
  if (!annotated || annotated.length === 0) return { pins: [], links: [] };
  if (!locator) throw new AnnotationError('$.pins', 'pins need the map boundaries to find their districts');
  const ids = pinIds(annotated);
  const pins = annotated.map((a, i) => storyPin(a, ids[i] ?? '', locator, `$.pins[${i}].at`));
  const links = annotated.map((a, i) => {
    const { text, occurrence, passage, offset } = a;
    const link: PinLink = { text, place: ids[i] ?? '', path: `$.pins[${i}]` };
    if (occurrence !== undefined) link.occurrence = occurrence;
    if (passage !== undefined) link.passage = passage;
    if (offset !== undefined) link.offset = offset;
    return link;
  });
  return { pins, links };
}

/** One pin located; throws an AnnotationError at `path` saying what is wrong with its point. */
export function storyPin(a: PinAnnotation, id: string, locator: PointLocator, path: string): StoryPin {
  const [lon, lat] = a.at;
  const impossible = checkLonLat(a.at);
  if (impossible) throw new AnnotationError(path, impossible);
  const place = locator.locate(lon, lat);
  if (place.kind === 'abroad')
    throw new AnnotationError(path, `[${lon}, ${lat}] lies in ${place.name}, outside Afghanistan`);
  if (place.kind === 'nowhere') throw new AnnotationError(path, outsideProblem(a.at, locator));
  const pin: StoryPin = {
    id,
    name: a.name,
    ...(a.name_da !== undefined ? { name_da: a.name_da } : {}),
    at: [lon, lat],
    district: place.kind === 'district' ? place.district : null,
    province: place.province,
  };
  const capital = locator.capitalOf(place.province);
  if (capital) {
    const { km, deg } = bearingFrom(capital.lonlat, a.at);
    pin.fromCapital = { name: capital.name_en, km: round(km), deg: Math.round(deg) };
  }
  const border = locator.nearestBorder(lon, lat);
  if (border && border.km <= PIN_BORDER_KM) pin.border = { country: border.country, km: round(border.km) };
  return pin;
}

/** Outside every shape the map knows: the sea, most likely, or latitude and longitude swapped. */
function outsideProblem([lon, lat]: readonly [number, number], locator: PointLocator): string {
  const swapped = locator.locate(lat, lon);
  const hint =
    swapped.kind === 'district' || swapped.kind === 'province'
      ? ` (swapped, [${lat}, ${lon}] lies in Afghanistan: "at" is [longitude, latitude])`
      : '';
  return `[${lon}, ${lat}] lies outside Afghanistan and its neighbours${hint}`;
}

/**
 * What the editor is told about pins outside the four provinces: each belongs to its province, drawn as
 * context, under no district of the north ("$.pins[2]: "Bagram" lies in AF03, …").
 */
export function contextPinNotes(pins: readonly StoryPin[]): string[] {
  return pins.flatMap((p, i) =>
    p.district === null
      ? [
          `$.pins[${i}]: "${p.name}" lies in ${p.province}, outside the four provinces: it belongs to that province, shown as context, under no district`,
        ]
      : [],
  );
}

/** The places a pin's passages and quotes count for: the pin, its district and its province. */
export function pinParents(pins: readonly StoryPin[]): Map<string, string[]> {
  return new Map(pins.map((p) => [p.id, [p.id, ...(p.district ? [p.district] : []), p.province]]));
}

function round(km: number): number {
  const f = 10 ** KM_DECIMALS;
  return Math.round(km * f) / f;
}
