/**
 * A transcript's turns: speech set under a speaker label ("[00:01:12] HAIDARI: …", "Haidari (farmer): …",
 * "[Haidari] …") is a quotation of the person the label names, and runs on through the paragraphs without a label
 * until the next label or a stage direction ("[music]"). A label that names nobody ("VOICEOVER:", "CLAIM:") is
 * the film's own voice. The screen's caption over a speaker ("[LOWER THIRD: NAME / role]", removed as page
 * chrome) introduces that person: it gives the surname a label uses its full name and role, and a turn that
 * comes after it with no label at all is the captioned person's, who has not spoken yet.
 */
import { wordCount } from './word-count.ts';
import {
  DESCRIBED_PLACE_PREPOSITIONS,
  ENGLISH_ARTICLES,
  NEWS_OUTLET_NAMES,
  PHOTO_AGENCIES,
  PRESS_NAME_WORDS,
  QUESTIONER_LABELS,
  QUESTION_LABELS,
  WIRE_AGENCIES,
  hasSpeechVerb,
  isPersonNoun,
} from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import { isDescription } from './dari-attribution.ts';
import { isDariText } from './dari-words.ts';
import { normalizeName } from './normalize.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Reading, SpeakerTable } from './speakers.ts';
import { perPassage } from './reading-cache.ts';
import { personOfLabel } from './label-initials.ts';

/** A line the page shows over the film (a lower third), and the first passage that follows it. */
export interface Caption {
  passage: number;
  text: string;
}

/** A transcript's time mark before a turn, in Latin or Persian digits: "[00:01:02]", "(12:40)", "[۱۲:۴۰]". */
export const TIME_MARK = String.raw`[\[(][\d۰-۹]{1,2}(?::[\d۰-۹]{2}){1,2}[\])]\s*`;
/** A name's letters in a label or a caption: Latin or Arabic script, the Persian joiner (ZWNJ), dots, hyphens. */
const NAME_CHARS = String.raw`[\p{L}\p{M}\u200c.'’\- ]`;
const LABEL_CHARS = String.raw`\p{L}${NAME_CHARS}{0,40}?`;
/** A subtitle's markup tag before the words it styles: "<i>", "<b>", "<font color=…>" (WebVTT "<v Name>" aside). */
const MARKUP_TAG = String.raw`<(?:[ibu]|font[^<>\n]{0,60})>`;
/** WebVTT's voice tag naming who speaks the cue: "<v Gul Ahmad>", "<v.loud Narrator>" (its closing "</v>" optional). */
const VOICE_TAG = String.raw`<v(?:\.[\w-]+)*[ \t]+(?<voice>\p{L}${NAME_CHARS}{0,40}?)>\s*`;
/**
 * A role after the name and a comma, Latin or Arabic: "QADIR, baker:", «ملالی، خیاط:», «گل‌احمد، باشندهٔ ناحیهٔ سوم:»;
 * at most four words and no comma, colon or quotation mark, so a sentence's clause before a colon is seldom one.
 */
const COMMA_ROLE = String.raw`[ \t]*[,،][ \t]*(?<crole>\p{L}[\p{L}\p{M}\u200c.'’\-]*(?:[ \t]+[\p{L}\p{M}\u200c.'’\-]+){0,3})`;
/**
 * A turn's label: "NAME:", "Name, role:", "Name (role):", "[Name]" or "[NAME]:", or a WebVTT voice tag, opening the paragraph, after an optional time mark. The
 * bracketed form needs a capital, so "[music]" stays a stage direction.
 */
const TURN_LABEL = new RegExp(
  String.raw`^(?:${TIME_MARK})?(?:${MARKUP_TAG})?(?:\[(?<bracket>\p{Lu}${NAME_CHARS}{0,40})(?:,[ \t]*(?<brole>[^[\]\n]{1,80}))?\]:?\s+|${VOICE_TAG}|(?<label>${LABEL_CHARS})(?:\s*\((?<role>[^()\n]{1,60})\)|${COMMA_ROLE})?\s*:\s+)(?=\S)`,
  'u',
);
/** A paragraph that is only a time mark and a bracketed direction: "[00:03:50] [music]". */
const STAGE_DIRECTION = new RegExp(String.raw`^(?:${TIME_MARK})?\[[^\]\n]*\]\s*$`, 'u');
const OPENS_WITH_TIME = new RegExp(`^${TIME_MARK}`, 'u');
/**
 * A caption naming a person: "[00:00:38] [LOWER THIRD: NAME NAME / role]", "Name Name, role": perhaps a time
 * mark, a bracket and the caption's kind in capitals, then the name, a slash, bar, dash or comma, and the role.
 */
const CAPTION_PERSON = new RegExp(
  String.raw`^(?:${TIME_MARK})?\[?(?:[\p{Lu} ]{2,24}:\s*)?(?<name>\p{L}${NAME_CHARS}{0,60}\p{L})\s*[/|,–—]\s*(?<role>[^/|\]\n\s](?:[^/|\]\n]{0,80}[^/|\]\n\s])?)\s*\]?$`,
  'u',
);
/**
 * "ABDUL BASIR" over "TRUCK DRIVER": a subtitle file's lower third, kept in its text: a name in capitals on one line,
 * the person's role in capitals on the next, and nothing else.
 */
const NAME_CARD = /^(?<name>\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}\p{Lu})\r?\n(?<role>\p{Lu}[^\n\p{Ll}]{1,80})$/u;

/** Each lower third written into the text, as a caption ("NAME / ROLE") of the passage after it. */
export function nameCards(texts: readonly string[]): Caption[] {
  return texts.flatMap((text, p) => {
    const m = NAME_CARD.exec(text.trim());
    const { name, role } = m?.groups ?? {};
    return name && role && p + 1 < texts.length ? [{ passage: p + 1, text: `${name} / ${role.trim()}` }] : [];
  });
}

/** A transcript has at least this many turns under labels that name people. */
const MIN_TURNS = 3;

/** A label in capitals ("LINA OSMANI") as the text writes the name ("Lina Osmani"); any other label is kept. */
export function labelAsWritten(label: string): string {
  if (!/^\p{Lu}{2,}(?:[\s'’-]+\p{Lu}+)*$/u.test(label)) return label;
  return capitalsAsWritten(label);
}

/** Words in capitals with each word's first letter kept capital ("ELENA M. PORTER" → "Elena M. Porter"). */
export function capitalsAsWritten(words: string): string {
  return words
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toUpperCase());
}

/** "I tell him:", "He said:": a sentence's own subject and verb before a colon, no speaker's label. */
const PRONOUN_SUBJECT = /^(?:I|we|he|she|they|you|it)\s/iu;

/** A turn's label: as written, in capitals or not, its role, and where the speech starts. */
export interface TurnLabel {
  label: string;
  role: string;
  start: number;
  capitals: boolean;
  /** "[Name, role] …": a name and role in brackets, which no sentence opens with: a transcript's turn on its own. */
  bracketRole: boolean;
  /** "<v Name>": WebVTT's voice tag, which names whoever speaks the cue, however the name is cased. */
  voice: boolean;
  /** Where the label's name ends: before a role after a comma ("QADIR, baker:"), whose places are read; else start. */
  nameEnd: number;
}

/**
 * Whether the words after a label's comma give a person's role: a trade or a described person ("baker", "a farmer
 * from Archi", «خیاط», «باشندهٔ ناحیهٔ سوم»), not a place ("Afghanistan") or a clause's words ("the toll so far").
 */
function givesRole(role: string): boolean {
  if (isDariText(role)) return isDescription(role);
  // "QADIR, BAKER:": a label in capitals gives its role in capitals too.
  const cased = /\p{Ll}/u.test(role) ? role : role.toLowerCase();
  const noun = DESCRIBED_ASKER.exec(cased)?.groups?.['noun'];
  return noun !== undefined && isPersonNoun(noun.split(/\s+/u).at(-1) ?? '');
}

/** The label opening a paragraph, as written, with its role and where the speech starts; null for none. */
export function turnLabel(text: string): TurnLabel | null {
  const m = TURN_LABEL.exec(text);
  const label = (m?.groups?.bracket ?? m?.groups?.voice ?? m?.groups?.label ?? '').trim();
  if (!m || !label || PRONOUN_SUBJECT.test(label)) return null;
  const written = labelAsWritten(label);
  const bracketRole = m.groups?.brole?.trim();
  const commaRole = m.groups?.crole?.trim();
  // "In Kunduz, the governor said: …", «احمد، رئیس معارف تخار: «…»»: a sentence introducing a quotation, no turn;
  // "Across Kunduz, the toll:", "Kunduz, Afghanistan:", "Fruit, vegetables:": a heading or a clause, no role.
  if (
    commaRole !== undefined &&
    (hasSpeechVerb(commaRole) || QUOTE_OPENING.test(text.slice(m[0].length)) || !givesRole(commaRole))
  )
    return null;
  const role = bracketRole ?? m.groups?.role?.trim() ?? commaRole ?? '';
  return {
    label: written,
    role,
    start: m[0].length,
    capitals: written !== label,
    bracketRole: !!bracketRole,
    voice: m.groups?.voice !== undefined,
    nameEnd: commaRole === undefined ? m[0].length : text.lastIndexOf(commaRole, m[0].length),
  };
}

/** Each passage's turn label, read once per reading: the turns, the label spans and every pronoun ask for it. */
export const turnLabelOf = perPassage<TurnLabel | null, Reading>((text) => turnLabel(text));

/** A label's words as a speaker label writes them: a name's capitalised words or capitals ("Jawed Karimi", "DR. SADAT"). */
const LABEL_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;

/**
 * Where a turn's speech starts after a label `l` (turnLabelOf) naming its speaker as a name is written ("JAWED
 * KARIMI: …", "Sadat (engineer): …"); null for a paragraph with none, with a sentence's opening before a colon ("In
 * Kunduz the governor said: …"), with a label `isPerson` says names no one ("Security:"), or before a quotation.
 */
export function labelledTurnStart(
  l: TurnLabel | null,
  text: string,
  isPerson: (label: string) => boolean = () => true,
): number | null {
  if (!l || !LABEL_NAME.test(l.label) || !isPerson(labelAsWritten(l.label))) return null;
  // "KUNDUZ: "…," he said", "Monday: "…," he wrote": a dateline or a heading over reported words, no turn.
  return QUOTE_OPENING.test(text.slice(l.start)) ? null : l.start;
}

/** A quotation mark opening a paragraph's words. */
const QUOTE_OPENING = /^["“«„‘']/u;

const QUESTIONER = new Set(QUESTIONER_LABELS);
/** A questioner from an outlet ("Nasir Zaki, Radio Sahar", "Reuters", "BBC Pashto"): the press's question. */
const PRESS_NAME = new RegExp(
  `(?<![\\p{L}])(?:${wordAlternation([...PRESS_NAME_WORDS, ...WIRE_AGENCIES, ...PHOTO_AGENCIES, ...NEWS_OUTLET_NAMES])})(?![\\p{L}])`,
  'u',
);
const QUESTION_WORDS = new Set(QUESTION_LABELS);
/** "a farmer from Archi", "graduate student, Georgetown", "student": a person described in lower case, and where. */
const DESCRIBED_ASKER = new RegExp(
  `^(?:(?:${wordAlternation(ENGLISH_ARTICLES)})\\s+)?(?<noun>(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)(?:(?:\\s+(?:${wordAlternation(DESCRIBED_PLACE_PREPOSITIONS)})\\s+|,\\s*)\\p{Lu}[^()]*)?$`,
  'u',
);

/**
 * Whether a question's bracket names who asks: a described person ("a farmer from Archi"), or a body or a person
 * by name that is no outlet ("World Bank", "Kabul University"); a question's label needs two words, as one word
 * there is an agency or a note ("Reuters", "Translated"), a caller's may give the caller's place ("Baharak").
 */
function namesAsker(role: string, question: boolean): boolean {
  const described = DESCRIBED_ASKER.exec(role)?.groups?.['noun'];
  if (described !== undefined) return isPersonNoun(described.split(/\s+/u).at(-1) ?? '');
  if (!/^\p{Lu}/u.test(role) || PRESS_NAME.test(role)) return false;
  return !question || role.trim().split(/\s+/u).length >= 2;
}

/**
 * "QUESTION (World Bank): …", "CALLER (Kishim): …": a question from the floor or the line, with who asks in
 * brackets: that asker, a source the label describes, and where the question starts; null for another label
 * ("Q: …", the interviewer's own).
 */
export function questionerOf(
  table: SpeakerTable,
  text: string,
  p: number,
): { speaker: string; start: number } | null {
  const q = questionerLabel(text);
  if (!q) return null;
  const at = Math.max(0, text.indexOf(q.role));
  const intro = { passage: p, start: at, end: at + q.role.length };
  return { speaker: table.addAnonymous(`${q.noun} (${q.role})`, q.role, intro).id, start: q.start };
}

/**
 * "LYNNE O'DONNELL (Foreign Policy): …", "FAWAD KARIMI (Tolo News): …": a label giving its asker's outlet or
 * another affiliation of more than a word in brackets (a caller's one word is where they call from).
 */
export function pressAsker(text: string): boolean {
  const role = turnLabel(text)?.role ?? '';
  return /^\p{Lu}/u.test(role) && (PRESS_NAME.test(role) || role.trim().split(/\s+/u).length >= 2);
}

/** A question's label from the floor or the line, with who asks in brackets (see questionerOf); null for none. */
export function questionerLabel(text: string): { noun: string; role: string; start: number } | null {
  const l = turnLabel(text);
  const key = l?.label.toLowerCase() ?? '';
  if (!l || !l.role || !QUESTIONER.has(key) || !namesAsker(l.role, QUESTION_WORDS.has(key))) return null;
  return { noun: QUESTION_WORDS.has(key) ? 'questioner' : key, role: l.role, start: l.start };
}

/** The person a caption names, as written, with the role it gives; null when it names no one. */
export function captionPerson(table: SpeakerTable, caption: string): { name: string; role: string } | null {
  const m = CAPTION_PERSON.exec(caption.trim());
  const name = labelAsWritten(m?.groups?.name?.trim() ?? '');
  const role = m?.groups?.role?.trim() ?? '';
  if (!name || !role || !table.isPersonName(name, 2)) return null;
  return { name, role };
}

type Captioned = { name: string; role: string };

/** The captioned people by each word of their names (the first caption to use a word keeps it). */
function byNameWord(captioned: readonly Captioned[]): ReadonlyMap<string, Captioned> {
  const words = new Map<string, Captioned>();
  for (const c of captioned)
    for (const w of c.name.split(/\s+/)) {
      const key = normalizeName(w);
      if (key !== '' && !words.has(key)) words.set(key, c);
    }
  return words;
}

type Who = { id: string } | { name: string; role: string } | null;

/**
 * "NARRATOR", "VOICEOVER", "V/O", "TITLE", «راوی», a news film's "<v Reporter>" or «خبرنگار»: a label for the film's
 * own voice or its screen, not a speaker.
 */
const FILM_VOICE =
  /^(?:narrator|narration|voice[- ]?over|v\/?o|commentary|caption|title|super|text|on[- ]screen|graphic|music|sound|reporter|correspondent|presenter|anchor|راوی|صدای[ \u200c]راوی|روایت|خبرنگار|گزارشگر)$/iu;

/**
 * Who a label names: a person the text knows, one a caption introduces, or one the label gives a role; in a
 * subtitle file, a label in capitals names its speaker ("ZARGHONA:", "RADIO:") unless it is the film's own voice.
 */
function labelSpeaker(
  table: SpeakerTable,
  { label, role, capitals, voice }: TurnLabel,
  captioned: ReadonlyMap<string, Captioned>,
  timed: boolean,
): Who {
  // A label ("Nekzad", "Dr Nekzad") names the person a caption gives in full by its last word.
  const fromCaption = captioned.get(normalizeName(label.split(/\s+/).at(-1) ?? ''));
  if (fromCaption) return fromCaption;
  const known = table.lookup(label);
  if (known && !known.anonymous) return { id: known.id };
  if (role && table.isPersonName(label, 1)) return { name: label, role };
  return timed && (capitals || voice) && !FILM_VOICE.test(label) ? { name: label, role } : null;
}

/** The speaker's id, adding a person the caption or the label introduces. */
function speakerId(table: SpeakerTable, who: NonNullable<Who>): string {
  return 'id' in who ? who.id : table.add(who.name, who.role, null).id;
}

/** "ZEBAK", "THE NEXT MORNING": a line in capitals and no label, the screen's text, which ends a turn. */
const isScreenText = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** One paragraph of a transcript: who speaks it (null: the film's own voice) and where the speech starts. */
interface Turn {
  p: number;
  who: Who;
  start: number;
  /** Whom the turn's speaker came from: a label or a lower third (a caption's turn may close the film). */
  from: 'label' | 'caption';
  /** Labelled "[Name, role]": a turn however few the text has. */
  sure?: boolean;
}

/**
 * Every paragraph's turn: a labelled one is its label's; one with no label runs on the turn before it, or is the
 * captioned person's when a caption came after the last person's turn; a stage direction ends a turn.
 */
function turnsOf(table: SpeakerTable, reading: Reading): (Turn | null)[] {
  const captions = [...(reading.captions ?? []), ...nameCards(reading.texts)].flatMap((c) => {
    const person = captionPerson(table, c.text);
    return person ? [{ ...person, passage: c.passage }] : [];
  });
  // One look-up per passage and per label, however many captions the film has.
  const lastCaptionAt = new Map(captions.map((c) => [c.passage, c]));
  const byWord = byNameWord(captions);
  let current: Who = null;
  let from: Turn['from'] = 'label';
  let pending: Who = null;
  return reading.texts.map((text, p): Turn | null => {
    pending = lastCaptionAt.get(p) ?? pending;
    if (STAGE_DIRECTION.test(text)) {
      current = null;
      return null;
    }
    const l = turnLabelOf(reading, p);
    if (!l && isScreenText(text)) {
      current = null;
      return null;
    }
    if (l) {
      const asker = questionerOf(table, text, p);
      // "AGN:", "Resp:": the person the header gives those initials or that part.
      const byLabel = asker
        ? null
        : personOfLabel(
            table,
            reading,
            l.capitals ? l.label.toUpperCase() : l.label,
            text.slice(l.start, l.start + 80),
          );
      current = asker
        ? { id: asker.speaker }
        : byLabel
          ? { id: byLabel }
          : labelSpeaker(table, l, byWord, reading.timed === true);
      if (current) pending = null;
      from = 'label';
      return { p, who: current, start: l.start, from, sure: l.bracketRole };
    }
    if (current === null && pending !== null && (reading.timed || OPENS_WITH_TIME.test(text))) {
      current = pending;
      from = 'caption';
      pending = null;
    }
    return current ? { p, who: current, start: 0, from } : null;
  });
}

/**
 * The reporter's paragraph naming its own speaker: no time mark, a verb of speech ("I said" in a timed line is speech;
 * every line of a subtitle file is timed).
 */
const saysWhoSpeaks = (text: string, timed: boolean) =>
  !timed && !OPENS_WITH_TIME.test(text) && hasSpeechVerb(text);

/**
 * An unlabelled paragraph runs on a labelled turn only inside the transcript: after its last labelled turn, or
 * where it says who speaks ("the governor said"), it is the reporter's narration again.
 */
function endNarration(turns: (Turn | null)[], texts: readonly string[], timed: boolean): void {
  let labelledLater = false;
  for (let p = turns.length - 1; p >= 0; p--) {
    const t = turns[p];
    // A later label, a person's or the film's own voice ("NARRATOR:"), says the transcript goes on.
    if (t && t.start > 0) labelledLater = true;
    else if (!t) continue;
    // A subtitle file is all film: its last turn runs on to its last cue.
    else if ((!labelledLater && !timed && t.from === 'label') || saysWhoSpeaks(texts[p] ?? '', timed))
      turns[p] = null;
  }
}

/** The turns of a transcript as whole-paragraph quotations; none when fewer than MIN_TURNS labels name people. */
export function transcriptTurns(
  table: SpeakerTable,
  reading: Reading,
  quotedPassages: ReadonlySet<number>,
): { passage: number; span: QuoteSpan; speaker: string }[] {
  const turns = turnsOf(table, reading);
  endNarration(turns, reading.texts, reading.timed === true);
  const labelled = turns.filter((t) => t?.who && t.start > 0).length;
  // A subtitle file is known by its timings, a "[Name, role]" label by its form: one labelled turn is enough there.
  const sure = reading.timed === true || turns.some((t) => t?.who && t.sure);
  if (labelled < (sure ? 1 : MIN_TURNS)) return [];
  return turns.flatMap((t) => {
    if (!t?.who || quotedPassages.has(t.p)) return [];
    const text = reading.texts[t.p] ?? '';
    const start = t.start + (OPENS_WITH_TIME.exec(text.slice(t.start))?.[0].length ?? 0);
    const end = text.trimEnd().length;
    if (end <= start) return [];
    const span: QuoteSpan = { open: null, close: end, start, end, words: wordCount(text.slice(start, end)) };
    return [{ passage: t.p, span, speaker: speakerId(table, t.who) }];
  });
}
