// "میراب پیر قریهٔ ما، ملا عبدالغفور، که …", "آمر حفظ و مراقبت شاهراه سالنگ، انجنیر وحیدالله کوهستانی، می‌گوید":
// Dari often sets the role first and the titled name in commas after it. The name is the person; the role before
// the comma is their description, not a speaker of its own.
import { DARI_SPEECH_VERBS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';

/** The readings of a Dari phrase this module needs (from dari-attribution.ts, passed in: it imports this module). */
export interface PhraseReadings {
  /** "رئیس …", "۴۵ ساله": a phrase opening on a role, a trade, a relative or an age. */
  isDescription: (phrase: string) => boolean;
  /** "مولوی عبدالباری": a title and a name. */
  isTitledName: (phrase: string) => boolean;
  /** "حاجی عبدالکریم", "غلام سخی": words that read as a name. */
  readsAsDariName: (phrase: string) => boolean;
}

/** How far back from the comma the role is read: a role is a short phrase. */
const ROLE_REACH = 80;
/**
 * Words that show the role phrase is a clause, not a description ("سخنگوی والی گفت که رئیس پیشین زراعت، انجنیر
 * …، بازداشت شده"): the titled name there is someone reported on, not the clause's subject.
 */
const CLAUSE_WORDS = new Set(['که', ...DARI_SPEECH_VERBS.filter((v) => !/\s/u.test(v))].map(normalizeName));

/** Where the clause holding the role opens: a sentence's end, a quotation's close, a colon or a line. */
const CLAUSE_OPENING = /[.!?؟«»:\n]/u;

/**
 * The role phrase before a comma that a titled name follows ("رئیس معارف تخار" before "، مولوی …،"), or null
 * when the appositive is no titled name or the words before it do not open on a role.
 */
export function roleBeforeTitledName(
  text: string,
  comma: number,
  appositive: string,
  { isDescription, isTitledName }: PhraseReadings,
): { role: string; start: number } | null {
  // Cheap look first: the appositive must open with a title ("مولوی", "انجنیر", "حاجی").
  if (!isTitledName(appositive.trim())) return null;
  const from = Math.max(0, comma - ROLE_REACH);
  const head = text.slice(from, comma);
  let open = -1;
  for (let k = head.length - 1; k >= 0; k--) {
    if (CLAUSE_OPENING.test(head[k] ?? '') || head[k] === '،') {
      open = k;
      break;
    }
  }
  // The whole reach without a clause's start is no short role phrase.
  if (open < 0 && from > 0) return null;
  const raw = head.slice(open + 1);
  const role = raw.trim();
  if (!role || !isDescription(role) || isTitledName(role)) return null;
  if (role.split(/\s+/u).some((w) => CLAUSE_WORDS.has(normalizeName(w)))) return null;
  return { role, start: from + open + 1 + (raw.length - raw.trimStart().length) };
}

/**
 * A subject read as "name" = the role and "role" = the titled name ("میراث‌دار آسیاب قریه، کاکا غلام‌سخی، … گفت"):
 * the titled name, which is who speaks; null for a subject of another shape.
 */
export function titledNameAfterRole(
  name: string | null,
  role: string | null,
  { isDescription, isTitledName, readsAsDariName }: PhraseReadings,
): string | null {
  if (!name || !role || !isTitledName(role.trim())) return null;
  return isDescription(name) && !readsAsDariName(name) ? role.trim() : null;
}
