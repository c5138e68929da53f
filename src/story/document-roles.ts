/**
 * Speakers a structured document names by its form rather than by a reporting clause: a catalogue's "Donated by
 * Name" line and the "donor" who then speaks, an agency's acronym opening a line of meeting minutes, a forum post's
 * "u/name" header over the words it quotes.
 */
import {
  AGENCY_VOICES,
  MINUTES_VERBS,
  WRITTEN_WORD_CARRIERS,
  hasSpeechVerb,
  isPersonNoun,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { escapeRegExp, hasArabicScript, phrasePattern } from './regex-parts.ts';
import type { Reading, SpeakerTable } from './speakers.ts';

/** The part of a quotation draft these passes read. */
interface RoleDraft {
  passage: number;
  span: { open: number | null; close: number | null; start: number };
  speaker: string | null;
}

/** A role a by-line fills, with the participles that name its holder ("Donated by Name" → the donor). */
const BY_LINE_ROLES: Readonly<Record<string, readonly string[]>> = {
  donor: ['donated', 'given', 'gifted', 'bequeathed'],
  photographer: ['photographed', 'taken', 'shot'],
  translator: ['translated'],
  author: ['written', 'authored'],
  writer: ['written'],
  compiler: ['compiled'],
  collector: ['collected'],
  sender: ['sent', 'submitted'],
  contributor: ['contributed', 'submitted'],
  lender: ['lent', 'loaned'],
  recorder: ['recorded'],
  interviewer: ['interviewed'],
};
/** Dari words for the same roles ("یادداشت اهداکننده"): the by-line is the English one of a bilingual entry. */
const DARI_BY_LINE_ROLES: Readonly<Record<string, string>> = {
  اهداکننده: 'donor',
  عکاس: 'photographer',
  مترجم: 'translator',
};

const ROLE_WORDS = Object.keys(BY_LINE_ROLES).join('|');
/** "the donor writes", "Donor's note", "the translator adds": the role speaking, or its note. */
const ROLE_SPEAKING = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he\s+)?(?<role>${ROLE_WORDS}|${ROLE_WORDS.replace(/(^|\|)(\p{Ll})/gu, (_m, b: string, c: string) => b + c.toUpperCase())})(?:(?:['’]s\s+(?:own\s+)?(?:note|notes|comment|caption|words|recollection|memory|letter))|\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+))`,
  'gu',
);
const PARTICIPLES = [...new Set(Object.values(BY_LINE_ROLES).flat())].map(escapeRegExp).join('|');
/** "Donated by Dr Farhad Kokchayi, Kabul.": a participle, "by", and a capitalised name of two to five words. */
const BY_LINE = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>${PARTICIPLES}|${PARTICIPLES.replace(/(^|\|)(\p{Ll})/gu, (_m, b: string, c: string) => b + c.toUpperCase())})\s+by\s+(?<name>(?:(?:Dr|Mr|Mrs|Ms|Haji|Hajji|Prof|Eng)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,4})`,
  'gu',
);
/** How many passages back a by-line may stand from the note it heads. */
const BY_LINE_REACH = 3;
/** Characters after a quotation read for its reporting clause ("," the donor says."). */
const CLAUSE_AFTER = 60;

/** What a full stop after it does not end a sentence by: "et al.", "p.", an initial ("A."). */
const ABBREVIATED = /(?:\bal|\bpp?|(?:^|\s)\p{Lu})$/u;

/** How far back in a passage a by-line, an agency or a document is looked for: a bounded window, never the whole. */
const LOOK_BACK = 2000;
/** The passage's text in the window before `end`. */
const windowBefore = (text: string, end: number): string => text.slice(Math.max(0, end - LOOK_BACK), end);

/** The sentence's words before the quotation: from the last stop or line break before its opening mark. */
function sentenceBefore(text: string, open: number): string {
  const head = text.slice(Math.max(0, open - 300), open);
  let stop = head.lastIndexOf('\n');
  for (let i = head.length - 2; i > stop; i--)
    if (
      /[.!?]/u.test(head[i] ?? '') &&
      /\s/u.test(head[i + 1] ?? '') &&
      !ABBREVIATED.test(head.slice(i - 4, i))
    ) {
      stop = i;
      break;
    }
  return stop < 0 ? head : head.slice(stop + 1);
}

/** Each quotation's sentence before it, read once for the several passes that ask (text and open checked). */
const befores = new WeakMap<RoleDraft['span'], { text: string; open: number; before: string }>();

/** sentenceBefore for a draft's span opening at `open`, remembered on the span. */
function spanBefore(text: string, span: RoleDraft['span'], open: number): string {
  const held = befores.get(span);
  if (held && held.text === text && held.open === open) return held.before;
  const before = sentenceBefore(text, open);
  befores.set(span, { text, open, before });
  return before;
}

/** The reporting clause after a quotation, to the end of its sentence. */
function clauseAfter(text: string, close: number | null): string {
  if (close === null) return '';
  return (text.slice(close + 1, close + 1 + CLAUSE_AFTER).split(/[.!?\n]/u)[0] ?? '').trim();
}

/** The by-line role a quotation's sentence speaks by ("The donor writes that …:", '"…," the donor says'), else null. */
export function speakingRole(before: string, after: string): string | null {
  for (const part of [before, after]) {
    if (!part) continue;
    for (const m of matchesOf(ROLE_SPEAKING, part)) {
      const verb = m.groups?.['verb'];
      // "the donor's aunt" or "the donor family": no verb, no note, not the donor speaking.
      if (verb !== undefined && !hasSpeechVerb(verb) && !/^(?:adds|recalls|remembers)$/u.test(verb)) continue;
      return (m.groups?.['role'] ?? '').toLowerCase();
    }
  }
  if (hasArabicScript(before))
    for (const [word, role] of Object.entries(DARI_BY_LINE_ROLES)) if (before.includes(word)) return role;
  return null;
}

/** The name the nearest "… by Name" line before `pos` gives the role, within a few passages, else null. */
export function byLineHolder(texts: readonly string[], p: number, pos: number, role: string): string | null {
  const verbs = new Set(BY_LINE_ROLES[role] ?? []);
  for (let q = p; q >= 0 && q >= p - BY_LINE_REACH; q--) {
    const text = windowBefore(texts[q] ?? '', q === p ? pos : (texts[q] ?? '').length);
    if (!text.includes(' by ')) continue;
    const found = [...matchesOf(BY_LINE, text)].filter((m) =>
      verbs.has((m.groups?.['verb'] ?? '').toLowerCase()),
    );
    const name = found.at(-1)?.groups?.['name'];
    if (name) return name;
  }
  return null;
}

/**
 * '"…," the donor says' under "Donated by Sima Taloqani.", "Photographer's note: "…"" under "Photographed by Name":
 * a quotation its sentence gives to a by-line's role (or to that role's bare name) is the one the by-line names.
 */
export function giveByLineRoles(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly RoleDraft[],
  create: boolean,
): void {
  for (const d of drafts) {
    const text = reading.texts[d.passage] ?? '';
    if (d.span.open === null) continue;
    const current = table
      .speaker(d.speaker)
      ?.name.toLowerCase()
      .replace(/^the\s+/u, '');
    if (d.speaker !== null && !(current && current in BY_LINE_ROLES)) continue;
    const role = speakingRole(spanBefore(text, d.span, d.span.open), clauseAfter(text, d.span.close));
    if (!role) continue;
    const name = byLineHolder(reading.texts, d.passage, d.span.open, role);
    const holder = name ? (table.lookup(name) ?? (create ? table.add(name, '', null) : null)) : null;
    if (holder) d.speaker = holder.id;
  }
}

/** An agency's acronym: "WFP", "UNHCR", "DoRR". */
const ACRONYM = String.raw`\p{Lu}(?:\p{Ll}?\p{Lu}){1,6}(?![\p{L}])`;
/** A verb an agency speaks by in minutes: one of speech, or of the minutes' own ("informed", "raised"). */
const speaksInMinutes = (verb: string): boolean => hasSpeechVerb(verb) || MINUTES_VERBS.has(verb);
/** "UNHCR said that …", "The WFP officer noted …", "NRC raised the question of rent:": the agency opening a line. */
const AGENCY_OPENING = new RegExp(
  String.raw`^\s*(?:The\s+)?(?<org>${ACRONYM})(?:\s+(?:${AGENCY_VOICES.map(phrasePattern).join('|')}|officer|team))?\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)`,
  'u',
);
/** "The representative added:": the agency's voice, with no agency named. */
const AGENCY_VOICE_OPENING = new RegExp(
  String.raw`^\s*The\s+(?<voice>${AGENCY_VOICES.map(phrasePattern).join('|')})\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)`,
  'u',
);
/** An acronym and the word after it, anywhere in the passage (whether it opens a sentence is read after). */
const AGENCY_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])(?<org>${ACRONYM})\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)`,
  'gu',
);
/** Whether the word at `at` opens a sentence: nothing, a stop or a line break before it (and "The"). */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  if (text.slice(Math.max(0, i - 4), i) === 'The ') i -= 4;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || /[.!?\n]/u.test(text[i - 1] ?? '');
}

/** The agency a quotation's sentence opens on, or (for "The representative added:") the passage's last one. */
export function minutesAgency(
  text: string,
  open: number,
  before = sentenceBefore(text, open),
): string | null {
  const m = AGENCY_OPENING.exec(before);
  // "WHO said that she had warned:": a second clause of speech gives the words to its own subject.
  if (m && speaksInMinutes(m.groups?.['verb'] ?? ''))
    return hasSpeechVerb(before.slice(m.index + m[0].length)) ? null : (m.groups?.['org'] ?? null);
  const voice = AGENCY_VOICE_OPENING.exec(before);
  if (!voice || !speaksInMinutes(voice.groups?.['verb'] ?? '')) return null;
  const upTo = windowBefore(text, open - before.length);
  const last = [...matchesOf(AGENCY_SENTENCE, upTo)]
    .filter((s) => speaksInMinutes(s.groups?.['verb'] ?? '') && opensSentence(upTo, s.index))
    .at(-1);
  // "The US special representative arrived … UNAMA said … The representative said:": the voice named before the
  // agency is who "the representative" means.
  if (!last || upTo.slice(0, last.index).includes(voice.groups?.['voice'] ?? '')) return null;
  return last.groups?.['org'] ?? null;
}

/**
 * Minutes: 'UNHCR said that … The representative added: "…"', 'NRC raised the question of rent: "…"', 'ACTED
 * informed that … and that "…"': the agency whose acronym opens the quotation's sentence (or the sentence before
 * its representative's) speaks, unless the sentence names its speaker.
 */
export function giveMinutesAgencies(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly RoleDraft[],
  create: boolean,
): void {
  for (const d of drafts) {
    const text = reading.texts[d.passage] ?? '';
    if (d.span.open === null) continue;
    const before = spanBefore(text, d.span, d.span.open);
    const org = minutesAgency(text, d.span.open, before);
    if (!org) continue;
    const current = table.speaker(d.speaker)?.name;
    const sentence = `${before} ${clauseAfter(text, d.span.close)}`;
    // A speaker the sentence names itself ("Ms Name (DoRR) added:") keeps the words.
    if (current && sentence.includes(current.split(/\s+/u).at(-1) ?? current) && !/^the\s/iu.test(current))
      continue;
    const agency = table.lookup(org) ?? (create ? table.add(org, '', null) : null);
    if (agency) d.speaker = agency.id;
  }
}

/** A cited work's authors: "Takhari et al.", "Kunduzi and Hart", "Rahimi". */
const CITED_AUTHORS = String.raw`(?<authors>\p{Lu}[\p{Ll}'’-]+(?:\s+et\s+al\.|\s+(?:and|&)\s+\p{Lu}[\p{Ll}'’-]+)?)`;
/** A citation's year and page: "2021", "2019: 44", "2018, p. 9". */
const CITED_YEAR = String.raw`\d{4}[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?`;
/** "Takhari et al. (2021: 17) describe …": the authors as a subject, their year in brackets. */
const CITATION_SUBJECT = new RegExp(String.raw`(?<![\p{L}])${CITED_AUTHORS}\s+\(${CITED_YEAR}\)`, 'gu');
/** '"…" (Takhari et al. 2021: 17)': the authors and year in brackets right after the closing mark. */
const CITATION_AFTER = new RegExp(String.raw`^[,.]?\s*\(${CITED_AUTHORS},?\s+${CITED_YEAR}\)`, 'u');
/** Verbs that give words as someone's term: "calls debt …", "what they call …", "term it …". */
const TERMING =
  /\b(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|label|labels|labelled|labeled|put it)\b/u;

/** The authors a citation gives a quotation's words to, or null. */
export function citedAuthors(
  text: string,
  open: number,
  close: number | null,
  sentence?: string,
): string | null {
  const after = close === null ? '' : text.slice(close + 1, close + 80);
  const next = after.includes('(') ? CITATION_AFTER.exec(after) : null;
  if (next) return next.groups?.['authors'] ?? null;
  const before = sentence ?? sentenceBefore(text, open);
  if (!before.includes('(')) return null;
  const cited = [...matchesOf(CITATION_SUBJECT, before)].at(-1);
  if (!cited) return null;
  const between = before.slice(cited.index + cited[0].length);
  // "Noori and Bakhtari (2018), writing on Kunduz, prefer …": authors opening the sentence are its subject.
  const opens = /^\s*(?:(?:As|But|And|For|While)\s+)?$/u.test(before.slice(0, cited.index));
  // "Name, whose film Osama (2003) won …, said:": a title's year inside another subject's clause is no citation.
  const ownClause = !between.includes(',');
  return opens || (ownClause && (hasSpeechVerb(between) || TERMING.test(between)))
    ? (cited.groups?.['authors'] ?? null)
    : null;
}

/**
 * An academic text: 'Takhari et al. (2021: 17) describe what they call "…"', '"…" (Rahimi 2019: 44)': words a
 * citation gives to a work's authors are theirs, not those of the work cited before.
 */
export function giveCitedAuthors(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly RoleDraft[],
  create: boolean,
): void {
  for (const d of drafts) {
    const text = reading.texts[d.passage] ?? '';
    if (d.span.open === null) continue;
    const authors = citedAuthors(text, d.span.open, d.span.close, spanBefore(text, d.span, d.span.open));
    if (!authors) continue;
    const surname = authors.split(/\s+/u)[0] ?? authors;
    if (table.speaker(d.speaker)?.name.includes(surname)) continue;
    const cited = table.lookup(surname) ?? (create ? table.add(authors, '', null) : null);
    if (cited) d.speaker = cited.id;
  }
}

/** A forum post's header line: "u/kabul_nomad_88 · 22h", "Posted by u/name". */
const POST_HEADER =
  /^[ \t]*(?:level \d+[ \t]*\n[ \t]*)?(?:Posted by[ \t]+)?(?<user>u\/[A-Za-z0-9_-]{3,30})(?![\w/])/gmu;
/** A header line on its own, as the page's furniture removes it: "u/name · 22h", "Posted by u/name · 1d". */
const REMOVED_HEADER = /(?:^|\sby\s)(?<user>u\/[A-Za-z0-9_-]{3,30})(?:\s+OP)?\s*(?:[·•|]|$)/u;

/**
 * Each passage's poster: the user of the last header line removed before it ("u/name · 22h"), or null; undefined
 * when the page has no such line (most pages: one look at each removed line).
 */
export function postersBefore(
  passages: readonly { sourceStart: number }[],
  removed: readonly { text: string; sourceEnd: number }[],
): (string | null)[] | undefined {
  const headers = removed.filter((r) => r.text.includes('u/') && REMOVED_HEADER.test(r.text));
  if (headers.length === 0) return undefined;
  headers.sort((a, b) => a.sourceEnd - b.sourceEnd);
  let h = 0;
  let user: string | null = null;
  return passages.map((passage) => {
    while (h < headers.length && (headers[h]?.sourceEnd ?? 0) <= passage.sourceStart)
      user = REMOVED_HEADER.exec(headers[h++]?.text ?? '')?.groups?.['user'] ?? user;
    return user;
  });
}

/** How many passages back a post's header may stand from its words. */
const POST_REACH = 4;

/** The user whose post holds `pos` of passage p: the last header line at or before it, else null. */
export function posterOf(texts: readonly string[], p: number, pos: number): string | null {
  for (let q = p; q >= 0 && q >= p - POST_REACH; q--) {
    // Most passages hold no "u/": no window sliced for them.
    if (!(texts[q] ?? '').includes('u/')) continue;
    const text = windowBefore(texts[q] ?? '', q === p ? pos : (texts[q] ?? '').length);
    if (!text.includes('u/')) continue;
    const user = [...matchesOf(POST_HEADER, text)].at(-1)?.groups?.['user'];
    if (user) return user;
  }
  return null;
}

const CARRIERS = new Set(WRITTEN_WORD_CARRIERS);
/** "from a boy in grade 8:", "with a placard:": a person or a written thing the words are someone else's. */
function namesAnotherVoice(clause: string): boolean {
  return clause
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => isPersonNoun(w) || CARRIERS.has(w));
}

/**
 * A forum thread: 'warning from experience: "…"' in a post under "u/name · 22h" — words no clause gives anyone
 * else are the poster's own.
 */
export function giveForumPosters(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly RoleDraft[],
  create: boolean,
): void {
  // No header removed and no "u/" in the text: no post to give words to (most pages).
  if (!reading.posters && !reading.texts.some((t) => t.includes('u/'))) return;
  for (const d of drafts) {
    if (d.speaker !== null || d.span.open === null) continue;
    const text = reading.texts[d.passage] ?? '';
    const user = reading.posters?.[d.passage] ?? posterOf(reading.texts, d.passage, d.span.open);
    if (!user) continue;
    // "one policeman said": a clause of speech gives the words to someone in the post, not its writer.
    const clause = `${spanBefore(text, d.span, d.span.open)} ${clauseAfter(text, d.span.close)}`;
    if (hasSpeechVerb(clause) || namesAnotherVoice(clause)) continue;
    const poster = table.lookup(user) ?? (create ? table.add(user, '', null) : null);
    if (poster) d.speaker = poster.id;
  }
}

/**
 * "Ahmad Shah Yaftali, traders' union:", "Dr. Palwasha Noori, a nurse in Kunduz:" opening a line before the words:
 * a short role with no comma — not a clause ("Name, who taught for years, held up the paper:").
 */
const NAME_ROLE_COLON = new RegExp(
  String.raw`^\s*(?:[-–•*]\s+)?(?<name>(?:(?:Dr|Mr|Mrs|Ms|Eng|Gen|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,4}),\s+(?!(?:who|which|whose|whom)\b)(?<role>[^:,"“”\n]{2,60}):\s*$`,
  'u',
);

/** The person a line's "Name, role:" opening gives the quotation after it, or null. */
export function nameRoleColon(table: SpeakerTable, before: string): string | null {
  if (!before.endsWith(':') && !/:\s+$/u.test(before.slice(-4))) return null;
  const m = NAME_ROLE_COLON.exec(before);
  const name = m?.groups?.['name'];
  if (!name || /[.!?]\s/u.test(m.groups?.['role'] ?? '')) return null;
  return table.lookup(name) || table.isPersonName(name, 2) ? name : null;
}

/**
 * A daybook's or a panel's line 'Ahmad Shah Yaftali, traders\' union: "…"': the name and short role before a colon
 * that opens the line are who speaks the words after it.
 */
export function giveNameRoleColons(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly RoleDraft[],
  create: boolean,
): void {
  for (const d of drafts) {
    if (d.speaker !== null || d.span.open === null) continue;
    const text = reading.texts[d.passage] ?? '';
    // The line's own opening: from the line break (or the passage's start) before the words.
    const head = text.slice(Math.max(0, d.span.open - 121), d.span.open);
    const lineStart = head.lastIndexOf('\n') + 1;
    if (lineStart === 0 && d.span.open > 120) continue;
    const name = nameRoleColon(table, head.slice(lineStart));
    const who = name ? (table.lookup(name) ?? (create ? table.add(name, '', null) : null)) : null;
    if (who) d.speaker = who.id;
  }
}

/** Documents a person's words come in: "a statement from Mr Takhari", "an email by Name". */
const PERSON_DOCUMENT = new RegExp(
  String.raw`\b(?:statement|letter|note|message|e-?mail|affidavit|declaration|testimony|text)\s+(?:from|by|written\s+by|signed\s+by)\s+(?:(?:his|her|their|the\s+appellant['’]s)\s+\p{Ll}+(?:-in-law)?,\s+)?(?<name>(?:(?:Dr|Mr|Mrs|Ms|Haji)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})`,
  'gu',
);
/** "it supports her account:", "It reads:", "the letter says": the sentence's subject is the document itself. */
const DOCUMENT_SPEAKS =
  /(?:^|\s)(?:[Ii]t|[Tt]he\s+(?:statement|letter|note|message|e-?mail|affidavit|declaration))\s+(?:\p{Ll}+ly\s+)?(?:says|said|reads|read|states|stated|supports|adds|added|describes|described|ends|ended|begins|began|continues|goes\s+on)\b/u;

/** The person whose document (named earlier in the passage) a quotation's sentence reads from, or null. */
export function documentAuthor(
  table: SpeakerTable,
  text: string,
  open: number,
  before = sentenceBefore(text, open),
): string | null {
  if (!DOCUMENT_SPEAKS.test(before)) return null;
  const upTo = windowBefore(text, open - before.length);
  const name = [...matchesOf(PERSON_DOCUMENT, upTo)].at(-1)?.groups?.['name'];
  return name && (table.lookup(name) || table.isPersonName(name, 2)) ? name : null;
}

/**
 * 'A statement from Mr Takhari … was before me. … it supports her account in one respect: "…"': words a
 * person's statement or letter says are that person's.
 */
export function giveDocumentAuthors(
  table: SpeakerTable,
  reading: Reading,
  drafts: readonly RoleDraft[],
  create: boolean,
): void {
  for (const d of drafts) {
    if (d.speaker !== null || d.span.open === null) continue;
    const text = reading.texts[d.passage] ?? '';
    const name = documentAuthor(table, text, d.span.open, spanBefore(text, d.span, d.span.open));
    const who = name ? (table.lookup(name) ?? (create ? table.add(name, '', null) : null)) : null;
    if (who) d.speaker = who.id;
  }
}
