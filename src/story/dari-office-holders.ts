// "رئیس احیا و انکشاف دهات تخار … «…» او گفت. [¶] انجنیر فریدون صمیمی که دو سال است این ریاست را رهبری
// می‌کند، …": a source quoted by an office alone, then a sentence opening on a name whose relative clause
// holds that office (its role word or the office's noun) — the quotations were that person's.
import { readsAsDariName } from './dari-attribution.ts';
import { DARI_ROLE_OFFICES } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** Paragraphs back from the naming sentence an office's quotations are read. */
const OFFICE_REACH = 1;
/** Characters a name may take before its "که"; characters its clause is read for the office. */
const NAME_REACH = 60;
const CLAUSE_REACH = 160;

const OFFICES = DARI_ROLE_OFFICES.map(
  ([role, office]) => [normalizeName(role), normalizeName(office)] as const,
);
const THAT = /(?<=[\s\u200C])که(?=[\s\u200C])/u;
const STOP = /[.!?؟«\n]/u;

/** Sentence starts of a passage: its start and after each stop (and a closing quote). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (!/[.!?؟»\n]/u.test(text[i] ?? '')) continue;
    let k = i + 1;
    while (/[\s»]/u.test(text[k] ?? '')) k++;
    if (k < text.length) starts.push(k);
  }
  return starts;
}

/** "X که … این ریاست را …": the name opening the sentence at `at` and its relative clause's words; null when none. */
export function namedWithClause(text: string, at: number): { name: string; clause: string[] } | null {
  const head = text.slice(at, at + NAME_REACH + CLAUSE_REACH);
  const that = THAT.exec(head.slice(0, NAME_REACH + 3));
  if (!that) return null;
  const name = head.slice(0, that.index).trimEnd().replace(/[،,]$/u, '').trimEnd();
  if (name === '' || /[،,.!?؟«»:]/u.test(name)) return null;
  const rest = head.slice(that.index + that[0].length + 1);
  const stop = rest.search(STOP);
  const clause = (stop < 0 ? rest : rest.slice(0, stop)).split(/[\s\u200C،,]+/u).map(normalizeName);
  return { name, clause };
}

/** The office words a clause names: "ریاست" or "رئیس" for the head of a department. */
function officesIn(clause: readonly string[]): Set<string> {
  const held = new Set<string>();
  for (const [role, office] of OFFICES) if (clause.includes(role) || clause.includes(office)) held.add(role);
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
  held: ReadonlySet<string>,
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
    return office && held.has(normalizeName(first)) ? who.id : null;
  }
  return null;
}

/** Gives an office's anonymous quotations to the person a following sentence names as holding it. */
export function nameOfficeHoldersNamedLater(table: SpeakerTable, reading: Reading, drafts: Quoted[]): void {
  reading.texts.forEach((text, p) => {
    for (const at of sentenceStarts(text)) {
      const named = namedWithClause(text, at);
      const person = named ? table.lookup(named.name) : undefined;
      if (!named || !person || person.anonymous) continue;
      const held = officesIn(named.clause);
      const source = held.size > 0 ? officeQuotedBefore(table, drafts, held, p, at) : null;
      if (source) for (const d of drafts) if (d.speaker === source) d.speaker = person.id;
    }
  });
}
