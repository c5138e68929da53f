// An anonymous Dari source described at length goes by its short description: newsrooms write «یک کارمند این
// شفاخانه که نخواست نامش فاش شود», readers (and the gold) call them «کارمند شفاخانه».
import { normalizeName } from './normalize.ts';
import { isDariText } from './dari-words.ts';

/** «یک» opens an indefinite source; «یکی از …» keeps its group as written («یکی از معلمان این مکتب»). */
const ONE = normalizeName('یک');
/** Demonstratives that point back to a place or body named before: «این شفاخانه», «همین ولسوالی». */
const POINTERS = new Set(['این', 'همین', 'آن'].map(normalizeName));
/** «که» as a word of its own, opening the relative clause that describes the source further. */
const RELATIVE = /[\s\u200C]که(?=[\s\u200C]|$)/u;

/**
 * «یک داکتر این کلینیک که نخواست نامش گرفته شود» → «یک داکتر کلینیک»: an indefinite source's relative clause
 * (why it is unnamed, what it does) is no part of its name, and «این» after its role only points back.
 */
export function shortDariDescription(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (!isDariText(name) || normalizeName(words[0] ?? '') !== ONE || words.length < 3) return name;
  const k = name.search(RELATIVE);
  const head = (k > 0 ? name.slice(0, k) : name).trim().split(/\s+/u);
  const kept = head.filter((w, i) => i < 2 || !POINTERS.has(normalizeName(w)));
  return kept.length >= 2 ? kept.join(' ') : name;
}
