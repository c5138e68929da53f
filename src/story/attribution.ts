/**
 * Attribution: every direct quotation of a reading gets its speaker. A quotation's site is read by the rules in
 * order — those right by it (attribution-adjacent.ts), then, for a quotation long enough or set off as speech,
 * the rules that read further (QUOTATION_FALLBACKS) — and the drafts then pass through POST_PASSES, which
 * read quotations together (a quotation over several paragraphs, interview answers). A new rule is one function
 * in one of these lists, and one test.
 */
import { transliterationGlossAsBlank } from './transliteration-gloss.ts';
import { dariInterviewee } from './dari-interviewee.ts';
import { noteTurn } from './salience.ts';
import { anonymousBefore } from './anonymous.ts';
import { escapeRegExp, hasArabicScript } from './regex-parts.ts';
import { answerPieces, saidByI, wholeSpan } from './answer-pieces.ts';
import { courtTurnDrafts, courtTurns } from './court-transcript.ts';
import { personOfLabel, type LabelReading } from './label-initials.ts';
import { giveLabelledQuotes } from './labelled-quotes.ts';
import {
  EMPHASIS_MARK,
  ENDS_ASKING,
  MAX_BARE_QUESTION_WORDS,
  answeredAsInterview,
  bareAnsweredQuestions,
} from './bare-interview.ts';
import {
  ADJACENT_TAIL,
  APPOSITIVE_VERB_COLON,
  BEFORE_SENTENCE_PERSON,
  HEAD_NAME,
  NAMING_BEFORE,
  QUOTED_AS,
  SENTENCE_SUBJECT,
  SCENE_OPENED,
  NAME_GOES_ON,
  SUBJECT_COLON_INTRO,
  SUBJECT_VERB,
  mayHoldSubjectVerb,
  clauseEnd,
  possessiveBody,
  subjectOf,
  isSpeechClause,
} from './attribution-patterns.ts';
import {
  readAdjacent,
  anonymousSpeaker,
  attempt,
  type QuoteSite,
  type QuoteStep,
  type Verdict,
} from './attribution-adjacent.ts';
import {
  INDEFINITE_AT,
  attributionContext,
  isDariPassage,
  lastSubjectBy,
  resolveSubject,
  speakingSubjectsIn,
  type AttributionContext,
} from './attribution-subjects.ts';
import {
  FIRST_PERSON,
  KIN_NOUNS,
  TITLE_ABBREVIATION,
  WORDS_NOUNS,
  hasSpeechVerb,
  isPersonNoun,
} from './lexicon.ts';
import { moreWordsThan } from './word-count.ts';
import {
  addedBack,
  dariParagraphSpeaker,
  dariPreviousReporter,
  dariReportedSpeaker,
  nameSourcesNamedLater,
  reportsSpeech,
  resolveDariSubject,
  demonstrativeColonSubject,
} from './dari-attribution.ts';
import { isDariText } from './dari-words.ts';
import { nameOfficeHoldersNamedLater } from './dari-office-holders.ts';
import { nameDescribedSpeakers } from './described-named.ts';
import { giveRolesToQuotedHolders } from './role-holders.ts';
import { giveDocumentsToBodies } from './statement-sources.ts';
import { giveTrailingDocumentsToIssuers } from './issued-documents.ts';
import { bodyHoldingThat } from './body-holdings.ts';
import { shareSentenceAttribution } from './sentence-pieces.ts';
import { normalizeName } from './normalize.ts';
import { isParticipleOpening, isVerbOpening, shortSentenceAfterQuote } from './english-speakers.ts';
import { SCARE_MAX_WORDS, isQuotedName, type QuoteSpan } from './quotes.ts';
import { AT_NAME } from './name-runs.ts';
import { definiteSubjectsOf, roleIdentifiedNext, roleNamedNext } from './person-cues.ts';
import { sentencesOf, type Reading, type SpeakerTable } from './speakers.ts';
import {
  TIME_MARK,
  labelAsWritten,
  pressAsker,
  questionerLabel,
  questionerOf,
  transcriptTurns,
} from './transcript-turns.ts';
import { headingSpeaker, headingStatements } from './speaker-headings.ts';
import { cueClips } from './script-cues.ts';
import { signedBelow } from './signed-quotes.ts';
import { claimSource } from './claim-lines.ts';
import { namedJustBefore } from './named-just-before.ts';
import { putItColon, putItColonFirst } from './put-it-colon.ts';
import { givePullQuotes } from './pull-quotes.ts';
import { colonSentenceOpener } from './dari-colon-openers.ts';
import { heardVoiceCue, heardVoiceOf } from './heard-voices.ts';
import { pageChromeReason } from './page-chrome.ts';
import { glossAsBlank, isWritersGloss, pairTranslations } from './translation-pairs.ts';
import { BODY_SPEAKER_STEPS, documentPart } from './institution-sources.ts';
import { giveSelfIntroducedNames } from './dari-self-introduced.ts';
import { dariNamedAfter } from './dari-named-after.ts';
import {
  lastMarkBefore,
  letterQuotationSpeaker,
  pointedOutletSpeaker,
  publishedWordsSpeaker,
} from './dari-written-voices.ts';
import { taleCharacterSpeaker } from './dari-tale-characters.ts';
import { boxHeadingSpeaker } from './dari-box-voices.ts';
import { dariLineAnswers } from './dari-line-answers.ts';
import { introducedJustBefore, reportedJustBefore } from './introduced-before.ts';
import { matchesOf } from './matches.ts';
import { isQuestionLabelKey, letterAnswerRunsOn } from './letter-questions.ts';
import { ownedRoleColon } from './owned-role-colon.ts';
import { ownedPersonWordsColon } from './kin-words-colon.ts';
import { clauseSubject } from './role-of-subjects.ts';
import {
  giveByLineRoles,
  giveCitedAuthors,
  giveDocumentAuthors,
  giveForumPosters,
  giveMinutesAgencies,
  giveNameRoleColons,
} from './document-roles.ts';

/** How a quotation got its speaker; kept for tests and the summary. */
export type Attribution =
  'after' | 'before' | 'clause' | 'paragraph' | 'subject' | 'previous' | 'chain' | 'none';

export interface QuoteDraft {
  passage: number;
  span: QuoteSpan;
  speaker: string | null;
  via: Attribution;
  /** The quotation this one continues from the previous paragraph. */
  continues: QuoteDraft | null;
}

/** Find and attribute the direct quotations of every passage. `create` lets new names become speakers. */
export function attributeQuotes(table: SpeakerTable, reading: Reading, create: boolean): QuoteDraft[] {
  const ctx = attributionContext(table, reading, create);
  const drafts: QuoteDraft[] = [];
  reading.texts.forEach((text, p) => attributePassage(ctx, p, text, drafts));
  for (const pass of POST_PASSES) pass(ctx, drafts);
  drafts.sort((a, b) => a.passage - b.passage || a.span.start - b.span.start);
  return drafts;
}

/** The quotations of passage p, attributed in turn and added to `drafts`. */
function attributePassage(ctx: AttributionContext, p: number, text: string, drafts: QuoteDraft[]): void {
  const spans = ctx.reading.quotes[p] ?? [];
  // Most passages of a long article quote no one: their sentences are not read for this.
  if (spans.length === 0) return;
  const sentences = sentencesOf(ctx.reading, p);
  const textStart = text.search(/\S/);
  /** The last quotation of this passage so far that has a speaker. */
  let earlier: QuoteDraft | undefined;
  spans.forEach((span, k) => {
    ctx.quoteNow = k;
    if (isQuotedName(text, span)) return;
    // The rest of a quotation broken mid-sentence by a paragraph break: kept when its first part was.
    const carried = span.open === null;
    const lastBefore = drafts.at(-1);
    const runsOn = lastBefore && lastBefore.passage === p - 1 && lastBefore.span.close === null;
    if (carried && !runsOn) return;
    const openAt = span.open ?? 0;
    const closeEnd = span.close === null ? text.length : span.close + 1;
    const prev = spans[k - 1];
    const floor = prev ? (prev.close ?? text.length) + 1 : 0;
    const sStart = carried ? 0 : sentences.startOf(openAt, floor);
    const before = text.slice(sStart, openAt);
    const words = text.slice(span.start, span.end);
    const site: QuoteSite = {
      p,
      k,
      text,
      span,
      carried,
      openAt,
      closeEnd,
      after: glossAsBlank(
        dashAsComma(
          transliterationGlossAsBlank(text.slice(closeEnd, spans[k + 1]?.open ?? text.length), words),
        ),
        words,
        // '«…» ("…"), said Name': the quotation right before, when this one opens in a bracket just after it.
        prev && prev.close !== null && /^\s*\(\s*$/u.test(text.slice(prev.close + 1, openAt))
          ? text.slice(prev.start, prev.end)
          : null,
      ),
      before,
      sStart,
      clauses: mayHoldSubjectVerb(before) ? [...matchesOf(SUBJECT_VERB, before)].filter(isSpeechClause) : [],
      // '("The road has been closed …")': a translation in brackets opens its paragraph too.
      opensParagraph: textStart < 0 || textStart >= openAt || /^\s*[([]\s*$/.test(text.slice(0, openAt)),
      earlier,
      lastBefore,
    };
    const draft = attributeQuote(ctx, site);
    if (!draft) return;
    if (draft.speaker !== null) {
      earlier = draft;
      noteTurn(ctx.salience, { speaker: draft.speaker, passage: p, start: span.start });
    }
    drafts.push(draft);
  });
}

/** Characters after a dash read for the reporting clause's verb. */
const DASH_CLAUSE_MAX = 80;

/**
 * '"…" — he said', '"…" – Name said': a dash after the closing mark, on its line, sets off the reporting clause as a comma does;
 * read as one (the same length, so offsets hold).
 */
export function dashAsComma(after: string): string {
  const m = /^([ \t\u00A0]*)[—–](?=[ \t\u00A0])/u.exec(after);
  if (!m) return after;
  // A signature ("— Dr. Name, Surgeon") has no verb: only a clause that speaks is read as one.
  const clause = after.slice(m[0].length, m[0].length + DASH_CLAUSE_MAX).split(/[.!?\n"“”]/u)[0] ?? '';
  return hasSpeechVerb(clause) ? `${m[1] ?? ''},${after.slice(m[0].length)}` : after;
}

/** One quotation's draft, or null for a short quotation no attribution sets off as speech (a scare quote). */
function attributeQuote(ctx: AttributionContext, q: QuoteSite): QuoteDraft | null {
  const v: Verdict = { speaker: null, via: 'none', adjacent: false };
  // "X put it plainly:" first before words that close their own sentence, else last, only where no other step spoke
  // ('Asked why, he put it this way: "…," said Karimi'); its module reads attribution-adjacent.ts's helpers.
  putItColonFirst(ctx, q, v);
  // A letter's, an outlet's or a tale character's words found first stand: the subject rules would read a place
  // or an idiom («لحظه‌ای نگذشت») as the subject.
  dariWrittenOrToldFirst(ctx, q, v);
  if (v.speaker === null) readAdjacent(ctx, q, v);
  putItColon(ctx, q, v);
  if (scareQuote(ctx, q, v)) return null;
  // '«…» — a thank-you that means, literally, "…"': the writer's gloss, which no one says.
  const afterQuote = q.sStart > 0 && /[»”"’]/u.test(q.text[q.sStart - 1] ?? '');
  if (v.speaker === null && isWritersGloss(q.before, afterQuote)) return draftOf(q, v);
  for (const step of QUOTATION_FALLBACKS) step(ctx, q, v);
  return draftOf(q, v);
}

/** Whether the quotation is no more than a few words (counted over both parts of one broken by a paragraph). */
function isShort(ctx: AttributionContext, q: QuoteSite): boolean {
  const { span } = q;
  const restOf = span.close === null ? ctx.reading.quotes[q.p + 1]?.[0] : undefined;
  const rest = restOf?.open === null ? restOf.words : 0;
  return !q.carried && span.words + rest <= SCARE_MAX_WORDS;
}

/** Whether dashes stand right before the opening mark and right after the closing one: '— "Bravo, master" —'. */
function setOffByDashes(text: string, span: QuoteSite['span']): boolean {
  if (span.open === null || span.close === null) return false;
  return (
    /[—–][ \t\u00A0]*$/u.test(text.slice(Math.max(0, span.open - 3), span.open)) &&
    /^[ \t\u00A0]*[—–]/u.test(text.slice(span.close + 1, span.close + 4))
  );
}

/**
 * A few quoted words are a quotation only when an attribution stands right by them and they close a clause or
 * open the paragraph, or when they are a whole sentence after the paragraph's quotation before.
 */
function scareQuote(ctx: AttributionContext, q: QuoteSite, v: Verdict): boolean {
  const { span, text } = q;
  const short = isShort(ctx, q);
  // '"…," she said' and, in British style, '"…", she said': the clause's comma inside the marks or right after.
  // A pair of dashes sets the words off as a comma does: '«…،» someone calls — "Bravo, master" — and …' (one dash
  // after a name, 'call it "the thirsty season" — Gul Ahmad said …', sets nothing off).
  const closesClause =
    span.close !== null &&
    (/[,.!?]/.test(text[span.close - 1] ?? '') ||
      /[,.!?]/.test(text[span.close + 1] ?? '') ||
      setOffByDashes(text, span));
  const sentenceAfter = short && shortSentenceAfterQuote(text, span, q.earlier?.span);
  return (
    short &&
    !v.naming &&
    !sentenceAfter &&
    !(v.adjacent && (closesClause || q.opensParagraph)) &&
    !reportedPartial(q)
  );
}

/** After a partial quotation, where its clause ends: punctuation, "and", or the paragraph's end. */
const CLAUSE_ENDS_AFTER =
  /^(?:["”’»]?\s*(?:[,.;:!?)]|—|–|$)|["”’»]?\s+(?:and|but|after|before|because|when|while|since|until)\b)/u;

/**
 * 'told the judge he had signed the papers "without reading them" after …', 'She described the road as "slow, not
 * closed"': a few quoted words ending a clause of a sentence whose verb of speech stands before them are the
 * speaker's words, reported in part — not a scare quote.
 */
function reportedPartial(q: QuoteSite): boolean {
  if (q.carried || q.span.close === null) return false;
  // '"like fire" (مثل آتش) since spring': the words' rendering in brackets is read past for the clause's end.
  const after = glossAsBlank(q.text.slice(q.span.close + 1), q.text.slice(q.span.start, q.span.end), null);
  if (hasSpeechVerb(q.before) && CLAUSE_ENDS_AFTER.test(after)) return true;
  // "او می‌گوید که آرزو دارد روزی به مکتب برگردد؛ «اما نه امسال».", "به باور او، این کار «یک انتخاب نیست».":
  // a Dari sentence reporting someone's words closes its clause on a few of them quoted.
  return isDariText(q.text) && reportsSpeech(q.before) && DARI_CLAUSE_ENDS_AFTER.test(after);
}

/** After a Dari partial quotation, where its clause ends: a stop, a comma or semicolon, or the paragraph's end. */
const DARI_CLAUSE_ENDS_AFTER = /^\s*(?:[.،,؛;:!?؟)]|$)/u;

/** How far before a quotation "quoted X as saying" may stand. */
const QUOTED_AS_REACH = 200;

/** 'The paper quoted the mayor as saying that "…"': the person quoted, not the subject that quotes them. */
const quotedAs: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const from = Math.max(0, q.before.length - QUOTED_AS_REACH);
  const m = QUOTED_AS.exec(q.before.slice(from));
  if (!m) return;
  const subject = subjectOf(m, q.sStart + from);
  // "as saying the road would reopen but residents … told reporters that "…"": another speaker's words.
  if (hasSpeechVerb(m[0].slice(m[0].search(AS_DOING)).replace(AS_DOING, ''))) return;
  const aside = m.groups?.['aside'] ?? '';
  // "quoted the chairman of the district, Saidali Mamadnazarov, as saying": the name the aside gives the role.
  const named = asideName(ctx, aside);
  // "quoted a teacher as saying": someone new, not a teacher named before.
  const roleAt = subject.role ? m[0].indexOf(subject.role) : -1;
  const indefinite =
    !!subject.role && INDEFINITE_BEFORE.test(m[0].slice(Math.max(0, roleAt - 4), roleAt + 4));
  if (named) attempt(ctx, q, v, { pronoun: null, name: named, role: null, at: subject.at }, 'clause');
  else if (!indefinite) attempt(ctx, q, v, subject, 'clause');
  if (v.speaker !== null || !subject.role || !ctx.create) return;
  // A role no one in the text holds ("the provincial director of health"): a source by that phrase, "of …" and all.
  const asideAt = aside ? m[0].lastIndexOf(aside) : -1;
  const phrase = m[0].slice(roleAt, asideAt > roleAt ? asideAt : m[0].search(AS_DOING)).trimEnd();
  const start = q.sStart + from + m.index + roleAt;
  v.speaker = ctx.table.addAnonymous(phrase, '', { passage: q.p, start, end: start + phrase.length }).id;
  v.via = 'clause';
};

/** " as saying", " as promising": where the quoted person's words are reported. */
const AS_DOING = /\sas\s+\p{Ll}+ing\b/u;
/** "a", "an", "one" just before a role ("quoted a teacher"): someone described anew. */
const INDEFINITE_BEFORE = new RegExp(INDEFINITE_AT.source, 'u');

/** A person's name an aside gives in full (", Eng Abdul Qayum Samim,"), else null (", who asked not to be named,"). */
function asideName(ctx: AttributionContext, aside: string): string | null {
  const inner = aside.replace(/^,\s*|,$/gu, '').trim();
  const name = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}\p{Lu}[\p{L}\p{M}'’-]+$/u.test(inner) ? inner : '';
  // ", Deputy Minister,": a title, no name; a name ends on its surname.
  if (isPersonNoun((name.split(/\s+/u).at(-1) ?? '').toLowerCase())) return null;
  return name && ctx.table.isPersonName(name, 2) ? name : null;
}

/** How far before a quotation its naming verb may stand ("called what is happening "). */
const NAMING_REACH = 80;

/**
 * 'He called the week-long closure "a slow death for the orchards"', 'Sharifi laughed, and still calls it "…"':
 * words a person gives a thing as its name are theirs — the subject the sentence opens on.
 */
const namingClause: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || isShort(ctx, q) || !NAMING_BEFORE.test(q.before.slice(-NAMING_REACH))) return;
  const m = SENTENCE_SUBJECT.exec(q.before);
  // "Last week, Afghan officials described …", "After the attack, Governor Sattari's office called …": after a
  // scene, a capitalised word that describes or owns the subject is not it.
  const ownsOrDescribes =
    m?.[2] !== undefined &&
    SCENE_OPENED.test(q.before) &&
    (/['’]s$/u.test(m[2]) || NAME_GOES_ON.test(q.before.slice(m.index + m[0].length)));
  if (m && !ownsOrDescribes) attempt(ctx, q, v, subjectOf(m, q.sStart), 'clause');
};

/**
 * A long quotation in a sentence: '… says that officials want to "…"': the subject of the reporting verb said the
 * quoted words; "The Ministry of Defence said …": the organisation at the sentence's head.
 */
const longQuotationClause: QuoteStep = (ctx, q, v) => {
  if (isShort(ctx, q) && !reportedPartial(q)) return;
  for (const m of [...q.clauses].reverse())
    attempt(ctx, q, v, clauseSubject(q.before, m, q.sStart), 'clause');
  if (v.speaker !== null || !hasSpeechVerb(q.before)) return;
  // "Rents, he said, had gone up": the clause's speaker is a pronoun, not the word the sentence opens on.
  if (q.clauses.some((m) => m[1] !== undefined)) return;
  const { table, create } = ctx;
  const head = HEAD_NAME.exec(q.before);
  const name = head?.[1] && possessiveBody(q.before, head[1]);
  if (
    name &&
    create &&
    table.isSpeakerName(name) &&
    !isVerbOpening(name) &&
    !isParticipleOpening(q.before, name)
  ) {
    const org = table.add(name, '', null);
    table.noteEvent({ passage: q.p, start: q.sStart, end: q.sStart + name.length, speaker: org.id });
    v.speaker = org.id;
    v.via = 'subject';
  }
};

/** 'She said:' closing the paragraph before: the quotation that opens this one is hers. */
const colonParagraphBefore: QuoteStep = (ctx, q, v) => {
  const { p } = q;
  if (v.speaker !== null || !q.opensParagraph || q.carried || p <= 0) return;
  const prevText = ctx.reading.texts[p - 1] ?? '';
  if (!/:\s*$/.test(prevText)) return;
  const from = sentencesOf(ctx.reading, p - 1).startOf(prevText.trimEnd().length - 1);
  const id = anonymousSpeaker(ctx, anonymousBefore(prevText.slice(from), from), p - 1);
  if (id) {
    v.speaker = id;
    v.via = 'before';
  }
  if (v.speaker !== null) return;
  const lead = prevText.slice(from);
  const intro = mayHoldSubjectVerb(lead) ? [...matchesOf(SUBJECT_VERB, lead)].filter(isSpeechClause) : [];
  const last = intro.at(-1);
  const tail = last ? prevText.slice(from + clauseEnd(last)) : '';
  // "Nasrullah Safi, who heads the department in Badakhshan, said …:": the verb's nearest capitalised
  // word may be a place, or a common noun ("… in Kunduz province, said:"); then the person the sentence
  // introduces speaks.
  const ev = ctx.table.lastEventBefore(p - 1, prevText.length, null);
  const introduced = ev && ev.start >= from ? ev.speaker : null;
  // The person must open the sentence: "The ministry, in a letter to Name, …, said:" is the ministry's.
  const opens = ev !== null && BEFORE_SENTENCE_PERSON.test(prevText.slice(from, ev.start));
  if (!last && opens && APPOSITIVE_VERB_COLON.test(prevText.slice(from)) && introduced) {
    v.speaker = introduced;
    v.via = 'before';
  }
  if (v.speaker !== null || !last || !ADJACENT_TAIL.test(tail)) return;
  const who = resolveSubject(ctx, subjectOf(last, from), p - 1) ?? introduced;
  if (who) {
    v.speaker = who;
    v.via = 'before';
  }
};

/**
 * 'Abdul Rashid had a one-line reply: "…"', 'She has one rule …: "…"': the sentence the colon ends opens on its
 * speaker — a pronoun, or a name the text knows as a person's.
 */
const subjectColonIntro: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const m = SUBJECT_COLON_INTRO.exec(q.before);
  const { pronoun, name, own } = m?.groups ?? {};
  if (!m || (!pronoun && !name && !(own && KIN_NOUNS.has(own.split(/\s+/u)[1] ?? '')))) return;
  if (name && !ctx.table.lookup(name) && !ctx.table.isPersonName(name, 2)) return;
  // The subject's own offset (the "he" of "Then, turning to the crowd, he …:", not the letters in "Then").
  const group = pronoun ? 'pronoun' : name ? 'name' : 'own';
  const at = q.sStart + (m.indices?.groups?.[group]?.[0] ?? 0);
  attempt(ctx, q, v, { pronoun: pronoun ?? null, name: name ?? null, role: own ?? null, at }, 'before');
};

/** "her answer to the critics:", "One of his poems …:": an owner's pronoun before a noun for words. */
const OWNED_WORDS = new RegExp(
  String.raw`\b(?<owner>[Hh]is|[Hh]er)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?<noun>${[...WORDS_NOUNS].map(escapeRegExp).join('|')})\b`,
  'gu',
);

/**
 * 'The line the valley repeats is her answer to the mullah: "…"', a paragraph ending 'One of his poems, written
 * the winter the bridge fell, has travelled far:' above the poem: words a colon introduces as someone's (an
 * answer, a poem, a view) are theirs — the one the owner's "his" or "her" means.
 */
const ownedWordsColon: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const prevText = q.p > 0 ? (ctx.reading.texts[q.p - 1] ?? '') : '';
  const [text, p, from] = /:\s*$/.test(q.before)
    ? [q.text, q.p, q.sStart]
    : q.opensParagraph && /:\s*$/.test(prevText)
      ? [prevText, q.p - 1, sentencesOf(ctx.reading, q.p - 1).startOf(prevText.trimEnd().length - 1)]
      : [null, 0, 0];
  if (text === null) return;
  const intro = text.slice(from, q.p === p ? q.openAt : text.length);
  // "her favourite saying": the words between owner and noun are read until a noun for words ends them.
  const owned = [...matchesOf(OWNED_WORDS, intro)].at(-1);
  if (!owned) return;
  const pronoun = owned.groups?.['owner']?.toLowerCase() === 'her' ? 'she' : 'he';
  const at = from + owned.index;
  const id = resolveSubject(ctx, { pronoun, name: null, role: null, at }, p);
  if (!id) return;
  v.speaker = id;
  v.via = 'before';
};

/**
 * 'The head of the clinic, a tired doctor …, told the officials: "…"' and the next paragraph opens "The doctor is
 * Name": a sentence that opens on a definite role, with a verb of speech, quotes the person the next paragraph
 * names by a word of that role.
 */
const definiteRoleNamedNext: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !hasSpeechVerb(q.before)) return;
  const opening = definiteSubjectsOf(q.before).find((d) => /^\s*$/u.test(q.before.slice(0, d.at)));
  if (!opening) return;
  v.speaker = roleIdentifiedNext(ctx.table, ctx.reading, q.p, q.sStart + opening.at, ctx.create);
  if (v.speaker) v.via = 'before';
};

/**
 * The speaker of the paragraph's last attributed quotation speaks on — unless the paragraph introduced a source
 * since ('"…," said the foreman. One of the porters, a man from the hills, told us … "…"'): that source is read next.
 */
const earlierInParagraph: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || !q.earlier) return;
  const since = ctx.table.anonymousBefore(q.p, q.openAt);
  if (since && since.start > (q.earlier.span.close ?? q.openAt)) return;
  v.speaker = q.earlier.speaker;
  v.via = 'paragraph';
};

/** The paragraph's last "<subject> said" before the quotation. */
const lastSubjectInParagraph: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null) return;
  attempt(ctx, q, v, lastSubjectBy(speakingSubjectsIn(ctx, q.p), q.openAt), 'paragraph');
};

/**
 * "A mining engineer …, said the figures were low. "…"": the source the paragraph introduced; "A porter, who
 * gave only his first name, Habibullah, wiped his face: "…"": the name it gave, when that came later.
 */
const anonymousIntroduced: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const anonymous = ctx.table.anonymousBefore(q.p, q.openAt);
  const given = ctx.table.givenNameBefore(q.p, q.openAt);
  const introduced = given && (!anonymous || given.start > anonymous.start) ? given : anonymous;
  if (!introduced) return;
  v.speaker = introduced.speaker;
  v.via = 'paragraph';
};

/** Dari: "«…»، X خندید و …", "«…» این را X وقتی گفت که …": a speaker named after the words by a gesture or a time. */
const dariNamedAfterStep: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !isDariPassage(ctx, q.p, q.text)) return;
  const s = dariNamedAfter(q.text, q.closeEnd);
  v.speaker = s ? resolveDariSubject(ctx.table, s, q.p, ctx.create, q.text) : null;
  if (v.speaker) v.via = 'after';
};

/** Quotations whose first Dari written-or-told reading, creating, found no letter, outlet or published words. */
const noColonVoice = new WeakSet<QuoteSite>();
/**
 * Dari words from a text or a tale: an open letter's («در این نامه آمده است:»), an outlet pointed back to («این
 * روزنامه می‌نویسد:»), a person whose words an outlet printed, a tale's character, a box under a role's heading.
 */
const dariWrittenOrTold = (ctx: AttributionContext, q: QuoteSite, v: Verdict, first: boolean): void => {
  if (v.speaker !== null || q.carried || !isDariPassage(ctx, q.p, q.text)) return;
  const { table, create } = ctx;
  const colonAt = lastMarkBefore(q.text, q.openAt);
  // Creating, the three colon readers give null only for the text, unchanged since the first call: not asked again.
  const again = !first && create && noColonVoice.has(q);
  const colon = !again && q.text[colonAt] === ':';
  v.speaker =
    (colon ? letterQuotationSpeaker(table, q.text, q.p, colonAt, create) : null) ??
    (colon ? pointedOutletSpeaker(table, q.text, q.p, colonAt, create) : null) ??
    (colon ? publishedWordsSpeaker(table, q.text, q.p, colonAt, create) : null);
  if (first && create && v.speaker === null) noColonVoice.add(q);
  v.speaker ??=
    taleCharacterSpeaker(table, q.text, q.p, q.openAt, create, first) ??
    boxHeadingSpeaker(table, q.text, q.p, q.openAt, create);
  if (v.speaker) v.via = 'before';
  if (v.speaker && first) v.adjacent = true;
};
/** Before the subject rules: a letter's writers would otherwise be read off «در این نامه …» as a place. */
const dariWrittenOrToldFirst: QuoteStep = (ctx, q, v) => dariWrittenOrTold(ctx, q, v, true);
const dariWrittenOrToldLate: QuoteStep = (ctx, q, v) => dariWrittenOrTold(ctx, q, v, false);

/** Dari: the speaker a reporting phrase of the paragraph names ("به گفتهٔ …"). */
const dariReported: QuoteStep = (ctx, q, v) => {
  const { p, text } = q;
  const reported =
    v.speaker === null && isDariPassage(ctx, p, text) ? dariReportedSpeaker(text, q.openAt) : null;
  if (!reported) return;
  v.speaker = resolveDariSubject(ctx.table, reported, p, ctx.create, text);
  if (v.speaker) v.via = 'paragraph';
};

/** Dari: the one speaker the paragraph names. */
const dariParagraph: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !isDariPassage(ctx, q.p, q.text)) return;
  v.speaker = dariParagraphSpeaker(ctx.table, q.text, q.p, q.openAt);
  if (v.speaker) v.via = 'paragraph';
};

/** Dari: "دختری از … دو مصراع فرستاده است: «…»": the source the colon's sentence opens on. */
const dariColonOpener: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !isDariPassage(ctx, q.p, q.text)) return;
  const colonAt = q.text.slice(0, q.openAt).trimEnd().length - 1;
  v.speaker = colonSentenceOpener(ctx.table, q.text, q.p, colonAt);
  if (v.speaker) v.via = 'before';
};

/** Dari: "این دهقان از پیامد … می‌ترسد: «…»": the person "this farmer" points back to, whatever the verb. */
const dariDemonstrativeColon: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried || !isDariPassage(ctx, q.p, q.text)) return;
  const colonAt = q.text.slice(0, q.openAt).trimEnd().length - 1;
  const s = demonstrativeColonSubject(ctx.table, q.text, colonAt);
  v.speaker = s ? resolveDariSubject(ctx.table, s, q.p, ctx.create, q.text) : null;
  if (v.speaker) v.via = 'before';
};

/** A radio report's «صدای … را می‌شنویم:», "We hear from …:": the voice the cue hands over to. */
const heardVoice: QuoteStep = (ctx, q, v) => {
  const cue = v.speaker === null && !q.carried ? heardVoiceCue(q.text, q.openAt) : null;
  if (!cue) return;
  v.speaker = heardVoiceOf(ctx.table, cue, q.p);
  if (v.speaker) v.via = 'before';
  // "We hear from Haji Noorzai:", a person named before; not "Listen to Radio Azadi:", a station no one quoted.
  else if (ctx.table.lookup(cue.who) || ctx.table.isPersonName(cue.who, 2))
    attempt(ctx, q, v, { pronoun: null, name: cue.who, role: null, at: cue.start }, 'before');
};

/** Dari: a quotation opening its paragraph is the reporter's of the paragraph before. */
const dariPrevious: QuoteStep = (ctx, q, v) => {
  const { span, text } = q;
  if (v.speaker !== null || q.carried || !q.opensParagraph || !isDariPassage(ctx, q.p, text)) return;
  const whole = span.close !== null && /^[\s.!?؟،]*$/u.test(text.slice(span.close + 1));
  v.speaker = dariPreviousReporter(ctx.table, ctx.reading, q.p, whole);
  if (v.speaker) v.via = 'previous';
};

/** "۳. X، عضو شورا:" on the line above: a quotation in that speaker's turn is theirs when nothing else names one. */
const headingTurn: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  v.speaker = headingSpeaker(ctx.table, ctx.reading, q.p, ctx.create);
  if (v.speaker) v.via = 'before';
};

/** The rules that read beyond the quotation's own sentence, in the order they are tried. */
const QUOTATION_FALLBACKS: readonly QuoteStep[] = [
  signedBelow,
  claimSource,
  quotedAs,
  // Before the long clause, which would read "Page" of "Page 11 says:" as a name.
  documentPart,
  longQuotationClause,
  bodyHoldingThat,
  ...BODY_SPEAKER_STEPS,
  namingClause,
  colonParagraphBefore,
  subjectColonIntro,
  ownedWordsColon,
  ownedRoleColon,
  ownedPersonWordsColon,
  definiteRoleNamedNext,
  dariNamedAfterStep,
  dariWrittenOrToldLate,
  earlierInParagraph,
  lastSubjectInParagraph,
  anonymousIntroduced,
  dariReported,
  dariParagraph,
  dariColonOpener,
  dariDemonstrativeColon,
  heardVoice,
  dariPrevious,
  headingTurn,
  introducedJustBefore,
  reportedJustBefore,
  namedJustBefore,
];

/**
 * The quotation's draft: one that opens a paragraph continues a quotation the paragraph before left open, or
 * (with no speaker of its own) takes the speaker of the quotation that ended it.
 */
function draftOf(q: QuoteSite, v: Verdict): QuoteDraft {
  const { lastBefore } = q;
  const draft: QuoteDraft = { passage: q.p, span: q.span, speaker: v.speaker, via: v.via, continues: null };
  if (q.opensParagraph && lastBefore && lastBefore.passage === q.p - 1) {
    if (lastBefore.span.close === null) draft.continues = lastBefore;
    else if (v.speaker === null && lastBefore.speaker !== null) {
      draft.speaker = lastBefore.speaker;
      draft.via = 'previous';
    }
  }
  return draft;
}

/** A pass over all the drafts, reading quotations together. */
type DraftPass = (ctx: AttributionContext, drafts: QuoteDraft[]) => void;

/** A quotation running over several paragraphs has one speaker, whichever part names it: a later part's… */
const chainBack: DraftPass = (_ctx, drafts) => {
  for (const d of [...drafts].reverse()) {
    if (d.continues && d.speaker && !d.continues.speaker) {
      d.continues.speaker = d.speaker;
      d.continues.via = 'chain';
    }
  }
};

/** …or, where no later part names one, the first part's. */
const chainForward: DraftPass = (_ctx, drafts) => {
  for (const d of drafts) {
    if (d.continues && !d.speaker && d.continues.speaker) {
      d.speaker = d.continues.speaker;
      d.via = 'chain';
    }
  }
};

/**
 * What is done with the drafts once every quotation has been read, in order. pairTranslations runs here for the
 * speakers found so far, and again in ingest.ts after the passes there (carryLastSpeaker, namedLaterInParagraph, …)
 * give a rendering its speaker late.
 */
const POST_PASSES: readonly DraftPass[] = [
  chainBack,
  chainForward,
  (ctx, drafts) => carryAddedBack(ctx.reading, drafts),
  (ctx, drafts) => giveRolesNamedNext(ctx.table, ctx.reading, drafts),
  (ctx, drafts) => nameSourcesNamedLater(ctx.table, ctx.reading, drafts),
  (ctx, drafts) => nameOfficeHoldersNamedLater(ctx.table, ctx.reading, drafts),
  (ctx, drafts) => nameDescribedSpeakers(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveSelfIntroducedNames(ctx.table, ctx.reading, drafts),
  (ctx, drafts) => giveRolesToQuotedHolders(ctx.table, drafts),
  (ctx, drafts) => giveDocumentsToBodies(ctx.table, drafts, ctx.create),
  (ctx, drafts) => giveTrailingDocumentsToIssuers(ctx.table, drafts, ctx.create),
  (ctx, drafts) => shareSentenceAttribution(ctx.reading.texts, drafts),
  (ctx, drafts) => givePullQuotes(ctx.reading, drafts),
  (ctx, drafts) => cueClips(ctx.table, ctx.reading, drafts),
  (ctx, drafts) => drafts.push(...headingTurns(ctx, drafts)),
  (ctx, drafts) => pairTranslations(ctx.reading.texts, drafts),
  (ctx, drafts) => drafts.push(...interviewAnswers(ctx.table, ctx.reading, drafts, ctx.create)),
  (ctx, drafts) => drafts.push(...lineAnswerDrafts(ctx, drafts)),
  (ctx, drafts) => giveLabelledQuotes(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveByLineRoles(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveMinutesAgencies(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveCitedAuthors(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveForumPosters(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveNameRoleColons(ctx.table, ctx.reading, drafts, ctx.create),
  (ctx, drafts) => giveDocumentAuthors(ctx.table, ctx.reading, drafts, ctx.create),
];

/** A Dari Q&A's answers set line under line after their questions, as quotations of the labels' people. */
function lineAnswerDrafts(ctx: AttributionContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const quoted = new Set(drafts.map((d) => d.passage));
  return dariLineAnswers(ctx.table, ctx.reading, quoted, ctx.create).map((a) => {
    const text = ctx.reading.texts[a.passage] ?? '';
    return {
      passage: a.passage,
      span: wholeSpan(text, a.start, a.end),
      speaker: a.speaker,
      via: a.speaker ? 'before' : 'none',
      continues: null,
    };
  });
}

/** The statements set under a speaker's heading, as quotations of that speaker. */
function headingTurns(ctx: AttributionContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const quoted = new Set(drafts.map((d) => d.passage));
  return headingStatements(ctx.table, ctx.reading, quoted, ctx.create).map((t) => ({
    ...t,
    via: 'before',
    continues: null,
  }));
}

/**
 * '"…," said the company's engineer. … The engineer, Name, …': an unattributed quotation given to a role the text
 * names next is that person's, and so are the paragraph's unattributed quotations after it.
 */
function giveRolesNamedNext(table: SpeakerTable, reading: Reading, drafts: readonly QuoteDraft[]): void {
  let named: { passage: number; speaker: string } | null = null;
  for (const d of drafts) {
    if (d.speaker !== null || (named && named.passage !== d.passage)) named = null;
    if (d.speaker !== null) continue;
    const id = d.span.close === null ? null : roleNamedNext(table, reading, d.passage, d.span.close + 1);
    if (id) named = { passage: d.passage, speaker: id };
    if (!named) continue;
    d.speaker = named.speaker;
    d.via = 'after';
  }
}

/** "«…» او افزود: «…»": an unattributed Dari quotation gets the speaker of the one its "he added" opens. */
function carryAddedBack(reading: Reading, drafts: readonly QuoteDraft[]): void {
  for (let k = drafts.length - 2; k >= 0; k--) {
    const d = drafts[k];
    const next = drafts[k + 1];
    if (!d || !next || d.speaker !== null || next.speaker === null || next.passage !== d.passage) continue;
    const text = reading.texts[d.passage] ?? '';
    if (!isDariText(text) || !addedBack(text, d.span, next.span)) continue;
    d.speaker = next.speaker;
    d.via = 'chain';
  }
}

/**
 * "Q:", "RFE/RL:", "Shirin Wakhi:" — a short label and a colon opening a paragraph of an interview; a transcript
 * may put the time of the turn before it ("[00:01:02] SHARIF:"), a web page set the label or the whole question
 * in bold ("**Q:** …", "**Q: …?**").
 */
const QA_LABEL = new RegExp(
  String.raw`^(?:${TIME_MARK})?(?:${EMPHASIS_MARK})?([\p{L}][\p{L}\p{M}\u200c.'’/&\- ]{0,40}?)(?:\s*\([^()\n]{1,80}\))?\s*:(?:${EMPHASIS_MARK})?\s+(?=\S)`,
  'u',
);
/** An emphasis mark anywhere in a paragraph. */
const ANY_EMPHASIS = new RegExp(EMPHASIS_MARK, 'gu');

/**
 * "**Related:** Read our …", "**Editor’s note:** …": page furniture set in bold, which the cleaner removes when
 * plain, is no turn of an interview.
 */
function isEmphasisedChrome(text: string): boolean {
  // Most paragraphs hold no emphasis mark at all: they are not copied to be compared.
  if (!text.includes('*') && !text.includes('_')) return false;
  const plain = text.replace(ANY_EMPHASIS, '');
  return plain !== text && pageChromeReason(plain) !== null;
}

/** An interview needs this many labelled questions before its labelled answers count as quotations. */
const MIN_QUESTIONS = 2;
/** Labels of answers: English "A:", Dari "پاسخ:", "جواب:" and the short "ج:" (its question is "س:" or "پرسش:"). */
const ANSWER_LABELS = new Set(['a', 'answer', 'پاسخ', 'جواب', 'ج'].map(normalizeName));

/**
 * "We spoke to sisters Farzana and Jamila …": an interview of two, each answer under its speaker's name, asks
 * under no label. The bare questions before answers whose labels the introduction (the text before the first of
 * them) names as words and the table knows as people's names, together, in order.
 */
function questionsOfIntroducedLabels(
  byAnswer: ReadonlyMap<string, number[]>,
  labelled: readonly ({ label: string } | null)[],
  texts: readonly string[],
  isName: (label: string) => boolean,
): number[] {
  // Two labels at least, or the introduction need not be read (it may be the whole text).
  if (byAnswer.size < 2) return [];
  let first = Infinity;
  for (const ps of byAnswer.values()) first = Math.min(first, ps[0] ?? Infinity);
  // Names inside a sentence: a capital not opening it ("Note the new hours" names no one), or Dari's words.
  const introWords = new Set(
    texts
      .slice(0, first)
      .join('\n')
      .split(/[.!?؟:\n]\s*/u)
      .flatMap((sentence) =>
        sentence
          .split(/[^\p{L}\p{M}\u200c]+/u)
          .filter(Boolean)
          .slice(1),
      )
      .filter((word) => /^\p{Lu}/u.test(word) || hasArabicScript(word))
      .map(normalizeName),
  );
  const labelAfter = (ps: number[]) => labelled[(ps[0] ?? -2) + 1]?.label ?? '';
  const named = [...byAnswer].filter(([key, ps]) => introWords.has(key) && isName(labelAfter(ps)));
  const questions = named.flatMap(([, ps]) => ps).sort((a, b) => a - b);
  // A fact box under questions ("Who pays?" / "Karimi: teacher since 2004") speaks of them, not as them.
  return named.length >= 2 && answeredAsInterview(questions, texts) ? questions : [];
}

/**
 * The questions of an interview: paragraphs labelled by the asker ("Q: …?", "RFE/RL: …?"), or — when the answers
 * alone carry a label ("Nawabi: …") — short unlabelled paragraphs that ask, each right before an answer under the
 * same label. `firstQuestion` is -1 when there are fewer than MIN_QUESTIONS of either kind.
 */
export function interviewQuestions(
  labelled: readonly ({ label: string } | null)[],
  texts: readonly string[],
  isPersonLabel: (label: string) => boolean = () => false,
): {
  askers: Set<string>;
  bare: Set<number>;
  firstQuestion: number;
  unlabelled?: boolean;
  letters?: boolean;
} {
  const keyOf = (p: number) => normalizeName(labelled[p]?.label ?? '');
  const asks = (p: number) => ENDS_ASKING.test(texts[p] ?? '');
  const askers = new Set<string>();
  // "Q: … — Abdul Wakil, Khanabad": a letter under a question's label asks, however it ends.
  const labelAsks = (p: number) => asks(p) || isQuestionLabelKey(keyOf(p));
  labelled.forEach((l, p) => {
    if (l && !ANSWER_LABELS.has(keyOf(p)) && labelAsks(p)) askers.add(keyOf(p));
  });
  const labelledFirst = labelled.findIndex((l, p) => l && askers.has(keyOf(p)));
  if (labelled.filter((l, p) => l && askers.has(keyOf(p))).length >= MIN_QUESTIONS) {
    const letters = labelled.some((l, p) => !!l && isQuestionLabelKey(keyOf(p)) && !asks(p));
    return { askers, bare: new Set(), firstQuestion: labelledFirst, letters };
  }
  // Unlabelled questions: counted per the label of the answer that follows; the interviewee's label wins.
  const byAnswer = new Map<string, number[]>();
  labelled.forEach((l, p) => {
    const next = labelled[p + 1];
    if (l || !next || askers.has(keyOf(p + 1)) || !asks(p)) return;
    if (moreWordsThan(texts[p] ?? '', MAX_BARE_QUESTION_WORDS)) return;
    const key = keyOf(p + 1);
    const questions = byAnswer.get(key);
    if (questions) questions.push(p);
    else byAnswer.set(key, [p]);
  });
  const bare = [...byAnswer.values()].reduce<number[]>((a, b) => (b.length > a.length ? b : a), []);
  const shared =
    bare.length < MIN_QUESTIONS ? questionsOfIntroducedLabels(byAnswer, labelled, texts, isPersonLabel) : [];
  if (shared.length >= MIN_QUESTIONS)
    return { askers, bare: new Set(shared), firstQuestion: shared[0] ?? -1 };
  if (bare.length < MIN_QUESTIONS) {
    // No labels on either side: bare question lines, each followed by its answer's paragraphs.
    const lines = bareAnsweredQuestions(labelled, texts);
    return { askers, bare: new Set(lines), firstQuestion: lines[0] ?? -1, unlabelled: lines.length > 0 };
  }
  return { askers, bare: new Set(bare), firstQuestion: bare[0] ?? -1 };
}

/** A transcript's turns under their speakers' labels, as quotations read before their words. */
function transcriptDrafts(
  table: SpeakerTable,
  reading: Reading,
  quotedPassages: ReadonlySet<number>,
): QuoteDraft[] {
  return transcriptTurns(table, reading, quotedPassages).map((t) => ({
    ...t,
    via: 'before',
    continues: null,
  }));
}

/** Each paragraph's interview label ("Q:", "Karimi:"), none on page furniture set in bold. */
function interviewLabels(texts: readonly string[]): {
  chrome: boolean[];
  labelled: ({ label: string; start: number } | null)[];
} {
  const chrome = texts.map(isEmphasisedChrome);
  const labelled = texts.map((text, p) => {
    // Every label closes on its colon: a paragraph without one is not matched.
    const m = text.includes(':') ? QA_LABEL.exec(text) : null;
    return m && !chrome[p] ? { label: (m[1] ?? '').trim(), start: m[0].length } : null;
  });
  return { chrome, labelled };
}

/** Whether paragraph p goes on with the turn before it: unlabelled speech, or a label the table knows as a person. */
function turnRunsOn(
  table: SpeakerTable,
  texts: readonly string[],
  page: {
    chrome: readonly boolean[];
    labelled: readonly ({ label: string } | null)[];
    bare: ReadonlySet<number>;
    unlabelled: boolean;
    letters: boolean;
  },
): (p: number) => boolean {
  const { chrome, labelled, bare } = page;
  // With no labels, the last question stands for the last label: its answer closes the interview.
  let lastLabel = -1;
  if (page.unlabelled) for (const q of bare) lastLabel = Math.max(lastLabel, q);
  else lastLabel = labelled.findLastIndex((l) => !!l);
  return (p: number) => {
    const text = texts[p] ?? '';
    if (chrome[p]) return false;
    // After the last label a paragraph goes on with the answer only in its speaker's own voice: a closing
    // note ("Donations can be made through …") is the page's.
    if (!labelled[p] && p > lastLabel && !FIRST_PERSON.test(text)) return false;
    const isPerson = (name: string) => table.isPersonName(name, 1);
    if (!labelled[p] && page.letters && !letterAnswerRunsOn(text, p > lastLabel, isPerson)) return false;
    if (!labelled[p]) return !bare.has(p) && !ENDS_ASKING.test(text) && ENDS_SPOKEN.test(text);
    return table.isPersonName(labelAsWritten(labelled[p]?.label ?? ''), 2);
  };
}

/**
 * The answers of a question-and-answer interview, as quotations of the person answering: paragraphs opened by
 * "A:" or by the interviewee's name, in an article with labelled questions ("Q: …?", "RFE/RL: …?"). "A:" is
 * the person who last answered by name, or else the first person the article introduces.
 */
function interviewAnswers(
  table: SpeakerTable,
  reading: Reading,
  quoted: readonly QuoteDraft[],
  create: boolean,
): QuoteDraft[] {
  // A court transcript's answers are the witness's, whoever the front matter names first.
  const court = courtTurns(table, reading);
  if (court) return courtTurnDrafts(court, quoted, reading);
  const { chrome, labelled } = interviewLabels(reading.texts);
  const { askers, bare, firstQuestion, unlabelled, letters } = interviewQuestions(
    labelled,
    reading.texts,
    (label) => table.isPersonName(labelAsWritten(label), 1),
  );
  const quotedPassages = new Set(quoted.map((d) => d.passage));
  // No questions: perhaps a transcript, its speakers taking turns under labels.
  if (firstQuestion < 0) return transcriptDrafts(table, reading, quotedPassages);
  const out: QuoteDraft[] = [];
  const intro = introducedPeople(table, reading.texts.slice(0, firstQuestion));
  let interviewee: string | null = null;
  let afterQuestion = false;
  /** The speaker whose answer or statement the paragraph before was: it runs on until the next label. */
  let turn: string | null = null;
  const runsOnTurn = turnRunsOn(table, reading.texts, {
    chrome,
    labelled,
    bare,
    unlabelled: !!unlabelled,
    letters: !!letters,
  });
  const opening = openingTurns(labelled, firstQuestion, runsOnTurn);
  const callers = oneQuestionPeople(table, labelled, reading.texts, askers);
  // A Dari interview's answerer is read by its own rule (no capitals tell a name from a noun phrase there).
  // Read once: every answer of an interview with no labelled answerer asks for it.
  let answerer: string | null | undefined;
  const answererAfterIntro = (): string | null =>
    (answerer ??= isDariText(reading.texts[firstQuestion] ?? '')
      ? dariInterviewee(table, reading, firstQuestion, create)
      : introducedSpeaker(table, firstQuestion));
  labelled.forEach((l, p) => {
    const text = reading.texts[p] ?? '';
    const key = l ? normalizeName(l.label) : '';
    if (l && callers.has(key) && p >= opening) {
      // "HAMIDULLAH AZIZI: … Can the engineer say …?": a caller's or a guest's one question is their own turn.
      turn = labelledSpeaker(table, l.label, create, reading);
      afterQuestion = false;
      if (turn) out.push(...answerDrafts(quoted, quotedPassages, p, l.start, turn, reading));
      return;
    }
    if (!l && turn && p >= opening && runsOnTurn(p)) {
      out.push(...answerDrafts(quoted, quotedPassages, p, 0, turn, reading));
      return;
    }
    if (!l && unlabelled && afterQuestion && !bare.has(p)) {
      // The first paragraph after a bare question line is the interviewee's answer.
      turn = interviewee ?? introducedPerson(table, intro(), create) ?? answererAfterIntro();
      interviewee = turn;
      afterQuestion = false;
      if (turn) out.push(...answerDrafts(quoted, quotedPassages, p, 0, turn, reading));
      return;
    }
    turn = null;
    if (l && askers.has(key) && p > firstQuestion && hostsOwnTurn(table, labelled, askers, p, text)) {
      // "KARIMI: That is all for tonight. Goodbye.": the host's turn that asks nothing is the host's words.
      afterQuestion = false;
      const host = labelledSpeaker(table, l.label, create, reading);
      if (host) out.push(...answerDrafts(quoted, quotedPassages, p, l.start, host, reading));
      return;
    }
    // Before the first question a "Name: «…»" line is a headline or a lede quoting the person, not an answer —
    // unless it is one of the transcript's opening turns, labelled paragraphs running up to the first question.
    if (!l || askers.has(key) || p < opening) {
      afterQuestion = (!!l && askers.has(key)) || bare.has(p);
      // "QUESTION (World Bank): …": a question from the floor is its asker's quotation.
      const asker = l && create ? questionerOf(table, text, p) : null;
      if (asker) out.push(...answerDrafts(quoted, quotedPassages, p, asker.start, asker.speaker, reading));
      return;
    }
    let speaker: string | null = null;
    if (ANSWER_LABELS.has(key)) {
      if (!afterQuestion) return;
      speaker = interviewee ?? introducedPerson(table, intro(), create) ?? answererAfterIntro();
    } else {
      if (isRoster(text.slice(l.start))) return;
      speaker = labelledSpeaker(table, l.label, create, reading);
      if (!speaker) return;
      interviewee = speaker;
    }
    afterQuestion = false;
    turn = speaker;
    out.push(...answerDrafts(quoted, quotedPassages, p, l.start, speaker, reading));
  });
  return out;
}

/**
 * Whether an asker's labelled paragraph is a turn of its own: it asks nothing at all, under the name of a person the
 * text has introduced ("KARIMI", the presenter named at the start; not "پرسش", "Q" or an outlet), and no one
 * answers it: "KARIMI: Tell us what the traders did." before the guest's turn is a question in all but its mark.
 */
function hostsOwnTurn(
  table: SpeakerTable,
  labelled: readonly ({ label: string } | null)[],
  askers: ReadonlySet<string>,
  p: number,
  text: string,
): boolean {
  const label = labelAsWritten(labelled[p]?.label ?? '');
  const next = labelled[p + 1];
  if (next && !askers.has(normalizeName(next.label))) return false;
  return !/[?؟]/u.test(text) && !!table.lookup(label) && table.isPersonName(label, 1);
}

/** The speaker a turn's label names: one the text knows, or (when creating) one it adds. */
function labelledSpeaker(
  table: SpeakerTable,
  labelText: string,
  create: boolean,
  reading: LabelReading,
): string | null {
  // "AGN:", "Resp:": the person the transcript's header gives those initials or that part.
  const byLabel = personOfLabel(table, reading, labelText);
  if (byLabel) return byLabel;
  const label = labelAsWritten(labelText);
  const known = table.lookup(label);
  return known?.id ?? (create ? (table.addFromAttribution(label)?.id ?? null) : null);
}

/**
 * The askers who are people named in full and ask once, under a label used once ("HAMIDULLAH AZIZI: …?"): a caller
 * or a guest putting a question, not the interviewer, who asks again and again.
 */
function oneQuestionPeople(
  table: SpeakerTable,
  labelled: readonly ({ label: string } | null)[],
  texts: readonly string[],
  askers: ReadonlySet<string>,
): ReadonlySet<string> {
  // "LYSE DOUCET: …?" then "DOUCET: …?": uses counted by surname, so an interviewer asking again is no caller.
  const surname = (label: string) => normalizeName(label).split(' ').at(-1) ?? '';
  const uses = new Map<string, number>();
  for (const l of labelled) if (l) uses.set(surname(l.label), (uses.get(surname(l.label)) ?? 0) + 1);
  const out = new Set<string>();
  labelled.forEach((l, p) => {
    const key = l ? normalizeName(l.label) : '';
    if (!l || !askers.has(key) || uses.get(surname(l.label)) !== 1 || !ENDS_ASKING.test(texts[p] ?? ''))
      return;
    // "AUDIENCE MEMBER (…)": a question from the floor, its asker in the brackets (see questionerOf); "FAWAD
    // KARIMI (Tolo News):": a reporter's, the outlet in brackets.
    if (questionerLabel(texts[p] ?? '') || pressAsker(texts[p] ?? '')) return;
    if (table.isPersonName(labelAsWritten(l.label), 2)) out.add(key);
  });
  return out;
}

/** "Amina Sharifi, Director, Water Programme; Karim Jan Wardak, Engineer": one item of a list of people. */
const ROSTER_ITEM = /^\s*\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)+,/u;

/** "Speakers: Name, role; Name, role.": a label over a list of the people taking part, not a turn of speech. */
function isRoster(body: string): boolean {
  const items = body.split(';');
  return items.length >= 2 && items.every((item) => ROSTER_ITEM.test(item));
}

/** A paragraph of speech ends as a sentence does, perhaps inside a closing quotation mark ("***ENDS***" does not). */
const ENDS_SPOKEN = /[.!?…:;]["”’»]?\s*$/u;

/** An answer's paragraph from `start` on as the speaker's quotation (its own quotations kept apart). */
function answerDrafts(
  quoted: readonly QuoteDraft[],
  quotedPassages: ReadonlySet<number>,
  p: number,
  start: number,
  speaker: string | null,
  reading: Reading,
): QuoteDraft[] {
  const text = reading.texts[p] ?? '';
  const end = text.trimEnd().length;
  if (quotedPassages.has(p)) return quotedAnswer(quoted, p, text, start, speaker);
  if (end <= start) return [];
  const span = wholeSpan(text, start, end);
  return [{ passage: p, span, speaker, via: speaker ? 'before' : 'none', continues: null }];
}

/**
 * An answer holding quotation marks: its quotations the answer gives to "I" are the interviewee's, and so is its
 * speech around them.
 */
function quotedAnswer(
  quoted: readonly QuoteDraft[],
  p: number,
  text: string,
  start: number,
  speaker: string | null,
): QuoteDraft[] {
  const inPassage = quoted.filter((d) => d.passage === p);
  for (const d of inPassage) {
    if (d.speaker !== null || !saidByI(text, d.span)) continue;
    d.speaker = speaker;
    d.via = 'before';
  }
  const pieces = answerPieces(
    text,
    start,
    text.trimEnd().length,
    inPassage.map((d) => d.span),
  );
  return pieces.map((span) => ({ passage: p, span, speaker, via: 'before', continues: null }));
}

/**
 * "MODERATOR: Good morning …", "ZIARMAL: Thank you all for coming …", then "Q (…): …?": a transcript opens on
 * statements before its first question. The first passage of the run of labelled paragraphs that ends right before
 * the first question (never the headline, passage 0); the first question itself when the paragraph before it has
 * no label.
 */
export function openingTurns(
  labelled: readonly (object | null)[],
  firstQuestion: number,
  runsOn: (p: number) => boolean = () => false,
): number {
  let start = firstQuestion;
  for (;;) {
    while (start > 1 && labelled[start - 1]) start--;
    // "AMINA SHARIFI: …" and the paragraphs of her statement after it, unlabelled: one opening turn.
    let j = start - 1;
    while (j > 1 && !labelled[j] && runsOn(j)) j--;
    if (j >= start - 1 || !labelled[j] || !runsOn(j)) return start;
    start = j;
  }
}

/** A person's name as an interview's introduction gives it: "Dr. Shirin Wakhi", "Omar Zaki". */
const INTRO_NAME = new RegExp(
  `${AT_NAME}((?:${TITLE_ABBREVIATION}\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3}))`,
  'gu',
);

/** The people an interview's introduction names, as written ("Dr. Shirin Wakhi") and as a name; read when first asked. */
function introducedPeople(
  table: SpeakerTable,
  texts: readonly string[],
): () => readonly { written: string; name: string }[] {
  let people: { written: string; name: string }[] | null = null;
  return () => {
    people ??= texts.flatMap((text) =>
      [...matchesOf(INTRO_NAME, text)]
        .map((m) => ({ written: m[1] ?? '', name: m[2] ?? '' }))
        .filter((c) => table.isPersonName(c.name, 2)),
    );
    return people;
  };
}

/** The interviewee "A:" stands for when no answer names one: the first person the introduction names. */
function introducedPerson(
  table: SpeakerTable,
  people: readonly { written: string; name: string }[],
  create: boolean,
): string | null {
  for (const { written, name } of people) {
    const known = table.lookup(name);
    if (known) return known.id;
    if (create) return table.add(written, '', null).id;
  }
  return null;
}

/**
 * "با انجنیر محمد داوود عظیمی، رئیس این فابریکه، گفت‌وگو کرده‌ایم": the person the introduction presents with a
 * name and a role, when no capitalised name stands there (Dari has no capitals): the first one it introduces.
 */
export function introducedSpeaker(table: SpeakerTable, firstQuestion: number): string | null {
  const named = (id: string) => {
    const s = table.speaker(id);
    return !!s && !s.anonymous && s.description !== '';
  };
  return table.events.find((ev) => ev.passage < firstQuestion && named(ev.speaker))?.speaker ?? null;
}
