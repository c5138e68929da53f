import { anonymousAfter, anonymousBefore, anonymousColonIntro, type AnonymousSource } from './anonymous.ts';
import {
  COMMON_WORDS,
  FEMALE_ROLE_WORDS,
  MALE_ROLE_WORDS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_ABBREVIATION,
} from './lexicon.ts';
import { wordCount } from './clean.ts';
import {
  addedBack,
  dariParagraphSpeaker,
  dariPreviousReporter,
  dariReportedSpeaker,
  dariSubjectAfter,
  dariSubjectBefore,
  isDariText,
  nameSourcesNamedLater,
  resolveDariSubject,
} from './dari-attribution.ts';
import { normalizeName } from './normalize.ts';
import { subjectOverRelative } from './default-speaker.ts';
import {
  bodyNamedBefore,
  definiteRoleSource,
  isVerbOpening,
  kinSource,
  roleHeldByNextName,
  shortSentenceAfterQuote,
} from './english-speakers.ts';
import { SCARE_MAX_WORDS, isQuotedName, type QuoteSpan } from './quotes.ts';
import { AT_NAME } from './name-runs.ts';
import {
  definiteSubjectsOf,
  identifiedNext,
  roleIdentifiedNext,
  roleNamedNext,
  type DefiniteSubject,
} from './person-cues.ts';
import { lastBelow } from './reading-cache.ts';
import { insideQuote, sentencesOf, type Gender, type Reading, type SpeakerTable } from './speakers.ts';

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

/** A person's or an organisation's name: capitalised words, with the particles names carry ("Ministry of Mines"). */
const NAME =
  `(?:${TITLE_ABBREVIATION}\\s+)?` +
  "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:bin|ibn|al|ul|de|da|of|for)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,5}";
/** "the company's chief engineer": a role's modifiers may be an owner with its possessive. */
const POSSESSIVE = "(?:['’]s)?";
/**
 * What opens a role as a subject: an article, or a possessive before a relative or a neighbour ("my
 * mother-in-law says", "his family said"), whom the text never names.
 */
const ROLE_DETERMINER = '[Tt]he|[Aa]n?|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir';
const SUBJECT = `(?:\\b([Hh]e|[Ss]he|[Tt]hey)\\b|(?:\\b[Tt]he\\s+)?(${NAME})|\\b((?:${ROLE_DETERMINER})\\s+(?:[\\p{Ll}\\p{N}-]+${POSSESSIVE}\\s+){0,2}?\\p{Ll}+(?:-\\p{Ll}+)*))`;
/** The subject anywhere in a text: a name there starts where a run of name characters does (see AT_NAME). */
const SUBJECT_ANYWHERE = `(?:\\b([Hh]e|[Ss]he|[Tt]hey)\\b|(?:\\b[Tt]he\\s+|${AT_NAME})(${NAME})|\\b((?:${ROLE_DETERMINER})\\s+(?:[\\p{Ll}\\p{N}-]+${POSSESSIVE}\\s+){0,2}?\\p{Ll}+(?:-\\p{Ll}+)*))`;
const ADVERB = '(?:also\\s+|later\\s+|then\\s+|once\\s+|now\\s+|used\\s+to\\s+)?';
const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,.]*${SUBJECT}\\s+${ADVERB}(\\p{Ll}+)\\b`, 'u');
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,.]*(\\p{Ll}+)\\s+${SUBJECT}`, 'u');
/** '," said Foreign Ministry spokesman Ali Karimi': the person after the role speaks, not the ministry. */
const AFTER_VERB_ROLE_NAME = new RegExp(
  `^[\\s,.]*(\\p{Ll}+)\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){0,5}(?:\\p{Ll}+\\s+){0,2}?(\\p{Ll}+),?\\s+(${NAME})`,
  'u',
);
/** '," Abdul Wali, a herder from Zebak, told reporters': the name, its appositive, then the verb. */
const AFTER_NAME_APPOSITIVE = new RegExp(
  `^[\\s,.]*(${NAME}),\\s+[^"“”‘’.!?]{1,160}?,\\s+(?:also\\s+|later\\s+)?(\\p{Ll}+)\\b`,
  'u',
);
/** '," the Uzbek foreign minister, Bakhtiyor Saidov, told reporters': a description, the name in commas, the verb. */
const AFTER_DESCRIPTION_NAME = new RegExp(
  `^[\\s,.]*(?:[Tt]he|[Aa]n?)\\s+[^"“”‘’.!?,;]{1,100}?,\\s+(${NAME}),\\s+(?:also\\s+|later\\s+)?(\\p{Ll}+)\\b`,
  'u',
);
/** Speech verbs as one alternation, grouped by first letter so a word is compared only with verbs like it. */
function byFirstLetter(words: Iterable<string>): string {
  const groups = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length))
    groups.set(w[0] ?? '', [...(groups.get(w[0] ?? '') ?? []), w.slice(1)]);
  return `(?:${[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`;
}
const SPEECH_VERB = byFirstLetter(SPEECH_VERBS);
/** '," the head of the provincial agriculture department said': the role, its office after "of", the verb. */
const AFTER_ROLE_OF_VERB = new RegExp(
  `^[\\s,.]*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<role>\\p{Ll}+)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}?(?:${SPEECH_VERB})\\b`,
  'u',
);
const AFTER_ACCORDING = new RegExp(`^[\\s,.]*according\\s+to\\s+${SUBJECT}`, 'u');
// An appositive leaves a comma between the subject and its verb: "the spokesman, Samir Wali, said".
/** "Haji Mir Ahmad (حاجی میر احمد)": bilingual copy gives a name again in parentheses. */
const TRANSLATION = '(?:\\s\\([^()\\n]{1,40}\\))?';
// Only a speech verb ends the subject, so "the provincial spokesman said" is read whole (not "the provincial"
// and its "verb" spokesman); the verb is read by a lookahead, so a match never swallows the next subject.
const SUBJECT_VERB = new RegExp(
  `${SUBJECT_ANYWHERE}${TRANSLATION},?\\s+${ADVERB}(?=(${SPEECH_VERB})\\b)`,
  'gu',
);
/** Where a SUBJECT_VERB match ends: after its verb. */
const clauseEnd = (m: RegExpMatchArray): number => (m.index ?? 0) + m[0].length + (m[4] ?? '').length;
/** 'In his words, "…"', 'in her own words:': the owner of the words, a pronoun, right before the quotation. */
const IN_OWN_WORDS = /\b[Ii]n\s+(?<pronoun>his|her)\s+(?:own\s+)?words(?:\s*[,:])?\s*$/u;
/** 'as his family put it, "…"', 'as one farmer puts it:': the subject of the idiom owns the words after it. */
const AS_PUT_IT = new RegExp(`\\b[Aa]s\\s+${SUBJECT}\\s+(?:put|puts)\\s+it(?:\\s*[,:])?\\s*$`, 'u');
/** After "X says," only a short aside ("adding,", "told reporters on Monday:") may sit before the quote. */
const ADJACENT_TAIL = /^[^"“”.!?]{0,80}[,:]\s*$/;
/** The organisation at a sentence's head: "The Ministry of Defence (MoD)". */
const HEAD_NAME =
  /^(?:The\s+)?((?:[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of|for|and|on)\s+|\s+))*[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+\([\p{Lu}\p{N}-]{2,}\))?)/u;

/** Lower-case words a possessive head may own before its verb ("Tajikistan's border service said"). */
const POSSESSED_WORDS = 4;

/**
 * "Tajikistan's border service said …": a head name in the possessive is the body it owns, up to the speech
 * verb; a possessive with no such body speaks for no one (null). Other names are themselves.
 */
export function possessiveBody(sentence: string, name: string): string | null {
  if (!/['’]s$/u.test(name)) return name;
  const rest = sentence
    .slice(sentence.indexOf(name) + name.length)
    .split(/\s+/u)
    .filter(Boolean);
  const verb = rest.slice(0, POSSESSED_WORDS + 1).findIndex((w) => SPEECH_VERBS.has(w));
  if (verb < 1 || !rest.slice(0, verb).every((w) => /^\p{Ll}+$/u.test(w))) return null;
  return `${name} ${rest.slice(0, verb).join(' ')}`;
}

interface Subject {
  pronoun: string | null;
  name: string | null;
  role: string | null;
  /** Passage offset of the subject, for pronoun look-back. */
  at: number;
}

function subjectOf(m: RegExpMatchArray, base: number): Subject {
  const at = base + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
  return { pronoun: m[1] ?? null, name: m[2] ?? null, role: m[3] ?? null, at };
}

/** Find and attribute the direct quotations of every passage. `create` lets new names become speakers. */
export function attributeQuotes(table: SpeakerTable, reading: Reading, create: boolean): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  // What each passage says of its people, read once per passage when first asked.
  const speakingSubjects = new Map<number, readonly SubjectAt[]>();
  const personNames = new Map<number, readonly NameAt[]>();
  // Whether a passage is written in Dari: read once, not once per quotation (a long paragraph has thousands).
  const dariPassages = new Map<number, boolean>();
  const isDariPassage = (p: number, text: string): boolean => {
    let dari = dariPassages.get(p);
    if (dari === undefined) dariPassages.set(p, (dari = isDariText(text)));
    return dari;
  };
  const resolve = (s: Subject, p: number): string | null => {
    if (s.pronoun) {
      const p0 = s.pronoun.toLowerCase();
      if (p0 === 'they') return null;
      const gender: Gender = p0 === 'she' ? 'female' : 'male';
      const byRole = roleSubjectBefore(p, s.at, gender);
      if (byRole) return byRole;
      const ev = subjectOverRelative(table, reading, table.lastEventBefore(p, s.at, gender), p, gender);
      // Guess from the paragraph's names only once the speakers' mentions are known (the second pass).
      if (ev || !create || !table.eventsCollected) return ev?.speaker ?? null;
      return (
        personNamedBefore(table, reading, p, s.at, gender, personNames) ??
        identifiedNext(table, reading, p, create)
      );
    }
    if (s.role) {
      const { role, phrase } = rolePhrase(reading.texts[p] ?? '', s.at, s.role);
      const kin = kinSource(table, phrase, { passage: p, start: s.at, end: s.at + phrase.length }, create);
      if (kin) return kin;
      const source = sourceByRole(table, role, p, s.at);
      if (source) return source;
      const ev = table.lastDescribedAs(role, p, s.at);
      if (ev) return ev.speaker;
      // "…," the governor said' early on, "The governor, Qari Nematullah Sarwari," paragraphs later.
      const holders = table.describedAs(role);
      if (holders.length === 1 && holders[0]) return holders[0].id;
      const synonym = holderBySynonym(table, role);
      if (synonym) return synonym;
      const named = roleHeldByNextName(table, reading, p, s.at, phrase, create);
      if (named) return named;
      const identified = roleIdentifiedNext(table, reading, p, s.at, create);
      if (identified) return identified;
      // '"…," said the 58-year-old farmer': a role no one was described by refers back to the person last
      // named, in this paragraph or the one before, when nothing yet describes that person otherwise.
      const gender = FEMALE_ROLE_WORDS.has(role) ? 'female' : MALE_ROLE_WORDS.has(role) ? 'male' : null;
      const body = bodyNamedBefore(table, phrase, bodySubjectsBefore(p, s.at), create);
      if (body) return body;
      // A spokesman or an official speaks for others, often about the person just named.
      if ((!ROLE_NOUNS.has(role) && !gender) || SPOKES_ROLES.has(role)) return null;
      const last = table.lastEventBefore(p, s.at, gender);
      const intro = { passage: p, start: s.at, end: s.at + phrase.length };
      const person = last && p - last.passage <= 1 ? table.speaker(last.speaker) : null;
      if (person) {
        if (person.description) return null;
        table.describe(person, phrase, intro);
        return person.id;
      }
      // Named earlier in the paragraph without yet being a speaker: "Karim Jawad stood in his field. "…,"
      // said the farmer."
      // …or in the paragraph before, when the quotation opens this one.
      const here = reading.texts[p] ?? '';
      const name = !create
        ? null
        : (lastPersonName(table, reading, p, s.at, personNames) ??
          (p > 0 && /^\s*["“‘']/.test(here)
            ? lastPersonName(table, reading, p - 1, Infinity, personNames)
            : null));
      return name ? table.add(name, phrase, intro).id : null;
    }
    const name = s.name && stripLeadingCommonWords(s.name);
    if (!name) return null;
    const known = table.lookup(name);
    if (known) return known.id;
    if (!create || placeAfterPreposition(reading, p, s.at, name)) return null;
    const person = table.addFromAttribution(name);
    if (person) return person.id;
    return table.isSpeakerName(name) ? table.add(name, '', null).id : null;
  };

  /**
   * '…, the provincial spokesman said. "…," he told reporters': a pronoun right after a role that spoke, with
   * no one named in between, is that role's holder, or the role itself as an anonymous source.
   */
  const roleSubjectBefore = (p: number, pronounAt: number, gender: Gender): string | null => {
    // '"…," he says' after a long quotation: the role is read before the quotation, not inside it.
    const at = reading.quotes[p]?.[quoteNow]?.open ?? pronounAt;
    const ev = table.lastEventBefore(p, Math.min(at, pronounAt), null);
    const since = ev && ev.passage === p ? ev.start : -1;
    // Only a role after the person last named can be meant: the text read starts there, or a sentence back.
    const sentences = sentencesOf(reading, p);
    const from = Math.max(since, sentences.startOf(Math.max(0, sentences.startOf(at) - 1)));
    const { prior, definite } = subjectsBefore(reading, p, Math.max(0, from), Math.min(at, pronounAt));
    if (definite && definite.at >= since && (!prior || definite.at > prior.at)) {
      // "The foreman was blunt.", "Its director, a religious scholar, received us.": a role as a sentence's
      // subject, then "he said": the source or the one holder of that role.
      const holders = isRoleWord(definite.head) ? table.describedAs(definite.head) : [];
      // "The head of the department, an engineer who …, says": the one speaker the text calls its engineer.
      const id =
        sourceByRole(table, definite.head, p, at) ??
        (holders.length === 1 ? holders[0]?.id : null) ??
        holderOfAside(table, definite.aside);
      if (id) return id;
      const source = create ? definiteRoleSource(table, reading, p, definite, gender) : null;
      if (source) return source;
    }
    if (!prior?.role || since >= prior.at) return null;
    const { role, phrase } = rolePhrase(reading.texts[p] ?? '', prior.at, prior.role);
    const stated = FEMALE_ROLE_WORDS.has(role) ? 'female' : MALE_ROLE_WORDS.has(role) ? 'male' : null;
    if (!isRoleWord(role) || (stated && stated !== gender)) return null;
    const id = resolve(prior, p);
    if (id || !create) return id;
    const intro = { passage: p, start: prior.at, end: prior.at + phrase.length };
    return table.addAnonymous(phrase, '', intro).id;
  };

  /**
   * The names of the last few "<subject> said" before `at` in passage p and in the paragraphs just before, latest
   * last, null for a pronoun or a role: a bounded read, whatever the number of subjects a paragraph has.
   */
  const bodySubjectsBefore = (p: number, at: number): (string | null)[] => {
    const names: (string | null)[] = [];
    for (let k = p; k >= Math.max(0, p - BODY_REACH) && names.length < BODY_SUBJECTS; k--) {
      let subjects = speakingSubjects.get(k);
      if (!subjects) speakingSubjects.set(k, (subjects = speakingSubjectsOf(reading, k)));
      const last = k === p ? lastBelow(subjects, at + 1, (x) => x.end) : subjects.length - 1;
      for (let i = last; i >= 0 && names.length < BODY_SUBJECTS; i--) {
        const name = subjects[i]?.subject.name;
        names.unshift(name ? stripLeadingCommonWords(name) : null);
      }
    }
    return names;
  };

  /** The quotation being attributed, by its index in its passage: a pronoun after it reads the text before it. */
  let quoteNow = -1;
  const anonymous = (a: AnonymousSource | null, p: number): string | null =>
    a && create
      ? table.addAnonymous(a.name, a.description, { passage: p, start: a.start, end: a.end }).id
      : null;

  reading.texts.forEach((text, p) => {
    const spans = reading.quotes[p] ?? [];
    const sentences = sentencesOf(reading, p);
    const textStart = text.search(/\S/);
    /** The last quotation of this passage so far that has a speaker. */
    let earlier: QuoteDraft | undefined;
    spans.forEach((span, k) => {
      quoteNow = k;
      if (isQuotedName(text, span)) return;
      // The rest of a quotation broken mid-sentence by a paragraph break: kept when its first part was.
      const carried = span.open === null;
      const lastBefore = drafts.at(-1);
      const runsOn = lastBefore && lastBefore.passage === p - 1 && lastBefore.span.close === null;
      if (carried && !runsOn) return;
      const openAt = span.open ?? 0;
      const closeEnd = span.close === null ? text.length : span.close + 1;
      const nextOpen = spans[k + 1]?.open ?? text.length;
      const after = text.slice(closeEnd, nextOpen);
      const prev = spans[k - 1];
      const floor = prev ? (prev.close ?? text.length) + 1 : 0;
      const sStart = carried ? 0 : sentences.startOf(openAt, floor);
      const before = text.slice(sStart, openAt);

      let speaker: string | null = null;
      let via: Attribution = 'none';
      let adjacent = false;
      const attempt = (s: Subject | null, how: Attribution) => {
        if (speaker !== null || !s) return;
        const id = resolve(s, p);
        if (id) {
          speaker = id;
          via = how;
        }
      };

      // Dari: "Name، role، گفت: «…»" or "«…»، Name افزود."
      if (isDariText(text.slice(span.start, span.end)) || dariAround(text, openAt, closeEnd)) {
        const ds = dariSubjectBefore(text, openAt) ?? dariSubjectAfter(text, closeEnd);
        if (ds) {
          adjacent = true;
          speaker = resolveDariSubject(table, ds, p, create, text);
          if (speaker) via = ds.start < openAt ? 'before' : 'after';
        }
      }
      // An indefinite role or group speaks for itself: '," a police official in Kunduz said', 'Residents said "…"'.
      const anon =
        anonymousAfter(after, closeEnd) ??
        anonymousBefore(before, sStart) ??
        anonymousColonIntro(before, sStart);
      if (anon && speaker === null) {
        adjacent = true;
        speaker = anonymous(anon, p);
        if (speaker) via = anon.start > openAt ? 'after' : 'before';
      }
      const a1 = AFTER_SUBJECT_VERB.exec(after);
      const a2 = AFTER_VERB_SUBJECT.exec(after);
      const a3 = AFTER_ACCORDING.exec(after);
      if (a1 && SPEECH_VERBS.has(a1[4] ?? '')) {
        adjacent = true;
        attempt(subjectOf(a1, closeEnd), 'after');
      }
      const a5 = AFTER_NAME_APPOSITIVE.exec(after);
      if (a5 && SPEECH_VERBS.has(a5[2] ?? '')) {
        adjacent = true;
        const name = a5[1] ?? '';
        attempt({ pronoun: null, name, role: null, at: closeEnd + a5[0].indexOf(name) }, 'after');
      }
      const a6 = AFTER_DESCRIPTION_NAME.exec(after);
      if (a6 && SPEECH_VERBS.has(a6[2] ?? '')) {
        adjacent = true;
        const name = a6[1] ?? '';
        attempt({ pronoun: null, name, role: null, at: closeEnd + a6[0].indexOf(name) }, 'after');
      }
      // '," the head of the provincial agriculture department said': a role "of" an office, then the verb.
      const a7 = AFTER_ROLE_OF_VERB.exec(after);
      if (a7) {
        adjacent = true;
        const at = closeEnd + a7[0].search(/\S/);
        attempt({ pronoun: null, name: null, role: a7.groups?.['role'] ?? '', at }, 'after');
      }
      const a4 = AFTER_VERB_ROLE_NAME.exec(after);
      if (a4 && SPEECH_VERBS.has(a4[1] ?? '') && ROLE_NOUNS.has(a4[2] ?? '')) {
        adjacent = true;
        const name = a4[3] ?? '';
        attempt({ pronoun: null, name, role: null, at: closeEnd + a4[0].length - name.length }, 'after');
      }
      if (a2 && SPEECH_VERBS.has(a2[1] ?? '')) {
        adjacent = true;
        const who = a2[2] ?? a2[3] ?? a2[4] ?? '';
        const at = closeEnd + a2[0].length - who.length;
        attempt({ pronoun: a2[2] ?? null, name: a2[3] ?? null, role: a2[4] ?? null, at }, 'after');
      }
      if (a3) {
        adjacent = true;
        attempt(subjectOf(a3, closeEnd), 'after');
      }

      // 'In his words, "…"': the pronoun of the words' owner is the subject.
      const words = IN_OWN_WORDS.exec(before);
      if (words) {
        adjacent = true;
        const pronoun = words.groups?.['pronoun'] === 'her' ? 'she' : 'he';
        attempt({ pronoun, name: null, role: null, at: sStart + words.index }, 'before');
      }
      const putIt = AS_PUT_IT.exec(before);
      if (putIt) {
        adjacent = true;
        const subject = subjectOf(putIt, sStart);
        const owner = putIt[1] ?? putIt[2] ?? putIt[3] ?? '';
        attempt({ ...subject, at: sStart + putIt.index + putIt[0].indexOf(owner, 2) }, 'before');
      }
      const clauses = [...before.matchAll(SUBJECT_VERB)].filter((m) => SPEECH_VERBS.has(m[4] ?? ''));
      const lastClause = clauses.at(-1);
      if (lastClause && ADJACENT_TAIL.test(before.slice(clauseEnd(lastClause)))) {
        adjacent = true;
        attempt(subjectOf(lastClause, sStart), 'before');
      }

      // A quotation broken by a paragraph break counts its words in both parts.
      const restOf = span.close === null ? reading.quotes[p + 1]?.[0] : undefined;
      const rest = restOf?.open === null ? restOf.words : 0;
      const short = !carried && span.words + rest <= SCARE_MAX_WORDS;
      const closesClause = span.close !== null && /[,.!?]/.test(text[span.close - 1] ?? '');
      // '("The road has been closed …")': a translation in brackets opens its paragraph too.
      const opensParagraph =
        textStart < 0 || textStart >= openAt || /^\s*[([]\s*$/.test(text.slice(0, openAt));
      const sentenceAfter = short && shortSentenceAfterQuote(text, span, earlier?.span);
      if (short && !sentenceAfter && !(adjacent && (closesClause || opensParagraph))) return;

      if (!short) {
        // '… says that officials want to "…"': the subject of the reporting verb said the quoted words.
        for (const m of [...clauses].reverse()) attempt(subjectOf(m, sStart), 'clause');
        if (speaker === null && hasSpeechVerb(before)) {
          const head = HEAD_NAME.exec(before);
          const name = head?.[1] && possessiveBody(before, head[1]);
          if (name && create && table.isSpeakerName(name) && !isVerbOpening(name)) {
            const org = table.add(name, '', null);
            table.noteEvent({ passage: p, start: sStart, end: sStart + name.length, speaker: org.id });
            speaker = org.id;
            via = 'subject';
          }
        }
      }
      // 'She said:' closing the paragraph before: the quotation that opens this one is hers.
      if (speaker === null && opensParagraph && !carried && p > 0) {
        const prevText = reading.texts[p - 1] ?? '';
        if (/:\s*$/.test(prevText)) {
          const from = sentencesOf(reading, p - 1).startOf(prevText.trimEnd().length - 1);
          const id = anonymous(anonymousBefore(prevText.slice(from), from), p - 1);
          if (id) {
            speaker = id;
            via = 'before';
          }
          const intro = [...prevText.slice(from).matchAll(SUBJECT_VERB)].filter((m) =>
            SPEECH_VERBS.has(m[4] ?? ''),
          );
          const last = intro.at(-1);
          const tail = last ? prevText.slice(from + clauseEnd(last)) : '';
          if (speaker === null && last && ADJACENT_TAIL.test(tail)) {
            // "Nasrullah Safi, who heads the department in Badakhshan, said …:": the verb's nearest capitalised
            // word may be a place; then the person the sentence introduces speaks.
            const ev = table.lastEventBefore(p - 1, prevText.length, null);
            const id = resolve(subjectOf(last, from), p - 1) ?? (ev && ev.start >= from ? ev.speaker : null);
            if (id) {
              speaker = id;
              via = 'before';
            }
          }
        }
      }
      if (speaker === null && earlier) {
        speaker = earlier.speaker;
        via = 'paragraph';
      }
      if (speaker === null) {
        let subjects = speakingSubjects.get(p);
        if (!subjects) speakingSubjects.set(p, (subjects = speakingSubjectsOf(reading, p)));
        attempt(lastSubjectBy(subjects, openAt), 'paragraph');
      }
      // "A mining engineer …, said the figures were low. "…"": the source the paragraph introduced.
      const introduced = speaker === null && !carried ? table.anonymousBefore(p, openAt) : null;
      if (introduced) {
        speaker = introduced.speaker;
        via = 'paragraph';
      }
      const reported = speaker === null && isDariPassage(p, text) ? dariReportedSpeaker(text, openAt) : null;
      if (reported) {
        speaker = resolveDariSubject(table, reported, p, create, text);
        if (speaker) via = 'paragraph';
      }
      if (speaker === null && !carried && isDariPassage(p, text)) {
        speaker = dariParagraphSpeaker(table, text, p, openAt);
        if (speaker) via = 'paragraph';
      }
      if (speaker === null && !carried && opensParagraph && isDariPassage(p, text)) {
        const whole = span.close !== null && /^[\s.!?؟،]*$/u.test(text.slice(span.close + 1));
        speaker = dariPreviousReporter(table, reading, p, whole);
        if (speaker) via = 'previous';
      }
      const draft: QuoteDraft = { passage: p, span, speaker, via, continues: null };
      if (opensParagraph && lastBefore && lastBefore.passage === p - 1) {
        if (lastBefore.span.close === null) draft.continues = lastBefore;
        else if (speaker === null && lastBefore.speaker !== null) {
          draft.speaker = lastBefore.speaker;
          draft.via = 'previous';
        }
      }
      if (draft.speaker !== null) earlier = draft;
      drafts.push(draft);
    });
  });

  // A quotation running over several paragraphs has one speaker, whichever part names it.
  for (const d of [...drafts].reverse()) {
    if (d.continues && d.speaker && !d.continues.speaker) {
      d.continues.speaker = d.speaker;
      d.continues.via = 'chain';
    }
  }
  for (const d of drafts) {
    if (d.continues && !d.speaker && d.continues.speaker) {
      d.speaker = d.continues.speaker;
      d.via = 'chain';
    }
  }
  carryAddedBack(reading, drafts);
  giveRolesNamedNext(table, reading, drafts);
  nameSourcesNamedLater(table, reading, drafts);
  drafts.push(...interviewAnswers(table, reading, drafts, create));
  drafts.sort((a, b) => a.passage - b.passage || a.span.start - b.span.start);
  return drafts;
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

/** "Q:", "RFE/RL:", "Shirin Wakhi:" — a short label and a colon opening a paragraph of an interview. */
const QA_LABEL = /^([\p{L}][\p{L}\p{M}.'’/&\- ]{0,40}?)\s*:\s+(?=\S)/u;
/** An interview needs this many labelled questions before its labelled answers count as quotations. */
const MIN_QUESTIONS = 2;
/** Labels of answers: English "A:", Dari "پاسخ:", "جواب:" and the short "ج:" (its question is "س:" or "پرسش:"). */
const ANSWER_LABELS = new Set(['a', 'answer', 'پاسخ', 'جواب', 'ج'].map(normalizeName));
/** A question's paragraph ends with its question mark, Latin or Arabic, perhaps inside a closing quote. */
const ENDS_ASKING = /[?؟]["”’»]?\s*$/u;

/** Longest question (words) an interview may print without a label, its answers labelled by name alone. */
const MAX_BARE_QUESTION_WORDS = 30;

/**
 * The questions of an interview: paragraphs labelled by the asker ("Q: …?", "RFE/RL: …?"), or — when the answers
 * alone carry a label ("Nawabi: …") — short unlabelled paragraphs that ask, each right before an answer under the
 * same label. `firstQuestion` is -1 when there are fewer than MIN_QUESTIONS of either kind.
 */
export function interviewQuestions(
  labelled: readonly ({ label: string } | null)[],
  texts: readonly string[],
): { askers: Set<string>; bare: Set<number>; firstQuestion: number } {
  const keyOf = (p: number) => normalizeName(labelled[p]?.label ?? '');
  const asks = (p: number) => ENDS_ASKING.test(texts[p] ?? '');
  const askers = new Set<string>();
  labelled.forEach((l, p) => {
    if (l && !ANSWER_LABELS.has(keyOf(p)) && asks(p)) askers.add(keyOf(p));
  });
  const labelledFirst = labelled.findIndex((l, p) => l && askers.has(keyOf(p)));
  if (labelled.filter((l, p) => l && askers.has(keyOf(p))).length >= MIN_QUESTIONS)
    return { askers, bare: new Set(), firstQuestion: labelledFirst };
  // Unlabelled questions: counted per the label of the answer that follows; the interviewee's label wins.
  const byAnswer = new Map<string, number[]>();
  labelled.forEach((l, p) => {
    const next = labelled[p + 1];
    if (l || !next || askers.has(keyOf(p + 1)) || !asks(p)) return;
    if (wordCount(texts[p] ?? '') > MAX_BARE_QUESTION_WORDS) return;
    byAnswer.set(keyOf(p + 1), [...(byAnswer.get(keyOf(p + 1)) ?? []), p]);
  });
  const bare = [...byAnswer.values()].reduce<number[]>((a, b) => (b.length > a.length ? b : a), []);
  if (bare.length < MIN_QUESTIONS) return { askers, bare: new Set(), firstQuestion: -1 };
  return { askers, bare: new Set(bare), firstQuestion: bare[0] ?? -1 };
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
  const labelled = reading.texts.map((text) => {
    const m = QA_LABEL.exec(text);
    return m ? { label: (m[1] ?? '').trim(), start: m[0].length } : null;
  });
  const { askers, bare, firstQuestion } = interviewQuestions(labelled, reading.texts);
  if (firstQuestion < 0) return [];
  const out: QuoteDraft[] = [];
  const quotedPassages = new Set(quoted.map((d) => d.passage));
  const intro = introducedPeople(table, reading.texts.slice(0, firstQuestion));
  let interviewee: string | null = null;
  let afterQuestion = false;
  labelled.forEach((l, p) => {
    const text = reading.texts[p] ?? '';
    const key = l ? normalizeName(l.label) : '';
    // Before the first question a "Name: «…»" line is a headline or a lede quoting the person, not an answer.
    if (!l || askers.has(key) || p < firstQuestion) {
      afterQuestion = (!!l && askers.has(key)) || bare.has(p);
      return;
    }
    let speaker: string | null = null;
    if (ANSWER_LABELS.has(key)) {
      if (!afterQuestion) return;
      speaker =
        interviewee ?? introducedPerson(table, intro(), create) ?? introducedSpeaker(table, firstQuestion);
    } else {
      const known = table.lookup(l.label);
      speaker = known?.id ?? (create ? (table.addFromAttribution(l.label)?.id ?? null) : null);
      if (!speaker) return;
      interviewee = speaker;
    }
    afterQuestion = false;
    if (quotedPassages.has(p)) return;
    const end = text.trimEnd().length;
    if (end <= l.start) return;
    const span: QuoteSpan = {
      open: null,
      close: end,
      start: l.start,
      end,
      words: wordCount(text.slice(l.start, end)),
    };
    out.push({ passage: p, span, speaker, via: speaker ? 'before' : 'none', continues: null });
  });
  return out;
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
      [...text.matchAll(INTRO_NAME)]
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

/**
 * '"…," the official said' after "A senior official at the centre, who …, said …": the anonymous source the
 * paragraph introduced by that role, before any named holder of the role elsewhere.
 */
export function sourceByRole(table: SpeakerTable, role: string, p: number, at: number): string | null {
  // "The foreman was blunt" a paragraph after "A mine foreman who …": the definite role names the indefinite one.
  for (const ev of table.anonymousSourcesBefore(p, at, SOURCE_REACH, SOURCES_LOOKED_AT)) {
    const name = normalizeName(table.speaker(ev.speaker)?.name ?? '');
    if (name.split(' ').some((w) => w === role || w === `${role}s`)) return ev.speaker;
  }
  return null;
}

/** Paragraphs back, and named subjects at most, that "the agency said" looks for the body in. */
const BODY_REACH = 2;
const BODY_SUBJECTS = 4;

/** Paragraphs back, and sources at most, that "the foreman" looks for "a foreman …" in. */
const SOURCE_REACH = 2;
const SOURCES_LOOKED_AT = 4;

/** Characters before a pronoun read for the role that spoke or opened the sentence: a sentence or two. */
const ROLE_WINDOW = 320;

/**
 * The last "<subject> said" and the last sentence opened by a definite role ("The foreman was …") between
 * `start` and `at`, outside quotations: at most a window of fixed size, so each pronoun reads a bounded text.
 */
function subjectsBefore(
  reading: Reading,
  p: number,
  start: number,
  at: number,
): { prior: Subject | null; definite: DefiniteSubject | null } {
  const text = reading.texts[p] ?? '';
  const from = Math.max(start, at - ROLE_WINDOW);
  const window = text.slice(from, at);
  const inside = insideQuote(reading, p);
  // A match at the window's cut may start mid-sentence or mid-name: only whole ones count.
  const cut = from > start;
  const whole = (i: number) => (!cut || i > 0) && !inside(from + i);
  const clauses = [...window.matchAll(SUBJECT_VERB)].filter(
    (m) => SPEECH_VERBS.has(m[4] ?? '') && whole(m.index),
  );
  const last = clauses.at(-1);
  const definite = definiteSubjectsOf(window)
    .filter((d) => whole(d.at))
    .at(-1);
  return {
    prior: last ? subjectOf(last, from) : null,
    definite: definite ? { ...definite, at: from + definite.at } : null,
  };
}

/**
 * "The head of the department, a young engineer who …" and elsewhere "The engineer, Name,": the one speaker
 * the text describes by a word of the appositive (read from its last word back), if any.
 */
export function holderOfAside(table: SpeakerTable, aside: string | undefined): string | null {
  for (const word of (aside ?? '').split(/\s+/).reverse()) {
    if (word.length < MIN_ASIDE_WORD || COMMON_WORDS.has(word)) continue;
    const holders = table.describedAs(word);
    if (holders.length === 1 && holders[0]) return holders[0].id;
  }
  return null;
}
/** Shorter words of an appositive ("old", "of") name no role. */
const MIN_ASIDE_WORD = 4;

/** Words reporting uses for the same office: "the head of the department" is its director or its chief. */
const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  head: ['director', 'chief'],
  director: ['head', 'chief'],
  chief: ['head', 'director'],
  spokesman: ['spokesperson', 'spokeswoman'],
  spokesperson: ['spokesman', 'spokeswoman'],
};

/** The one speaker described by a word for the same office as `role` ("the director, Name," for "the head"). */
export function holderBySynonym(table: SpeakerTable, role: string): string | null {
  const holders = new Set((ROLE_SYNONYMS[role] ?? []).flatMap((w) => table.describedAs(w)));
  const [only] = holders;
  return holders.size === 1 && only ? only.id : null;
}

/** Roles that speak for an institution, not for themselves: never read back to the person last named. */
const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer']);
/**
 * Two to four capitalised words as a sentence's subject: at the sentence start or after an opening phrase's
 * comma, with a verb after ("In Kunduz, Karim Jawad stood …"), not an object ("Police arrested Gul Ahmad").
 * The capital is looked for before the sentence edge behind it, so a long run of spaces is read once.
 */
const NAME_SPAN =
  /(?=\p{Lu})(?<=^|[.!?]["”’]?\s+|,\s+|[—–]\s+)\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}(?=(\s+)(?:also\s+|then\s+)?\p{Ll}+)/gu;

/**
 * "I asked Bibi Hawa, who heads a savings group, …", "…, said Nasim Sharifi, head of the department": a name anywhere in a sentence that a relative clause or a
 * description in commas introduces is a person the paragraph is about, subject or not.
 */
const INTRODUCED_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3}(?=,\\s(?:who|whose|an?|the|${[...ROLE_NOUNS].join('|')})\\s)`,
  'gu',
);

/** A name a passage gives as a subject, with the offset the text must reach for it to read so (see below). */
interface NameAt {
  need: number;
  name: string;
  possessive: boolean;
}

/**
 * People's names (two words or more) a passage gives as subjects, outside quotations. A name counts before an
 * offset once the text up to there holds it, the space after it and the first letter of its verb: what a
 * search of the text cut at that offset would find.
 */
function personNamesOf(table: SpeakerTable, reading: Reading, p: number): NameAt[] {
  const text = reading.texts[p] ?? '';
  const inside = insideQuote(reading, p);
  const names: NameAt[] = [];
  for (const m of text.matchAll(NAME_SPAN)) {
    if (inside(m.index)) continue;
    const name = stripLeadingCommonWords(m[0].replace(/['’]s$/, ''));
    if (table.isPersonName(name, 2))
      names.push({
        need: m.index + m[0].length + (m[1] ?? '').length + 1,
        name,
        possessive: /['’]s$/.test(m[0]),
      });
  }
  for (const m of text.includes(', ') ? text.matchAll(INTRODUCED_NAME) : []) {
    const name = stripLeadingCommonWords(m[0]);
    if (!inside(m.index) && table.isPersonName(name, 2))
      names.push({ need: m.index + m[0].length + 2, name, possessive: false });
  }
  return names.sort((a, b) => a.need - b.need);
}

/** The last person's name (two words or more) in passage p before `pos`, outside quotations. */
function lastPersonName(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  pos: number,
  cache: Map<number, readonly NameAt[]>,
  { subjectsOnly = false } = {},
): string | null {
  let names = cache.get(p);
  if (!names) cache.set(p, (names = personNamesOf(table, reading, p)));
  // "President Hamid Karzai's deputy": a possessive names whose deputy, not who acts.
  for (let k = lastBelow(names, pos + 1, (n) => n.need); k >= 0; k--) {
    const n = names[k];
    if (n && !(subjectsOnly && n.possessive)) return n.name;
  }
  return null;
}

/** A preposition that makes the name after it a place: "a herder from Deh Salah, said …". */
const PLACE_PREPOSITION = /\b(?:from|in|near|at|of|to|across|outside|inside)\s+(?:the\s+)?$/iu;
/** How far before a name the preposition is looked for (characters). */
const PREPOSITION_REACH = 16;

/** Whether a name the gazetteer holds stands after a preposition ("from Deh Salah, said"): a place, not a subject. */
export function placeAfterPreposition(reading: Reading, p: number, at: number, name: string): boolean {
  const text = reading.texts[p] ?? '';
  return (
    reading.index.exact.has(normalizeName(name)) &&
    PLACE_PREPOSITION.test(text.slice(Math.max(0, at - PREPOSITION_REACH), at))
  );
}

/** Role words a quotation's "said the …" may end on. */
const isRoleWord = (w: string) => ROLE_NOUNS.has(w) || FEMALE_ROLE_WORDS.has(w) || MALE_ROLE_WORDS.has(w);
const ROLE_HEAD = new RegExp(`(?:[Tt]he|[Aa]n?)(?:\\s+[\\p{Ll}\\p{N}-]+${POSSESSIVE}){1,4}`, 'uy');

/**
 * The role a "the …" subject names: its last role word within a few words ("the police spokesman", "the
 * farmer" of "the farmer on Monday"), else its last word as matched.
 */
function rolePhrase(text: string, at: number, matched: string): { role: string; phrase: string } {
  ROLE_HEAD.lastIndex = at;
  const head = ROLE_HEAD.exec(text)?.[0] ?? matched;
  const words = head.split(/\s+/);
  const k = words.findLastIndex((w, i) => i > 0 && isRoleWord(w));
  if (k < 0) return { role: matched.split(/\s+/).at(-1) ?? '', phrase: matched };
  return { role: words[k] ?? '', phrase: words.slice(0, k + 1).join(' ') };
}

function hasSpeechVerb(text: string): boolean {
  return text.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w));
}

/** A "Name says" / "she says" of a passage, outside quotations, with where it ends. */
interface SubjectAt {
  end: number;
  subject: Subject;
}

/**
 * Every "Name says" / "she says" of passage p outside quotations, read once. Those ending before a quotation's
 * opening mark are what a search of the text before the mark finds: no part of the pattern reads a mark.
 */
function speakingSubjectsOf(reading: Reading, p: number): SubjectAt[] {
  const inside = insideQuote(reading, p);
  const found: SubjectAt[] = [];
  for (const m of (reading.texts[p] ?? '').matchAll(SUBJECT_VERB)) {
    if (!SPEECH_VERBS.has(m[4] ?? '') || inside(m.index)) continue;
    found.push({ end: clauseEnd(m), subject: subjectOf(m, 0) });
  }
  return found;
}

/** The latest of `subjects` that ends by `pos`. */
function lastSubjectBy(subjects: readonly SubjectAt[], pos: number): Subject | null {
  return subjects[lastBelow(subjects, pos + 1, (s) => s.end)]?.subject ?? null;
}

/** "The Ministry of Mines" → "Ministry of Mines"; "But Karimi" → "Karimi". */
function stripLeadingCommonWords(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && COMMON_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}

/** Paragraphs a pronoun reaches back for a person named as a sentence's subject, not yet a speaker. */
const SUBJECT_REACH = 2;

/**
 * "Dr. Farida Naziri runs the clinic. … "…," she said': a person the paragraph (or the one before) names as a
 * sentence's subject, not yet a speaker, is who the pronoun means when no speaker is nearer.
 */
function personNamedBefore(
  table: SpeakerTable,
  reading: Reading,
  p: number,
  at: number,
  gender: Gender,
  cache: Map<number, readonly NameAt[]>,
): string | null {
  const subjects = { subjectsOnly: true };
  let name = lastPersonName(table, reading, p, at, cache, subjects);
  // "Shirin Gul has lived there since …" two paragraphs up, her story in between: still who "she" is.
  // An anonymous source quoted in between is as likely meant: then no one.
  for (let k = p - 1; !name && k >= Math.max(0, p - SUBJECT_REACH); k--) {
    if (k < p - 1 && table.anonymousBefore(k + 1, Infinity)) break;
    name = lastPersonName(table, reading, k, Infinity, cache, subjects);
  }
  if (!name) return null;
  const person = table.add(name, '', null);
  if (person.gender && person.gender !== gender) return null;
  person.gender ??= gender;
  return person.id;
}
