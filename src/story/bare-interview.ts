/**
 * An interview printed with no labels at all: an introduction, then short question paragraphs ending in "?" or
 * «؟» (often bold), each followed by the interviewee's answer paragraphs. A feature's one rhetorical question, a
 * FAQ box ("Who can apply?") and a reader's comment are not one: the questions must be several, and one of them
 * put to "you" (شما, a verb in «-ید»), one answer in the voice of "I" (من), or the introduction presenting an
 * interview ("spoke to us", «گفت‌وگو»), as an interview's and not a FAQ's.
 */
import {
  ADDRESSEE_WORDS,
  FIRST_PERSON,
  FIRST_PERSON_VERBS_DA,
  INTERVIEW_PHRASES_EN,
  INTERVIEW_WORDS_DA,
  INTERVIEW_WORDS_EN,
  REPORTING_PHRASES_DA,
  REPORTING_PHRASES_EN,
  SAYING_FORMS_DA,
  hasSpeechVerb,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** Dari second-person plural verb closing the question («کردید؟», «دارید؟») or «‌تان» joined by a ZWNJ. */
const YOU_PATTERN = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${wordAlternation(ADDRESSEE_WORDS, true)})(?![\\p{L}\\p{M}])|\\p{L}ید\\s*[؟?]|\\u200cتان(?![\\p{L}\\p{M}])`,
  'u',
);
/** An answer in the interviewee's own voice: "I", "my", "me"; «من», «مرا». A FAQ's "we" is the office's. */
const I_VOICE =
  /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)(?![\p{L}'’])|(?<![\p{L}\u200c])(?:من|مرا)(?![\p{L}\u200c])/u;
/**
 * An answer in the speaker's own voice: "I", «من», «ما», or a Dari verb in the first person with the pronoun
 * dropped («می‌روم», «داریم», «دیده‌ام»). A FAQ's or a feature's answers speak of others.
 */
const OWN_VOICE_DA = new RegExp(
  `(?<![\\p{L}\\u200c])(?:من|ما|مرا|ن?می‌\\p{L}+(?:م|یم)|\\p{L}+(?:ده|ته)‌ا(?:م|یم)|ن?${wordAlternation(FIRST_PERSON_VERBS_DA)})(?![\\p{L}\\u200c])`,
  'u',
);

/** Whether an answer speaks as "I" (or, in Dari, "we": the pronoun is often dropped). */
export function speaksOwnVoice(text: string): boolean {
  return I_VOICE.test(text) || OWN_VOICE_DA.test(text);
}

/** An emphasis mark a question line or its label may be set in: "**…?**", "*…?*", "__…?__", "**Q:**". */
export const EMPHASIS_MARK = '[*_]{1,3}';
const EMPHASIS = new RegExp(`^${EMPHASIS_MARK}|${EMPHASIS_MARK}$`, 'gu');
/** A question's paragraph ends with its question mark, Latin or Arabic, perhaps inside a closing quote. */
export const ENDS_ASKING = new RegExp(`[?؟]["”’»]?(?:${EMPHASIS_MARK})?\\s*$`, 'u');
/** Questions an unlabelled interview needs, and how many of them must address "you". */
const MIN_BARE_QUESTIONS = 2;
const MIN_PERSONAL = 1;
/** Longest question (words) an interview prints as a bare line, with or without labelled answers. */
export const MAX_BARE_QUESTION_WORDS = 30;

/** The paragraph without the emphasis marks around it. */
export function unemphasised(text: string): string {
  return text.trim().replace(EMPHASIS, '').trim();
}

/** Whether a question puts itself to "you". */
export function addressesYou(text: string): boolean {
  return YOU_PATTERN.test(text);
}

/** A sentence end inside a paragraph: "…every week. My answer …" is an answer that ends asking, not a question. */
const INNER_SENTENCE_END = /[.!?؟…]["”’»]?\s+\S/u;
/** The introduction presents an interview: "spoke to us", "we asked her", «گفت‌وگو کردیم», «مصاحبه». */
const INTERVIEW_CUE = new RegExp(
  `\\b(?:${wordAlternation(INTERVIEW_WORDS_EN, true)}|${wordAlternation(INTERVIEW_PHRASES_EN)}|spoke (?:to|with) the \\w+)\\b|${wordAlternation(INTERVIEW_WORDS_DA)}`,
  'u',
);

/** A paragraph reporting others' words: "…, officials said", «به گفتهٔ …», «… گفت». */
const REPORTING = new RegExp(
  `\\b(?:${wordAlternation(REPORTING_PHRASES_EN)})\\b|${wordAlternation(REPORTING_PHRASES_DA)}|(?<![\\p{L}\\u200c])${wordAlternation(SAYING_FORMS_DA)}(?![\\p{L}])`,
  'u',
);

/**
 * Whether a paragraph reports what others said and never speaks as "I" or "we", as an explainer's paragraph under
 * a question heading does (an interviewee recounting "he told me" speaks in their own voice).
 */
export function reportsOthers(text: string): boolean {
  return (hasSpeechVerb(text) || REPORTING.test(text)) && !FIRST_PERSON.test(text);
}

/** Whether a paragraph is a short line that asks. */
export function isQuestionLine(text: string): boolean {
  // A paragraph without a question mark is not unwrapped to be read.
  if (!text.includes('?') && !text.includes('؟')) return false;
  const bare = unemphasised(text);
  return ENDS_ASKING.test(bare) && bare.split(/\s+/u).length <= MAX_BARE_QUESTION_WORDS;
}

/**
 * The bare question lines of an interview with no labels: unlabelled asking lines each followed by an unlabelled
 * paragraph that does not ask alone. Empty when too few, or when the introduction presents no interview, none is
 * put to "you" and no answer says "I".
 */
export function bareAnsweredQuestions(
  labelled: readonly (object | null)[],
  texts: readonly string[],
): number[] {
  const questions: number[] = [];
  texts.forEach((text, p) => {
    const next = texts[p + 1];
    if (labelled[p] || labelled[p + 1] || next === undefined || p === 0) return;
    const nextAsksAlone = isQuestionLine(next) && !INNER_SENTENCE_END.test(unemphasised(next));
    if (isQuestionLine(text) && !nextAsksAlone) questions.push(p);
  });
  return questions.length >= MIN_BARE_QUESTIONS && answeredAsInterview(questions, texts) ? questions : [];
}

/**
 * Whether questions, each answered by the paragraph after it, are an interview's: the introduction presents one,
 * or a question is put to "you" and an answer speaks as "I" — not a FAQ box, a feature's rhetorical questions, a
 * comment thread, nor a fact box ("Who pays?" / "Karimi: teacher since 2004") that speaks of others.
 */
export function answeredAsInterview(questions: readonly number[], texts: readonly string[]): boolean {
  const presented = INTERVIEW_CUE.test(texts.slice(0, questions[0] ?? 0).join('\n'));
  const personal = questions.filter(
    (p) => addressesYou(texts[p] ?? '') || I_VOICE.test(texts[p + 1] ?? ''),
  ).length;
  // An explainer's question headings ("Why are prices rising?") head the reporter's paragraphs, which cite sources.
  const reported = questions.filter((p) => reportsOthers(texts[p + 1] ?? '')).length;
  if (reported * 2 >= questions.length) return false;
  // A FAQ box, a feature's rhetorical questions or a comment thread asks "you" too; an interviewee answers as "I".
  const voiced = questions.some((p) => speaksOwnVoice(texts[p + 1] ?? ''));
  return presented || (personal >= MIN_PERSONAL && voiced);
}
