// People a feature writer introduces without an age or a role: a paragraph about someone, opened on their bare
// name ("Nasima arrives … . She is 37 …"), and a name a "who" clause describes ("Gul Ahmad Andarabi, who owns the
// workshop"). Made speakers, their mentions are events, so the "she says" of the paragraphs about them finds them
// rather than the last person the table happened to know.
import { BODY_NOUNS, KIN_NOUNS, ORGANISATION_WORDS, SPEECH_VERBS, TOPIC_OPENING_VERBS } from './lexicon.ts';
import { NAME_CHARS } from './name-runs.ts';
import { matchesOf } from './matches.ts';
import { sentenceEnd } from './sentences.ts';
import { insideQuote, type Gender, type Reading, type SpeakerTable } from './speakers.ts';

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
const AUXILIARIES = TOPIC_OPENING_VERBS.join('|');

/** A short lead of scene or time in lowercase words before the name: "Across the road, ", "Two doors down, ". */
const SCENE_LEAD = '\\p{Lu}[\\p{Ll}\\d ]{2,30},\\s+';
/**
 * A paragraph opening on a name of one to three words and a lowercase word (its verb: "arrives", "cannot"): the
 * paragraph's topic (perhaps after a SCENE_LEAD), when the next sentence goes on about them by "She" or "He".
 */
const TOPIC_OPENING = new RegExp(
  `^\\s*(?:${SCENE_LEAD})?(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:\\p{Ll}+(?:s|ed)|${AUXILIARIES})\\b`,
  'u',
);
/**
 * The next sentence's subject pronoun, perhaps after an adverb of time ("She is 37", "Today he …"), or its owner's
 * ("Her sister-in-law minds the children"): either goes on about the person the paragraph opened on.
 */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:Now|Today|Then|Later),?\s+)?(?<pronoun>She|He|Her|His)\s+(?<verb>\p{Ll}+)/u;
/** "Name, who owns …": a relative "who" is said only of people; two to four words, or one when
 * the clause says it is all the name the person gives. */
const WHO_RELATIVE = new RegExp(`(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}),\\s+who\\s+\\p{Ll}`, 'gu');

/** "who, like many Afghan women, uses only one name": the clause that makes one word a whole name. */
const ONE_NAME = /\b(?:one|single|first|only)\s+name\b/u;

const genderOf = (pronoun: string): Gender => (pronoun === 'She' || pronoun === 'Her' ? 'female' : 'male');

/** "His apprentice, Jawed …", "Her two pupils, Sima …": an owner's noun set off before a name. */
const OWNED_NAME = /^\s*(?:Her|His)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+\p{Lu}/u;

/**
 * Whether "Her"/"His" opening the next sentence goes on about the opener: only before a relative or a named
 * person of theirs ("Her sister-in-law …", "His eldest son …", "His apprentice, Jawed"), not "Her house …".
 */
function ownerIsOpener(pronoun: string, noun: string, next: string): boolean {
  if (pronoun !== 'Her' && pronoun !== 'His') return true;
  const second = /^\s*\S+\s+\S+\s+(?<kin>[\p{Ll}-]+)/u.exec(next)?.groups?.['kin'] ?? '';
  return KIN_NOUNS.has(noun) || KIN_NOUNS.has(second) || OWNED_NAME.test(next);
}

/** A paragraph that opens on a person's bare name and goes on "She …"/"He …": that person, of that gender. */
export function findTopicOpenings(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const m = TOPIC_OPENING.exec(text);
    const name = m?.groups?.['name'] ?? '';
    if (!m || !table.isPersonName(name, 1)) return;
    const start = m.index + m[0].indexOf(name);
    const end = sentenceEnd(text, start);
    const next = PRONOUN_SUBJECT.exec(text.slice(end))?.groups;
    const pronoun = next?.['pronoun'];
    // "Gavi funded the vaccines. She said …": a "she said" reports a speaker already known, not the opener.
    if (!pronoun || SPEECH_VERBS.has(next['verb'] ?? '')) return;
    if (!ownerIsOpener(pronoun, next['verb'] ?? '', text.slice(end, end + 60))) return;
    const person = table.add(name, '', { passage: p, start, end: start + name.length });
    person.gender ??= genderOf(pronoun);
    table.noteEvent({ passage: p, start, end: start + name.length, speaker: person.id });
  });
}

/** Names a "who" clause describes, as people; a name the table knows already is left to its introduction. */
export function findWhoRelatives(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!text.includes(', who ')) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(WHO_RELATIVE, text)) {
      const name = m.groups?.['name'] ?? '';
      const clause = text.slice(m.index + m[0].length, sentenceEnd(text, m.index + m[0].length));
      const words = ONE_NAME.test(clause) ? 1 : 2;
      if (inside(m.index) || table.lookup(name) || !table.isPersonName(name, words)) continue;
      const person = table.add(name, '', { passage: p, start: m.index, end: m.index + name.length });
      table.noteEvent({ passage: p, start: m.index, end: m.index + name.length, speaker: person.id });
    }
  });
}

/**
 * "His apprentice, Jawed Noori, sorts …", "her sister-in-law, Mahbooba, minds …", "Another nurse, Parwin S.,
 * crosses …": a name set off after an owner's pronoun (or "another") and a noun, then a lowercase verb — a person of the passage, whom its pronouns may mean.
 */
const OWNED_APPOSITIVE = new RegExp(
  `\\b(?<det>His|Her|his|her|Another|another)\\s+(?<noun>[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,2}),\\s+(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}),\\s+\\p{Ll}`,
  'gu',
);

/** Names an owner's noun sets off (see OWNED_APPOSITIVE), as people; a name the table knows is left alone. */
export function findOwnedAppositives(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!/\b(?:[Hh](?:is|er)|[Aa]nother)\s/u.test(text)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(OWNED_APPOSITIVE, text)) {
      const name = m.groups?.['name'] ?? '';
      const noun = m.groups?.['noun'] ?? '';
      const start = m.index + m[0].indexOf(`, ${name}`) + 2;
      if (inside(m.index) || table.lookup(name) || !table.isPersonName(name, 1)) continue;
      // "His ministry, Public Works, says …": a body of theirs, not a person.
      const head = noun.split(/\s+/u).at(-1) ?? '';
      if (BODY_NOUNS.has(head) || ORGANISATION_WORDS.has(head)) continue;
      const person = table.add(name, `${m.groups?.['det'] ?? ''} ${noun}`, {
        passage: p,
        start,
        end: start + name.length,
      });
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: person.id });
    }
  });
}
