/**
 * Narrative prose brings a person on stage by what they do before anything they say: "At a checkpoint a young
 * policeman climbed onto the running board.", "On the bridge, an old man in a chapan was watching the water." —
 * the '"…," he said' that follows is theirs, not the person named paragraphs before. An indefinite person opening
 * its sentence (perhaps after where it is) as the subject of a verb in the past or of "was …ing" is an anonymous
 * source; its phrase without the place ("a young policeman") is its name.
 */
import {
  IRREGULAR_PASTS,
  ONE_PLAIN_PERSON_WORDS,
  SCENE_PLACE_OPENERS,
  SCENE_TIME_OPENERS,
  VICTIM_VERBS,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';
import { NOT_MODIFIER, SINGULAR_HEADS, type AnonymousSource } from './anonymous.ts';

/** The heads of an acting person: the anonymous sources' roles and plain persons, in the singular. */
const HEAD = wordAlternation([...SINGULAR_HEADS, ...ONE_PLAIN_PERSON_WORDS]);
/** Where the scene is, before its subject: "At a checkpoint outside Keshem", "On the bridge,", "Later,". */
const SCENE = `(?:${wordAlternation(SCENE_PLACE_OPENERS)}\\s[^,.;:!?"“”«»\\n]{1,50}?(?:,\\s+|\\s+(?=an?\\s))|${wordAlternation(SCENE_TIME_OPENERS)},\\s+)?`;
/** "of about twelve", "in a chapan", "with a bucket": a short phrase after the head, before its verb. */
const TRAIL = '(?:\\s+(?:of|in|from|with|at|on|near|by|beside|behind)\\s+[^,.;:!?"“”«»\\n]{1,40}?)?';
/** The verb of an act: "was watching", "climbed", "sat". */
const ACT = `(?<verb>(?:was|is)\\s+\\p{Ll}{3,}ing|\\p{Ll}{3,}ed|${wordAlternation(IRREGULAR_PASTS)})\\b`;
// The lookahead first: a sentence's opening word is capitalised or "a", so most places fail on one character
// before the lookbehind is tried.
const ACTING_OPENING = new RegExp(
  `(?=[\\p{Lu}a])(?:^|(?<=[.!?]["”’]?\\s))${SCENE}(?<phrase>(?<det>[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?<head>${HEAD}))\\b${TRAIL}\\s+${ACT}`,
  'gu',
);

/** Every person a sentence of `text` opens with by an act, in order. */
export function actingIntroductions(text: string): AnonymousSource[] {
  const out: AnonymousSource[] = [];
  for (const m of matchesOf(ACTING_OPENING, text)) {
    const phrase = m.groups?.['phrase'] ?? '';
    const mods = phrase.split(/\s+/u).slice(1, -1);
    // "A policeman died", "A man injured in the blast": a victim, not one who acts and may speak next.
    if (mods.some((w) => NOT_MODIFIER.has(w)) || VICTIM_VERBS.has(m.groups?.['verb'] ?? '')) continue;
    const start = m.index + m[0].indexOf(phrase);
    out.push({
      name: `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`,
      description: '',
      start,
      end: start + phrase.length,
    });
  }
  return out;
}
