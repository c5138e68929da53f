/**
 * A readers'-questions column ("Ask the agronomist", "Your questions answered") prints each letter under "Q:" or
 * "Question:", signed after it ("— Abdul Wakil, Khanabad", "(Mahbooba, Rostaq)") or stating a problem with no
 * question mark at all: the label, not the last character, says the paragraph asks.
 */
import { FIRST_PERSON as SINGULAR_FIRST_PERSON } from './first-person-voice.ts';
import { QUESTION_LABELS, SPEECH_VERBS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';

const QUESTION_KEYS: ReadonlySet<string> = new Set(QUESTION_LABELS.map(normalizeName));

/** Whether a paragraph's label (normalised, as interviewQuestions keys it) is a question's: "Q", "Question". */
export function isQuestionLabelKey(key: string): boolean {
  return QUESTION_KEYS.has(key);
}

/** A paragraph opening on one to three capitalised words and the word after them: "Ms. Rezaee wrote …". */
const OPENING_SUBJECT =
  /^\s*(?<subject>\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2})\s+(?<verb>\p{Ll}+)\b/u;
/** Pronouns the page reports a reader by. */
const THIRD_PERSON = new Set(['He', 'She', 'They']);

/**
 * Whether an unlabelled paragraph of a letters column goes on with the expert's answer. The page speaks between the
 * letters too: it reports a reader ("Ms. Rezaee wrote to us a second time …": a person or "she" and a verb of
 * speech), and after the last answer its "we" and "us" are the editors' ("write to us at …"): past the last label
 * only the expert's own "I" or "my" runs on.
 */
export function letterAnswerRunsOn(
  text: string,
  afterLastLabel: boolean,
  isPerson: (name: string) => boolean,
): boolean {
  if (afterLastLabel && !SINGULAR_FIRST_PERSON.test(text)) return false;
  const m = OPENING_SUBJECT.exec(text);
  const { subject = '', verb = '' } = m?.groups ?? {};
  return !(SPEECH_VERBS.has(verb) && (THIRD_PERSON.has(subject) || isPerson(subject)));
}
