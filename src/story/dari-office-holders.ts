// "رئیس احیا و انکشاف دهات تخار … «…» او گفت. [¶] انجنیر فریدون صمیمی که دو سال است این ریاست را رهبری
// می‌کند، …": a source quoted by an office alone, then a sentence opening on a name whose relative clause
// holds that office (its role word or the office's noun) — the quotations were that person's.
import { readsAsDariName } from './dari-attribution.ts';
import { isDariPassageOf } from './dari-words.ts';
import {
  DARI_HOLDING_VERBS,
  DARI_NOT_HOLDING_WORDS,
  DARI_OFFICE_OF_ANOTHER,
  DARI_ROLE_OFFICES,
  DARI_ROLE_WORDS,
  DARI_THAT,
  DARI_THIS_WORDS,
} from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { wordAlternation } from './regex-parts.ts';
import { sentenceEnd } from './sentences.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** Paragraphs back from the naming sentence an office's quotations are read. */
const OFFICE_REACH = 1;
/** Characters a name may take before its "که"; characters its clause is read for the office. */
const NAME_REACH = 60;
const CLAUSE_REACH = 160;

const OFFICES = DARI_ROLE_OFFICES.map(
  ([role, office]) => [normalizeName(role), normalizeName(office)] as const,
);
const THAT = new RegExp(`(?<=[\\s\\u200C])${wordAlternation(DARI_THAT)}(?=[\\s\\u200C])`, 'u');
const STOP = /[.!?؟«\n]/u;
/** "… را رهبری می‌کند", "… است": the clause holds its office now. */
const HOLDING = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_HOLDING_VERBS)}(?![\\p{L}\\u200C])`,
  'u',
);
const NOT_HOLDING = new Set(DARI_NOT_HOLDING_WORDS.map(normalizeName));
const THIS = new Set(DARI_THIS_WORDS.map(normalizeName));
const FROM = new Set(DARI_OFFICE_OF_ANOTHER.map(normalizeName));
/** Any Dari office word at all: a passage with none holds no office to pass on. */
const ANY_OFFICE = new RegExp(wordAlternation(DARI_ROLE_OFFICES.flat()).replace(/ئ/gu, '[ئی]'), 'u');

/**
 * Each sentence start of a passage, in one pass: after each end sentences.ts finds, and after a closing quotation
 * mark («…می‌رسد.» داکتر X، که …), whose full stop sentences.ts does not count.
 */
function* sentenceStarts(text: string): Generator<number> {
  const closes: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '»') closes.push(i + 1);
  let at = 0;
  let k = 0;
  while (at < text.length) {
    yield at;
    while (k < closes.length && (closes[k] ?? 0) <= at) k++;
    let next = Math.min(sentenceEnd(text, at), closes[k] ?? text.length);
    while (next < text.length && /[\s»"”]/u.test(text[next] ?? '')) next++;
    at = next > at ? next : text.length;
  }
}

/** "X که … این ریاست را …": the name opening the sentence at `at` and its relative clause's words; null when none. */
export function namedWithClause(
  text: string,
  at: number,
): { name: string; clause: string[]; raw: string } | null {
  const head = text.slice(at, at + NAME_REACH + CLAUSE_REACH);
  const that = THAT.exec(head.slice(0, NAME_REACH + 3));
  if (!that) return null;
  const name = head.slice(0, that.index).trimEnd().replace(/[،,]$/u, '').trimEnd();
  if (name === '' || /[،,.!?؟«»:]/u.test(name)) return null;
  const rest = head.slice(that.index + that[0].length + 1);
  const stop = rest.search(STOP);
  const raw = stop < 0 ? rest : rest.slice(0, stop);
  const clause = raw.split(/[\s\u200C،,]+/u).map(normalizeName);
  return { name, clause, raw };
}

/**
 * The offices a clause says its person holds now, each with its department ("ریاست صحت عامه" → صحت; "این ریاست"
 * → '' for the one spoken of): none when the clause speaks of a former head ("بود", "پیشین") or of a complaint
 * against one ("از رئیس … شکایت"), or holds no verb of holding ("… را رهبری می‌کند", "… است").
 */
export function officesIn(clause: readonly string[], raw: string): Map<string, string> {
  const held = new Map<string, string>();
  if (!HOLDING.test(raw) || clause.some((w) => NOT_HOLDING.has(w))) return held;
  clause.forEach((w, i) => {
    const found = OFFICES.find(([role, office]) => w === role || w === office);
    // "از رئیس زراعت … شکایت دارد": the office of another, after "از", is not the person's own.
    if (!found || FROM.has(clause[i - 1] ?? '')) return;
    const next = (clause[i + 1] ?? '').replace(/ٔ$/u, '');
    held.set(found[0], THIS.has(clause[i - 1] ?? '') || DARI_ROLE_WORDS.has(next) ? '' : next);
  });
  return held;
}

/** A quotation as the passes read it: where it stands and who says it. */
interface Quoted {
  passage: number;
  span: { start: number };
  speaker: string | null;
}

/** The office source quoted last before (p, at), within reach, whose role the clause holds; null when none. */
function officeQuotedBefore(
  table: SpeakerTable,
  drafts: readonly Quoted[],
  held: ReadonlyMap<string, string>,
  p: number,
  at: number,
): string | null {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (!d || d.passage > p || (d.passage === p && d.span.start >= at)) continue;
    if (p - d.passage > OFFICE_REACH) return null;
    const who = table.speaker(d.speaker);
    if (!who) return null;
    // The office by its phrase ("قومندان امنیهٔ ولایت"), never a title before a name ("قومندان عبدالرزاق").
    const [first = '', ...rest] = who.name.split(/\s+/u);
    const office = who.anonymous || (rest.length > 0 && !readsAsDariName(rest.join(' ')));
    // The same office: "این ریاست", or the department the quoted office names ("رئیس معارف" ≠ "ریاست صحت").
    const department = held.get(normalizeName(first));
    const same = department === '' || department === normalizeName(rest[0] ?? '').replace(/ٔ$/u, '');
    return office && department !== undefined && same ? who.id : null;
  }
  return null;
}

/** Gives an office's anonymous quotations to the person a following sentence names as holding it. */
export function nameOfficeHoldersNamedLater(table: SpeakerTable, reading: Reading, drafts: Quoted[]): void {
  reading.texts.forEach((text, p) => {
    // Only a Dari passage naming an office: English copy and the rest are read no further.
    if (!isDariPassageOf(reading, p) || !ANY_OFFICE.test(text)) return;
    for (const at of sentenceStarts(text)) {
      const named = namedWithClause(text, at);
      const person = named ? table.lookup(named.name) : undefined;
      if (!named || !person || person.anonymous) continue;
      const held = officesIn(named.clause, named.raw);
      const source = held.size > 0 ? officeQuotedBefore(table, drafts, held, p, at) : null;
      if (source) for (const d of drafts) if (d.speaker === source) d.speaker = person.id;
    }
  });
}
