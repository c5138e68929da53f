/**
 * A person known by one word, perhaps also a place's name, met as the subject of a sentence that only a person fits:
 * "Baharak is fourteen and carries sacks …", "Zari, the eldest of them, has done this work …", "Farah, who is
 * fourteen, phoned …". The place linker already reads such a name as no place (place-people.ts); here the same
 * cue makes it a speaker, so the "she says" after it finds her.
 */
import { KIN_PERSON_NOUNS, OWNED_PERSON_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import { namedAsPerson } from './place-people.ts';
import { opensSentence } from './sentences.ts';
import { personNotedAfter } from './person-notes.ts';
import { insideQuote, personAppositiveOpening, type Reading, type SpeakerTable } from './speakers.ts';

/**
 * One capitalised word: a given name that may also be a place's. The capital comes first and the letter before it
 * is looked at behind it, so the search tries the look-behind only at capitals, not at every character.
 */
const ONE_NAME = /\p{Lu}(?<![\p{L}\p{M}'’-]\p{Lu})\p{Ll}{2,}(?![\p{L}\p{M}'’-])/gu;

/**
 * "Najibullah, whose brother died …": a relative clause on a relative, which no place has — not a kin word as
 * a thing's ("Andkhoy, whose mother tongue is Turkmen"), a noun and its verb after it.
 */
const WHOSE_KIN_AFTER = new RegExp(
  `^\\s*,\\s*whose\\s+(?:\\p{Ll}+\\s+)?${wordAlternation(KIN_PERSON_NOUNS)}\\b(?!\\s+\\p{Ll}+\\s+(?:is|was|are|were|has|had)\\b)`,
  'u',
);
/** "His pupil ", "Her apprentice ": a possessive and a person's noun right before the name. */
const OWNED_PERSON_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)\\s+${wordAlternation([...OWNED_PERSON_NOUNS, ...ROLE_NOUNS])}\\s+$`,
  'u',
);
/** ", who", ", whose", ", 15,": what follows such a name in apposition. */
const APPOSITION_AFTER = /^\s*,\s*(?:who|whose|\d{1,2}\s*,)/u;

/** Whether the one-word name at [start, end) is a person's by the words round it. */
function personByCue(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (opensSentence(text, start))
    return (
      namedAsPerson(text, start, end) ||
      WHOSE_KIN_AFTER.test(after) ||
      personNotedAfter(text.slice(end, end + 90)) ||
      // "Nahrin, a widow who sells …": not "Maruf, a district of farmers …".
      personAppositiveOpening(text, start, end)
    );
  return APPOSITION_AFTER.test(after) && OWNED_PERSON_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** The words each table's speakers go by that this rule made people's (a place's name among them). */
const FOUND = new WeakMap<SpeakerTable, Set<string>>();
function namesOf(table: SpeakerTable): Set<string> {
  let names = FOUND.get(table);
  if (!names) FOUND.set(table, (names = new Set()));
  return names;
}

/** The one-word names read as people's here: the place reader takes the same word bare later as the person. */
export function placeNamedPeopleOf(table: SpeakerTable): ReadonlySet<string> {
  return FOUND.get(table) ?? new Set();
}

export function findPlaceNamedPeople(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(ONE_NAME, text)) {
      const name = m[0];
      const end = m.index + name.length;
      // A place's name too: the words round it say it is a person's here.
      if (!table.isPersonName(name, 1, { evenIfPlace: true })) continue;
      if (inside(m.index) || !personByCue(text, m.index, end)) continue;
      const person = table.lookup(name) ?? table.add(name, '', { passage: p, start: m.index, end });
      table.noteGivenName({ passage: p, start: m.index, end, speaker: person.id });
      // The mention is the speaker's now, which the place reader passes over: it learns the word here.
      namesOf(table).add(name);
    }
  });
}
