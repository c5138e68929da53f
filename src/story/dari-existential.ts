// "در موتر ما یک زن با طفل مریضش بود که …. … او به من گفت: «…»": a column sets a person into the scene with
// "there was a …" ("یک X … بود"); that person is an anonymous source, so the "او" after it is them.
import { isAgentNoun, isDariText } from './dari-attribution.ts';
import { DARI_ROLE_WORDS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { normalizeName } from './normalize.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';

/** "یک" and the word after it: the person word, perhaps with the indefinite ending. */
const ONE_THEN_WORD = /(?<![\p{L}\u200C])[یي]ک[\s\u200C]+(?<word>\p{L}+)/gu;
/** Words read after the person for the verb "there was". */
const EXISTENTIAL_WORDS = 8;
const WAS = new Set(['بود', 'بودند', 'هست', 'هستند'].map(normalizeName));
/** Words that close the person's stretch before any "was": a stop, a comma, a quotation mark, "که". */
const CLOSES = /[.!?؟،,:«»"]/u;
const NOT_PEOPLE = new Set(['یک', 'یکی', 'منبع', 'منابع', 'مقام', 'مقامات', 'وزارت'].map(normalizeName));

/** Whether a word names a person: a role or kin word, or a trade by its agent ending. */
function isPersonWord(word: string): boolean {
  const key = normalizeName(word).replace(/ی$/u, '');
  return (
    !NOT_PEOPLE.has(key) &&
    (DARI_ROLE_WORDS.has(key) || DARI_ROLE_WORDS.has(normalizeName(word)) || isAgentNoun(key))
  );
}

/** The phrase "یک X" when the words after it reach "بود" before any stop; else null. */
export function existentialPerson(text: string, at: number, word: string): string | null {
  if (!isPersonWord(word)) return null;
  const after = text
    .slice(at, at + 160)
    .split(/[\s\u200C]+/u)
    .slice(2, 2 + EXISTENTIAL_WORDS);
  for (const w of after) {
    if (WAS.has(normalizeName(w.replace(/[.!?؟،,]$/u, ''))))
      return text
        .slice(at)
        .split(/[\s\u200C]+/u, 2)
        .join(' ');
    if (CLOSES.test(w) || normalizeName(w) === normalizeName('که')) return null;
  }
  return null;
}

/** Registers each "یک X … بود" of a Dari passage, outside quotations, as an anonymous source. */
export function findDariExistentialIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!isDariText(text)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(ONE_THEN_WORD, text)) {
      const phrase = existentialPerson(text, m.index, m.groups?.['word'] ?? '');
      if (phrase && !inside(m.index))
        table.addAnonymous(phrase, '', { passage: p, start: m.index, end: m.index + phrase.length });
    }
  });
}
