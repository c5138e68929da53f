/**
 * The quotation rules that read the words right by a quotation: a Dari "Name گفت:", an anonymous source
 * ("a police official said"), an English reporting clause after the closing mark ("…," Name said) or before the
 * opening one ("Name said: …"). Each is one named step on a quotation's site, run in the order of ADJACENT_STEPS.
 */
import { messageSender } from './dari-messages.ts';
import {
  anonymousAfter,
  anonymousAs,
  anonymousBefore,
  anonymousColonIntro,
  type AnonymousSource,
} from './anonymous.ts';
import type { Attribution, QuoteDraft } from './attribution.ts';
import {
  ADJACENT_TAIL,
  AFTER_ACCORDING,
  OPENING_ACCORDING,
  AFTER_DESCRIPTION_NAME,
  AFTER_NAME_APPOSITIVE,
  AFTER_ROLE_OF_VERB,
  AFTER_SUBJECT_SPEECH,
  AFTER_SUBJECT_VERB,
  AFTER_ROLE_NAME_VERB,
  AFTER_VERB_ROLE_NAME,
  AFTER_VERB_SUBJECT,
  AS_PUT_IT,
  IN_OWN_WORDS,
  clauseEnd,
  subjectOf,
  type Subject,
  isSpeechClause,
  QUOTED_AS,
} from './attribution-patterns.ts';
import { resolveSubject, type AttributionContext } from './attribution-subjects.ts';
import { clauseSubject } from './role-of-subjects.ts';
import { sceneVoice } from './scene-voices.ts';
import {
  dariNamingSubject,
  dariSubjectAfter,
  dariAddedThat,
  dariSubjectBefore,
  resolveDariSubject,
} from './dari-attribution.ts';
import { isDariText } from './dari-words.ts';
import { CONVERSATION_PHRASES, OWNER_WORDS, ROLE_NOUNS, SPEECH_VERBS, VOICED_GESTURES } from './lexicon.ts';
import type { QuoteSpan } from './quotes.ts';
import { phrasePattern, wordAlternation } from './regex-parts.ts';
import { codedSource } from './coded-sources.ts';
import { groupMemberAfter } from './group-members.ts';
import { roleOfVerbBefore } from './role-of-before.ts';

/** One quotation being attributed, with the text around it that the rules read. */
export interface QuoteSite {
  /** Its passage, and its index among the passage's quotations. */
  p: number;
  k: number;
  text: string;
  span: QuoteSpan;
  /** The rest of a quotation broken mid-sentence by a paragraph break (it has no opening mark). */
  carried: boolean;
  openAt: number;
  closeEnd: number;
  /** The text after the closing mark, up to the next quotation's opening mark. */
  after: string;
  /** The sentence before the opening mark (from the previous quotation's close at the most), and where it starts. */
  before: string;
  sStart: number;
  /** The "<subject> said" clauses of `before`. */
  clauses: RegExpMatchArray[];
  /** Whether the quotation (or a bracketed translation) opens its paragraph. */
  opensParagraph: boolean;
  /** The last quotation of this passage so far that has a speaker. */
  earlier: QuoteDraft | undefined;
  /** The quotation attributed just before, in this passage or an earlier one. */
  lastBefore: QuoteDraft | undefined;
}

/** The speaker found so far and how; `adjacent` once an attribution stands right by the quotation. */
export interface Verdict {
  speaker: string | null;
  via: Attribution;
  adjacent: boolean;
  /** The words are what the speaker called something ("… را «…» خواند"): a quotation however short. */
  naming?: boolean;
}

/** A quotation rule: reads the site, and sets the verdict's speaker when it has none and the rule finds one. */
export type QuoteStep = (ctx: AttributionContext, q: QuoteSite, v: Verdict) => void;

/** The subject's speaker becomes the quotation's, `how`, unless it has one already. */
export function attempt(
  ctx: AttributionContext,
  q: QuoteSite,
  v: Verdict,
  s: Subject | null,
  how: Attribution,
): void {
  if (v.speaker !== null || !s) return;
  const id = resolveSubject(ctx, s, q.p);
  if (id) {
    v.speaker = id;
    v.via = how;
  }
}

/** An anonymous source becomes a speaker (when new speakers may be made); its id, or null. */
export function anonymousSpeaker(
  ctx: AttributionContext,
  a: AnonymousSource | null,
  p: number,
): string | null {
  return a && ctx.create
    ? ctx.table.addAnonymous(a.name, a.description, { passage: p, start: a.start, end: a.end }).id
    : null;
}

/** Characters either side of a quotation read for the language of its attribution. */
const ATTRIBUTION_REACH = 24;

/**
 * 'Sarah Whitfield، رئیس دفتر …، گفت: “We are seeing …”': an English quotation in a Dari sentence is
 * attributed as Dari is, when the words right before or after it are in the Arabic script.
 */
export function dariAround(text: string, openAt: number, closeEnd: number): boolean {
  const before = text.slice(Math.max(0, openAt - ATTRIBUTION_REACH), openAt);
  const after = text.slice(closeEnd, closeEnd + ATTRIBUTION_REACH);
  return isDariText(before) || /^[\s،,.]*[؀-ۿ]/u.test(after);
}

/** Dari: "Name، role، گفت: «…»" or "«…»، Name افزود." */
const dariAdjacent: QuoteStep = (ctx, q, v) => {
  const { text, span, openAt, closeEnd, p } = q;
  if (!isDariText(text.slice(span.start, span.end)) && !dariAround(text, openAt, closeEnd)) return;
  const ds =
    dariSubjectBefore(text, openAt) ??
    dariSubjectAfter(text, closeEnd, openAt) ??
    dariAddedThat(text, openAt, closeEnd);
  if (!ds) {
    dariMessage(ctx, q, v);
    return;
  }
  v.adjacent = true;
  v.speaker = resolveDariSubject(ctx.table, ds, p, ctx.create, text);
  if (v.speaker) v.via = ds.start < openAt ? 'before' : 'after';
};

/** "پیام صوتی یک باشندهٔ … که به ما فرستاده:" on its line, or the line before, then «…»: the sender's words. */
function dariMessage(
  ctx: AttributionContext,
  q: Parameters<QuoteStep>[1],
  v: Parameters<QuoteStep>[2],
): void {
  // Only a quotation no step has given a speaker: the message line never replaces one.
  if (v.speaker !== null) return;
  const { text, openAt, p } = q;
  const first = text.search(/\S/u);
  const opensPassage = first < 0 || first >= openAt;
  const lineText = opensPassage ? ctx.table.passageText(p - 1) : text;
  const ds = messageSender(lineText, opensPassage ? lineText.length : openAt);
  if (!ds) return;
  v.adjacent = true;
  v.speaker = resolveDariSubject(ctx.table, ds, opensPassage ? p - 1 : p, ctx.create, lineText);
  if (v.speaker) v.via = 'before';
}

/** Dari: "Name، role، X را «…» خواند": the words a person called something by are theirs, however few. */
const dariNaming: QuoteStep = (ctx, q, v) => {
  const { text, span, openAt, closeEnd, p } = q;
  if (v.speaker !== null || !isDariText(text.slice(span.start, span.end))) return;
  const ds = dariNamingSubject(text, openAt, closeEnd);
  if (!ds) return;
  v.adjacent = true;
  v.naming = true;
  v.speaker = resolveDariSubject(ctx.table, ds, p, ctx.create, text);
  if (v.speaker) v.via = 'clause';
};

/** The quotation closes on a full stop, "!" or "?" of its own: '"…."', '"…!"'. */
export function closesWithStop(q: QuoteSite): boolean {
  const close = q.span.close;
  return close !== null && '.!?'.includes(q.text[close - 1] ?? ',');
}

/**
 * 'A focus group put it plainly: "…." Traders confirmed …': words a colon introduced and that close their own
 * sentence are the colon's subject's; the sentence after the quotation is a new one, not its reporting clause.
 * Not '"Leave now!" the commander shouted', where a lower-case clause goes on after "!" or "?".
 */
export function colonIntroducedSentence(q: QuoteSite): boolean {
  if (!closesWithStop(q)) return false;
  const before = q.before.trimEnd();
  if (!before.endsWith(':')) return false;
  // The word before the colon, perhaps closed by a bracket ("(FGD-03):"): a letter, looked at, not searched for.
  const last =
    before
      .slice(0, -1)
      .trimEnd()
      .replace(/[)\]]$/u, '')
      .at(-1) ?? '';
  if (!/\p{L}/u.test(last)) return false;
  const next = q.after.trimStart()[0] ?? '';
  return !/\p{Ll}/u.test(next);
}

/** An indefinite role or group speaks for itself: '," a police official in Kunduz said', 'Residents said "…"'. */
const anonymousAdjacent: QuoteStep = (ctx, q, v) => {
  const anon =
    (colonIntroducedSentence(q) ? null : anonymousAfter(q.after, q.closeEnd)) ??
    anonymousBefore(q.before, q.sStart) ??
    anonymousColonIntro(q.before, q.sStart) ??
    anonymousAs(q.before, q.sStart, q.after, q.closeEnd);
  if (!anon || v.speaker !== null) return;
  v.adjacent = true;
  v.speaker = anonymousSpeaker(ctx, anon, q.p);
  if (v.speaker) v.via = anon.start > q.openAt ? 'after' : 'before';
};

/** A voice of the scene: '«…،» someone calls from the back', 'and the crowd shouted «…»'. */
const sceneVoiceAdjacent: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null) return;
  const voice = sceneVoice(q.after, q.closeEnd, q.before, q.sStart);
  if (!voice) return;
  v.adjacent = true;
  if (!ctx.create) return;
  v.speaker = ctx.table.addAnonymous(voice.name, '', { passage: q.p, start: voice.start, end: voice.end }).id;
  v.via = voice.start > q.openAt ? 'after' : 'before';
};

/** The word right after a match: a speech verb there may show the match stopped inside a role. */
const NEXT_WORD = /^\s+(\p{Ll}+)/u;

/** '…," Karim Jawad said', '…," she added'. */
const afterSubjectVerb: QuoteStep = (ctx, q, v) => {
  const first = AFTER_SUBJECT_VERB.exec(q.after);
  // '…," the union head said', read on to its verb; not after a quotation closed by a full stop ('…." The women
  // say it …'), where a new sentence starts.
  const closed = q.span.close !== null && q.text[q.span.close - 1] === '.';
  if (first && closed && colonIntroducedSentence(q)) return;
  const next = first && !closed ? NEXT_WORD.exec(q.after.slice(first[0].length))?.[1] : undefined;
  const m =
    first && !isSpeechClause(first) && next && SPEECH_VERBS.has(next)
      ? AFTER_SUBJECT_SPEECH.exec(q.after)
      : first;
  if (!m || !isSpeechClause(m)) return;
  v.adjacent = true;
  attempt(ctx, q, v, subjectOf(m, q.closeEnd), 'after');
};

/** A name right after the quotation, `m`'s group 1, with its verb in group 2. */
function nameThenVerb(ctx: AttributionContext, q: QuoteSite, v: Verdict, m: RegExpExecArray | null): void {
  if (!m || !SPEECH_VERBS.has(m[2] ?? '')) return;
  v.adjacent = true;
  const name = m[1] ?? '';
  attempt(ctx, q, v, { pronoun: null, name, role: null, at: q.closeEnd + m[0].indexOf(name) }, 'after');
}

/** '," Abdul Wali, a herder from Zebak, told reporters'. */
const afterNameAppositive: QuoteStep = (ctx, q, v) =>
  nameThenVerb(ctx, q, v, AFTER_NAME_APPOSITIVE.exec(q.after));

/** '," the Uzbek foreign minister, Bakhtiyor Saidov, told reporters'. */
const afterDescriptionName: QuoteStep = (ctx, q, v) =>
  nameThenVerb(ctx, q, v, AFTER_DESCRIPTION_NAME.exec(q.after));

/** '," the head of the provincial agriculture department said': a role "of" an office, then the verb. */
const afterRoleOfVerb: QuoteStep = (ctx, q, v) => {
  const m = AFTER_ROLE_OF_VERB.exec(q.after);
  if (!m) return;
  v.adjacent = true;
  const at = q.closeEnd + m[0].search(/\S/);
  attempt(ctx, q, v, { pronoun: null, name: null, role: m.groups?.['role'] ?? '', at }, 'after');
};

/**
 * '," said the calligrapher, Sayed Karim Rahin', '," said the family's lawyer, …': "the", any noun (perhaps after
 * its owner's possessive), a comma — an appositive naming the person.
 */
const THE_NOUN_COMMA = new RegExp(
  `^[\\s,.]*\\p{Ll}+\\s+(?:the|${wordAlternation(OWNER_WORDS)})\\s+(?:\\p{Ll}+['’]s\\s+)?\\p{Ll}+,`,
  'u',
);

/**
 * '," said Foreign Ministry spokesman Ali Karimi': the person after the role speaks, not the ministry; '," said the
 * calligrapher, Sayed Karim Rahin', '," said his daughter, Zarmina Rostaqi': any noun of a trade or a relation,
 * when a person's full name follows it in commas.
 */
const afterVerbRoleName: QuoteStep = (ctx, q, v) => {
  const m = AFTER_VERB_ROLE_NAME.exec(q.after);
  if (!m || !SPEECH_VERBS.has(m[1] ?? '')) return;
  const name = m[3] ?? '';
  const trade = THE_NOUN_COMMA.test(m[0]) && ctx.table.isPersonName(name, 2);
  if (!ROLE_NOUNS.has(m[2] ?? '') && !trade) return;
  v.adjacent = true;
  attempt(
    ctx,
    q,
    v,
    { pronoun: null, name, role: null, at: q.closeEnd + m[0].length - name.length },
    'after',
  );
};

/** '," police spokesman Nasir Ahmad told AFP by phone': a role without an article, its holder's name, the verb. */
const afterRoleNameVerb: QuoteStep = (ctx, q, v) => {
  const m = AFTER_ROLE_NAME_VERB.exec(q.after);
  const { role, name, verb } = m?.groups ?? {};
  if (!m || !role || !name || !verb || !ROLE_NOUNS.has(role) || !SPEECH_VERBS.has(verb)) return;
  v.adjacent = true;
  const at = q.closeEnd + m[0].lastIndexOf(name, m[0].length - verb.length);
  attempt(ctx, q, v, { pronoun: null, name, role: null, at }, 'after');
};

/** '," said Karim Jawad', '," said the spokesman'. */
const afterVerbSubject: QuoteStep = (ctx, q, v) => {
  const m = AFTER_VERB_SUBJECT.exec(q.after);
  if (!m || !SPEECH_VERBS.has(m[1] ?? '')) return;
  v.adjacent = true;
  const who = m[2] ?? m[3] ?? m[4] ?? '';
  const at = q.closeEnd + m[0].length - who.length;
  attempt(ctx, q, v, { pronoun: m[2] ?? null, name: m[3] ?? null, role: m[4] ?? null, at }, 'after');
};

/** The quotation's own punctuation leaves the sentence open for its attribution: '"…," ', '"…?" ', '"…", '. */
function leftOpen(q: QuoteSite): boolean {
  const close = q.span.close;
  if (close === null) return false;
  return /[,!?]/.test(q.text[close - 1] ?? '') || q.text[close + 1] === ',';
}

/**
 * '"…," laughs Samir Wahidi', '"…," she sighed': a gesture of the voice where the reporting verb stands, after a
 * quotation its comma leaves open, attributes the words as "said" does.
 */
const voicedGestureAfter: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !leftOpen(q)) return;
  const inverted = AFTER_VERB_SUBJECT.exec(q.after);
  if (inverted && VOICED_GESTURES.has(inverted[1] ?? '')) {
    v.adjacent = true;
    const who = inverted[2] ?? inverted[3] ?? inverted[4] ?? '';
    const at = q.closeEnd + inverted[0].length - who.length;
    const [pronoun = null, name = null, role = null] = [inverted[2], inverted[3], inverted[4]];
    attempt(ctx, q, v, { pronoun, name, role, at }, 'after');
    return;
  }
  const m = AFTER_SUBJECT_VERB.exec(q.after);
  if (!m || !VOICED_GESTURES.has(m[4] ?? '')) return;
  v.adjacent = true;
  attempt(ctx, q, v, subjectOf(m, q.closeEnd), 'after');
};

/** '," according to the ministry'. */
const afterAccording: QuoteStep = (ctx, q, v) => {
  const m = AFTER_ACCORDING.exec(q.after);
  if (!m) return;
  v.adjacent = true;
  attempt(ctx, q, v, subjectOf(m, q.closeEnd), 'after');
};

/**
 * 'According to the World Food Programme, the north has lost "…"': a sentence that opens on its source owns the
 * words it quotes when nothing nearer does; "according to him" is "he".
 */
const openingAccording: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null) return;
  const m = OPENING_ACCORDING.exec(q.before);
  if (!m) return;
  v.adjacent = true;
  const pronoun = m[1] ? ({ him: 'he', her: 'she', them: 'they' }[m[1].toLowerCase()] ?? null) : null;
  const who = m[1] ?? m[2] ?? m[3] ?? '';
  const at = q.sStart + m[0].lastIndexOf(who);
  attempt(ctx, q, v, { pronoun, name: m[2] ?? null, role: m[3] ?? null, at }, 'before');
};

/** 'In his words, "…"': the pronoun of the words' owner is the subject. */
const inOwnWords: QuoteStep = (ctx, q, v) => {
  const words = IN_OWN_WORDS.exec(q.before);
  if (!words) return;
  v.adjacent = true;
  const pronoun = words.groups?.['pronoun'] === 'her' ? 'she' : 'he';
  attempt(ctx, q, v, { pronoun, name: null, role: null, at: q.sStart + words.index }, 'before');
};

/** 'as his family put it, "…"': the subject of the idiom owns the words after it. */
const asPutIt: QuoteStep = (ctx, q, v) => {
  const putIt = AS_PUT_IT.exec(q.before);
  if (!putIt) return;
  v.adjacent = true;
  const subject = subjectOf(putIt, q.sStart);
  const owner = putIt[1] ?? putIt[2] ?? putIt[3] ?? '';
  attempt(ctx, q, v, { ...subject, at: q.sStart + putIt.index + putIt[0].indexOf(owner, 2) }, 'before');
};

/** Characters before a clause's end read for "quoted … as saying" (its object and verb). */
const QUOTED_AS_SPAN = 120;
/** 'Karim Jawad said: "…"', 'the spokesman told reporters on Monday, "…"': the last clause, a short aside after. */
const subjectVerbBefore: QuoteStep = (ctx, q, v) => {
  const last = q.clauses.at(-1);
  if (!last || !ADJACENT_TAIL.test(q.before.slice(clauseEnd(last)))) return;
  // "The agency quoted a teacher as saying:": the one quoted, read by quotedAs (someone new if described anew).
  if (QUOTED_AS.test(q.before.slice(Math.max(0, clauseEnd(last) - QUOTED_AS_SPAN)))) return;
  v.adjacent = true;
  attempt(ctx, q, v, clauseSubject(q.before, last, q.sStart), 'before');
};

/** A sentence opening on a person's name (two to four capitalised words), then its appositive or its verb. */
const NAME_OPENS_SENTENCE = /^\s*(?<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})(?=,|\s+\p{Ll})/u;
/** A clause no longer than this before its colon: the sentence of an act, not a paragraph's run-on. */
const ACT_COLON_MAX = 200;
/** Words the quotation after the colon has at least: a sentence spoken, not a sign's or a label's few words. */
const SPOKEN_MIN_WORDS = 5;

/** A conversation before the colon: "had tea with", "chatted with". */
const CONVERSATION = new RegExp(`\\b${wordAlternation(CONVERSATION_PHRASES.map(phrasePattern))}\\b`, 'u');

/**
 * 'Daniel Okafor, a photographer from Lagos, had tea with a family near the river: "They killed a chicken …"':
 * the person a sentence opens on, in a conversation, then a colon and what they said. Only a conversation: after
 * "nailed a sign to his door:" or "interviewed the governor:" the words are a sign's or someone else's.
 */
const namedSubjectColon: QuoteStep = (ctx, q, v) => {
  if (!/:\s*$/u.test(q.before) || q.before.length > ACT_COLON_MAX || q.clauses.length > 0) return;
  if (!CONVERSATION.test(q.before)) return;
  if (q.text.slice(q.span.start, q.span.end).split(/\s+/u).length < SPOKEN_MIN_WORDS) return;
  const m = NAME_OPENS_SENTENCE.exec(q.before);
  const name = m?.groups?.['name'];
  if (!m || !name || !ctx.table.lookup(name)) return;
  attempt(ctx, q, v, { pronoun: null, name, role: null, at: q.sStart + m[0].indexOf(name) }, 'before');
};

/** The rules read right by a quotation, in the order they are tried: the first that finds a speaker gives it. */
const ADJACENT_STEPS: readonly QuoteStep[] = [
  codedSource,
  dariAdjacent,
  dariNaming,
  anonymousAdjacent,
  groupMemberAfter,
  sceneVoiceAdjacent,
  afterSubjectVerb,
  afterNameAppositive,
  afterDescriptionName,
  afterRoleOfVerb,
  afterVerbRoleName,
  afterRoleNameVerb,
  afterVerbSubject,
  voicedGestureAfter,
  afterAccording,
  inOwnWords,
  asPutIt,
  subjectVerbBefore,
  roleOfVerbBefore,
  openingAccording,
  namedSubjectColon,
];

/**
 * Run the steps on a quotation. Once one has given a speaker (and so marked the quotation adjacent), the later
 * steps change nothing — each tries a speaker only while there is none, and only marks what is marked — save
 * dariAdjacent, which gives its Dari subject over codedSource's: from the step after it on, the rest is skipped.
 */
export function readAdjacent(ctx: AttributionContext, q: QuoteSite, v: Verdict): void {
  for (const [k, step] of ADJACENT_STEPS.entries()) {
    if (k > LAST_OVERWRITING_STEP && v.speaker !== null && v.adjacent) {
      if (checkingShortcut) checkRest(ctx, q, v, k);
      return;
    }
    step(ctx, q, v);
  }
}
const LAST_OVERWRITING_STEP = ADJACENT_STEPS.indexOf(dariAdjacent);

/** Set by a test: each shortcut also runs the steps it skips and throws if they would have changed anything. */
let checkingShortcut = false;
export function checkAdjacentShortcut(on: boolean): void {
  checkingShortcut = on;
}

function checkRest(ctx: AttributionContext, q: QuoteSite, v: Verdict, from: number): void {
  const copy = { ...v };
  const speakers = ctx.table.speakers.length;
  for (const step of ADJACENT_STEPS.slice(from)) step(ctx, q, copy);
  if (JSON.stringify(copy) !== JSON.stringify(v) || ctx.table.speakers.length !== speakers)
    throw new Error(
      `a step after the shortcut changed the verdict of passage ${q.p}: ${JSON.stringify(copy)}`,
    );
}
