import { AnnotationError } from '../story/annotations.ts';
import { parseCoordinates } from '../story/coordinates.ts';
import type { PointLocator } from '../story/point-locator.ts';
import { storyPin } from '../story/pins.ts';
import type { StoryPin } from '../story/schema.ts';
import { pinMessages } from '../i18n/en-pins.ts';
import { compassPoint } from '../state/pin-where.ts';

// Before the author confirms a pin: where typed coordinates land, or why they are refused, in the words the
// command line would use (naming pins[i]).

export type PinCheck =
  { ok: true; at: [number, number]; where: string; pin: StoryPin } | { ok: false; problem: string };

/** Where the typed coordinates put pin `index`, described with the places' names; or what is wrong. */
export function checkPin(
  typed: string,
  index: number,
  locator: PointLocator,
  nameOf: (id: string) => string,
): PinCheck {
  const path = `$.pins[${index}].at`;
  const parsed = parseCoordinates(typed);
  if (!parsed.ok) return { ok: false, problem: `${path}: ${parsed.problem}` };
  try {
    const pin = storyPin({ text: '-', name: '-', at: parsed.at }, 'pin', locator, path);
    return { ok: true, at: parsed.at, where: describePin(pin, nameOf), pin };
  } catch (err) {
    if (err instanceof AnnotationError) return { ok: false, problem: err.message };
    throw err;
  }
}

/** "Chahar Darah district, Kunduz province · 27 km west of Kunduz · 8 km from the border with Tajikistan". */
export function describePin(pin: StoryPin, nameOf: (id: string) => string): string {
  const where = pin.district
    ? `${nameOf(pin.district)} district, ${nameOf(pin.province)} province`
    : `${nameOf(pin.province)} province (outside the four provinces: shown as context)`;
  const parts = [where];
  const from = pin.fromCapital;
  if (from)
    parts.push(`${Math.round(from.km)} km ${pinMessages[`pin.${compassPoint(from.deg)}`]} of ${from.name}`);
  if (pin.border)
    parts.push(`${Math.round(pin.border.km)} km from the border with ${nameOf(pin.border.country)}`);
  return parts.join(' · ');
}
