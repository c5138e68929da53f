// "the Jalal Abad neighbourhood" of Faizabad, "the Shuhada graveyard" on the hill: a town's quarter or a graveyard
// called by a place's name is not that place. A neighbourhood's name is always its own; a graveyard, a square or a
// mosque is the place's own ("the Khanabad graveyard") unless the name is an everyday word in Dari (شهدا
// "martyrs": "the Martyrs' graveyard").

import { WORD_NAMES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { PlaceIndex } from './place-index.ts';

/** A neighbourhood's noun right after the name, lower case. */
const NEIGHBOURHOOD_AFTER = /^[ \t]+(?:neighbourhood|neighborhood|quarter|mahalla|mohalla)s?\b/u;
/** A graveyard, a square, a shrine or a mosque right after the name. */
const SITE_AFTER = /^[ \t]+(?:graveyard|cemetery|square|shrine|mosque)\b/iu;

/** Whether a name's Dari form is an everyday word (شهدا "martyrs"). */
function dariWordName(ids: readonly string[], index: PlaceIndex): boolean {
  return ids.some((id) => {
    const dari = index.entries.get(id)?.name_da;
    return dari !== undefined && WORD_NAMES.has(normalizeName(dari));
  });
}

/** Whether the name ending at `end` names a neighbourhood, or a graveyard or a square after a Dari word. */
export function localityNamedAfter(
  text: string,
  end: number,
  ids: readonly string[],
  index: PlaceIndex,
): boolean {
  const after = text.slice(end, end + 16);
  if (NEIGHBOURHOOD_AFTER.test(after)) return true;
  return SITE_AFTER.test(after) && dariWordName(ids, index);
}
