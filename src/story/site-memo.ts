// What the quotation rules read from a site's text alone, kept on the site for every attribution pass over an
// article: the site's text parts are made once per reading (see siteTextsOf in attribution.ts), and so is this memo.

import type { AnonymousSource } from './anonymous.ts';
import type { QuoteSite } from './attribution-adjacent.ts';

/** Readings of a site that its text alone decides: made in the first pass that asks, kept for the later ones. */
export interface SiteMemo {
  /** The anonymous source right by the quotation (see anonymousAdjacent), or null; undefined before it is read. */
  anonymous?: AnonymousSource | null;
  /** Each pattern's match on the text after the quotation, and on the sentence before it (see `siteExec`). */
  after?: Map<RegExp, RegExpExecArray | null>;
  before?: Map<RegExp, RegExpExecArray | null>;
}

/** `pattern`'s match on the site's text after the quotation, or on the sentence before it: run once per site. */
export function siteExec(q: QuoteSite, side: 'after' | 'before', pattern: RegExp): RegExpExecArray | null {
  // A global or sticky pattern reads on from its lastIndex, so its answer is not kept.
  if (pattern.global || pattern.sticky) return pattern.exec(q[side]);
  const held = (q.memo[side] ??= new Map<RegExp, RegExpExecArray | null>());
  let m = held.get(pattern);
  if (m === undefined) held.set(pattern, (m = pattern.exec(q[side])));
  return m;
}
