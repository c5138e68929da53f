/**
 * A subtitle file pasted as it is (SubRip .srt, WebVTT .vtt): each cue is an optional number or id line, a timing
 * line ("00:01:02,250 --> 00:01:05,900", perhaps with WebVTT's settings after it) and the lines shown on screen.
 * The numbers, the timings and the "WEBVTT" header are the file's machinery; the cue's lines are the film's text
 * (its narration, its speakers' turns, its supers and lower thirds), read as the text. The end credits after the
 * film's last words ("Camera: …", "With thanks to …", "© …") are chrome.
 */
import { DARI_QUALIFIERS, QUALIFIERS, SPEAKER_PRONOUNS } from './lexicon.ts';
import { ANY_DIGIT as DIGIT, wordAlternation } from './regex-parts.ts';

/** One cue's time: hours optional (WebVTT), a comma or a dot before the milliseconds. */
const CUE_TIME = `(?:${DIGIT}{1,2}:)?${DIGIT}{2}:${DIGIT}{2}[,.]${DIGIT}{3}`;
/** "00:01:02,250 --> 00:01:05,900", "01:02.250 --> 01:05.900 align:start": a cue's timing line. */
const CUE_TIMING = new RegExp(`^${CUE_TIME}[ \\t]+-->[ \\t]+${CUE_TIME}(?:[ \\t][^\\n]*)?$`, 'u');
/** The cue's number ("12") or a WebVTT cue id without spaces, on the line above the timing. */
const CUE_ID = new RegExp(`^(?:${DIGIT}{1,5}|[\\w-]{1,40})$`, 'u');
/** "WEBVTT", "WEBVTT - Kind: captions": the WebVTT file's first line. */
const VTT_HEADER = /^WEBVTT(?:[ \t][^\n]*)?$/u;
/** A file has at least this many timing lines to be read as subtitles. */
const MIN_CUES = 3;

/** "Camera: …", "Editing: …", "Produced by …", "With thanks to …", "Filmed in …", "©": an end credit's start. */
const CREDIT_START =
  /^(?:(?:camera|cinematography|editing|edited by|editor|sound|music|producer|produced by|director|directed by|translation|subtitles|research|graphics|executive producer)\b[^\n]*|with (?:thanks|special thanks|gratitude) to\b[^\n]*|thanks to\b[^\n]*|filmed (?:in|on location)\b[^\n]*|©[^\n]*|\(c\)[ \t]*\d{4}[^\n]*)$/iu;

/** A cue's timing line. */
export function isCueTiming(text: string): boolean {
  return CUE_TIMING.test(text.trim());
}

/** A page line, as the chrome pass sees it: its text, its block, and what it has been found to be. */
interface CueLine {
  text: string;
  block: number;
  kind: string;
}

/** The cues' lines: for each cue, the indices of its shown lines (after its id and timing). */
function cueTexts(items: readonly CueLine[]): number[][] {
  const cues: number[][] = [];
  let current: number[] | null = null;
  items.forEach((item, i) => {
    if (CUE_TIMING.test(item.text)) {
      current = [];
      cues.push(current);
      return;
    }
    const next = items[i + 1];
    const idOfNext =
      next && next.block === item.block && CUE_ID.test(item.text) && CUE_TIMING.test(next.text);
    if (idOfNext || VTT_HEADER.test(item.text)) {
      current = null;
      return;
    }
    if (current && items[current.at(-1) ?? i - 1]?.block === item.block) current.push(i);
    else current = null;
  });
  return cues;
}

/**
 * In a subtitle file: its ids, timings and header are chrome ('other'); each cue's lines are the text, whatever the
 * heading and menu tests made of them (a super in capitals, a bracketed speaker), the headline and marked legal
 * lines kept; the closing run of credit cues is chrome.
 */
export function markSubtitleCues(items: CueLine[]): void {
  const timings = items.filter((it) => CUE_TIMING.test(it.text)).length;
  if (timings < MIN_CUES) return;
  const shown = new Set(cueTexts(items).flat());
  items.forEach((item, i) => {
    if (shown.has(i)) {
      if (item.kind === 'heading' || item.kind === 'navigation') item.kind = 'body';
    } else if (item.kind === 'body') item.kind = 'other';
  });
  markEndCredits(items, cueTexts(items));
  markTitleCue(items, cueTexts(items));
}

/** Fewest words of a film's title cue: one or two words in capitals are a super ("ZEBAK", "KESHEM DISTRICT"). */
const MIN_TITLE_CUE_WORDS = 3;
/** A cue that is not a title: a speaker's label or voice, a bracketed tag, a sentence's end, a super's comma. */
const NOT_TITLE_CUE = /[:：[\]<>,،.!?؟"“”«»]/u;
/** A kind of place ("KHWAJA BAHAUDDIN DISTRICT", «ولسوالی امام صاحب»): a super saying where, not a title card. */
const PLACE_SUPER = new RegExp(
  `(?:^|[\\s\\u200C])${wordAlternation([...Object.keys(QUALIFIERS), ...Object.keys(DARI_QUALIFIERS)], true)}(?=$|[\\s\\u200C])`,
  'iu',
);
/** A speaker's pronoun: a cue of speech with its stop left off ("We left Kishim in the spring"), not a title card. */
const SPEECH_CUE = new RegExp(
  `(?:^|[\\s\\u200C])${wordAlternation(SPEAKER_PRONOUNS, true)}(?=$|[\\s\\u200C])`,
  'iu',
);

/**
 * "A river that moves" as the file's first cue, when the page has no headline: the film's title card, which
 * becomes its title (the headline), not its text.
 */
function markTitleCue(items: CueLine[], cues: readonly number[][]): void {
  if (items.some((it) => it.kind === 'title')) return;
  const first = cues[0];
  const item = first?.length === 1 ? items[first[0] ?? -1] : undefined;
  if (!item || item.kind !== 'body' || NOT_TITLE_CUE.test(item.text) || SPEECH_CUE.test(item.text)) return;
  if (PLACE_SUPER.test(item.text)) return;
  if (item.text.trim().split(/\s+/u).length >= MIN_TITLE_CUE_WORDS) item.kind = 'title';
}

/** The film's closing cues: the last run of cues each opening with a credit. */
function markEndCredits(items: CueLine[], cues: readonly number[][]): void {
  let from = cues.length;
  while (from > 0 && CREDIT_START.test(items[cues[from - 1]?.[0] ?? -1]?.text ?? '')) from--;
  for (const cue of cues.slice(from))
    for (const i of cue) {
      const item = items[i];
      if (item?.kind === 'body') item.kind = 'other';
    }
}
