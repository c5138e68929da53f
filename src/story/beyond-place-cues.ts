// Round 25b: a name that is also a word, read as the place where only a place fits — a point onward from it
// («از جرم به آن سو»; not «آن سوی جرم», which any noun takes: «آن طرف چال», «آن سوی کوهستان»), a landscape's
// forests or hills named by it («جنگل‌های پستهٔ چال»), a reader's place after the name closing a signed letter
// ("— Sohaila Rezaee, Chal"); and a river called by its short Dari name beyond its bank («آن سوی پنج»).
import { lastMarkOf } from './ending-on.ts';
import { normalizeName } from './normalize.ts';
import { FROM_BEFORE } from './word-name-cues.ts';
import type { Token } from './tokens.ts';

interface Span {
  start: number;
  end: number;
}

/** «از جرم به آن سو»، «از جرم به این طرف»: onward or back from the name. */
const ONWARD_AFTER = /^\s+به\s+(?:آن|این)\s+(?:سو|طرف)(?![\p{L}])/u;
/** «جنگل‌های پستهٔ چال»، «تپه‌های چال»: plural forests, hills, mountains or plains, perhaps of a tree, then the name. */
const LANDSCAPE_BEFORE =
  /(?:^|\s)(?:جنگل|تپه|کوه|دشت)(?:\u200C?های|\u200C?ها)(?:\s+[^\s\u200C]+(?:ٔ|\u200C?ی))?\s+$/u;
/** A signature: a dash, the writer's name of one to four capitalised words, the comma before the name. */
const SIGNATURE_BEFORE = /[—–―][ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*,[ \t]*$/u;
/** The signature's line ends after the name. */
const LINE_END_AFTER = /^[ \t]*(?:\n|$)/u;

/** Whether the words round a word-like name say a place is meant: a point past it, its landscape, a signature. */
export function beyondPlaceCue(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 48), span.start);
  if (lastMarkOf(before) === ',')
    return SIGNATURE_BEFORE.test(before) && LINE_END_AFTER.test(text.slice(span.end, span.end + 4));
  const near = before.slice(-32);
  return (
    (FROM_BEFORE.test(near) && ONWARD_AFTER.test(text.slice(span.end, span.end + 16))) ||
    LANDSCAPE_BEFORE.test(near)
  );
}

/**
 * What may follow a river's short name beyond its bank: a stop, a particle or a verb — not a counted noun, nor
 * what a count takes: «پنج تا موتر», «پنج و از این طرف سه نفر», «پنج میلیون».
 */
const RIVER_CLOSE_AFTER =
  /^(?:\s*(?:[.،,؛:!؟»)]|$)|\s+(?:هم|نیز|را|به|در|می(?!ل)[\u200C ]?[\p{L}]+|(?:رفت|آمد|گذشت|رسید)[\p{L}]*)(?![\p{L}]))/u;

/** «آن»، «این» and «سوی»، «طرف» as the tokens key them. */
const THAT_THIS = new Set(['آن', 'این'].map(normalizeName));
const SIDES = new Set(['سوی', 'طرف'].map(normalizeName));

/** «آن سوی پنج»، «این طرف پنج»: a river's short Dari name after its far or near side is the river. */
export function dariRiverBeyond(
  tokens: readonly Token[],
  i: number,
  rivers: ReadonlyMap<string, string>,
  text: string,
): { words: number; ids: string[]; via: 'name' } | null {
  const cur = tokens[i];
  const id = cur ? rivers.get(cur.key) : undefined;
  if (!cur || !id) return null;
  if (!SIDES.has(tokens[i - 1]?.key ?? '') || !THAT_THIS.has(tokens[i - 2]?.key ?? '')) return null;
  return RIVER_CLOSE_AFTER.test(text.slice(cur.end, cur.end + 24))
    ? { words: 1, ids: [id], via: 'name' }
    : null;
}
