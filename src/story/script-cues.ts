/**
 * A broadcast script or a reporter's typed-up voice notes set each clip under a cue line naming who speaks:
 * "[SOT — NAME NAME, ROLE] (translated)", "Clip 3 – Name (role) – 10:20", «صدا – Name، role:», «کلیپ ۵ – زن در
 * قریه – ۱۱:۰۵». The clip's words after the cue, on its next lines or in the paragraph under it, are one
 * quotation of that person; a quotation opening the clip is theirs whatever the sentence before the cue said,
 * and a quotation the speaker repeats inside it («یک موسفید به من گفت «…»») stays inside as words heard.
 */
import type { QuoteDraft } from './attribution.ts';
import { wordCount } from './word-count.ts';
import { isDariText } from './dari-words.ts';
import { CLIP_KINDS, ENGLISH_ARTICLES, isPersonNoun } from './lexicon.ts';
import { ANY_DIGIT, wordAlternation } from './regex-parts.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Reading, SpeakerTable } from './speakers.ts';
import { labelAsWritten } from './transcript-turns.ts';

/** A clip's time as a voice-note app stamps it: "10:20", «۱۱:۰۵». */
const CLIP_TIME = `${ANY_DIGIT}{1,2}:${ANY_DIGIT}{2}`;
/** A dash or colon between the cue's parts. */
const CUE_GAP = '\\s*[—–:-]\\s*';
/**
 * A cue line: perhaps a bracket, the clip's kind and number, a dash or colon, who speaks (bounded, no bracket),
 * perhaps the clip's time, the bracket's close, a note in brackets ("(in Dari, translated)") and a colon.
 */
const CUE_LINE = new RegExp(
  `^\\[?${wordAlternation(CLIP_KINDS)}(?:\\s*${ANY_DIGIT}{1,3})?${CUE_GAP}(?<who>[^\\[\\]\\n:]{2,90}?)(?:${CUE_GAP}${CLIP_TIME})?\\]?(?:\\s*\\([^()\\n]{0,40}\\))?\\s*:?\\s*$`,
  'iu',
);
/**
 * A cue run onto its clip's words, as a radio bulletin's transcript prints it: "CLIP — Name Name: …", "SOT –
 * mother, Taloqan: …", "[BITE — NAME, ROLE]: …". The kind and who speaks are set apart by a dash (a colon there
 * would be the kind's own label), and a colon closes the cue. The kind is in capitals or numbered ("Clip 2 —").
 */
const CUE_INLINE = new RegExp(
  `^\\[?(?<kind>${wordAlternation(CLIP_KINDS)})(?<number>\\s*${ANY_DIGIT}{1,3})?\\s*[—–-]\\s*(?<who>[^\\[\\]\\n:]{2,90}?)\\]?(?:\\s*\\([^()\\n]{0,40}\\))?\\s*:[ \\t]+(?=\\S)`,
  'iu',
);
/** Longest cue line (characters): the kind, a name, a role and a time. */
const MAX_CUE_CHARS = 160;
/** A line that is only an editor's or a director's note in brackets: "[music]", "[wind on the line]". */
const NOTE_LINE = /^\s*\[[^\]\n]*\]\s*$/u;
/** A preposition that puts a described person in a place: "in", "from", «در», «از». */
const PLACE_PREPOSITION = /\s(?:in|from|at|در|از)\s/u;
/** «یک» opening a Dari phrase: "a …", someone described. */
const DARI_INDEFINITE_OPENING = /^یک\s/u;
/** An opening quotation mark. */
const OPENING_MARK = /^[«“"„]/u;

/** Who a cue names: "NAME, ROLE", "Name (role)", «Name، role» or a Dari description; null when it names nobody. */
export function cueSpeaker(line: string): { name: string; role: string } | null {
  if (line.length > MAX_CUE_CHARS) return null;
  return cueWho(CUE_LINE.exec(line.trim())?.groups?.['who']?.trim());
}

/** A cue run onto its clip's words: who it names and where the words start; null for none. */
export function inlineCue(text: string): { name: string; role: string; who: string; start: number } | null {
  const m = CUE_INLINE.exec(text);
  // "Audio – a recording shared by …:", "Voice - a mother …:": prose; a cue writes its kind in capitals or numbers it.
  const kind = m?.groups?.['kind'] ?? '';
  if (kind !== kind.toUpperCase() && !m?.groups?.['number']) return null;
  const who = m?.groups?.['who']?.trim();
  const cue = cueWho(who);
  return m && who && cue ? { ...cue, who, start: m[0].length } : null;
}

/** The name and role in what a cue says of who speaks. */
function cueWho(who: string | undefined): { name: string; role: string } | null {
  if (!who) return null;
  // `who` is trimmed: a role in brackets closes it.
  const bracket = /\((?<role>[^()]{1,60})\)$/u.exec(who);
  const bare = bracket ? who.slice(0, bracket.index).trimEnd() : who;
  const comma = bare.search(/[,،]/u);
  const name = (comma < 0 ? bare : bare.slice(0, comma)).trim();
  const role = (bracket?.groups?.['role'] ?? (comma < 0 ? '' : bare.slice(comma + 1))).trim();
  return name === '' ? null : { name: labelAsWritten(name), role };
}

/** The speaker a cue names: a person the text knows or names, or, in Dari, one described ("a mother in …"). */
function cueSpeakerId(
  table: SpeakerTable,
  p: number,
  line: string,
  cue: { name: string; role: string },
): string | null {
  const start = Math.max(0, line.indexOf(cue.name));
  // "a mother in Ishkashim": a person described, not named; the place the phrase puts them in is still the place.
  const head = cue.name.split(PLACE_PREPOSITION)[0] ?? cue.name;
  const described = head !== cue.name || DARI_INDEFINITE_OPENING.test(head);
  const known = described ? null : table.lookup(cue.name);
  if (known) {
    // A script's capitals ("ROYA AMIRI") read earlier as the name: the cue's name as prose writes it.
    table.respell(known, cue.name);
    return known.id;
  }
  const intro = { passage: p, start, end: start + head.length };
  const english = isDariText(head) ? null : describedInEnglish(cue);
  if (english) return table.addAnonymous(english, cue.role, intro).id;
  if (!described && table.isPersonName(cue.name, 1)) return table.add(cue.name, cue.role, intro).id;
  return isDariText(head) ? table.addAnonymous(head, cue.role || cue.name, intro).id : null;
}

const ARTICLES = new Set(ENGLISH_ARTICLES);

/**
 * "mother, Taloqan", "a farmer (Dasht-e-Archi)", "shopkeeper": a cue naming no one but a person described in
 * lower case, perhaps with where they are, as the phrase a report calls them by ("a mother in Taloqan"); null
 * for anything else.
 */
export function describedInEnglish(cue: { name: string; role: string }): string | null {
  // "a farmer from Rustaq": the place after the phrase's preposition, as a role after a comma is.
  const [name = '', place] = cue.name.split(PLACE_PREPOSITION);
  const role = place ?? cue.role;
  const words = name.split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (words.length > 4 || !/^\p{Ll}/u.test(name) || !isPersonNoun(last)) return null;
  const bare = ARTICLES.has(words[0] ?? '') ? words.slice(1).join(' ') : name;
  const article = /^[aeiou]/u.test(bare) ? 'an' : 'a';
  const where = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u.test(role)
    ? ` in ${role}`
    : '';
  return `${article} ${bare}${where}`;
}

/** Where the clip's words start in a passage opened by a cue line (after it and any bracketed note lines). */
function speechStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < text.length && /\s/u.test(text[at] ?? '')) at++;
    const eol = text.indexOf('\n', at);
    const line = text.slice(at, eol < 0 ? text.length : eol);
    if (line === '' || !NOTE_LINE.test(line)) return at;
    at += line.length;
  }
}

/** One clip: the passage and stretch holding its words. */
interface Clip {
  passage: number;
  start: number;
  speaker: string;
}

/** Each cue's clip: the rest of its passage, or the paragraph under it when the cue stands alone. */
function clipsOf(table: SpeakerTable, reading: Reading): Clip[] {
  const clips: Clip[] = [];
  reading.texts.forEach((text, p) => {
    const eol = text.indexOf('\n');
    const line = eol < 0 ? text : text.slice(0, eol);
    const inline = inlineCue(text);
    if (inline) {
      const speaker = cueSpeakerId(table, p, text, inline);
      if (speaker) clips.push({ passage: p, start: inline.start, speaker });
      return;
    }
    const cue = cueSpeaker(line);
    if (!cue) return;
    const speaker = cueSpeakerId(table, p, line, cue);
    if (!speaker) return;
    const start = eol < 0 ? text.length : speechStart(text, eol + 1);
    if (start < text.trimEnd().length) clips.push({ passage: p, start, speaker });
    else {
      const next = reading.texts[p + 1];
      if (next !== undefined && !NOTE_LINE.test(next) && !cueSpeaker(next.split('\n')[0] ?? ''))
        clips.push({ passage: p + 1, start: speechStart(next, 0), speaker });
    }
  });
  return clips;
}

/**
 * Each cue's clip as one quotation of the cue's speaker. A clip opening on a quotation mark gives that quotation
 * to the speaker; otherwise the clip's quotations are taken in as words the speaker repeats.
 */
export function cueClips(table: SpeakerTable, reading: Reading, drafts: QuoteDraft[]): void {
  const clips = clipsOf(table, reading);
  if (clips.length === 0) return;
  // The quotations of each passage, read once; those a clip takes in are dropped in one pass at the end.
  const byPassage = new Map<number, QuoteDraft[]>();
  for (const d of drafts) {
    const list = byPassage.get(d.passage);
    if (list) list.push(d);
    else byPassage.set(d.passage, [d]);
  }
  const takenIn = new Set<QuoteDraft>();
  const clipDrafts: QuoteDraft[] = [];
  for (const clip of clips) {
    const text = reading.texts[clip.passage] ?? '';
    const inside = (byPassage.get(clip.passage) ?? []).filter((d) => d.span.start >= clip.start);
    if (OPENING_MARK.test(text.slice(clip.start))) {
      const first = inside[0];
      if (first) first.speaker = clip.speaker;
      if (first) first.via = 'before';
      continue;
    }
    const end = text.trimEnd().length;
    const inner = inside.map((d) => d.span);
    const span: QuoteSpan = {
      open: null,
      close: end,
      start: clip.start,
      end,
      words: wordCount(text.slice(clip.start, end)),
    };
    if (inner.length > 0) span.inner = inner;
    for (const d of inside) takenIn.add(d);
    clipDrafts.push({ passage: clip.passage, span, speaker: clip.speaker, via: 'before', continues: null });
  }
  const kept = drafts.filter((d) => !takenIn.has(d));
  drafts.length = 0;
  for (const d of kept) drafts.push(d);
  for (const d of clipDrafts) drafts.push(d);
}
