import type { QuoteDraft } from './attribution.ts';
import { lastBelow } from './reading-cache.ts';

// Which places a stretch of a passage names (a speaker's description, a quotation), answered from the place
// mentions kept by passage and place in order: a few binary searches per question instead of a pass over every
// mention of the article, which made a long article with many quotations quadratic.

const byValue = (n: number): number => n;

interface Spans {
  starts: number[];
  ends: number[];
}

/** Place mentions by passage and place, each place's spans in order (they never overlap). */
export class PlacesAt {
  /** Made for a passage when its first mention comes: most passages of a long article name no place. */
  private readonly byPassage: (Map<string, Spans> | undefined)[];
  private readonly passages: number;

  constructor(passages: number) {
    this.passages = passages;
    this.byPassage = [];
  }

  add(p: number, start: number, end: number, place: string): void {
    if (!(p >= 0 && p < this.passages)) return;
    let places = this.byPassage[p];
    if (!places) this.byPassage[p] = places = new Map();
    const spans = places.get(place);
    // A place's first span here: arrays of one (a push onto an empty array reserves room for seventeen).
    if (!spans) {
      places.set(place, { starts: [start], ends: [end] });
      return;
    }
    const at = lastBelow(spans.starts, start, byValue) + 1;
    // Mentions mostly come in reading order: appended, without splice's array of removed items.
    if (at === spans.starts.length) {
      spans.starts.push(start);
      spans.ends.push(end);
      return;
    }
    spans.starts.splice(at, 0, start);
    spans.ends.splice(at, 0, end);
  }

  /** The places mentioned wholly inside [start, end] of passage p, in the order of their first mention there. */
  within(p: number, start: number, end: number): string[] {
    const found: { place: string; at: number }[] = [];
    const places = this.byPassage[p];
    if (!places) return [];
    for (const [place, spans] of places) {
      const k = lastBelow(spans.starts, start, byValue) + 1;
      const at = spans.starts[k];
      if (at !== undefined && (spans.ends[k] ?? Infinity) <= end) found.push({ place, at });
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.place);
  }

  /** Every place passage p mentions, in the order of their first mention. */
  all(p: number): string[] {
    return this.within(p, 0, Infinity);
  }
}

/** An empty tally, shared: a province nothing was counted for. */
export const NO_COUNTS: ReadonlyMap<string, number> = new Map();

type Intro = { passage: number; start: number; end: number } | null;

/**
 * The places of the speakers quoted in each passage, for reading an ambiguous name by the people around it: the
 * places of the quote holding the name, and of the other quotes in its passage (a place counted once per quote).
 * Places read while resolving names join the speakers whose descriptions hold them, as they are read.
 */
export class QuotedPlaces {
  /** Each quoted speaker's places (from the mentions in its description). */
  private readonly own = new Map<string, Set<string>>();
  /** For each passage with quotations, its quotations by start, and the furthest end among them up to each one. */
  private readonly quotes: ({ drafts: QuoteDraft[]; reach: number[] } | undefined)[] = [];
  /** For each passage, the places of the speakers of its quotations, counted per quotation (made when counted). */
  private readonly tally: (Map<string, number> | undefined)[] = [];
  /** How many quotations of each passage each speaker has. */
  private readonly quotedIn = new Map<string, Map<number, number>>();
  private readonly intros: { passage: number; start: number; end: number; speaker: string }[];
  private readonly passages: number;
  private next = 0;
  private active: { start: number; end: number; speaker: string }[] = [];
  private activePassage = -1;

  constructor(
    drafts: readonly QuoteDraft[],
    passages: number,
    introOf: (speaker: string) => Intro,
    private readonly located: PlacesAt,
  ) {
    this.passages = passages;
    for (const d of drafts) {
      if (!this.holds(d.passage)) continue;
      let q = this.quotes[d.passage];
      if (!q) this.quotes[d.passage] = q = { drafts: [], reach: [] };
      q.drafts.push(d);
      q.reach.push(Math.max(q.reach.at(-1) ?? -Infinity, d.span.end));
      if (d.speaker === null) continue;
      const counts = this.quotedIn.get(d.speaker) ?? new Map<number, number>();
      counts.set(d.passage, (counts.get(d.passage) ?? 0) + 1);
      this.quotedIn.set(d.speaker, counts);
    }
    this.intros = [];
    for (const [speaker, counts] of this.quotedIn) {
      const intro = introOf(speaker);
      const places = new Set(intro ? located.within(intro.passage, intro.start, intro.end) : []);
      this.own.set(speaker, places);
      for (const [p, n] of counts) for (const place of places) this.count(p, place, n);
      if (intro) this.intros.push({ ...intro, speaker });
    }
    this.intros.sort((a, b) => a.passage - b.passage || a.start - b.start);
  }

  private holds(p: number): boolean {
    return p >= 0 && p < this.passages;
  }

  private count(p: number, place: string, n: number): void {
    if (!this.holds(p)) return;
    let t = this.tally[p];
    if (!t) this.tally[p] = t = new Map();
    t.set(place, (t.get(place) ?? 0) + n);
  }

  /** The speakers' places around an offset of passage p: of the quotation holding it, and of the others. */
  around(p: number, offset: number): { own: readonly string[]; others: ReadonlyMap<string, number> } {
    const q = this.quotes[p];
    const others = this.tally[p] ?? NO_COUNTS;
    // The first quotation (by start) that holds the offset: the first whose span reaches past it, if it starts before.
    const k = q ? lastBelow(q.reach, offset + 1, (r) => r) + 1 : -1;
    const holder = q?.drafts[k];
    if (!holder || holder.span.start > offset || holder.speaker === null) return { own: [], others };
    const own = this.own.get(holder.speaker) ?? new Set<string>();
    if (own.size === 0) return { own: [], others };
    const rest = new Map(others);
    for (const place of own) rest.set(place, (rest.get(place) ?? 0) - 1);
    return { own: [...own], others: rest };
  }

  /**
   * A name resolved to `place` at [start, end] of passage p; calls come in reading order. The speakers whose
   * description holds it gain the place.
   */
  resolved(p: number, start: number, end: number, place: string): void {
    this.located.add(p, start, end, place);
    if (p !== this.activePassage) {
      this.activePassage = p;
      this.active = [];
      while (this.next < this.intros.length && (this.intros[this.next]?.passage ?? Infinity) < p) this.next++;
    }
    for (
      let i = this.intros[this.next];
      i && i.passage === p && i.start <= start;
      i = this.intros[++this.next]
    )
      this.active.push(i);
    // Descriptions that end before this name end before every later one too.
    this.active = this.active.filter((i) => i.end >= start);
    for (const intro of this.active) {
      const places = this.own.get(intro.speaker);
      if (intro.end < end || !places || places.has(place)) continue;
      places.add(place);
      for (const [passage, n] of this.quotedIn.get(intro.speaker) ?? []) this.count(passage, place, n);
    }
  }
}
