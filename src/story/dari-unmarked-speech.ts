// "یک موسفید روزی به من گفت: آب تالقان که به ما می‌رسد، …": a Dari column often sets a speaker's words after
// the verb's colon with no quotation marks. The sentence after such a colon is a quotation of its own.
import { wordCount } from './word-count.ts';
import { isDariText } from './dari-words.ts';
import { DARI_UNMARKED_SPEECH_VERBS, DARI_WORDS_NOUNS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import type { QuoteSpan } from './quotes.ts';
import { wordAlternation } from './regex-parts.ts';

/** Characters read back from a colon for the verb of speech before it. */
const VERB_REACH = 40;
/** A colon, a space, then a word (not a quotation mark: that quotation is marked already). */
const COLON_THEN_WORD = /:[ \t\u00A0]+(?=[^\s«"“'])/gu;
/** The most characters an unmarked sentence of speech runs to. */
const SAID_REACH = 600;
const STOP = /[.!?؟\n]/u;
const MARK = /[«»"“”]/u;
/** "… به من گفت:": a verb of saying to someone just before the colon (never "اعلام کرد:" before a list). */
const SAYS_COLON = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_UNMARKED_SPEECH_VERBS).replace(/ /gu, '[\\s\\u200C]+')}\\s*:$`,
  'u',
);
/**
 * What follows the noun when it is the words someone said: its object mark, a clause, or its verb ("جوابش را …",
 * "سخنی گفت که …"); "حرف آخر را ارقام می‌زنند:" or "گپ اصلی نشست … بود:" (the last word, the main point) is prose.
 */
const WORDS_NOUN_NEXT = ['را', 'که', 'گفت', 'زد'];
/** Characters read back from a colon for a noun of what was said. */
const WORDS_REACH = 90;
/** "جوابش را هنوز فراموش نکرده‌ام:", "سخنی گفت که در دفترچه‌ام نوشتم:": a noun of words said, in the colon's sentence. */
const WORDS_COLON = new RegExp(
  `(?<![\\p{L}\\u200C])${wordAlternation(DARI_WORDS_NOUNS)}\\s+${wordAlternation(WORDS_NOUN_NEXT)}(?![\\p{L}\\u200C])[^.!?؟:;«»"“”\\n]{0,80}:$`,
  'u',
);

/** Whether the text before a colon (ending on it) introduces words said: a verb of saying, or a noun of words. */
function introducesWords(lead: string): boolean {
  return SAYS_COLON.test(lead.slice(-VERB_REACH - 1)) || WORDS_COLON.test(lead.slice(-WORDS_REACH - 1));
}

/** Words an item of a list may take: "احمد شاه، محمود جان و کریم‌الله" is names, not a sentence said. */
const LIST_ITEM_WORDS = 3;

/** "چهاردره، امام صاحب و دشت ارچی": short items between "،" with "و" before the last — a list, no speech. */
export function isList(said: string): boolean {
  const items = said.split(/[،,]|[\s\u200C]و[\s\u200C]/u).map((i) => i.trim());
  return (
    items.length > 2 && items.every((i) => i !== '' && i.split(/[\s\u200C]+/u).length <= LIST_ITEM_WORDS)
  );
}

/** The unmarked sentences a passage's verbs of speech introduce by a colon, outside its marked quotations. */
export function unmarkedSpeechSpans(text: string, marked: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let k = 0;
  for (const m of matchesOf(COLON_THEN_WORD, text)) {
    const colon = m.index;
    // Marked spans come in order: skip those closed before the colon, then see whether one holds it.
    while (k < marked.length && (marked[k]?.close ?? text.length) < colon) k++;
    const holder = marked[k];
    if (holder && (holder.open ?? -1) < colon) continue;
    if (!introducesWords(text.slice(Math.max(0, colon - WORDS_REACH), colon + 1))) continue;
    const start = colon + m[0].length;
    // A bounded window: a sentence longer than it is no one's words set down, and no colon reads the whole text.
    const window = text.slice(start, start + SAID_REACH);
    const stop = window.search(STOP);
    if (stop < 0 && start + SAID_REACH < text.length) continue;
    const end = stop < 0 ? text.length : start + stop;
    let last = end;
    while (last > start && /[\s،,]/u.test(text[last - 1] ?? '')) last--;
    const said = text.slice(start, last);
    if (said === '' || MARK.test(said) || isList(said)) continue;
    out.push({ open: start - 1, close: end, start, end: start + said.length, words: wordCount(said) });
  }
  return out;
}

/** Each passage's quotation spans with its unmarked Dari speech added, in order. */
export function withUnmarkedSpeech(texts: readonly string[], spans: QuoteSpan[][]): QuoteSpan[][] {
  return texts.map((text, p) => {
    const own = spans[p] ?? [];
    if (!isDariText(text) || !text.includes(':')) return own;
    const added = unmarkedSpeechSpans(text, own);
    return added.length === 0 ? own : [...own, ...added].sort((a, b) => a.start - b.start);
  });
}
