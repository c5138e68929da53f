// People a text names only by their initials: court records, case studies and reports that protect who they
// quote ("The second witness, A.W., son of …, stated", "One applicant, R. S., told the panel").
import { BODY_NOUNS } from './lexicon.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';
import { matchesOf } from './matches.ts';

/** Initials: two to four capitals, each with its full stop, perhaps a space between ("Z.K.", "M. N."). */
export const INITIALS = '\\p{Lu}\\.(?:[ ]?\\p{Lu}\\.){1,3}';
/**
 * "The respondent, Z.K.,", "One of the drivers, H. R., …": a description of a few words opening on a determiner,
 * then the initials in apposition (a comma, a stop or a space after them — never a capitalised word, as in "U.S. Steel").
 */
const DESCRIPTION_THEN_INITIALS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<description>(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\\s(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?[\\p{L}\\p{N}'’-]+),\\s+(?<name>${INITIALS})(?=[,;:)]|\\s+\\p{Ll}|\\s*$)`,
  'gu',
);

/** The description's last word: its head ("the first witness" → "witness"). */
const headOf = (description: string): string => description.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';

/**
 * People a description introduces by their initials in apposition: the initials are the person's name from here
 * on (the speaker a later "he stated" means), the description theirs — not a body's ("the agency, U.N.,").
 */
export function findInitialsIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!/\p{Lu}\.\s?\p{Lu}\./u.test(text)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(DESCRIPTION_THEN_INITIALS, text)) {
      const description = m.groups?.['description'] ?? '';
      const name = m.groups?.['name'] ?? '';
      const at = m.index + m[0].length - name.length;
      if (inside(at) || BODY_NOUNS.has(headOf(description))) continue;
      const s = table.add(name, description, { passage: p, start: m.index, end: at + name.length });
      // Like a name a source gives ("A porter, who gave his name as …"): the one the paragraph introduced.
      const ev = { passage: p, start: at, end: at + name.length, speaker: s.id };
      table.noteEvent(ev);
      table.noteGivenName(ev);
    }
  });
}
