// A piece on the Tajik border that spells an Afghan district one way (Eshkashem, Shighnan, Darwaz) and writes the
// Tajik spelling (Ishkashim, Shughnan, Darvaz) elsewhere is telling the two banks apart by spelling: the Tajik
// spelling there is the namesake abroad, unless the words call it the Afghan one.
import type { PlaceCandidate } from './link-places.ts';
import { TAJIK_SPELLED_NAMESAKES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { PlaceIndex } from './place-index.ts';

/** Group of each Tajik spelling (normalised) and of each Afghan district (by name_en): the row of the table. */
const GROUP_OF_SPELLING = new Map<string, number>();
const GROUP_OF_DISTRICT = new Map<string, number>();
for (const [g, row] of TAJIK_SPELLED_NAMESAKES.entries()) {
  for (const s of row.tajik) GROUP_OF_SPELLING.set(normalizeName(s), g);
  for (const d of row.districts) GROUP_OF_DISTRICT.set(d, g);
}

/** "Ishkashim district", "Shughnan District": the name without its unit word. */
const UNIT_AFTER = / districts?$/iu;
/** "the Afghan district of Ishkashim", "Afghan Shughnan", "on the Afghan side, in": the words call it Afghan. */
const AFGHAN_BEFORE =
  /\bAfghan(?:istan['’]s)?\s+(?:(?:side|bank),?[ \t]+(?:\p{Ll}+[ \t]+){0,3})?(?:(?:district|town|village|part)\s+(?:of\s+)?)?$/u;
/**
 * "Ishkashim, a district of Badakhshan", "Shughnan, Badakhshan province", "Darvaz district in Afghanistan": an
 * apposition after the name setting it in Afghan Badakhshan or Afghanistan ("Gorno-Badakhshan" does not match).
 */
const AFGHAN_AFTER =
  /^(?:[ \t]+district)?,?[ \t]+(?:(?:an?|the)[ \t]+(?:\p{Ll}+[ \t]+){0,2}district[ \t]+of[ \t]+|in[ \t]+(?:(?:north(?:east)?ern|remote)[ \t]+)?)?(?:Badakhshan|Afghanistan)\b/u;
/** A name written in Latin letters. */
const LATIN = /^[A-Za-z]/u;
/** "Ishkashim district" with the unit word in lower case: the Afghan way of writing a district's name. */
const AFGHAN_UNIT = /\sdistrict$/u;
/** Characters before a name read for an Afghan cue. */
const AFGHAN_REACH = 48;

/** The group a candidate's spelling is Tajik for, if one of its ids is a district of that group. */
function tajikSpelledGroup(c: PlaceCandidate, index: PlaceIndex): number | null {
  const g = GROUP_OF_SPELLING.get(normalizeName(c.text.replace(UNIT_AFTER, '')));
  if (g === undefined) return null;
  return c.ids.some((id) => GROUP_OF_DISTRICT.get(index.entries.get(id)?.name_en ?? '') === g) ? g : null;
}

/** Drop, across the whole article, the Tajik-spelled namesakes of districts the article spells the Afghan way. */
export function tajikSpellingsAbroad(
  candidates: PlaceCandidate[][],
  texts: readonly string[],
  index: PlaceIndex,
): void {
  const spelledAfghan = new Set<number>();
  let tajikSpelled = false;
  for (const list of candidates)
    for (const c of list) {
      if (tajikSpelledGroup(c, index) !== null) {
        tajikSpelled = true;
        continue;
      }
      // «اشکاشم» has one spelling for both banks: only a Latin spelling tells them apart.
      if (!LATIN.test(c.text)) continue;
      for (const id of c.ids) {
        const g = GROUP_OF_DISTRICT.get(index.entries.get(id)?.name_en ?? '');
        if (g !== undefined) spelledAfghan.add(g);
      }
    }
  // Most articles write none of these names, or only one spelling: nothing to tell apart.
  if (!tajikSpelled || spelledAfghan.size === 0) return;
  for (const [p, list] of candidates.entries()) {
    const text = texts[p] ?? '';
    candidates[p] = list.filter((c) => {
      const g = tajikSpelledGroup(c, index);
      if (g === null || !spelledAfghan.has(g)) return true;
      return (
        AFGHAN_UNIT.test(c.text) ||
        AFGHAN_BEFORE.test(text.slice(Math.max(0, c.start - AFGHAN_REACH), c.start)) ||
        AFGHAN_AFTER.test(text.slice(c.end, c.end + AFGHAN_REACH))
      );
    });
  }
}
