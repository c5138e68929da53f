/**
 * A readers'-questions column ("Ask the agronomist", "Your questions answered") prints each letter under "Q:" or
 * "Question:", signed after it ("— Abdul Wakil, Khanabad", "(Mahbooba, Rostaq)") or stating a problem with no
 * question mark at all: the label, not the last character, says the paragraph asks.
 */
import { QUESTION_LABELS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';

const QUESTION_KEYS: ReadonlySet<string> = new Set(QUESTION_LABELS.map(normalizeName));

/** Whether a paragraph's label (normalised, as interviewQuestions keys it) is a question's: "Q", "Question". */
export function isQuestionLabelKey(key: string): boolean {
  return QUESTION_KEYS.has(key);
}
