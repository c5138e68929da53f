/**
 * A person known by one word, perhaps also a place's name, met as the subject of a sentence that only a person fits:
 * "Baharak is fourteen and carries sacks …", "Zari, the eldest of them, has done this work …", "Farah, who is
 * fourteen, phoned …". The place linker already reads such a name as no place (place-people.ts); here the same
 * cue makes it a speaker, so the "she says" after it finds her.
 */
import { matchesOf } from './matches.ts';
import { namedAsPerson } from './place-people.ts';
import { opensSentence } from './sentences.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';

/** One capitalised word: a given name that may also be a place's. */
const ONE_NAME = /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}'’-])/gu;

export function findPlaceNamedPeople(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(ONE_NAME, text)) {
      const name = m[0];
      const end = m.index + name.length;
      // A place's name too: the words round it say it is a person's here.
      if (!table.isPersonName(name, 1, { evenIfPlace: true })) continue;
      if (inside(m.index) || !opensSentence(text, m.index) || !namedAsPerson(text, m.index, end)) continue;
      const person = table.lookup(name) ?? table.add(name, '', { passage: p, start: m.index, end });
      table.noteGivenName({ passage: p, start: m.index, end, speaker: person.id });
    }
  });
}
