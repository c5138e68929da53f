import type { PlaceCandidate } from './link-places.ts';
import { provinceOf, type PlaceIndex } from './place-index.ts';
import { NO_COUNTS } from './places-at.ts';
import type { LastReadings } from './namesake-carry.ts';

/** What surrounds an ambiguous name: places already read, by passage, and the section of each passage. */
export interface PlaceContext {
  index: PlaceIndex;
  /** Unambiguous place ids per passage. */
  placesByPassage: readonly (readonly string[])[];
  sectionByPassage: readonly (string | null)[];
  /** Unambiguous places the headline names. */
  headlinePlaces: readonly string[];
  /**
   * Places of the speakers quoted in each passage: of the quote holding the name first, then of the others,
   * each place with the number of other quotes whose speaker it belongs to.
   */
  speakerPlaces: (
    passage: number,
    offset: number,
  ) => { own: readonly string[]; others: ReadonlyMap<string, number> };
  /** The places the article's words named outright, to settle a namesake nothing nearby settles. */
  lastNamed?: LastReadings;
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

type Counts = Map<string, number>;

/** How often each province is named (through its places) in each passage and each section: counted once. */
interface Tallies {
  byPassage: ReadonlyMap<string, number>[];
  bySection: Map<string, Counts>;
}

const tallies = new WeakMap<PlaceContext, Tallies>();

function talliesOf(ctx: PlaceContext): Tallies {
  let t = tallies.get(ctx);
  if (!t) {
    // Most passages of a long article name no place: they share one empty tally.
    const byPassage = ctx.placesByPassage.map((ids) =>
      ids.length > 0 ? countProvinces(ctx.index, ids) : NO_COUNTS,
    );
    const bySection = new Map<string, Counts>();
    byPassage.forEach((counts, p) => {
      const section = ctx.sectionByPassage[p];
      if (section === null || section === undefined) return;
      const sum = bySection.get(section) ?? new Map<string, number>();
      for (const [prov, n] of counts) sum.set(prov, (sum.get(prov) ?? 0) + n);
      bySection.set(section, sum);
    });
    tallies.set(ctx, (t = { byPassage, bySection }));
  }
  return t;
}

function countProvinces(index: PlaceIndex, ids: Iterable<string>): Counts {
  const counts: Counts = new Map();
  for (const id of ids) {
    const prov = provinceOf(index, id);
    if (prov) counts.set(prov, (counts.get(prov) ?? 0) + 1);
  }
  return counts;
}

/** Pick among a name's candidates the one whose province the context names most; report ties. */
export function resolveAmbiguous(c: PlaceCandidate, passage: number, ctx: PlaceContext): Resolution {
  const score = new Map<string, number>();
  const add = (counts: ReadonlyMap<string, number>, weight: number, sign = 1) => {
    for (const [prov, n] of counts) score.set(prov, (score.get(prov) ?? 0) + sign * n * weight);
  };
  const credit = (ids: readonly string[], weight: number) => add(countProvinces(ctx.index, ids), weight);
  const { byPassage, bySection } = talliesOf(ctx);
  const here = byPassage[passage] ?? new Map<string, number>();
  add(here, SAME_PASSAGE);
  credit(ctx.headlinePlaces, HEADLINE);
  const speakers = ctx.speakerPlaces(passage, c.start);
  credit(speakers.own, OWN_SPEAKER);
  const others = new Map<string, number>();
  for (const [id, n] of speakers.others) {
    const prov = provinceOf(ctx.index, id);
    if (prov) others.set(prov, (others.get(prov) ?? 0) + n);
  }
  add(others, OTHER_SPEAKER);
  // The other passages of its section, then the passages just before that are in another section.
  const section = ctx.sectionByPassage[passage] ?? null;
  if (section !== null) {
    add(bySection.get(section) ?? new Map<string, number>(), SAME_SECTION);
    add(here, SAME_SECTION, -1);
  }
  for (let p = Math.max(0, passage - PREVIOUS_REACH); p < passage; p++)
    if (section === null || ctx.sectionByPassage[p] !== section)
      add(byPassage[p] ?? new Map(), PREVIOUS_PASSAGE);
  const ranked = c.ids
    .map((id) => ({ id, s: score.get(provinceOf(ctx.index, id) ?? '') ?? 0 }))
    .sort((a, b) => b.s - a.s);
  const [first, second] = ranked;
  const tied = ranked.filter((r) => r.s === first?.s);
  // Nothing nearby decides: the one the article last named outright before it ("Baharak in Takhar" above).
  const named = tied.length > 1 || !first || first.s === 0 ? lastNamedOf(tied, c, passage, ctx) : null;
  if (named) return { place: named };
  // Nothing nearby decides: the atlas's own place is the likelier reading (Badakhshan's Fayzabad, not Jawzjan's).
  const mapped = tied.filter((r) => ctx.index.entries.get(r.id)?.onMap === true);
  if (first && tied.length > 1 && mapped.length === 1 && mapped[0]) return { place: mapped[0].id };
  if (!first || first.s === 0) return { reason: 'ambiguous: nothing nearby names one of its provinces' };
  if (second && second.s === first.s)
    return { reason: 'ambiguous: the context names several of its provinces equally' };
  return { place: first.id };
}

/** Of the tied readings, the one the article last named outright before the name, if any. */
function lastNamedOf(
  tied: readonly { id: string }[],
  c: PlaceCandidate,
  passage: number,
  ctx: PlaceContext,
): string | null {
  return (
    ctx.lastNamed?.lastOf(
      tied.map((r) => r.id),
      passage,
      c.start,
    ) ?? null
  );
}
