/**
 * 'The ministry "has opened talks with buyers" and was "working to find new markets", he said.': the pieces of one
 * sentence quoted apart share the attribution that closes the sentence after its last piece. A piece left without
 * a speaker takes the next piece's, when only words without a stop or a verb of saying stand between them and a
 * verb of saying follows the last one before the sentence ends.
 */
import { SPEECH_VERBS } from './lexicon.ts';
import type { QuoteSpan } from './quotes.ts';

/** Characters between two pieces of a sentence, and after the last up to its attribution. */
const BETWEEN_REACH = 120;
const AFTER_REACH = 80;

interface DraftLike {
  passage: number;
  span: QuoteSpan;
  speaker: string | null;
}

/**
 * Whether a stretch of text between two pieces has a sentence stop, a verb of saying or a comma: after ", and the
 * new ones read" the pieces are no longer one reported clause.
 */
const stopsOrSays = (text: string): boolean =>
  /[.!?;:,]/u.test(text) || text.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w));
/** A piece opening on a capital is a whole utterance ("No photographs beyond this point"), not a clause's piece. */
const PIECE_OPENING = /^\p{Ll}/u;

/** The text after a quotation up to its sentence's end, if that is near. */
function attributionAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + AFTER_REACH);
  const stop = /[.!?]/u.exec(rest);
  return stop ? rest.slice(0, stop.index) : null;
}

/** Give each unattributed piece of a sentence the speaker of the next piece, whose attribution closes it. */
export function shareSentenceAttribution(texts: readonly string[], drafts: readonly DraftLike[]): void {
  for (let i = drafts.length - 1; i > 0; i--) {
    const [a, b] = [drafts[i - 1], drafts[i]];
    if (!a || !b || a.speaker !== null || b.speaker === null || a.passage !== b.passage) continue;
    if (a.span.close === null || b.span.close === null) continue;
    const text = texts[a.passage] ?? '';
    if (!PIECE_OPENING.test(text.slice(a.span.start, a.span.start + 1))) continue;
    const between = text.slice(a.span.close + 1, b.span.open ?? b.span.start);
    if (between.length > BETWEEN_REACH || stopsOrSays(between)) continue;
    const after = attributionAfter(text, b.span.close + 1);
    if (after !== null && after.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w))) a.speaker = b.speaker;
  }
}
