// A feature names its person in full once ("Ustad Abdul Ghafoor", «استاد عبدالغفور») and then by the title
// alone: "The ustad showed me his hands.", «استاد انگشتانش را نشانم داد.» That title is a mention of the one
// speaker who bears it, so a pronoun or an unattributed quotation after it finds them.
import { DARI_PERSON_TITLES, TITLE_WORDS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import type { PersonEvent } from './person-events.ts';
import { matchesOf } from './matches.ts';

/** The word an abbreviated title is written as when it stands alone: "Dr." → "the doctor". */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  dr: 'doctor',
  eng: 'engineer',
  prof: 'professor',
  gen: 'general',
  col: 'colonel',
  brig: 'brigadier',
  capt: 'captain',
  maj: 'major',
  sgt: 'sergeant',
  gov: 'governor',
  sen: 'senator',
};
/** Courtesy titles and lineage that say nothing of who is meant when alone ("the Mr", «آقای», "Sayed"). */
const NOT_ALONE = new Set(
  ['mr', 'mrs', 'ms', 'miss', 'sir', 'lord', 'sayed', 'sayyed', 'syed', 'خانم', 'آقای', 'سید'].map(
    normalizeName,
  ),
);
const ENGLISH_TITLES = new Set(TITLE_WORDS.map(normalizeName));

/** The title a name opens with, as the word the text uses for it alone, or null. */
export function openingTitle(name: string): string | null {
  const first = normalizeName((name.split(/\s+/)[0] ?? '').replace(/\.$/, ''));
  if (NOT_ALONE.has(first)) return null;
  if (DARI_PERSON_TITLES.has(first) || ENGLISH_TITLES.has(first)) return first;
  return SPELLED_OUT[first] ?? null;
}

interface Titled {
  readonly id: string;
  readonly name: string;
  readonly anonymous?: boolean;
}

/** The title written right before a mention («استاد نجیب‌الله» where the speaker is «نجیب‌الله»), or null. */
function titleBefore(text: string, at: number): string | null {
  const word = /(?:^|\s)([^\s،,.!?؟«»:]+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
  return openingTitle(word);
}

/** Each title that exactly one named speaker bears, in their name or written before a mention of it. */
function titleHolders(
  speakers: readonly Titled[],
  texts: readonly string[],
  mentions: readonly PersonEvent[],
): Map<string, Titled> {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const titles = new Map<string, Set<Titled>>();
  const hold = (title: string | null, s: Titled | undefined) => {
    if (!title || !s || s.anonymous) return;
    const holders = titles.get(title) ?? new Set();
    titles.set(title, holders.add(s));
  };
  for (const s of speakers) hold(openingTitle(s.name), s);
  for (const ev of mentions) hold(titleBefore(texts[ev.passage] ?? '', ev.start), byId.get(ev.speaker));
  return new Map(
    [...titles].flatMap(([t, set]) => (set.size === 1 ? [[t, [...set][0] as Titled] as const] : [])),
  );
}

/** A Dari word, or "the" and an English word: where a title may stand alone. */
const TOKEN = /(?:\b[Tt]he\s+)?[^\s،,.!?؟«»:;"“”()]+/gu;
/** What may come before a title that is a sentence's or clause's subject: its start or a stop. */
const SUBJECT_STOPS = new Set(['', '.', '!', '?', '؟', ':', '،', '»']);
const opensClause = (text: string, at: number): boolean =>
  SUBJECT_STOPS.has(
    text
      .slice(Math.max(0, at - 8), at)
      .trimEnd()
      .at(-1) ?? '',
  );

/** Every word a holder's title can be (openingTitle's answers): the only tokens titleAloneEvents looks up. */
const ANY_TITLE = new Set([...DARI_PERSON_TITLES, ...ENGLISH_TITLES, ...Object.values(SPELLED_OUT)]);
const TITLE_FIRSTS = new Set([...ANY_TITLE].map((t) => t[0] ?? ''));

interface TitleToken {
  index: number;
  text: string;
  /** "the doctor": the English title after its article. */
  english: boolean;
  key: string;
}

/**
 * Each passage's tokens that are a title word, found once per article: the mentions are collected more than once,
 * and only a title word can be a holder's.
 */
const titleTokens = new WeakMap<readonly string[], readonly (readonly TitleToken[])[]>();
function titleTokensOf(texts: readonly string[]): readonly (readonly TitleToken[])[] {
  let all = titleTokens.get(texts);
  if (!all) titleTokens.set(texts, (all = texts.map(titleTokensIn)));
  return all;
}

function titleTokensIn(text: string): TitleToken[] {
  const out: TitleToken[] = [];
  for (const m of matchesOf(TOKEN, text)) {
    const english = /^the\s/iu.test(m[0]);
    const raw = english ? m[0].replace(/^the\s+/iu, '') : m[0];
    // A whole token is normalised only when its first letter could open a title: a long text has many tokens.
    if (!TITLE_FIRSTS.has(normalizeName(raw[0] ?? ''))) continue;
    const key = normalizeName(raw);
    if (ANY_TITLE.has(key)) out.push({ index: m.index, text: m[0], english, key });
  }
  return out;
}

/** Where a title stands alone for its one holder, outside quotations. */
export function titleAloneEvents(
  speakers: readonly Titled[],
  texts: readonly string[],
  mentions: readonly PersonEvent[],
  insideOf: (p: number) => (at: number) => boolean,
): PersonEvent[] {
  const holders = titleHolders(speakers, texts, mentions);
  if (holders.size === 0) return [];
  const out: PersonEvent[] = [];
  titleTokensOf(texts).forEach((tokens, p) => {
    const text = texts[p] ?? '';
    let inside: ((at: number) => boolean) | null = null;
    for (const t of tokens) {
      const holder = holders.get(t.key);
      if (!holder || (t.english && !/^[Tt]he\s+\p{Ll}/u.test(t.text))) continue;
      // «استاد عبدالغفور»: the full name is a mention already; «استاد» opening a clause stands alone.
      if (text.startsWith(holder.name, t.index)) continue;
      if (!t.english && !opensClause(text, t.index)) continue;
      inside ??= insideOf(p);
      if (!inside(t.index))
        out.push({ passage: p, start: t.index, end: t.index + t.text.length, speaker: holder.id });
    }
  });
  return out;
}
