// A name several places share, named again where nothing nearby says which it is, is the one the article read it
// as last: "the young men of Baharak" five paragraphs after the journey reached Badakhshan's Baharak.
import { lastBelow } from './reading-cache.ts';

/** Where a reading stands in the article: its passage, then its offset there, as one ascending number. */
const PASSAGE_STRIDE = 2 ** 32;
const positionOf = (p: number, start: number): number => p * PASSAGE_STRIDE + start;

/** The places read so far, by id, each with the ascending positions at which it was read. */
export class LastReadings {
  private readonly at = new Map<string, number[]>();

  /** `readings`: the places named outright, in any order. */
  constructor(readings: readonly { p: number; start: number; place: string }[]) {
    for (const r of readings) this.push(r.place, positionOf(r.p, r.start));
    for (const list of this.at.values()) list.sort((a, b) => a - b);
  }

  /** Of `ids`, the one read last before the name at `start` in passage `p`, or null when none was read before it. */
  lastOf(ids: readonly string[], p: number, start: number): string | null {
    const pos = positionOf(p, start);
    let best: string | null = null;
    let bestAt = -1;
    for (const id of ids) {
      const list = this.at.get(id) ?? [];
      const k = lastBelow(list, pos, (x) => x);
      const at = list[k] ?? -1;
      if (k >= 0 && at > bestAt) [best, bestAt] = [id, at];
    }
    return best;
  }

  private push(place: string, pos: number): void {
    const list = this.at.get(place);
    if (list) list.push(pos);
    else this.at.set(place, [pos]);
  }
}
