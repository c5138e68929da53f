/**
 * Bodies and their documents as speakers: 'a statement from the Tajik border service said', 'The airline said in a
 * statement that …', 'The donor, a European government agency, said …', 'According to a letter from the Ministry
 * of Public Health, …', 'the report found …', «در اعلامیه‌ای که وزارت … نشر کرد، آمده است: «…»», «به نقل از
 * اعلامیهٔ …». The body speaks by its fullest name in the text; a document whose author the text names ("the
 * reports of a monitoring firm, Pamir Monitoring Consultants") speaks for that author.
 */
import {
  DARI_OTHER_VOICE,
  OFFICE_WORDS,
  namesByQuotation,
  quotationOpensSentence,
} from './dari-attribution.ts';
import { normalizeName } from './normalize.ts';
import type { QuoteSite, QuoteStep, Verdict } from './attribution-adjacent.ts';
import type { AttributionContext } from './attribution-subjects.ts';
import {
  BODY_NOUNS,
  DARI_AGENCY_WORDS,
  DARI_BODY_HEADS,
  DARI_DOCUMENT_NOUNS,
  DARI_PUBLICATION_NOUNS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  INSTITUTION_NOUNS,
  RELAYED_SPEECH_VERBS,
  REPORT_NOUNS,
  STATEMENT_VERBS,
  hasSpeechVerb,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordAlternation } from './regex-parts.ts';

const INSTITUTIONS = new Set([...BODY_NOUNS, ...INSTITUTION_NOUNS]);
/** Documents that speak without a body named: a study's findings are its own ("the report found"), a message's not. */
const AUTHORED_DOCUMENTS = new Set(REPORT_NOUNS);
const DOC = wordAlternation(DOCUMENT_NOUNS);
const VERB = wordAlternation(DOCUMENT_VERBS);
/** A verb in the clause that reports another's words ("a teacher had said"). */
const RELAYED = new RegExp(String.raw`\b${wordAlternation(RELAYED_SPEECH_VERBS)}\b`, 'u');
/** A document verb standing in the clause after "according to …," ("the governor promised"). */
const OWN_VERB = new RegExp(String.raw`\b${VERB}\b`, 'u');
/** "Takhar's", "Badakhshan's": a place owning a body ("Takhar's department of information and culture"). */
const PLACE_OWNER = String.raw`(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*['’]s`;
/** "the Takhar provincial department of agriculture", "the Tajik border service": a definite body by its noun. */
const COMMON_BODY = String.raw`(?:[Tt]he|${PLACE_OWNER})\s+(?:[\p{L}’'-]+\s+){0,5}?(?<noun>\p{L}+)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)?`;
/** "the Ministry of Public Health", "Pamir Monitoring Consultants": a proper name ending in its head word. */
const PROPER_BODY = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?<head>\p{Lu}\p{Ll}+)(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+and)?\s+){0,3}\p{Lu}[\p{L}-]*)?`;
const BODY = String.raw`(?<body>${PROPER_BODY}|${COMMON_BODY})`;
/** "a statement from", "the quarterly report of", "a letter signed by": the document before its author. */
const DOC_FROM = String.raw`(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}?${DOC}\s+(?:from|by|of|issued\s+by|signed\s+by)\s+)`;
/**
 * "The donor, a European government agency,", "The survey, carried out in May,": an aside between the body and its
 * verb (never one that reports speech: "The ministry, Karimi said, …").
 */
const APPOSITIVE = String.raw`(?:,\s+(?<aside>[^,"“”«».!?;]{1,60}),)?`;
/** "in a statement", "in its quarterly report", "on Monday": what may stand between the verb and its words. */
const CHANNEL = String.raw`(?:\s+(?:in|on)\s+(?:an?|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?${DOC})?`;
/** What follows the verb up to the quotation: a short clause, or a long one that ends in "(and) that". */
const TAIL = String.raw`(?<tail>\s+(?:that\s+)?[^"“”«».!?;]{0,60}|\s+[^"“”«».!?;]{0,160}\bthat\s+|:\s*)$`;

/** '<body|document> <verb> … "': the body (or document) as the subject of the sentence before the quotation. */
const SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^[\s.!?]*|,\s+|[;:]\s+)${DOC_FROM}?${BODY}${APPOSITIVE}\s+(?:also\s+)?${VERB}${CHANNEL}${TAIL}`,
  'u',
);
/** 'The department’s notice reads: "…"', "the airline's statement said that": a body's own document. */
const OWN_DOCUMENT_BEFORE = new RegExp(
  String.raw`(?:^[\s.!?]*|,\s+|[;:]\s+)${BODY}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?${DOC}\s+${VERB}${TAIL}`,
  'u',
);
/** '"…," a statement from the border service said', '"…," the ministry said in a statement'. */
const SUBJECT_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?${DOC_FROM}?${BODY}\s+${VERB}\b`, 'u');
/** The verbs a body's words take right after them or after "it": '"…," said the airline', '"…," it added'. */
const BODY_VERB = '(?:said|says|added|stated|wrote|warned|noted|announced)';
/** '"…," said the airline in a statement': the verb before the body, after the quotation. */
const VERB_THEN_BODY = new RegExp(
  String.raw`^\s*(?:,\s*)?${BODY_VERB}\s+${BODY}(?=\s*(?:[,.;:]|$)|\s+(?:in|on|last|this)\b)`,
  'u',
);
/** 'According to the airline, flights will "…"': a definite body as the source, named by its noun. */
const ACCORDING_TO_BODY = new RegExp(String.raw`\b[Aa]ccording\s+to\s+${BODY}\s*,`, 'u');
/** 'According to a monitoring report written in May, …': a document with no author in its phrase. */
const ACCORDING_TO_DOCUMENT = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(?:(?:an?|the|its)\s+(?<doc>(?:[\p{L}-]+\s+){0,2}?(?<dnoun>${DOC}))(?:\s+(?:written|published|issued|dated|released|seen|shared|obtained)\b[^,"“”«»]{0,80})?|${DOC_FROM}${BODY})\s*,`,
  'u',
);
/** "Page 11 says:", "Its cover page calls …", "Section 3 notes that …": a part of the document named just before. */
const DOCUMENT_PART = new RegExp(
  String.raw`(?:^[\s.!?]*|,\s+)(?:(?:Page|Section|Paragraph|Annex|Appendix|Chapter|Table)\s+[\dIVX]+[\w.]*|(?:[Ii]ts|[Tt]he)\s+(?:cover\s+page|summary|executive\s+summary|conclusion|annex|appendix|introduction|first\s+page|last\s+page))\s+${VERB}${TAIL}`,
  'u',
);
/** The last document a window names: "The monitoring report for the same quarter …". */
const DOCUMENT_MENTION = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?<doc>(?:[\p{L}-]+\s+){0,2}${DOC})\b`,
  'gu',
);
/** How far back a document's part looks for the document (characters). */
const PART_REACH = 400;

/** "the quarterly reports of a third-party monitoring firm, Pamir Monitoring Consultants": who writes a kind of document. */
const AUTHORED = new RegExp(
  String.raw`\b(?:[\p{L}-]+\s+){0,2}?(?<dnoun>${DOC})s?\s+(?:of|by|from)\s+(?:an?\s+|the\s+)?(?<desc>(?:[\p{L}-]+\s+){0,3}?\p{Ll}+),\s+(?<name>\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){1,5})`,
  'gu',
);

interface Author {
  words: ReadonlySet<string>;
  doc: string;
  name: string;
}
const authorsOf = new WeakMap<readonly string[], Author[]>();

/** Each "<documents> of <description>, <Name>" the article states, read once. */
function authors(texts: readonly string[]): Author[] {
  let found = authorsOf.get(texts);
  if (found) return found;
  found = [];
  for (const text of texts) {
    for (const m of matchesOf(AUTHORED, text)) {
      const { dnoun, desc, name } = m.groups ?? {};
      if (!dnoun || !desc || !name) continue;
      const words = new Set(`${m[0]}`.toLowerCase().split(/[^\p{L}]+/u));
      found.push({ words, doc: dnoun, name });
    }
  }
  authorsOf.set(texts, found);
  return found;
}

/** The named author of a document phrase ("monitoring report"), when its words fit one the text states. */
export function authorOf(texts: readonly string[], doc: string): string | null {
  const words = doc.toLowerCase().split(/\s+/u).filter(Boolean);
  const noun = words.at(-1) ?? '';
  const mods = words.slice(0, -1).filter((w) => !['the', 'a', 'an', 'its', 'their'].includes(w));
  const fits = authors(texts).filter((a) => a.doc === noun && mods.every((w) => a.words.has(w)));
  return fits.length === 1 ? (fits[0]?.name ?? null) : null;
}

/** Whether a body's phrase ends in an institution's head word ("the airline", "the Ministry of Public Health"). */
function isInstitution(groups: Record<string, string | undefined>): boolean {
  const noun = (groups.noun ?? groups.head ?? '').toLowerCase();
  return INSTITUTIONS.has(noun);
}

/** The speaker a matched phrase names: the body, else the document (by its author when the text names one). */
function speakerPhrase(texts: readonly string[], groups: Record<string, string | undefined>): string | null {
  const { body } = groups;
  // A proper name drops its article ("Ministry of Public Health"); a common noun keeps it ("The ministry").
  if (body && isInstitution(groups)) return groups.head ? body.replace(/^the\s+/u, '') : body;
  const noun = (groups.noun ?? '').toLowerCase();
  if (body && AUTHORED_DOCUMENTS.has(noun) && /^[Tt]he\s/u.test(body)) return authorOf(texts, body) ?? body;
  return null;
}

/** The end of a sentence or a paragraph just before a mention: the body is its sentence's subject. */
const SENTENCE_END = /[.!?؟]["”’»]?$/u;

/**
 * Whether a mention opens its sentence: "it" and «این اعلامیه» stand for the subject ("The agency blamed the
 * government. "…," it said" is the agency's), never a body named inside the sentence. A window cut mid-passage
 * has no start of its own.
 */
function opensSentence(window: string, at: number, fromStart: boolean): boolean {
  if (at === 0) return fromStart;
  const lead = window.slice(Math.max(0, at - 4), at);
  const bare = lead.trimEnd();
  if (bare.length === lead.length) return false;
  return lead.includes('\n') || SENTENCE_END.test(bare);
}

/** How far back "the department" looks for the fuller name it stands for (characters). */
const FULLER_BODY_REACH = 400;

/**
 * "the department" after "The provincial health department said …": a body named by its noun alone takes the
 * fuller name the text gave it just before (in its passage, or at the end of the one before).
 */
function fullerBody(ctx: AttributionContext, q: QuoteSite, name: string): string {
  const noun = /^[Tt]he\s+(\p{Ll}+)$/u.exec(name)?.[1];
  if (!noun) return name;
  const text = ctx.reading.texts[q.p] ?? '';
  const before = text.slice(Math.max(0, q.openAt - FULLER_BODY_REACH), q.openAt);
  const window = `${(ctx.reading.texts[q.p - 1] ?? '').slice(-FULLER_BODY_REACH)}\n${before}`;
  let fuller: string | null = null;
  const fromStart = q.p === 0 && q.openAt <= FULLER_BODY_REACH;
  for (const m of matchesOf(BODY_MENTION, window)) {
    const words = m[0].split(/\s+/u);
    // The subject of its sentence: "The agriculture department blamed the health department" is the former's.
    const subject = opensSentence(window, m.index, fromStart);
    if (subject && words.length > 2 && words.at(-1)?.toLowerCase() === noun) fuller = m[0];
  }
  return fuller ? (properName(fuller) ?? fuller) : name;
}

function give(ctx: AttributionContext, q: QuoteSite, v: Verdict, name: string, at: number): void {
  const written = fullerBody(ctx, q, name).replace(/^the\s/u, 'The ');
  const body =
    ctx.table.lookup(written) ??
    ctx.table.addAnonymous(written, '', { passage: q.p, start: at, end: at + name.length });
  // A body is no "he" or "she": a pronoun after its words means a person.
  ctx.table.markGroup(body);
  v.speaker = body.id;
  v.via = 'clause';
}

/** 'The airline said in a statement that … and that "…"', 'the report found the post "…"'. */
export const institutionBefore: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  for (const re of [SUBJECT_BEFORE, OWN_DOCUMENT_BEFORE]) {
    const m = re.exec(q.before);
    const name = m?.groups ? speakerPhrase(ctx.reading.texts, m.groups) : null;
    // Nor one whose clause reports another's speech: "the report found that a teacher had said "…"".
    if (!m || !name || hasSpeechVerb(m.groups?.aside ?? '') || RELAYED.test(m.groups?.tail ?? '')) continue;
    give(ctx, q, v, name, q.sStart + m.index);
    return;
  }
};

/** '"…," a statement from the Tajik border service said', '"…," the ministry said in a statement'. */
export const institutionAfter: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  const m = SUBJECT_AFTER.exec(q.after) ?? VERB_THEN_BODY.exec(q.after);
  const name = m?.groups ? speakerPhrase(ctx.reading.texts, m.groups) : null;
  if (!m || !name) return;
  give(ctx, q, v, name, q.closeEnd + m.index);
};

/** 'According to a monitoring report written …, the post was "…"': the report (its author when named). */
export const accordingToDocument: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  const m = ACCORDING_TO_DOCUMENT.exec(q.before) ?? ACCORDING_TO_BODY.exec(q.before);
  if (!m?.groups) return;
  // "According to the report, one mother told researchers: "…"", "…, the governor promised elders "…"": the clause
  // after it names a speaker of its own.
  const rest = q.before.slice(m.index + m[0].length);
  if (RELAYED.test(rest) || hasSpeechVerb(rest) || OWN_VERB.test(rest)) return;
  const { doc, dnoun } = m.groups;
  // A study speaks for itself; a letter or a message with no author named speaks for no one.
  const own = dnoun && AUTHORED_DOCUMENTS.has(dnoun) ? `The ${doc}` : null;
  const name = doc ? (authorOf(ctx.reading.texts, doc) ?? own) : speakerPhrase(ctx.reading.texts, m.groups);
  if (name) give(ctx, q, v, name, q.sStart + m.index);
};

/** 'Page 11 says: "…"' after "The monitoring report for the same quarter …": the document's (or its author's). */
export const documentPart: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried || !DOCUMENT_PART.test(q.before)) return;
  const text = ctx.reading.texts[q.p] ?? '';
  const from = Math.max(0, q.sStart - PART_REACH);
  let doc: string | null = null;
  for (const m of matchesOf(DOCUMENT_MENTION, text.slice(from, q.sStart))) doc = m.groups?.doc ?? doc;
  if (!doc) return;
  // A letter or a message named last need not be what "Its first page" means; only a study speaks for itself.
  const own = AUTHORED_DOCUMENTS.has(doc.split(/\s+/u).at(-1)?.toLowerCase() ?? '') ? `The ${doc}` : null;
  const name = authorOf(ctx.reading.texts, doc) ?? own;
  if (name) give(ctx, q, v, name, q.sStart);
};

const DARI_DOC = wordAlternation(DARI_DOCUMENT_NOUNS);
const DARI_HEAD = wordAlternation(DARI_BODY_HEADS);
/** A word qualifying a document before its body («کتبی», «رسمی»); read in code, a role («رئیس») is no qualifier. */
const DARI_QUALIFIER = String.raw`(?<qualifier>[^\s«»،]+)\s+`;
/** «در نامهٔ رئیس ریاست معارف آمده است»: the head's letter, not the body's. */
function qualifiedByRole(m: RegExpExecArray): boolean {
  const word = m.groups?.qualifier;
  return !!word && OFFICE_WORDS.has(normalizeName(word.replace(/(?:ٔ|\u200Cی)$/u, '')));
}
/** Words that end a body's name: a preposition, a time, a verb of issuing or saying. */
const DARI_STOP = String.raw`(?:در|به|از|با|را|که|روز|دیروز|امروز|ماه|هفته|همان|این|نشر|صادر|منتشر|فرستاد|فرستاده|ارسال|پخش|آمده|گفته|گفت|افزود|اعلام|هشدار|خواست|است|بود|کرد|کرده|می‌گوید)`;
/** «وزارت انرژی و آب», «اتحادیهٔ مرغداران بغلان»: a head, then words up to a stop word (at most six). */
const DARI_BODY = String.raw`(?<body>${DARI_HEAD}(?:ٔ|\u200Cی)?(?:\s+(?!(?:${DARI_STOP}|${DARI_DOC}[\u200Cای]*)(?![\p{L}\u200C]))[^\s،,.:«»؛]+){0,6})`;
/**
 * «در اعلامیه‌ای که وزارت … نشر کرد، آمده است:», «در تازه‌ترین عریضهٔ اتحادیه به مقام‌ها آمده است:», «به نقل از
 * اعلامیهٔ ریاست معارف،», «براساس گزارش ریاست زراعت،»: the body a document is from.
 */
const DARI_DOCUMENT_BODY: readonly RegExp[] = [
  String.raw`(?:^|\s)در\s+(?:[^\s«»]+\s+)?${DARI_DOC}(?:\u200C?ای|\u200C?ی)?\s+که\s+${DARI_BODY}[^«»]{0,80}،\s*آمده\s+(?:است|بود)`,
  // «در اطلاعیهٔ کتبی ریاست هواشناسی آمده است»: one word may qualify the document before its body.
  String.raw`(?:^|\s)در\s+(?:[^\s«»]+\s+)?${DARI_DOC}(?:ٔ|\u200Cی)\s+(?:${DARI_QUALIFIER})?${DARI_BODY}[^«»،]{0,80}\s+آمده\s+(?:است|بود)`,
  String.raw`(?:به\s+نقل\s+از|براساس|بر\s+اساس|به\s+اساس|طبق|مطابق)\s+${DARI_DOC}(?:ٔ|\u200Cی)?\s+${DARI_BODY}\s*،`,
].map((pattern) => new RegExp(String.raw`${pattern}[^«»]{0,20}$`, 'u'));
/** How far back a body's bare head («اتحادیه») looks for its fuller name («اتحادیهٔ مرغداران»), in passages. */
const FULLER_REACH = 3;
/** How many characters at the end of each of those passages are read for it. */
const FULLER_WINDOW = 2000;

/** The pattern of a head's fuller name, built once per head (matchesOf leaves lastIndex as it found it). */
const FULLER_PATTERNS = new Map<string, RegExp>();
function fullerBodyPattern(head: string): RegExp {
  let fuller = FULLER_PATTERNS.get(head);
  if (!fuller) {
    fuller = new RegExp(
      String.raw`(?<![\p{L}\u200C])${head}(?:ٔ|\u200Cی)\s+(?!${DARI_STOP}(?![\p{L}\u200C]))[^\s،,.:«»؛]+(?:\s+(?!${DARI_STOP}(?![\p{L}\u200C]))[^\s،,.:«»؛]+){0,3}`,
      'gu',
    );
    // The head is the text's word: keep the cache small whatever the texts read.
    if (FULLER_PATTERNS.size >= 256) FULLER_PATTERNS.clear();
    FULLER_PATTERNS.set(head, fuller);
  }
  return fuller;
}

/** «اتحادیه» as the text named it before: «اتحادیهٔ مرغداران» (the head with the words after it, to a stop). */
function dariFullerBody(texts: readonly string[], p: number, head: string): string {
  const fuller = fullerBodyPattern(head);
  for (let k = p; k >= Math.max(0, p - FULLER_REACH); k--) {
    let last: string | null = null;
    // A bounded window of each passage: the fuller name is given near where the bare head is used.
    for (const m of matchesOf(fuller, (texts[k] ?? '').slice(-FULLER_WINDOW))) last = m[0];
    if (last) return last;
  }
  return head;
}

/** «در اعلامیه‌ای که وزارت انرژی و آب نشر کرد، آمده است: «…»»: the body the document is from. */
export const dariDocumentBody: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  let m: RegExpExecArray | null = null;
  for (const re of DARI_DOCUMENT_BODY) {
    m = re.exec(q.before);
    if (m && !qualifiedByRole(m)) break;
    m = null;
  }
  const body = m?.groups?.body?.trim();
  if (!m || !body) return;
  const name = body.includes(' ') ? body : dariFullerBody(ctx.reading.texts, q.p, body);
  give(ctx, q, v, name, q.sStart + m.index);
};

/** Verbs a body publishes with, before a colon that opens its words in the next paragraph. */
const PUBLISH = String.raw`(?:${VERB}|posted|published|tweeted|shared|issued|released|put\s+out)`;
/** "The provincial Information and Culture Department posted the first official figures on X:". */
const BODY_COLON = new RegExp(
  String.raw`^\s*${BODY}\s+(?:also\s+)?${PUBLISH}\b(?<object>[^"“”«».!?;:]{0,120}):\s*$`,
  'u',
);

/** What a body may post that holds another's words: "a video of a farmer", "a letter from a passenger". */
const OTHERS_WORDS =
  /\b(?:of|from|by|with|quoting)\s+(?:an?|the|one|two|three|some|several|his|her|their|\p{Lu})/u;

/** A paragraph ending "<body> posted …:" and the quotation opening the next: the body's words. */
export const bodyColonBefore: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried || !q.opensParagraph || q.p === 0) return;
  if (q.before.trim() !== '') return;
  const m = BODY_COLON.exec(ctx.reading.texts[q.p - 1] ?? '');
  const name = m?.groups ? speakerPhrase(ctx.reading.texts, m.groups) : null;
  // "posted a video of a farmer:", "published a letter from a passenger:": someone else's words.
  if (!m || !name || OTHERS_WORDS.test(m.groups?.object ?? '')) return;
  give(ctx, q, v, name, q.sStart);
};

/** «اعلامیه که روز چهارشنبه نشر شد، …»: a short clause on the document between it and «آمده است». */
const DARI_DOC_CLAUSE = String.raw`(?:\s+که\s+[^«»،.:]{1,80}،)?`;
/** «در این اعلامیه آمده است:», «در بخشی از این گزارش آمده است:»: the document just spoken of. */
const DARI_THIS_DOCUMENT = new RegExp(
  String.raw`(?:^|\s)در\s+(?:بخشی\s+از\s+|قسمتی\s+از\s+)?(?:این|همین|آن)\s+${DARI_DOC}${DARI_DOC_CLAUSE}\s+(?:آمده|نوشته\s+شده)\s+(?:است|بود)[^«»]{0,20}$`,
  'u',
);
/** The bodies a window names: «وزارت معارف», «دیده‌بان حقوق بشر». */
const DARI_BODY_MENTION = new RegExp(String.raw`(?<![\p{L}\u200C])${DARI_BODY}`, 'gu');
const DARI_BODY_NAMED = new RegExp(DARI_BODY_MENTION.source, 'u');
/** How far back «این اعلامیه» looks for the body that issued it (characters). */
const THIS_DOCUMENT_REACH = 300;

/** How many passages back a document's issuer is looked for. */
const ISSUER_REACH = 3;

const DARI_OUTLET = wordAlternation([...DARI_AGENCY_WORDS, ...DARI_PUBLICATION_NOUNS]);
/**
 * «روزنامهٔ ماندگار روز شنبه گزارشی … نشر کرد»: an outlet issues a document of its own only in the sentence that
 * names the document as its own object (not «… گزارش داد که ریاست … اعلامیه‌ای نشر کرد»: an office's statement).
 */
const DARI_OUTLET_ISSUER = new RegExp(
  String.raw`(?<![\p{L}\u200C])(?<body>${DARI_OUTLET}(?:ٔ|\u200Cی)?(?:\s+(?!(?:${DARI_STOP}|${DARI_DOC}[\u200Cای]*)(?![\p{L}\u200C]))[^\s،,.:«»؛]+){1,4})(?=(?:(?!\sکه\s)[^.!?؟«»]){0,80}?(?<![\p{L}\u200C])${DARI_DOC}(?:\u200C?ای|ی)(?![\p{L}\u200C]))`,
  'gu',
);

/** «پیامی», «اعلامیه‌ای», «گزارشی»: a document introduced (an indefinite one), in whoever's sentence it stands. */
const DARI_DOCUMENT_INTRODUCED = new RegExp(
  String.raw`(?<![\p{L}\u200C])${DARI_DOC}(?:\u200C?ای|ی)(?![\p{L}\u200C])`,
  'gu',
);
/** Where a sentence ends inside a window. */
const SENTENCE_BREAK = /[.!?؟\n]/u;

/**
 * The body (or an outlet issuing a document) named last at a sentence's head in a window; `false` when a later
 * sentence that names no body introduced the document («والی تخار … پیامی نشر کرد»: a person's, no office's).
 */
function lastBodyIn(window: string, fromStart: boolean): string | null | false {
  let body: string | null = null;
  let at = -1;
  for (const re of [DARI_BODY_MENTION, DARI_OUTLET_ISSUER]) {
    for (const m of matchesOf(re, window)) {
      if (m.index <= at || !opensSentence(window, m.index, fromStart) || !m.groups?.body) continue;
      // «خبرگزاری باختر از نشر گزارشی توسط دفتر … سازمان ملل خبر داد»: the outlet tells of another's document.
      if (re === DARI_OUTLET_ISSUER && namesBodyInSentence(window, m.index + m[0].length)) continue;
      body = m.groups.body.trim();
      at = m.index;
    }
  }
  let docAt = -1;
  for (const m of matchesOf(DARI_DOCUMENT_INTRODUCED, window)) docAt = m.index;
  if (docAt > at && (at < 0 || SENTENCE_BREAK.test(window.slice(at, docAt)))) {
    const issuer = issuerInSentence(window, docAt);
    return issuer === true ? body : issuer;
  }
  return body;
}

/** A body named in the rest of the sentence from `from` (a window's bounded stretch). */
function namesBodyInSentence(window: string, from: number): boolean {
  const rest = window.slice(from);
  const end = rest.search(SENTENCE_BREAK);
  return DARI_BODY_NAMED.test(end < 0 ? rest : rest.slice(0, end));
}

/** «این ریاست», «سخنگوی همین وزارت»: a bare head after a demonstrative, the body named before. */
const DEMONSTRATIVE_BEFORE = /(?:^|\s)(?:این|آن|همین|همان)\s+$/u;

/**
 * The document came in a later sentence than the body at a head: its issuer is the body its clause names before
 * it («… گزارش داد که ریاست معارف … اعلامیه‌ای نشر کرده»), `true` for the body named before («این ریاست …
 * اعلامیه‌ای نشر کرد»), else no body at all (`false`).
 */
function issuerInSentence(window: string, docAt: number): string | boolean {
  let from = docAt;
  while (from > 0 && !SENTENCE_BREAK.test(window[from - 1] ?? '')) from--;
  const clause = window.slice(from, docAt);
  let issuer: string | boolean = false;
  for (const m of matchesOf(DARI_BODY_MENTION, clause)) {
    const name = m.groups?.body?.trim() ?? '';
    const back =
      !name.includes(' ') && DEMONSTRATIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 8), m.index));
    issuer = back || name || issuer;
  }
  return issuer;
}

/**
 * The body named last at a sentence's head before the quotation: in its passage, else the end of each of the few
 * passages before (a statement's issuer is named in the lead, its words quoted paragraphs later) — never past the
 * sentence that introduced the document.
 */
function bodyNamedBefore(ctx: AttributionContext, q: QuoteSite): string | null {
  const text = ctx.reading.texts[q.p] ?? '';
  const own = lastBodyIn(
    text.slice(Math.max(0, q.sStart - THIS_DOCUMENT_REACH), q.sStart),
    q.sStart < THIS_DOCUMENT_REACH,
  );
  if (own !== null) return own || null;
  for (let k = q.p - 1; k >= Math.max(0, q.p - ISSUER_REACH); k--) {
    const prev = ctx.reading.texts[k] ?? '';
    const body = lastBodyIn(prev.slice(-THIS_DOCUMENT_REACH), prev.length <= THIS_DOCUMENT_REACH);
    if (body !== null) return body || null;
  }
  return null;
}

/** «… اعلامیه‌ای نشر کرد. در این اعلامیه آمده است: «…»»: the body named last before. */
export const dariThisDocument: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried || !DARI_THIS_DOCUMENT.test(q.before)) return;
  const body = bodyNamedBefore(ctx, q);
  if (body) give(ctx, q, v, body, q.sStart);
};

/** «این اعلامیه همچنان افزوده است:», «اعلامیه می‌افزاید:»: the document as the sentence's subject. */
const DARI_DOCUMENT_SAYS = new RegExp(
  String.raw`^[\s.!?؟]*(?:(?:این|همین|آن)\s+)?${DARI_DOC}\s+(?:(?:همچنان|هم‌چنان|همچنین|در\s+ادامه)\s+)?(?:افزوده|افزود|می‌افزاید|آورده|می‌گوید|گفته|تصریح\s+کرده|تأکید\s+کرده|تاکید\s+کرده|هشدار\s+داده)\s*(?:است|بود)?\s*(?:که\s*)?:?\s*$`,
  'u',
);
const DOCUMENT_KEYS = new Set(DARI_DOCUMENT_NOUNS.map(normalizeName));

/** A statement said to speak («اعلامیه می‌افزاید: «…»»): the words are the body's that issued it, not the paper's. */
export const dariDocumentSays: QuoteStep = (ctx, q, v) => {
  if (!ctx.create || q.carried || !DARI_DOCUMENT_SAYS.test(q.before)) return;
  const current = ctx.table.speaker(v.speaker);
  if (current && !DOCUMENT_KEYS.has(normalizeName(current.name.replace(/^(?:این|همین|آن)\s+/u, '')))) return;
  const body = bodyNamedBefore(ctx, q);
  if (body) give(ctx, q, v, body, q.sStart);
};

const INSTITUTION = wordAlternation(INSTITUTIONS, true);
/** "the Tajik border service", "The Ministry of Public Health": a body named in a window, read left to right. */
const BODY_MENTION = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?![Tt]he\b|an?\b)[\p{L}’'-]+\s+){0,4}?${INSTITUTION}(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})?(?![\p{L}’'])`,
  'gu',
);
const IT_VERB = String.raw`[Ii]t\s+(?:also\s+)?${BODY_VERB}`;
/** '"…," it said' and 'It said that "…"' where "it" is a body. */
const IT_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?${IT_VERB}\b`, 'u');
const IT_BEFORE = new RegExp(String.raw`(?:^[\s.!?]*|,\s+)${IT_VERB}${CHANNEL}${TAIL}`, 'u');
/** How far back "it" looks for the body it stands for (characters). */
const IT_REACH = 300;

/** "the Ministry of Mines" without its article, when every word is capitalised but the particles; else null. */
function properName(body: string): string | null {
  const words = body.split(/\s+/u).slice(1);
  const proper = words.every((w) => /^\p{Lu}/u.test(w) || ['of', 'for', 'and', 'the'].includes(w));
  return proper ? words.join(' ') : null;
}

/** 'The border service issued a statement on Monday. "…," it said': "it" is the body named last before. */
export const itForBody: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  if (!IT_AFTER.test(q.after) && !IT_BEFORE.test(q.before)) return;
  const text = ctx.reading.texts[q.p] ?? '';
  const window = text.slice(Math.max(0, q.openAt - IT_REACH), q.openAt);
  let body: string | null = null;
  for (const m of matchesOf(BODY_MENTION, window)) {
    if (opensSentence(window, m.index, q.openAt <= IT_REACH)) body = m[0];
  }
  if (body) give(ctx, q, v, properName(body) ?? body, q.sStart);
};

/** «شرکت برشنا در خبرنامه‌ای نوشته است: «…»»: a body at the sentence's head that wrote or announced the words. */
const DARI_BODY_WROTE = new RegExp(
  String.raw`^[\s.!?؟]*${DARI_BODY}\s+(?<mid>[^«»:،]{0,60}\s+)?(?:نوشته|نوشت|آورده|اعلام\s+کرده|اعلام\s+کرد|تصریح\s+کرده)\s*(?:است|بود)?\s*(?:که\s*)?:?\s*$`,
  'u',
);

/** «به نقل از», «از قول», «به گفتهٔ»: words the body relays from someone else. */
const DARI_RELAYED = /(?:به\s+نقل\s+از|از\s+قول|به\s+گفت(?:هٔ|ه‌ی|ه|ۀ))(?![\p{L}\u200C])/u;

/** «وزارت … در اعلامیه‌ای نوشته است:»: the body that wrote it. */
export const dariBodyWrote: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  const m = DARI_BODY_WROTE.exec(q.before);
  const body = m?.groups?.body?.trim();
  // «وزارت به نقل از یک معلم نوشته است»: the body passes on another's words.
  if (!m || !body || DARI_RELAYED.test(m.groups?.mid ?? '')) return;
  give(
    ctx,
    q,
    v,
    body.includes(' ') ? body : dariFullerBody(ctx.reading.texts, q.p, body),
    q.sStart + m.index,
  );
};

/** Documents a body named by its common noun speaks through (the older, narrower English reading). */
const PLAIN_DOCUMENT = '(?:statement|letter|report|reply|release|notice|announcement|circular|post)';
/** "the Takhar provincial department of agriculture": modifiers, a body noun, its "of …". */
const PLAIN_BODY = String.raw`(?<body>the\s+(?:[\p{L}’'-]+\s+){0,5}?(?<noun>\p{Ll}+)(?:\s+(?:of|for)\s+(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+)?)`;
/** 'According to a statement from the provincial health department, …"': the body the document is from. */
const ACCORDING_TO_PLAIN_DOCUMENT = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?${PLAIN_DOCUMENT}\s+(?:from|by|of|issued\s+by)\s+${PLAIN_BODY}(?=\s*[,;]|\s+(?:on|in|dated|last|this)\b)`,
  'u',
);
/** "the interior ministry in Kabul said": one or two capitalised words of a seat ("in the north" stays out). */
const SEAT = String.raw`(?:\s+in\s+\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)?)?`;
/** '…, the provincial department of public health stated that "…"': the body as a reporting verb's subject. */
const PLAIN_BODY_REPORTS = new RegExp(
  String.raw`(?:^|,\s+)${PLAIN_BODY.replace('the\\s+', '[Tt]he\\s+')}${SEAT}\s+(?:${STATEMENT_VERBS.join('|')})\s+(?:that\s+)?[^"“”«».!?;]{0,60}$`,
  'u',
);
/** "the provincial health department said it": a definite body, its speech verb, then "it" for itself. */
const BODY_SAID_IT =
  /(?:^|,\s+)(?<body>[Tt]he\s+(?:[\p{Ll}-]+\s+){0,4}?(?<noun>\p{Ll}+))\s+(?:said|says|announced|promised|warned)\s+(?:that\s+)?it\s+[^"“”«».!?;,]{0,40}$/u;

/**
 * 'According to a notice from the provincial education department, schools will "…"', 'the provincial health
 * department said it "will open …"': a body named by a common noun, given like every other body.
 */
const bodyStatement: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  const m =
    BODY_SAID_IT.exec(q.before) ??
    ACCORDING_TO_PLAIN_DOCUMENT.exec(q.before) ??
    PLAIN_BODY_REPORTS.exec(q.before);
  const { body, noun } = m?.groups ?? {};
  if (!m || !body || !noun || !BODY_NOUNS.has(noun)) return;
  give(ctx, q, v, body, q.sStart + m.index + m[0].indexOf(body));
};

/** "… افزوده است که", "… گفته است.": after a body named past the quotation, its verb of going on or of closing. */
const DARI_BODY_AFTER = new RegExp(
  String.raw`^[\s.،,]*${DARI_BODY}\s+(?:(?:همچنان|هم‌چنان|همچنین)\s+)?(?:(?:افزوده\s+است|افزوده|افزود|علاوه\s+کرده\s+است)\s+که|(?:افزوده\s+است|افزود|گفته\s+است|گفت|نوشته\s+است|نوشت)\s*[.،])`,
  'u',
);
/**
 * «…» ریاست صحت عامهٔ کندز افزوده است که …: the body named after the quotation said it — when the quotation opens
 * its sentence («… شعار می‌دادند: «…»» are others' words) and the body is no second voice («X نیز افزود»).
 */
const dariBodyAfter: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried) return;
  if (!quotationOpensSentence(ctx.reading.texts[q.p] ?? '', q.openAt)) return;
  const m = DARI_BODY_AFTER.exec(q.after);
  const body = m?.groups?.body?.trim();
  if (!m || !body || DARI_OTHER_VOICE.test(body)) return;
  const name = body.includes(' ') ? body : dariFullerBody(ctx.reading.texts, q.p, body);
  give(ctx, q, v, name, q.closeEnd + m.index + m[0].indexOf(body));
};

/**
 * «مقام ولایت در این اعلامیه کم‌فروشی را»: a body opening the sentence, then words of its own (a stop word first:
 * the body's name ends there) and its object, right before «…». Never a body that runs straight into «را»: it is
 * the object («شاروالی تالقان را «…» خوانده و …», the protesters' words) or holds it.
 */
const DARI_BODY_OBJECT = new RegExp(
  String.raw`^[\s.!?؟]*${DARI_BODY}\s+(?<mid>(?=${DARI_STOP}(?![\p{L}\u200C]))(?:(?!(?<![\p{L}\u200C])را(?![\p{L}\u200C]))[^«»:؛]){1,120}\s)را\s*$`,
  'u',
);
/** «… گفت که», «به گفتهٔ …»: the calling belongs to another's clause («وزارت گفت که طالبان این را «…» خواندند»). */
const DARI_INNER_CLAUSE = /(?:^|[\s\u200C])(?:که|گفت|گفته|افزود|به\s+گفت(?:هٔ|ه‌ی|ه|ۀ))(?=[\s\u200C،]|$)/u;

/** «مقام ولایت … کم‌فروشی را «جرم در حق مردم» خوانده»: what a body calls a thing by is its words. */
const dariBodyNaming: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !ctx.create || q.carried || !namesByQuotation(q.after)) return;
  const m = DARI_BODY_OBJECT.exec(q.before);
  const body = m?.groups?.body?.trim();
  const mid = m?.groups?.mid ?? '';
  // «به نقل از دهقانان …»: the body passes on a name others used.
  if (!m || !body || DARI_INNER_CLAUSE.test(mid) || DARI_RELAYED.test(mid)) return;
  const name = body.includes(' ') ? body : dariFullerBody(ctx.reading.texts, q.p, body);
  give(ctx, q, v, name, q.sStart + m.index + m[0].indexOf(body));
};

/**
 * Every rule by which a body or its document speaks, English and Dari, in the order they are tried: one
 * mechanism, one way of naming the body (its fullest name in the text, a group, never "he" or "she").
 */
export const BODY_SPEAKER_STEPS: readonly QuoteStep[] = [
  bodyStatement,
  institutionBefore,
  institutionAfter,
  accordingToDocument,
  dariDocumentBody,
  dariThisDocument,
  dariDocumentSays,
  dariBodyWrote,
  dariBodyAfter,
  dariBodyNaming,
  bodyColonBefore,
  itForBody,
];
