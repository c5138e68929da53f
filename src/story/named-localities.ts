// "the Jalal Abad neighbourhood" of Faizabad, "the Shuhada graveyard" on the hill: a town's quarter or a graveyard
// called by a place's name is not that place. A neighbourhood's name is always its own; a graveyard, a square or a
// mosque is the place's own ("the Khanabad graveyard") unless the name is an everyday word in Dari (شهدا
// "martyrs": "the Martyrs' graveyard").

import { WORD_NAMES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { PlaceIndex } from './place-index.ts';
import { capitalsOf } from './city-readings.ts';

/** A neighbourhood's noun right after the name, lower case, and the place it is "of" if the text names one. */
const NEIGHBOURHOOD_AFTER =
  /^[ \t]+(?:neighbourhood|neighborhood|quarter|mahalla|mohalla)(?<plural>s)?\b(?:[ \t]+of[ \t]+(?<of>\p{Lu}[\p{L}'’-]*))?/u;
/** "a Kabul neighbourhood": an article of one of many, right before the name. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an?[ \t]+$/iu;
/** A graveyard, a square, a shrine or a mosque right after the name. */
const SITE_AFTER = /^[ \t]+(?:graveyard|cemetery|square|shrine|mosque)\b/iu;

/** Whether a name's Dari form is an everyday word (شهدا "martyrs"). */
function dariWordName(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.some((id) => {
    const dari = index.entries.get(id)?.name_da;
    return dari !== undefined && WORD_NAMES.has(normalizeName(dari));
  });
}

/** A province or a provincial capital: "a Kunduz neighbourhood" is one of the town's own, not one named after it. */
function provinceOrCapital(ids: readonly string[], index: PlaceIndex): boolean {
  const capitals = capitalsOf(index);
  return ids.some((id) => capitals.has(id) || index.entries.get(id)?.kind === 'province');
}

/**
 * Whether a town's name before its neighbourhood's noun is the town itself: "a Kunduz neighbourhood", "Kabul
 * neighbourhoods", "the Kabul neighbourhood of Karte Se" (of no known place), not "the Jalal Abad neighbourhood".
 */
function townsOwnQuarter(text: string, start: number, near: RegExpExecArray, index: PlaceIndex): boolean {
  const of = near.groups?.['of'];
  return (
    near.groups?.['plural'] !== undefined ||
    INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ||
    (of !== undefined && !index.exact.has(normalizeName(of)))
  );
}

/** Whether the name at `start`–`end` names a neighbourhood, or a graveyard or a square after a Dari word. */
export function localityNamedAfter(
  text: string,
  span: { start: number; end: number },
  ids: readonly string[],
  index: PlaceIndex,
): boolean {
  const after = text.slice(span.end, span.end + 48);
  const near = NEIGHBOURHOOD_AFTER.exec(after);
  if (near) return !(provinceOrCapital(ids, index) && townsOwnQuarter(text, span.start, near, index));
  return SITE_AFTER.test(after) && dariWordName(ids, index);
}
