// "در موتر ما یک زن با طفل مریضش بود که …. … او به من گفت: «…»": a column sets a person into the scene with
// "there was a …" ("یک X … بود"); that person is an anonymous source, so the "او" after it is them.
import { isAgentNoun, isDariPassageOf } from './dari-words.ts';
import {
  DARI_CASUALTY_WORDS,
  DARI_EXISTENTIAL_VERBS,
  DARI_NOT_PEOPLE_AFTER_ONE,
  DARI_POSTURE_PARTICIPLES,
  DARI_ROLE_WORDS,
  DARI_THAT,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import { normalizeName } from './normalize.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';

/** "یک" and the word after it: the person word, perhaps with the indefinite ending. */
const ONE_THEN_WORD = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(['یک', 'يک'])}[\\s\\u200C]+(?<word>\\p{L}+)`,
  'gu',
);
/** Words read after the person for the verb "there was". */
const EXISTENTIAL_WORDS = 8;
const WAS = new Set(DARI_EXISTENTIAL_VERBS.map(normalizeName));
/** A participle ending before "بود" makes it an auxiliary ("زخمی شده بود"), unless it is one of posture. */
const PARTICIPLE = /[هة]$/u;
const POSTURE = new Set(DARI_POSTURE_PARTICIPLES.map(normalizeName));
/** A victim or an object ("زخمی", "را") in the stretch: no one set into the scene to speak. */
const CASUALTY = new Set(DARI_CASUALTY_WORDS.map(normalizeName));
const THAT = new Set(DARI_THAT.map(normalizeName));
/** Words that close the person's stretch before any "was": a stop, a comma, a quotation mark, "که". */
const CLOSES = /[.!?؟،,:«»"]/u;
const NOT_PEOPLE = new Set(DARI_NOT_PEOPLE_AFTER_ONE.map(normalizeName));

/** Whether a word names a person: a role or kin word, or a trade by its agent ending. */
export function isPersonWord(word: string): boolean {
  const key = normalizeName(word).replace(/ی$/u, '');
  return (
    !NOT_PEOPLE.has(key) &&
    (DARI_ROLE_WORDS.has(key) || DARI_ROLE_WORDS.has(normalizeName(word)) || isAgentNoun(key))
  );
}

/** The phrase "یک X" when the words after it reach "بود" before any stop; else null. */
export function existentialPerson(text: string, at: number, word: string): string | null {
  if (!isPersonWord(word)) return null;
  const words = text.slice(at, at + 160).split(/[\s\u200C]+/u);
  const after = words.slice(2, 2 + EXISTENTIAL_WORDS);
  let before = '';
  for (const w of after) {
    const key = normalizeName(w.replace(/[.!?؟،,]$/u, ''));
    if (WAS.has(key)) {
      if (PARTICIPLE.test(before) && !POSTURE.has(before)) return null;
      return words.slice(0, 2).join(' ');
    }
    if (CLOSES.test(w) || THAT.has(key) || CASUALTY.has(key)) return null;
    before = key;
  }
  return null;
}

/** Registers each "یک X … بود" of a Dari passage, outside quotations, as an anonymous source. */
export function findDariExistentialIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariPassageOf(reading, p)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(ONE_THEN_WORD, text)) {
      if (inside(m.index)) continue;
      const phrase = existentialPerson(text, m.index, m.groups?.['word'] ?? '');
      if (phrase)
        table.addAnonymous(phrase, '', { passage: p, start: m.index, end: m.index + phrase.length });
    }
  });
}
