/**
 * A speaker's label is a transcript's apparatus, like a byline over each turn: "REPORTER (Jamshid Rahimi,
 * Pul-e-Khumri):", "CLIP — mother, Taloqan:", the questioner's "Shamal Khabar:" named after the outlet. A place or
 * a word like one inside the label says who speaks or where they were recorded, and is no mention. A label about a
 * place ("KUNDUZ: FLOUR UP", "Kunduz province (forecast):", "FLOODS IN BAGHLAN:") is an item's heading and is read;
 * so is an editor's "[Name, role]" before the words, in the editor's own prose. A chat message's sender is left to
 * chatSender, which reads it as a person, so the same word bare later is the person too.
 */
import { DARI_QUALIFIERS, DESCRIBED_PLACE_PREPOSITIONS, QUALIFIERS } from './lexicon.ts';
import type { Span } from './link-places.ts';
import { inlineCue } from './script-cues.ts';
import { turnLabel, type TurnLabel } from './transcript-turns.ts';

/** A turn label used this many times is a speaker's, whatever it names. */
const RECURRING_LABEL = 2;

/**
 * The label spans of every passage: a clip's cue run onto its words, and a turn's label that names a speaker
 * (`isSpeaker`, even where a place has the name) or, unless it is about a place (its name alone, with its kind or
 * after a preposition: see namesPlace), gives a role in brackets or recurs.
 */
export function speakerLabelSpans(
  texts: readonly string[],
  isPlaceName: (name: string) => boolean,
  isSpeaker: (label: string) => boolean = () => false,
  labels: readonly (TurnLabel | null)[] = texts.map((text) => turnLabel(text)),
): Span[][] {
  const uses = new Map<string, number>();
  for (const l of labels) if (l) uses.set(l.label, (uses.get(l.label) ?? 0) + 1);
  return texts.map((text, p) => {
    const spans: Span[] = [];
    const cue = inlineCue(text);
    if (cue) spans.push({ start: 0, end: cue.start });
    const l = labels[p];
    // "[Name, spokesman for the Takhar governor] …": an editor's words in brackets, read as the text.
    if (!cue && l && !l.bracketRole && labelsSpeaker(l, uses, isPlaceName, isSpeaker))
      spans.push({ start: 0, end: l.nameEnd });
    return spans;
  });
}

/**
 * Whether a turn's label is a speaker's: one naming a person who speaks ("[BAHARAK]: …", even where a place has the
 * name), or, unless it is about a place, one giving a role in brackets or used again.
 */
function labelsSpeaker(
  l: TurnLabel,
  uses: ReadonlyMap<string, number>,
  isPlaceName: (name: string) => boolean,
  isSpeaker: (label: string) => boolean,
): boolean {
  if (isSpeaker(l.label)) return true;
  return !namesPlace(l.label, isPlaceName) && (l.role !== '' || (uses.get(l.label) ?? 0) >= RECURRING_LABEL);
}

/** Most words a place's name in a label runs to ("Dasht-e Archi", "Imam Sahib"). */
const PLACE_WORDS = 3;
/** Words that make a place in a label the item's subject: "province", «شهر», "IN". */
const PLACE_MARKERS = new Set(
  [...Object.keys(QUALIFIERS), ...Object.keys(DARI_QUALIFIERS), ...DESCRIBED_PLACE_PREPOSITIONS].map((w) =>
    w.toLowerCase(),
  ),
);

/**
 * Whether a label is an item's heading about a place: the place's name alone ("KUNDUZ:"), with its kind ("Kunduz
 * province:", «شهر کندز:») or after a preposition ("FLOODS IN BAGHLAN:"); not a name that holds a place's word
 * ("Shamal Khabar:", the outlet asking).
 */
function namesPlace(label: string, isPlaceName: (name: string) => boolean): boolean {
  if (isPlaceName(label)) return true;
  const words = label.split(/\s+/u);
  const marker = (w: string | undefined) => w !== undefined && PLACE_MARKERS.has(w.toLowerCase());
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= PLACE_WORDS && i + n <= words.length; n++)
      if ((marker(words[i - 1]) || marker(words[i + n])) && isPlaceName(words.slice(i, i + n).join(' ')))
        return true;
  return false;
}
