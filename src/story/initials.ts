// People a text names only by their initials: court records, case studies and reports that protect who they
// quote ("The second witness, A.W., son of …, stated", "One applicant, R. S., told the panel").
import { BODY_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { GIVEN_NAME_AND_INITIAL, givenNameAndInitial, wordAlternation } from './regex-parts.ts';
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

/**
 * A given name (one or two words) and the surname's initial, as courts and privacy rules give people ("Jawid K.",
 * "Bibi Sima T."): a person introduced so — by an age or a description in commas, a speech verb, or after
 * "identified (only) as" — is named so from then on.
 */
const GIVEN_NAME_INITIAL = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?<name>${givenNameAndInitial('given')})(?=,\\s+(?:\\p{N}{1,3},|(?:an?|the|who)\\s)|\\s+(?:${wordAlternation(SPEECH_VERBS)})\\b)|(?<=\\bidentified\\s(?:only\\s)?as\\s)(?<named>${givenNameAndInitial('namedGiven')})`,
  'gu',
);

/** Any given name and initial, for the later mentions of one introduced so ("Jawid K. said"). */
const ANY_GIVEN_NAME_INITIAL = new RegExp(`(?<![\\p{L}\\p{N}.])${GIVEN_NAME_AND_INITIAL}`, 'gu');

/** A space, a capital and its stop: scanned for first, as a pattern opening on a lower-case letter scans slowly. */
const SPACE_INITIAL = /\s\p{Lu}\./gu;
const ENDS_LOWER = /\p{Ll}$/u;

/** Whether `text` holds /\p{Ll}\s\p{Lu}\./u: a lower-case letter (the code point before), then SPACE_INITIAL. */
function hasInitialAfterWord(text: string): boolean {
  for (const m of matchesOf(SPACE_INITIAL, text))
    if (ENDS_LOWER.test(text.slice(Math.max(0, m.index - 2), m.index))) return true;
  return false;
}

/** People a text names by a given name and the initial of their surname ("Jawid K., 29, told the court"). */
export function findGivenNameInitials(table: SpeakerTable, reading: Reading): void {
  const named = new Set<string>();
  // A passage with a capital and a stop after a word ("Jawid K."): its quotations, read once for both loops.
  const insides = reading.texts.map((text, p) =>
    hasInitialAfterWord(text) ? insideQuote(reading, p) : null,
  );
  reading.texts.forEach((text, p) => {
    const inside = insides[p];
    if (!inside) return;
    for (const m of matchesOf(GIVEN_NAME_INITIAL, text)) {
      const name = m.groups?.['name'] ?? m.groups?.['named'] ?? '';
      const given = m.groups?.['given'] ?? m.groups?.['namedGiven'] ?? '';
      if (inside(m.index) || !table.isPersonName(given, 1, { evenIfPlace: true })) continue;
      table.add(name, '', { passage: p, start: m.index, end: m.index + name.length });
      named.add(name);
    }
  });
  if (named.size === 0) return;
  // Every mention outside quotations, the introduction's among them: whom a later "he said" may mean.
  reading.texts.forEach((text, p) => {
    const inside = insides[p];
    if (!inside) return;
    for (const m of matchesOf(ANY_GIVEN_NAME_INITIAL, text)) {
      const s = named.has(m[0]) && !inside(m.index) ? table.lookup(m[0]) : null;
      if (s) table.noteEvent({ passage: p, start: m.index, end: m.index + m[0].length, speaker: s.id });
    }
  });
}
