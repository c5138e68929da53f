// Cues that a feature writer uses to introduce a person without a role: an age in commas ("Gul Makai Sharifi,
// fifty-one, …") and a delayed name ("… she says. // The woman is Gul Makai Sharifi").
import { isSourceNoun } from './anonymous.ts';
import { NAME_CHARS, runStart, spaceStart } from './name-runs.ts';
import { describesPerson, insideQuote, type Gender, type Reading, type SpeakerTable } from './speakers.ts';
import { ROLE_NOUNS, TITLE, TITLE_ABBREVIATION } from './lexicon.ts';
import { sentenceEnd } from './sentences.ts';
import { matchesOf } from './matches.ts';

const NAME_WORD = `\\p{Lu}[${NAME_CHARS}]*`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** An age as reporting writes it in commas: "41", "fifty-one", "seventy". */
const AGE = `(?:\\d{1,3}|(?:${TENS})(?:-(?:${UNITS}))?|eighteen|nineteen)`;
/** ", fifty-one," after a name: an age in commas. */
const AGE_IN_COMMAS = new RegExp(`,[ \\t]+(?<age>${AGE}),`, 'gu');
/**
 * " is twenty-two." after a name (perhaps in commas): "is" or "was" and an age that ends the clause, or is joined
 * by "and" to what else the sentence says of the person ("was nineteen and in her second year").
 */
const AGE_COPULA = new RegExp(
  `[ \\t](?:is|was)[ \\t]+(?<age>${AGE})(?=[ \\t]+years[ \\t]+old|[ \\t]*[.,;]|[ \\t]+and[ \\t])`,
  'gu',
);
/** A person's name has at most this many words before its age. */
const MAX_NAME_WORDS = 4;

/**
 * Where the capitalised words that end at `end` start (up to `maxWords`, read backwards one run at a time), or
 * -1 when the word there is not capitalised.
 */
export function nameEndingAt(text: string, end: number, maxWords: number): number {
  let start = -1;
  let at = end;
  for (let words = 0; words < maxWords; words++) {
    const run = runStart(text, at);
    if (run === at || !/^\p{Lu}/u.test(text.slice(run, run + 2))) break;
    start = run;
    const gap = spaceStart(text, run);
    if (gap === run) break;
    at = gap;
  }
  return start;
}

/**
 * Whether a word stands inside a sentence, after a lowercase word ("we met Mursal, 18,"): one capitalised word
 * with an age there is a given name, where at a sentence's start it may be any word.
 */
function midSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return /\s$/u.test(before) && /^\p{Ll}/u.test(before.trimEnd().split(/\s/u).at(-1) ?? '');
}

/** "Gulnaz (گلناز), 35,": the name ends before its translation in brackets. */
function translatedNameEnd(text: string, end: number): number {
  if (text[end - 1] !== ')') return end;
  const open = text.lastIndexOf('(', end - 1);
  return open > 0 && end - open <= 40 && text[open - 1] === ' ' ? open - 1 : end;
}

/** "Jawed (name changed), 24,": a report's note that a name was changed says it is a person's, one word or more. */
const PSEUDONYM_NOTE =
  /^\s*\((?:(?:his|her)\s+)?(?:name\s+(?:has\s+been\s+)?changed|not\s+(?:his|her)\s+real\s+name|a\s+pseudonym)\)$/iu;

/** ", 35, a mother of six from …": an age followed by a description of a person. */
function describedAfter(text: string, at: number): boolean {
  const description = /^\s*((?:an?|the)\s[^,.;:!?]{2,80})/iu.exec(text.slice(at, at + 90))?.[1] ?? '';
  return description !== '' && describesPerson(description);
}

/** People introduced by a name and an age: the age is their description, the mention an event. */
export function findAgeIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    const inside = insideQuote(reading, p);
    const marks = [...matchesOf(AGE_IN_COMMAS, text), ...matchesOf(AGE_COPULA, text)];
    for (const m of marks) {
      // "Gul Makai Sharifi, fifty-one," and "…, Nilofar Azimi, is twenty-two.": the name ends at the mark.
      const markAt = text[m.index - 1] === ',' ? m.index - 1 : m.index;
      const end = translatedNameEnd(text, markAt);
      const start = nameEndingAt(text, end, MAX_NAME_WORDS);
      const name = start < 0 ? '' : text.slice(start, end);
      const age = m.groups?.['age'] ?? '';
      const oneWord =
        PSEUDONYM_NOTE.test(text.slice(end, markAt)) ||
        midSentence(text, start) ||
        describedAfter(text, m.index + m[0].length);
      if (!name || inside(start) || !table.isPersonName(name, oneWord ? 1 : 2)) continue;
      const at = m.index + m[0].indexOf(age);
      table.add(name, age, { passage: p, start: at, end: at + age.length });
    }
  });
}

/** Verbs whose object a reporter introduces: "I met Name, a retired teacher …", "we visited Name, the mother of …". */
const MEETING_VERBS = 'met|meet|visited|visit|found|interviewed|joined|asked';
/** "In Baharak I met Mir Ahmad Tajzai, a retired schoolteacher of seventy-four who was sitting …." */
const MET_APPOSITIVE = new RegExp(
  `\\b(?:${MEETING_VERBS})\\s+(?<name>(?:${TITLE}\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}),\\s+(?<description>(?:an?|the)\\s[^.;:!?"“”]{2,200})`,
  'gu',
);

/** People a reporter meets and describes in the same sentence, as speakers the next pronoun may mean. */
export function findMetIntroductions(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!text.includes(',')) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(MET_APPOSITIVE, text)) {
      const name = m.groups?.['name'] ?? '';
      const description = (m.groups?.['description'] ?? '').trim();
      if (inside(m.index) || !table.isPersonName(name, 2) || !describesPerson(description)) continue;
      const start = m.index + m[0].lastIndexOf(description);
      table.add(name, description, { passage: p, start, end: start + description.length });
    }
  });
}

/** "a woman who gave her name as Gulchehra", "who gave only her first name, Mahbooba,": the name an anonymous person gives. */
const GIVEN_NAME = new RegExp(
  `\\bgave\\s+(?:only\\s+)?(?<pronoun>his|her)\\s+(?:first\\s+)?name(?:\\s+only)?(?:\\s+as|,)\\s+(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`,
  'gu',
);

/**
 * People who give the reporter only a name ("a woman from a village near Ishkashim, who gave her name as
 * Gulchehra, was selling oil"): speakers by that name, of the pronoun's gender, named where the name stands.
 */
export function findGivenNames(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!text.includes('name')) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(GIVEN_NAME, text)) {
      const name = m.groups?.['name'] ?? '';
      const start = m.index + m[0].length - name.length;
      if (inside(m.index) || !table.isPersonName(name, 1)) continue;
      const person = table.add(name, '', { passage: p, start, end: start + name.length });
      person.gender ??= m.groups?.['pronoun'] === 'her' ? 'female' : 'male';
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: person.id });
    }
  });
}

/**
 * A sentence that names a person the text has so far only described: "The woman is Gul Makai Sharifi", "His name is
 * Abdul Wali", "Her name, she said later, was Parwana Amiri", "He is Sher Ahmad Yusufi, and …". `head` is the noun it
 * names them by (none for a name or a pronoun), `pronoun` the his/her/he/she that gives their gender.
 */
const NAMING = `(?:(?:The|This|That)\\s+(?:\\p{Ll}+\\s+){0,2}?(?<head>\\p{Ll}+)(?:['’]s\\s+name)?|(?<pronoun>Her|His)\\s+name(?:,[^,.;:"“”]{1,80},)?|(?<subject>He|She))\\s+(?:is|was)\\s+(?<name>(?:${TITLE_ABBREVIATION}\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?=[,.;]|\\s+and\\b|\\s*$)`;
/** A paragraph that opens by naming a person. */
const OPENS_BY_NAMING = new RegExp(`^\\s*${NAMING}`, 'u');
/** Any sentence of a paragraph that names a person by "his name is" or "she is". */
const NAMING_SENTENCE = new RegExp(`(?<=^|[.!?]["”’]?\\s)${NAMING}`, 'gu');
/** Nouns for a person whom only a pronoun has meant so far: "The woman is Name". */
const PERSON_HEADS = new Set([
  'woman',
  'man',
  'girl',
  'boy',
  'baker',
  'farmer',
  'driver',
  'teacher',
  'doctor',
  'widow',
]);

/**
 * The person the paragraph after `p` opens by naming, as a speaker (added when `create`), when `accepts` takes the
 * noun it names them by (null for "His name is"); else null. Shared by the pronoun's and the role's readings.
 */
function namedInNextParagraph(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  create: boolean,
  accepts: (head: string | null) => boolean,
  gender?: Gender,
): string | null {
  const m = OPENS_BY_NAMING.exec(reading.texts[p + 1] ?? '');
  const name = m?.groups?.['name'] ?? '';
  if (!m || !accepts(m.groups?.['head'] ?? null) || !table.isPersonName(name, 2)) return null;
  if (gender && namingGender(m) && namingGender(m) !== gender) return null;
  const known = table.lookup(name);
  if (known || !create) return known?.id ?? null;
  return table.add(name, '', null).id;
}

/** The gender a naming sentence's "his", "her", "he" or "she" gives; null when it names by a noun. */
function namingGender(m: RegExpMatchArray): Gender | null {
  const by = (m.groups?.['pronoun'] ?? m.groups?.['subject'] ?? '').toLowerCase();
  if (!by) return null;
  return by === 'her' || by === 'she' ? 'female' : 'male';
}

/**
 * "Her name is Nahrin Karimi.", "He is Sher Ahmad Yusufi, and he is sixty.": a sentence naming a person by a pronoun
 * introduces them, of the pronoun's gender, where the name stands — the "she said" after it is theirs.
 */
export function findNamingSentences(table: SpeakerTable, reading: Reading): void {
  reading.texts.forEach((text, p) => {
    if (!/\b(?:is|was)\b/.test(text)) return;
    const inside = insideQuote(reading, p);
    for (const m of matchesOf(NAMING_SENTENCE, text)) {
      const name = m.groups?.['name'] ?? '';
      const gender = namingGender(m);
      if (!gender || inside(m.index) || !table.isPersonName(name, 2)) continue;
      const start = m.index + m[0].length - name.length;
      const person = table.add(name, '', { passage: p, start, end: start + name.length });
      person.gender ??= gender;
      table.noteEvent({ passage: p, start, end: start + name.length, speaker: person.id });
    }
  });
}

/** "That engineer is Name", "The teacher's name is Name" in a text: the role noun, the name and where it stands. */
export function roleNamingsOf(text: string): { head: string; name: string; at: number }[] {
  if (!/\b(?:is|was)\b/.test(text)) return [];
  return [...matchesOf(NAMING_SENTENCE, text)].flatMap((m) => {
    const head = m.groups?.['head'] ?? '';
    const name = m.groups?.['name'] ?? '';
    return isSourceNoun(head) || PERSON_HEADS.has(head) ? [{ head, name, at: m.index }] : [];
  });
}

/** The person the paragraph after `p` opens by naming with a person's noun or "His name is", or null. */
export function identifiedNext(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  create: boolean,
  gender?: Gender,
): string | null {
  const accepts = (head: string | null) => head === null || PERSON_HEADS.has(head);
  return namedInNextParagraph(table, reading, p, create, accepts, gender);
}

/** A paragraph opening on a person's full name as its subject: "Shakila Noori was nineteen when …". */
const OPENS_ON_NAME = new RegExp(
  `^\\s*(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:is|was|has|had|\\p{Ll}+ed|\\p{Ll}+s)\\b`,
  'u',
);

/**
 * '…the captain of the ferry is already untying the ropes. / "…," she said. / Shakila Noori was nineteen
 * when …': a pronoun no one before it can mean is the person the next paragraph opens on by full name — a
 * feature that describes its subject first and names her after. Read only when no one is named before.
 */
export function nameOpeningNext(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  create: boolean,
  gender: Gender,
): string | null {
  const name = OPENS_ON_NAME.exec(reading.texts[p + 1] ?? '')?.groups?.['name'] ?? '';
  if (!name || !table.isPersonName(name, 2)) return null;
  const person = table.lookup(name) ?? (create ? table.add(name, '', null) : null);
  if (!person || (person.gender && person.gender !== gender)) return null;
  person.gender ??= gender;
  return person.id;
}

/** Characters of the role's sentence read for the role word the next paragraph names. */
const ROLE_SENTENCE_MAX = 300;

/**
 * 'The head of the office, a quiet agronomist, told the farmers: "…"' and the next paragraph opens "The
 * engineer is Name": a role word of the attribution's sentence (its head or its appositive) that the next
 * paragraph opens by naming is that person. `roleAt` is where the role starts in passage `p`.
 */
export function roleIdentifiedNext(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  roleAt: number,
  create: boolean,
): string | null {
  const text = reading.texts[p] ?? '';
  const inRoleSentence = (head: string) => {
    const end = sentenceEnd(text, roleAt, Math.min(text.length, roleAt + ROLE_SENTENCE_MAX));
    return text
      .slice(roleAt, end)
      .split(/[^\p{L}]+/u)
      .includes(head);
  };
  return namedInNextParagraph(
    table,
    reading,
    p,
    create,
    (head) => head !== null && ROLE_NOUNS.has(head) && inRoleSentence(head),
  );
}

/**
 * A sentence whose subject is a role with "the", "its" or "their", or a relative with a possessive ("My
 * mother-in-law is from …"): where it starts and its head noun.
 */
export interface DefiniteSubject {
  at: number;
  /** Where the subject's words end (its head, or the "of …" after it, is not included). */
  end: number;
  head: string;
  /** "The head of the department, a young engineer who …": the first words of its appositive. */
  aside?: string;
}

/**
 * "The foreman was blunt about …", "Its director, a religious scholar …, received us", "The district's
 * agriculture manager, a young engineer …": the head is the word before the comma or the verb (a past or present
 * tense, or was/is/has/had); an owner's possessive may stand among the modifiers.
 */
const DEFINITE_SUBJECT =
  /(?:(?<=^|[.!?]["”’]?\s)(?:The|Its|Their|My|Our|His|Her)|(?<=;\s)the)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}?(?<head>\p{Ll}+(?:-\p{Ll}+)*)(?=,|\s+(?:of|at|in|on)\s+(?:the\s+)?\p{Ll}+(?:\s\p{Ll}+)?,|(?:\s+of(?:\s+[\p{Ll}-]+){1,12}?)?\s+(?:was|is|has|had|\p{Ll}{2,}(?:ed|s))\b)/gu;
/** ", a young engineer who …" right after a definite subject and its "of …": the appositive's first words. */
const ASIDE =
  /^(?:\s+(?:of|at|in|on)\s+(?:the\s+)?\p{Ll}+(?:\s\p{Ll}+)?)?,\s+an?\s+(?<words>[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u;

/** Every sentence of a text whose subject is a definite role, in order, with the role an appositive gives it. */
export function definiteSubjectsOf(text: string): DefiniteSubject[] {
  return [...matchesOf(DEFINITE_SUBJECT, text)].map((m) => {
    const head = m.groups?.['head'] ?? '';
    const end = m.index + m[0].length;
    const aside = ASIDE.exec(text.slice(end, end + 80))?.groups?.['words'];
    return aside ? { at: m.index, end, head, aside } : { at: m.index, end, head };
  });
}

/** '," said the head of the vaccination drive in the east.': a definite role after the verb, to the stop. */
const SAID_THE_ROLE = /^[\s,]*(?:said|says|added|explained)\s+(?<role>the\s+[^.!?"“”]{2,160}?)[.!?](?=\s|$)/u;
/** Characters read after a quotation for "said the <role>.", and after that sentence for the name. */
const ROLE_REACH = 200;
const NEXT_REACH = 600;
/** Characters outside quotation marks the paragraph's rest may hold and still be "its other quotations". */
const UNQUOTED_REST = 40;
/** A name opening a sentence ("Dr. Sharifa Omari told …", "Shabnam Yamgani, 34, …") or "The engineer, Name,". */
const NAME_OR_ROLE_NAME_OPENING = new RegExp(
  `^\\s*(?:The\\s+(?<head>\\p{Ll}+),\\s+)?(?<name>(?:${TITLE_ABBREVIATION}\\s+)?\\p{Lu}[${NAME_CHARS}]+(?:\\s+\\p{Lu}[${NAME_CHARS}]+){1,3})`,
  'u',
);

/**
 * '"…," said the clinic's nurse in Jurm. Parwin Sultani, 29, studied …': a quotation given to a role the next
 * sentence names, or, past the paragraph's other quotations, the next paragraph as "The midwife, Name, …". Only a
 * speaker the text knows by that name; `closeEnd` is where the quotation closes in passage `p`.
 *
 * Kept apart from roleHeldByNextName (english-speakers.ts), which reads a like shape: that one resolves a role while
 * the quotation is attributed, reads only the one sentence after the role (a name then a comma or a verb) and makes
 * or describes the person; this one runs after attribution, from the quotation's close ("said the <role>."), also
 * reads past the paragraph's other quotations to the next paragraph's "The <role>, Name," and only names a speaker
 * the text already knows. One function would make people where this one must not, or miss the next paragraph.
 */
export function roleNamedNext(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  closeEnd: number,
): string | null {
  const text = reading.texts[p] ?? '';
  const m = SAID_THE_ROLE.exec(text.slice(closeEnd, closeEnd + ROLE_REACH));
  const words = (m?.groups?.['role'] ?? '').toLowerCase().split(/[\s,]+/u);
  if (!m || !words.some((w) => ROLE_NOUNS.has(w))) return null;
  const from = closeEnd + m[0].length;
  const rest = text.slice(from, from + NEXT_REACH);
  // The rest of the paragraph is its other quotations and a word or two of attribution between them.
  const quotesOnly = from + NEXT_REACH >= text.length && unquotedLength(rest) <= UNQUOTED_REST;
  const n = NAME_OR_ROLE_NAME_OPENING.exec(quotesOnly ? (reading.texts[p + 1] ?? '') : rest);
  const head = n?.groups?.['head'];
  if (!n || (head ? !words.includes(head) : quotesOnly)) return null;
  const s = table.lookup(n.groups?.['name'] ?? '');
  return s && !s.anonymous ? s.id : null;
}

/** Non-space characters of `text` outside quotation marks, read once left to right. */
export function unquotedLength(text: string): number {
  let inside = false;
  let n = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '”') inside = ch === '“';
    else if (ch === '"') inside = !inside;
    else if (!inside && !/\s/u.test(ch)) n++;
  }
  return n;
}
