// '"…," said the woman, who gave her name only as Nazifa.', 'a midwife who asked to be identified only by her first
// name, Shukria': a source the text describes and then names by the name they gave is that person. The quotations
// given to the description — before and after, pronouns included — become theirs.
import type { QuoteDraft } from './attribution.ts';
import {
  ENGLISH_ARTICLES,
  INDEFINITE_WORDS,
  NAME_GIVING_VERBS,
  NAME_WISHING_VERBS,
  NAMING_PARTICIPLES,
  SPEECH_VERBS,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { lastBelow, perPassage } from './reading-cache.ts';
import { wordAlternation } from './regex-parts.ts';
import { insideQuote, type Reading, type SpeakerTable } from './speakers.ts';

const SPACE = '[^\\S\\n]+';
const OWNER = '(?:his|her|their)';
/** "first name", "given name": the kind of name a source gave. */
const NAME_KIND = `(?:(?:first|given|family|last)${SPACE})?name`;
/** "who gave his name only as", "who would give only her first name,". */
const GAVE_NAME =
  `who${SPACE}(?:would${SPACE}|could${SPACE}|did${SPACE})?(?:only${SPACE})?(?:${wordAlternation(NAME_GIVING_VERBS)})` +
  `${SPACE}(?:only${SPACE})?(?:${OWNER}${SPACE})?${NAME_KIND}(?:${SPACE}only)?(?:${SPACE}as|,)`;
/** "who asked to be", "who would only be": a source's own wish about how the text names them. */
const WISHED = `who${SPACE}(?:(?:${wordAlternation(NAME_WISHING_VERBS)})${SPACE}to|would(?:${SPACE}only)?)${SPACE}be${SPACE}`;
const NAMED_AS = `(?:${wordAlternation(NAMING_PARTICIPLES)})`;
const BY_NAME = `${SPACE}(?:as|by)(?:${SPACE}${OWNER}${SPACE}${NAME_KIND},?)?`;
/** "identified only as", "who asked to be identified (only) by her first name,", "who would only be named as". */
const IDENTIFIED = `(?:${WISHED}${NAMED_AS}(?:${SPACE}only)?|${NAMED_AS}${SPACE}only)${BY_NAME}`;
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
/** The aside and the name it gives (one to three capitalised words). */
const GIVEN_NAME = new RegExp(
  `\\b(?:${GAVE_NAME}|${IDENTIFIED})${SPACE}(?<name>${NAME_WORD}(?:${SPACE}${NAME_WORD}){0,2})\\b`,
  'gu',
);
/** Characters between a quotation and the aside naming its speaker: "said the driver, " / ", said:". */
const WINDOW = 90;
/**
 * "said a shopkeeper, who gave …": the aside's description opens on "a"/"an"/"one" (a bounded read before it) — a
 * source new here, so quotations of the same description before belong to someone else.
 */
const INTRODUCED_BEFORE = new RegExp(
  `(?<![\\p{L}])${wordAlternation(INDEFINITE_WORDS, true)}${SPACE}[^,.;:!?"“”\\n]{1,60},?${SPACE}$`,
  'u',
);
const INTRODUCED_REACH = 80;

interface GivenName {
  name: string;
  /** Where the aside opens ("who gave …") and where the name ends. */
  from: number;
  at: number;
  end: number;
}

/** Where the phrase a bare participle ("identified only as") follows opens: after a mark, within a bounded read. */
const PHRASE_OPENS = /[,;:.!?"“”\n]/gu;
const OPENERS = new Set([...ENGLISH_ARTICLES, ...INDEFINITE_WORDS]);

/**
 * Whether a bare participle at `from` is an aside on a source: set off by a comma ("said the nurse, identified only
 * as Laila"), or after a phrase that is only a person described ("said a 19-year-old identified only as …"), not
 * one the source talks about ("…, referring to a commander known only as Zarif").
 */
function participleOnSource(text: string, from: number): boolean {
  const lead = text.slice(Math.max(0, from - INTRODUCED_REACH), from);
  if (/,\s*$/u.test(lead)) return true;
  let open = 0;
  for (const m of matchesOf(PHRASE_OPENS, lead)) open = m.index + 1;
  const words = lead.slice(open).trim().split(/\s+/u);
  if (SPEECH_VERBS.has(words[0] ?? '')) words.shift();
  return OPENERS.has((words[0] ?? '').toLowerCase());
}

/** The name-giving asides of a passage, outside its quotations. */
const givenNamesOf = perPassage((text, p, reading): GivenName[] => {
  const inQuote = insideQuote(reading, p);
  const found: GivenName[] = [];
  for (const m of matchesOf(GIVEN_NAME, text)) {
    const name = m.groups?.name ?? '';
    const at = m.index + m[0].length - name.length;
    if (inQuote(m.index)) continue;
    if (!m[0].startsWith('who') && !participleOnSource(text, m.index)) continue;
    found.push({ name, from: m.index, at, end: at + name.length });
  }
  return found;
});

/** The quotation an aside names the speaker of: the nearest ending just before it, else the next opening after. */
function quotedBy(here: readonly QuoteDraft[], text: string, aside: GivenName): QuoteDraft | null {
  // `here` is in order of start: a binary search finds the neighbours, a bounded read per aside.
  const k = lastBelow(here, aside.from, (d) => d.span.start);
  const last = here[k];
  const next = here[lastBelow(here, aside.end, (d) => d.span.start) + 1];
  const before = last && last.span.end <= aside.from && aside.from - last.span.end <= WINDOW ? last : null;
  const after = next && next.span.start - aside.end <= WINDOW ? next : null;
  const pick = before ?? after;
  if (!pick) return null;
  // A sentence's end between them ('… Jawid. The convoy …') leaves the quotation to another speaker.
  const gap =
    pick === before ? text.slice(pick.span.end, aside.from) : text.slice(aside.end, pick.span.start);
  return /[.!?]\s+\p{Lu}/u.test(gap) ? null : pick;
}

/** Whether a source's description is first written after (p, at). */
const describedAfter = (intro: { passage: number; start: number } | null, p: number, at: number): boolean =>
  intro !== null && (intro.passage > p || (intro.passage === p && intro.start >= at));

/** A description renamed from a quotation on (`from`: passage, then offset; -1 when from its first mention). */
interface Rename {
  from: [number, number];
  to: string;
}

const before = (a: [number, number], b: [number, number]): boolean =>
  a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

/** Adds an aside's rename: one introducing the source anew opens a stretch, one referring back ("the woman, who …")
 * renames the stretch it falls in. */
function addRename(renames: Rename[], to: string, from: [number, number] | null): void {
  const open = renames[renames.length - 1];
  if (from) renames.push({ from, to });
  else if (open) open.to = to;
  else renames.push({ from: [-1, -1], to });
}

/** Each quotation an aside names the describing phrase of, and the quotations of that description: the given name's. */
export function nameGivenInAside(drafts: readonly QuoteDraft[], table: SpeakerTable, reading: Reading): void {
  const byPassage = new Map<number, QuoteDraft[]>();
  for (const d of drafts) {
    const here = byPassage.get(d.passage);
    if (here) here.push(d);
    else byPassage.set(d.passage, [d]);
  }
  // Descriptions renamed, applied in one pass at the end: a bounded cost however many asides the text holds.
  const renamed = new Map<string, Rename[]>();
  byPassage.forEach((here, p) => {
    const text = reading.texts[p] ?? '';
    for (const aside of givenNamesOf(reading, p)) {
      const d = quotedBy(here, text, aside);
      if (!d) continue;
      const was = table.speaker(d.speaker);
      // A named speaker who talks about someone "known only as …" keeps the quotation; so does a source first
      // described after the aside ('a suspect, identified only as Rahim. "…," said a police officer').
      if (was && (!was.anonymous || describedAfter(was.intro, p, aside.end))) continue;
      const person =
        table.lookup(aside.name) ??
        table.add(aside.name, was?.name ?? '', { passage: p, start: aside.at, end: aside.end });
      if (!was) d.speaker = person.id;
      else {
        const renames = renamed.get(was.id) ?? [];
        const lead = text.slice(Math.max(0, aside.from - INTRODUCED_REACH), aside.from);
        addRename(renames, person.id, INTRODUCED_BEFORE.test(lead) ? [p, d.span.start] : null);
        renamed.set(was.id, renames);
      }
    }
  });
  if (renamed.size === 0) return;
  renamed.forEach((rs) => rs.sort((a, b) => a.from[0] - b.from[0] || a.from[1] - b.from[1]));
  for (const d of drafts) {
    const renames = d.speaker ? renamed.get(d.speaker) : undefined;
    const at: [number, number] = [d.passage, d.span.start];
    // The last stretch opened at or before the quotation holds it (a binary search over the sorted stretches).
    const k = renames ? lastBelow(renames, 1, (r) => (before(r.from, at) ? 0 : 2)) : -1;
    const rename = renames?.[k];
    if (rename) d.speaker = rename.to;
  }
}
