import { COMMON_WORDS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { SCARE_MAX_WORDS, isQuotedName, type QuoteSpan } from './quotes.ts';
import { sentenceStart } from './sentences.ts';
import type { Gender, Reading, SpeakerTable } from './speakers.ts';

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
  "(?:(?:Gen|Lt|Col|Maj|Capt|Sgt|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Eng)\\.\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:bin|ibn|al|ul|de|da|of|for)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,5}";
const SUBJECT = `(?:\\b([Hh]e|[Ss]he|[Tt]hey)|(?:\\b[Tt]he\\s+)?(${NAME})|\\b((?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?\\p{Ll}+))`;
const ADVERB = '(?:also\\s+|later\\s+|then\\s+|once\\s+|now\\s+)?';
const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,.]*${SUBJECT}\\s+${ADVERB}(\\p{Ll}+)\\b`, 'u');
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,.]*(\\p{Ll}+)\\s+${SUBJECT}`, 'u');
/** '," said Foreign Ministry spokesman Ali Karimi': the person after the role speaks, not the ministry. */
const AFTER_VERB_ROLE_NAME = new RegExp(
  `^[\\s,.]*(\\p{Ll}+)\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){0,5}(\\p{Ll}+)\\s+(${NAME})`,
  'u',
);
/** '," Abdul Wali, a herder from Zebak, told reporters': the name, its appositive, then the verb. */
const AFTER_NAME_APPOSITIVE = new RegExp(
  `^[\\s,.]*(${NAME}),\\s+[^"“”‘’.!?]{1,160}?,\\s+(?:also\\s+|later\\s+)?(\\p{Ll}+)\\b`,
  'u',
);
const AFTER_ACCORDING = new RegExp(`^[\\s,.]*according\\s+to\\s+${SUBJECT}`, 'u');
// An appositive leaves a comma between the subject and its verb: "the spokesman, Samir Wali, said".
const SUBJECT_VERB = new RegExp(`${SUBJECT},?\\s+${ADVERB}(\\p{Ll}+)\\b`, 'gu');
/** After "X says," only a short aside ("adding,", "told reporters on Monday:") may sit before the quote. */
const ADJACENT_TAIL = /^[^"“”.!?]{0,80}[,:]\s*$/;
/** The organisation at a sentence's head: "The Ministry of Defence (MoD)". */
const HEAD_NAME =
  /^(?:The\s+)?((?:[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of|for|and|on)\s+|\s+))*[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+\([\p{Lu}\p{N}-]{2,}\))?)/u;

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
  const resolve = (s: Subject, p: number): string | null => {
    if (s.pronoun) {
      const p0 = s.pronoun.toLowerCase();
      if (p0 === 'they') return null;
      const gender: Gender = p0 === 'she' ? 'female' : 'male';
      return table.lastEventBefore(p, s.at, gender)?.speaker ?? null;
    }
    if (s.role) {
      const role = s.role.split(/\s+/).at(-1) ?? '';
      const ev = [...table.events]
        .reverse()
        .find(
          (e) => (e.passage < p || (e.passage === p && e.start < s.at)) && describes(table, e.speaker, role),
        );
      return ev?.speaker ?? null;
    }
    const name = s.name && stripLeadingCommonWords(s.name);
    if (!name) return null;
    const known = table.lookup(name);
    if (known) return known.id;
    if (!create) return null;
    const person = table.addFromAttribution(name);
    if (person) return person.id;
    return table.isSpeakerName(name) ? table.add(name, '', null).id : null;
  };

  reading.texts.forEach((text, p) => {
    const spans = reading.quotes[p] ?? [];
    const inPassage: QuoteDraft[] = [];
    spans.forEach((span, k) => {
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
      const sStart = carried ? 0 : sentenceStart(text, openAt, floor);
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

      const clauses = [...before.matchAll(SUBJECT_VERB)].filter((m) => SPEECH_VERBS.has(m[4] ?? ''));
      const lastClause = clauses.at(-1);
      if (lastClause && ADJACENT_TAIL.test(before.slice((lastClause.index ?? 0) + lastClause[0].length))) {
        adjacent = true;
        attempt(subjectOf(lastClause, sStart), 'before');
      }

      // A quotation broken by a paragraph break counts its words in both parts.
      const restOf = span.close === null ? reading.quotes[p + 1]?.[0] : undefined;
      const rest = restOf?.open === null ? restOf.words : 0;
      const short = !carried && span.words + rest <= SCARE_MAX_WORDS;
      const closesClause = span.close !== null && /[,.!?]/.test(text[span.close - 1] ?? '');
      const opensParagraph = text.slice(0, openAt).trim() === '';
      if (short && !(adjacent && (closesClause || opensParagraph))) return;

      if (!short) {
        // '… says that officials want to "…"': the subject of the reporting verb said the quoted words.
        for (const m of [...clauses].reverse()) attempt(subjectOf(m, sStart), 'clause');
        if (speaker === null && hasSpeechVerb(before)) {
          const head = HEAD_NAME.exec(before);
          const name = head?.[1];
          if (name && create && table.isSpeakerName(name)) {
            const org = table.add(name, '', null);
            table.noteEvent({ passage: p, start: sStart, end: sStart + name.length, speaker: org.id });
            speaker = org.id;
            via = 'subject';
          }
        }
      }
      const earlier = inPassage.findLast((d) => d.speaker !== null);
      if (speaker === null && earlier) {
        speaker = earlier.speaker;
        via = 'paragraph';
      }
      if (speaker === null) {
        const s = lastSpeakingSubject(text, openAt, spans);
        attempt(s, 'paragraph');
      }
      const draft: QuoteDraft = { passage: p, span, speaker, via, continues: null };
      if (opensParagraph && lastBefore && lastBefore.passage === p - 1) {
        if (lastBefore.span.close === null) draft.continues = lastBefore;
        else if (speaker === null && lastBefore.speaker !== null) {
          draft.speaker = lastBefore.speaker;
          draft.via = 'previous';
        }
      }
      inPassage.push(draft);
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
  return drafts;
}

function hasSpeechVerb(text: string): boolean {
  return text.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w));
}

/** The latest "Name says" / "she says" in the passage before `pos`, outside quotations. */
function lastSpeakingSubject(text: string, pos: number, spans: readonly QuoteSpan[]): Subject | null {
  let best: Subject | null = null;
  for (const m of text.slice(0, pos).matchAll(SUBJECT_VERB)) {
    const at = m.index ?? 0;
    if (!SPEECH_VERBS.has(m[4] ?? '') || spans.some((q) => at > (q.open ?? -1) && at < (q.close ?? Infinity)))
      continue;
    best = subjectOf(m, 0);
  }
  return best;
}

function describes(table: SpeakerTable, speakerId: string, role: string): boolean {
  const s = table.speakers.find((x) => x.id === speakerId);
  return !!s && new RegExp(`\\b${role}\\b`, 'i').test(s.description);
}

/** "The Ministry of Mines" → "Ministry of Mines"; "But Karimi" → "Karimi". */
function stripLeadingCommonWords(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && COMMON_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}
