/**
 * «داکتر محمداسحاق شفیق رئیس صحت عامهٔ بغلان … گفت» then «رئیس صحت عامه افزود: «…»»: a Dari quotation given to an
 * office written bare (no «این», no name) belongs to the one person the text named by title and name right before
 * that office a few paragraphs back — the office written after a name is that person's, as an apposition.
 */
import type { QuoteDraft } from './attribution.ts';
import { readsAsDariName } from './dari-attribution.ts';
import { DARI_PERSON_TITLES, DARI_ROLE_WORDS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { hasArabicScript } from './regex-parts.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';

/** Paragraphs back, the quotation's own included, the office is looked for after a name. */
const HOLDER_REACH = 4;
/** Characters before the office a holder's title and name (and a comma) may take. */
const NAME_WINDOW = 60;
/** The most name words after the title. */
const MAX_NAME_WORDS = 3;

/** A word of a name: letters and marks, joined by a zero-width non-joiner. */
const NAME_WORD = /^[\p{L}\p{M}\u200C]+$/u;

/** Whether a speaker is an office written bare: its first word a role word, no title or name before it. */
export function isBareOffice(name: string): boolean {
  const first = normalizeName(name.split(/\s+/u)[0] ?? '');
  // «داکتر» is a role and a title: a title opens a name.
  return (
    hasArabicScript(name) &&
    name.includes(' ') &&
    DARI_ROLE_WORDS.has(first) &&
    !DARI_PERSON_TITLES.has(first)
  );
}

/** "… داکتر محمداسحاق شفیق،": the title and one to three name words the lead ends on, or null. */
export function titledNameAtEnd(lead: string): string | null {
  const words = lead.trimEnd().replace(/[،,]$/u, '').trimEnd().split(/\s+/u);
  for (let n = 1; n <= MAX_NAME_WORDS && n < words.length; n++) {
    const title = words[words.length - n - 1] ?? '';
    const name = words.slice(-n);
    if (!DARI_PERSON_TITLES.has(normalizeName(title))) continue;
    const full = [title, ...name].join(' ');
    const nameWords = name.every((w) => NAME_WORD.test(w) && !DARI_ROLE_WORDS.has(normalizeName(w)));
    // «انجنیر کریم با رئیس زراعت دیدار کرد»: the words after the title, read without it, must be a name too.
    return readsAsDariName(full) && readsAsDariName(name.join(' ')) && nameWords ? full : null;
  }
  return null;
}

/** Where each office is written in each passage, and the titled name before it there: read once per office. */
type OfficeSites = Map<string, Map<number, { at: number; name: string | null }[]>>;

/** The sites of `office` in passage `k`, from the cache or read now. */
function officeSites(reading: Reading, sites: OfficeSites, office: string, k: number) {
  let byPassage = sites.get(office);
  if (!byPassage) sites.set(office, (byPassage = new Map()));
  let found = byPassage.get(k);
  if (!found) {
    const text = reading.texts[k] ?? '';
    const inside = insideQuote(reading, k);
    found = [];
    for (let at = text.indexOf(office); at >= 0; at = text.indexOf(office, at + 1))
      if (!inside(at))
        found.push({ at, name: titledNameAtEnd(text.slice(Math.max(0, at - NAME_WINDOW), at)) });
    byPassage.set(k, found);
  }
  return found;
}

/** The one titled name the passages up to (p, before) write right before `office`, or null (none, or two). */
export function holderBefore(
  reading: Reading,
  office: string,
  p: number,
  before: number,
  sites: OfficeSites = new Map(),
): string | null {
  const found = new Set<string>();
  for (let k = p; k >= Math.max(0, p - HOLDER_REACH + 1); k--) {
    for (const site of officeSites(reading, sites, office, k))
      if (site.name && (k !== p || site.at < before)) found.add(site.name);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Each Dari quotation of a bare office goes to the person named with that office before it. */
export function dariOfficeHolders(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  reading: Reading,
): void {
  const sites: OfficeSites = new Map();
  for (const d of drafts) {
    const office = table.speaker(d.speaker)?.name ?? '';
    if (!isBareOffice(office)) continue;
    const name = holderBefore(reading, office, d.passage, d.span.start, sites);
    if (!name) continue;
    const holder = table.lookup(name) ?? table.add(name, office, null);
    if (!holder.anonymous) d.speaker = holder.id;
  }
}
