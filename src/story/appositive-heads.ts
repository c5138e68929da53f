/**
 * "Habib Rahmani, a former adviser who now lives in Germany, said", "Name, a spokesman for the customs house at
 * Sher Khan, said", "Name, who runs a restaurant there, the Taloqan Kabob House, wrote": a capitalised word that
 * closes an appositive is not the clause's subject — the person the appositive describes is.
 */
import { isHeadWord } from './anonymous.ts';
import { BODY_NOUNS, COMMON_WORDS, KIN_NOUNS, OWNER_WORDS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** Characters before the matched name read for the head and its appositives. */
const APPOSITIVE_REACH = 320;
/** A capitalised word of a name ("Rahmani", "Qal'a-e-Zal", "Dr."). */
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?";
/** Words that open a comma's clause but join another subject rather than describe the head. */
const JOINING = '(?:and|or|but|nor|then|while|as|if|when)\\b';
/** ", said her colleague Name": a comma's clause opening on a speech verb is the head's predicate, not its appositive. */
const PREDICATE = `(?:${wordAlternation(SPEECH_VERBS)})\\b`;
/** One appositive: a comma, then a phrase opening on a lowercase word or a number (an age). */
const APPOSITIVE = `,\\s+(?!${JOINING}|${PREDICATE})[\\p{Ll}\\p{N}][^,.;:!?"“”«»()\\n]{0,160}?`;
/** "his cousin ", "her colleague ": a possessive and the noun right before a name. */
const OWNED_ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${wordAlternation(OWNER_WORDS)})\\s+(?<role>\\p{Ll}+)\\s+$`,
  'u',
);
/** A head of two to five capitalised words, one to three appositives, ending where the matched name starts. */
const HEAD_THEN_APPOSITIVES = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?<head>${CAP_WORD}(?:\\s+${CAP_WORD}){1,4})(?:${APPOSITIVE}){1,3}\\s$`,
  'u',
);

/**
 * The head of the appositive that the name starting at `nameAt` of `text` closes: its name and offset, or null
 * when the name is no appositive's last word (or its head opens on a common word: "In Kabul, …").
 */
export function appositiveHeadBefore(text: string, nameAt: number): { name: string; at: number } | null {
  // "says his cousin Nasir Ahmad warned": a name someone's kin or colleague introduces is the clause's subject.
  const owned = OWNED_ROLE_BEFORE.exec(text.slice(Math.max(0, nameAt - 40), nameAt));
  const role = (owned?.groups?.['role'] ?? '').toLowerCase();
  if (KIN_NOUNS.has(role) || ROLE_NOUNS.has(role) || isHeadWord(role)) return null;
  const from = Math.max(0, nameAt - APPOSITIVE_REACH);
  const m = HEAD_THEN_APPOSITIVES.exec(text.slice(from, nameAt));
  const head = m?.groups?.['head'];
  if (!m || !head) return null;
  const first = (head.split(/\s+/u)[0] ?? '').toLowerCase();
  if (COMMON_WORDS.has(first)) return null;
  return { name: head, at: from + m.index };
}

/** "Ministry of Mines and ", "Department of Labour, Social Affairs and ": a body's name read up to its last "and". */
const BODY_BEFORE_AND = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?:[Tt]he\\s+)?(?<body>(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){0,3}(?<head>\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+(?:of|for)\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*,?\\s+){1,3}and\\s+)$`,
  'u',
);
/** Characters before a name read for the start of the body's name it ends. */
const BODY_REACH = 120;

/**
 * "The Ministry of Mines and Petroleum said": the body whose name the matched "Petroleum" ends, as its name and
 * offset, or null when no "<Name> of <Name> and" stands right before it.
 */
export function bodyEndingIn(
  text: string,
  nameAt: number,
  name: string,
): { name: string; at: number } | null {
  const from = Math.max(0, nameAt - BODY_REACH);
  const m = BODY_BEFORE_AND.exec(text.slice(from, nameAt));
  const body = m?.groups?.['body'];
  if (!m || !body || COMMON_WORDS.has((body.split(/\s+/u)[0] ?? '').toLowerCase())) return null;
  // "Residents of Kunduz and Baghlan", "the Minister of Mines and Name": only a body's name holds its "and".
  if (!BODY_NOUNS.has((m.groups?.['head'] ?? '').toLowerCase())) return null;
  return { name: body + name, at: from + m.index };
}
