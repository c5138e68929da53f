/**
 * A broadcast script's furniture, told by its labels: the lines that head the script for the newsroom ("SLUG:
 * KUNDUZ FLOUR / VO", "TRT: 1'40\"", "CAMERA: …"), the lower third it shows over a speaker ("SUPER: Name / role",
 * "LOWER THIRD: …"), and the cue that teases the next item ("[NEXT: WEATHER …]", "[COMING UP: …]"). They name
 * places as labels name them, not as the story reports them.
 */
import { SCREEN_GRAPHIC_LABELS, SUPER_LABELS } from './lexicon.ts';

/** "SLUG: …", "TRT: …", "DURATION: …": a script's head, in the capitals scripts print their labels in. */
const SCRIPT_HEAD_LABEL =
  /^(?:SLUG|TRT|DURATION|RUNNING TIME|CAMERA|CAM|EDIT|EDITOR|PRODUCER|FORMAT|ITEM)\s*:/u;
/**
 * "SUPER: Name / role", "LOWER THIRD: …", "CG: …", "CHYRON: …": the lower third shown over a speaker, its label in
 * capitals as a script's head's is — "Super: …" in prose is a word, not a caption.
 */
const SUPER_LABEL = new RegExp(`^(?:${SUPER_LABELS.join('|')})\\s*:\\s*\\S`, 'u');
/** "[NEXT: …]", "[TEASE — …]", "[COMING UP: …]": the cue to the next item, alone on its line. */
const NEXT_ITEM_CUE = /^\[(?:NEXT|TEASE|TEASER|COMING UP|UP NEXT|AFTER THE BREAK)\s*[:—–-][^\]\n]*\]$/iu;

/** A script's head line: its slug, running time or crew. */
export const isScriptHead = (text: string): boolean => SCRIPT_HEAD_LABEL.test(text.trim());
/** A script's lower third ("SUPER: …"): a caption over the speaker, not the story's text. */
export const isSuperLine = (text: string): boolean => SUPER_LABEL.test(text.trim());
/** A script's cue to the next item: a teaser, like a promotion for another story. */
export const isNextItemCue = (text: string): boolean => NEXT_ITEM_CUE.test(text.trim());

/**
 * "[GFX: …]", "[VO — GFX: map, Sar-e-Sang → Jurm]", "[FULL SCREEN GFX: '…']", "[MAP: …]": a cue for what the screen
 * shows, alone on its line — perhaps under another cue's label ("VO —", "VO /") — in a script's capitals. Its places
 * are a map's labels, not the story's; a cue with no graphic ("[VO — hospital ward]") and a bracket in prose stay.
 */
const GRAPHIC_LABEL = `(?:${SCREEN_GRAPHIC_LABELS.join('|')})(?![\\p{L}])`;
/** The label is a cue's own when a colon, a dash, the bracket's end or another label follows it ("FULL SCREEN GFX:"). */
const GRAPHIC_CUE = new RegExp(
  `^[[(][ \\t]*(?:\\p{Lu}[\\p{Lu} ]{0,15}[ \\t]*[—–/:-][ \\t]*)?${GRAPHIC_LABEL}(?=[ \\t]*(?:[—–/:\\])-]|${GRAPHIC_LABEL}))[^\\][()\\n]*[\\])]$`,
  'u',
);

/** A script's cue for a graphic or a map on screen. */
export const isGraphicCue = (text: string): boolean => GRAPHIC_CUE.test(text.trim());
