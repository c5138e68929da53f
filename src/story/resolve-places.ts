import type { PlaceCandidate } from './link-places.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';

/** What surrounds an ambiguous name: places already read, by passage, and the section of each passage. */
export interface PlaceContext {
  index: PlaceIndex;
  /** Unambiguous place ids per passage. */
  placesByPassage: readonly (readonly string[])[];
  sectionByPassage: readonly (string | null)[];
  /** Unambiguous places the headline names. */
  headlinePlaces: readonly string[];
  /** Places of the speakers quoted in each passage: of the quote holding the name first, then the others. */
  speakerPlaces: (passage: number, offset: number) => { own: readonly string[]; others: readonly string[] };
}

// Evidence weights: the nearer the context, the more it says about which place a name means.
const SAME_PASSAGE = 4;
const OWN_SPEAKER = 4;
const OTHER_SPEAKER = 2;
const SAME_SECTION = 2;
const PREVIOUS_PASSAGE = 1;
const PREVIOUS_REACH = 2;
const HEADLINE = 1;

export type Resolution = { place: string } | { reason: string };

/** Pick among a name's candidates the one whose province the context names most; report ties. */
export function resolveAmbiguous(c: PlaceCandidate, passage: number, ctx: PlaceContext): Resolution {
  const score = new Map<string, number>();
  const credit = (ids: readonly string[], weight: number) => {
    for (const id of ids) {
      const prov = provinceOf(ctx.index, id);
      if (prov) score.set(prov, (score.get(prov) ?? 0) + weight);
    }
  };
  credit(ctx.placesByPassage[passage] ?? [], SAME_PASSAGE);
  credit(ctx.headlinePlaces, HEADLINE);
  const speakers = ctx.speakerPlaces(passage, c.start);
  credit(speakers.own, OWN_SPEAKER);
  credit(speakers.others, OTHER_SPEAKER);
  const section = ctx.sectionByPassage[passage];
  ctx.placesByPassage.forEach((ids, p) => {
    if (p === passage) return;
    if (section !== null && ctx.sectionByPassage[p] === section) credit(ids, SAME_SECTION);
    else if (p < passage && passage - p <= PREVIOUS_REACH) credit(ids, PREVIOUS_PASSAGE);
  });
  const ranked = c.ids
    .map((id) => ({ id, s: score.get(provinceOf(ctx.index, id) ?? '') ?? 0 }))
    .sort((a, b) => b.s - a.s);
  const [first, second] = ranked;
  const tied = ranked.filter((r) => r.s === first?.s);
  // Nothing nearby decides: the atlas's own place is the likelier reading (Badakhshan's Fayzabad, not Jawzjan's).
  const mapped = tied.filter((r) => ctx.index.entries.get(r.id)?.onMap === true);
  if (first && tied.length > 1 && mapped.length === 1 && mapped[0]) return { place: mapped[0].id };
  if (!first || first.s === 0) return { reason: 'ambiguous: nothing nearby names one of its provinces' };
  if (second && second.s === first.s)
    return { reason: 'ambiguous: the context names several of its provinces equally' };
  return { place: first.id };
}
