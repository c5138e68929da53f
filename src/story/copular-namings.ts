/**
 * A notebook or a review names its people in a sentence of their own, which the naming rules of person-cues.ts
 * (two-word names, a noun of at most three words) leave: "His name is Zabihullah and he is nineteen.", "Her name is
 * Shakila, she tells me.", "The man behind the light is Gul Mohammad Nawabi, known to everyone as …". Each
 * introduces a speaker of the pronoun's or the noun's gender, named where the name stands.
 */
import { NAME_CHARS } from './name-runs.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import { hasSpeechVerb } from './lexicon.ts';
import { insideQuote, type Gender, type Reading, type SpeakerTable } from './speakers.ts';

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
/** Where a sentence starts: the paragraph's start or a stop (and a closing mark) and a space. */
const SENTENCE_START = `(?<=^|[.!?]["”’]?[ \\t])`;
/** What may follow the name: a comma or a stop, or "and" going on about them. */
const NAME_END = `(?=[,.;]|[ \\t]+and\\b)`;

/** "His name is Zabihullah": one name word (two or more are read by findNamingSentences). */
const ONE_WORD_NAMING = new RegExp(
  `${SENTENCE_START}(?<pronoun>Her|His)[ \\t]+name[ \\t]+(?:is|was)[ \\t]+(?<name>${NAME_WORD})${NAME_END}`,
  'gu',
);

/** Nouns for a person that say their gender. */
const GENDERED_HEADS: Readonly<Record<string, Gender>> = {
  man: 'male',
  boy: 'male',
  woman: 'female',
  girl: 'female',
  widow: 'female',
  mother: 'female',
  father: 'male',
};

/** "The man behind the light is Name": the noun, up to eight lower-case words about it, and a name of 2–4 words. */
const HEAD_NAMING = new RegExp(
  `${SENTENCE_START}The[ \\t]+(?<head>${wordAlternation(Object.keys(GENDERED_HEADS))})(?<about>(?:[ \\t]+[\\p{Ll}-]+){1,8}?)[ \\t]+(?:is|was)[ \\t]+(?<name>${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3})${NAME_END}`,
  'gu',
);
/** A cheap look for HEAD_NAMING's opening. */
const HEAD_OPENING = new RegExp(`\\bThe (?:${wordAlternation(Object.keys(GENDERED_HEADS))})\\b`, 'u');

/** Add the people named by "His name is Name" and "The man … is Name" sentences as speakers. */
export function findCopularNamings(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    // Cheap looks first: most paragraphs name no one this way.
    const pronounNamed = text.includes(' name ');
    const headNamed = text.includes('The ') && HEAD_OPENING.test(text);
    if (!pronounNamed && !headNamed) return;
    const inside = insideQuote(reading, p);
    const found = [
      ...(pronounNamed ? matchesOf(ONE_WORD_NAMING, text) : []),
      ...(headNamed ? matchesOf(HEAD_NAMING, text) : []),
    ];
    for (const m of found) {
      const name = m.groups?.['name'] ?? '';
      const head = m.groups?.['head'];
      const gender: Gender = head
        ? (GENDERED_HEADS[head] ?? 'male')
        : m.groups?.['pronoun'] === 'Her'
          ? 'female'
          : 'male';
      // 'The mother said her son was Name': a speech verb makes the copula reported words about someone else.
      if (head && hasSpeechVerb(m.groups?.['about'] ?? '')) continue;
      if (inside(m.index) || !table.isPersonName(name, 1)) continue;
      const start = m.index + m[0].length - name.length;
      const person = table.add(name, '', { passage: p, start, end: start + name.length });
      person.gender ??= gender;
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: person.id });
    }
  });
}
