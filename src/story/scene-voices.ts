/**
 * Voices of a scene with no name or role: '«…،» someone calls from the back', '"…," a voice shouted', 'and the
 * crowd shouted «…»', 'The audience answered: "…"'. The phrase itself is the speaker ("Someone at the back", "The
 * crowd"); it stands right by the quotation, so even a short cheer is speech.
 */
import { CALLING_VERBS, SCENE_VOICES, SPEECH_VERBS } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';

/** The voice: a lexicon phrase, its first letter in either case, its spaces any run of spaces. */
const VOICE = `(?<voice>${wordAlternation(SCENE_VOICES, true).replace(/ /gu, String.raw`\s+`)})`;
/** Where in the scene the voice is: "at the back", "from the back of the hall", "in the crowd". */
const WHERE = String.raw`\s+(?:at|in|from|near|behind|among)\s+the\s+(?:back|front|rear|crowd|audience|hall|room|stands|door|doorway|gallery|corner|benches)(?:\s+of\s+the\s+\p{Ll}+)?`;
const VERB = `(?:${wordAlternation([...SPEECH_VERBS, ...CALLING_VERBS])})(?:\\s+out)?`;
/** Words between the voice and its verb: "then", "suddenly", "finally". */
const ADVERB = String.raw`(?:(?:then|suddenly|finally|at\s+once|again)\s+)?`;
/** The voice, where it is, and its verb. */
const CLAUSE = `${VOICE}(?<before>${WHERE})?\\s+${ADVERB}${VERB}\\b(?<after>${WHERE})?`;

/**
 * Words that open a clause of another subject: after "someone called his name, and he replied:" or "the crowd
 * shouted at the governor, who said:", the quotation is that subject's, not the voice's.
 */
const OTHER_SUBJECT_WORDS = ['and', 'but', 'who', 'whom', 'which', 'that', 'he', 'she', 'they', 'we', 'I'];
/** A short tail after the voice's verb, with no comma and no clause of another subject: "when it was over". */
const TAIL = String.raw`(?:\s+(?!(?:${wordAlternation(OTHER_SUBJECT_WORDS)})(?![\p{L}'’-]))[\p{L}'’-]+){0,6}`;

/** After the closing mark: '," someone called from the back', '» — the crowd answered'. */
const VOICE_AFTER = new RegExp(String.raw`^[\s,،]*(?:[—–]\s*)?${CLAUSE}`, 'u');
/**
 * Ending the sentence before the opening mark: a clause of its own, or one joined by "and" or a comma ("He threw
 * his man in a minute, and the crowd shouted «…»"); a short tail may follow the verb ("when it was over —").
 */
const VOICE_BEFORE = new RegExp(
  String.raw`(?:^\s*|[.!?]\s+|,\s+(?:and\s+|but\s+|then\s+)?|\s+and\s+)${CLAUSE}${TAIL}\s*[,:—–]?\s*$`,
  'u',
);

/** A voice of the scene speaking a quotation: its name, and where the phrase stands in the text searched. */
export interface SceneVoice {
  name: string;
  start: number;
  end: number;
}

/** The voice found by `m`, at offset `base`. */
function voiceOf(m: RegExpExecArray | null, base: number): SceneVoice | null {
  const voice = m?.groups?.['voice'];
  if (!m || !voice) return null;
  const where = (m.groups?.['before'] ?? m.groups?.['after'] ?? '').trim().replace(/\s+/gu, ' ');
  const phrase = `${voice.replace(/\s+/gu, ' ')}${where ? ` ${where}` : ''}`;
  const start = base + m.index + m[0].indexOf(voice);
  return { name: phrase.charAt(0).toUpperCase() + phrase.slice(1), start, end: start + voice.length };
}

/**
 * The voice of the scene that says a quotation: right after its closing mark (`after`, at offset `afterAt`), else
 * ending the sentence before its opening mark (`before`, at offset `beforeAt`).
 */
export function sceneVoice(
  after: string,
  afterAt: number,
  before: string,
  beforeAt: number,
): SceneVoice | null {
  return voiceOf(VOICE_AFTER.exec(after), afterAt) ?? voiceOf(VOICE_BEFORE.exec(before), beforeAt);
}
