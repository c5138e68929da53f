// Round 23b: a district whose name is also a word (جرم "crime") is meant when its orchards are named or a load is
// brought or bought from it: «باغ‌های جرم»، «از جرم می‌آورد»، «کشمش را از جرم می‌خرد». Only a name whose word is no
// place: «هیزم را از کوهستان می‌آورند» is firewood from the mountains, «مزارع گرمسیر» the warm lowlands' fields.
import { NO_PLACE_WORD_NAMES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';

/** «باغ‌های»، «باغ»، «تاکستان‌های»، «کشتزارهای»: orchards, vineyards or fields with their ezafe before the name. */
const ORCHARDS_BEFORE = /(?:^|\s)(?:باغ|تاکستان|کشتزار|مزرعه|مزارع)(?:\u200C?های|\u200C?ها|ات)?\s+$/u;
/** "از" right before the name. */
/** «از» right before a name. */
export const FROM_BEFORE = /(?:^|\s)از\s+$/u;
/** «می‌آورد»، «آورده»، «می‌خرد»، «خریده»: bringing or buying, right after "از" and the name. */
const BROUGHT_AFTER = /^\s+(?:می[\u200C ]?)?(?:آور|خر(?:ید|د|ن|ی|م))/u;

/** Whether orchards before a word-like name, or a load brought or bought from it, say the place is meant. */
export function orchardOrLoadFrom(text: string, span: { start: number; end: number }): boolean {
  if (!NO_PLACE_WORD_NAMES.has(normalizeName(text.slice(span.start, span.end)))) return false;
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  if (ORCHARDS_BEFORE.test(before)) return true;
  return FROM_BEFORE.test(before) && BROUGHT_AFTER.test(text.slice(span.end, span.end + 16));
}
