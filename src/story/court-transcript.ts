/**
 * A court, deposition or hearing transcript: line numbers down the margin, "Q." / "A." turns under "BY MS. X:",
 * and labels in capitals ("THE COURT:", "THE WITNESS:", "MR. KESSLER:"). Every answer is the witness's under
 * examination (named where they are called or sworn), questions are the examining counsel's and not listed,
 * "THE COURT:" is the judge the caption names, "THE INTERPRETER:" the interpreter the appearances name.
 */
import { answerPieces, saidByI, wholeSpan } from './answer-pieces.ts';
import type { QuoteDraft } from './attribution.ts';
import { COURTESY_TITLES } from './lexicon.ts';
import { wordAlternation } from './regex-parts.ts';
import type { Reading, SpeakerTable } from './speakers.ts';
import { capitalsAsWritten } from './transcript-turns.ts';

/** A margin's line number before a transcript line: "12     A.  …", " 7     BY MS. OWUSU:". */
const LINE_NUMBER = /^[ \t]*\d{1,2}(?=[ \t])[ \t]*/u;
/** A question or an answer: "Q.", "A.", "Q:", "A:", the turn's words after it. */
const QA_MARK = /^(?<qa>[QA])[.:][ \t]+(?=\S)/u;
/** A line holding a "Q." or "A." turn: the cheap look a passage is read for. */
const HAS_QA_LINE = /^[ \t]*(?:\d{1,2}[ \t]+)?[QA][.:][ \t]+\S/mu;
/** A label in capitals and a colon: "THE COURT:", "MS. OWUSU:", "BY MR. KESSLER:" (an examination's heading). */
const CAPS_LABEL = /^(?<label>\p{Lu}[\p{Lu}.'’\- ]{1,40}?):(?:[ \t]+|$)/u;
/** "(Pause.)", "(Jury present.)": the reporter's note, which ends a turn. */
const REPORTER_NOTE = /^\(.*\)\.?$/u;
/** The examining counsel's heading: "BY MS. OWUSU:", "EXAMINATION BY MR. GRAYLING:". */
const BY_COUNSEL = /(?:^|\s)BY[ \t]+\p{Lu}/u;
const COURTESY = new RegExp(`^(?:${wordAlternation(COURTESY_TITLES, true)})\\.?[ \\t]+`, 'iu');
const NAME = String.raw`\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,4}`;
/** "GHULAM SAKHI AMIRI, GOVERNMENT'S WITNESS, SWORN", "NASRIN KHALILI, having been duly sworn": a witness sworn. */
const SWORN = new RegExp(
  String.raw`^(?<name>${NAME}),[ \t]+(?:(?:\S+[ \t]+){0,2}(?:WITNESS|[Ww]itness)|having|being|called|a witness)`,
  'u',
);
/** "The government calls Ghulam Sakhi Amiri.", "We call …": the witness counsel calls. */
const CALLS = new RegExp(String.raw`\b[Cc]alls?[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?(?<name>${NAME})`, 'u');
/** "DEPOSITION OF NASRIN KHALILI", "TESTIMONY OF …": the witness a deposition is of. */
const OF_WITNESS =
  /\b(?:DEPOSITION|TESTIMONY|EXAMINATION)[ \t]+OF[ \t]+(?<name>\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){1,4})/u;
/** "BEFORE THE HONORABLE ELENA M. PORTER": the judge "THE COURT" is. */
const JUDGE = new RegExp(String.raw`\b(?:HONOU?RABLE|Honou?rable|HON\.|Hon\.)[ \t]+(?<name>${NAME})`, 'u');
/** "Interpreter (Dari):   Mariam Nazari, certified", "Dari Interpreter: …": the interpreter. */
const INTERPRETER = new RegExp(String.raw`\b[Ii]nterpreter\b[^:\n]{0,30}:[ \t]*(?<name>${NAME})`, 'u');

/** A name in capitals as the text would write it ("ELENA M. PORTER" → "Elena M. Porter"); others kept. */
export function nameAsWritten(name: string): string {
  return /\p{Ll}/u.test(name) ? name.trim() : capitalsAsWritten(name.trim());
}

/** One transcript line: where its words start in the passage, where it ends, and its margin number. */
interface Line {
  start: number;
  end: number;
  numbered: boolean;
}

/** The lines of a passage, each past its margin number. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const n = LINE_NUMBER.exec(raw);
    const lead = n ? n[0].length : (/^[ \t]*/u.exec(raw)?.[0].length ?? 0);
    out.push({ start: at + lead, end: at + raw.trimEnd().length, numbered: !!n });
    at += raw.length + 1;
  }
  return out;
}

/** A turn of the transcript: the passage, its words' span, and who speaks (the witness, the court, counsel). */
export interface CourtTurn {
  passage: number;
  start: number;
  end: number;
  speaker: string;
}

/** The people a transcript's front matter names: the judge and the interpreter. */
function courtOfficers(texts: readonly string[]): { judge: string | null; interpreter: string | null } {
  let judge: string | null = null;
  let interpreter: string | null = null;
  for (const text of texts) {
    judge ??= JUDGE.exec(text)?.groups?.['name'] ?? null;
    interpreter ??= INTERPRETER.exec(text)?.groups?.['name'] ?? null;
    if (judge && interpreter) break;
  }
  return { judge, interpreter };
}

/**
 * The witness a line calls, swears or takes the deposition of, as written, and whether it swears them or takes
 * their deposition (a call only counts in counsel's mouth); null for none.
 */
function witnessNamed(line: string): { name: string; sworn: boolean } | null {
  const s = SWORN.exec(line) ?? OF_WITNESS.exec(line);
  const m = s ?? CALLS.exec(line);
  return m?.groups?.['name'] ? { name: nameAsWritten(m.groups['name']), sworn: s !== null } : null;
}

/** Texts read and found no transcript: each reading asks again for every pass over its quotations. */
const notCourt = new WeakSet<readonly string[]>();

/** Whether the passages read as a transcript of examination: two answer lines at least. */
function isCourtTranscript(texts: readonly string[]): boolean {
  if (notCourt.has(texts)) return false;
  let answers = 0;
  for (const text of texts)
    if ((text.includes('A.') || text.includes('A:')) && HAS_QA_LINE.test(text)) answers++;
  if (answers < 2) notCourt.add(texts);
  return answers >= 2;
}

/** A speaker the text knows by this name or surname, else one added under it. */
function personCalled(table: SpeakerTable, name: string, role: string): string {
  const known = table.lookup(name);
  if (!known) return table.add(name, role, null).id;
  // "NASRIN KHALILI" from a heading in capitals: named as the text writes names.
  if (!/\p{Ll}/u.test(known.name) && /\p{Ll}/u.test(name)) table.respell(known, name);
  return known.id;
}

/** Who a label in capitals names: the court, the witness, the interpreter or counsel ("MR. KESSLER"). */
function labelSpeaker(
  table: SpeakerTable,
  label: string,
  witness: string | null,
  officers: { judge: string | null; interpreter: string | null },
): string | null {
  const key = label.replace(/\s+/gu, ' ').trim();
  if (key === 'THE COURT' || key === 'THE JUDGE')
    return personCalled(table, officers.judge ? nameAsWritten(officers.judge) : 'The Court', 'judge');
  if (key === 'THE WITNESS') return witness;
  if (key === 'THE INTERPRETER')
    return personCalled(
      table,
      officers.interpreter ? nameAsWritten(officers.interpreter) : 'The Interpreter',
      'interpreter',
    );
  const name = nameAsWritten(key);
  if (!COURTESY.test(name)) return null;
  // "MR. KESSLER": counsel by surname, the appearances' "Daniel Kessler" where the text knows him.
  const surname = name.replace(COURTESY, '');
  return (table.lookup(surname) ?? table.add(name, 'counsel', null)).id;
}

/**
 * The turns of a court transcript, in order; null when the text is none. A numbered line with no label goes on
 * with the turn before; a heading, the reporter's note or an unnumbered line ends it.
 */
export function courtTurns(table: SpeakerTable, reading: Reading): CourtTurn[] | null {
  const { texts } = reading;
  if (!isCourtTranscript(texts)) return null;
  const officers = courtOfficers(texts);
  const out: CourtTurn[] = [];
  let witness: string | null = null;
  let sawWitness = false;
  let turn: CourtTurn | null = null;
  const close = () => {
    if (turn && turn.end > turn.start) out.push(turn);
    turn = null;
  };
  texts.forEach((text, p) => {
    for (const line of linesOf(text)) {
      const words = text.slice(line.start, line.end);
      const named = witnessNamed(words);
      const caps = CAPS_LABEL.exec(words);
      // "MS. OWUSU: The government calls …": counsel calling a witness, not an answer naming someone who calls.
      if (named && (named.sworn || COURTESY.test(nameAsWritten(caps?.groups?.['label'] ?? '')))) {
        witness = personCalled(table, named.name, 'witness');
        sawWitness = true;
      }
      const qa = QA_MARK.exec(words);
      const label = qa ? null : caps;
      if (qa || label) close();
      if (qa) {
        // A question is the examining counsel's: not listed, like an interviewer's.
        if (qa.groups?.['qa'] === 'A' && witness)
          turn = { passage: p, start: line.start + qa[0].length, end: line.end, speaker: witness };
        continue;
      }
      if (label) {
        const l = label.groups?.['label'] ?? '';
        const who = BY_COUNSEL.test(` ${l}`) ? null : labelSpeaker(table, l, witness, officers);
        if (who) turn = { passage: p, start: line.start + label[0].length, end: line.end, speaker: who };
        continue;
      }
      if (
        turn &&
        line.numbered &&
        line.end > line.start &&
        !REPORTER_NOTE.test(words) &&
        !/^[^\p{Ll}]*$/u.test(words)
      ) {
        if (turn.passage === p) turn.end = line.end;
        else {
          const { speaker } = turn;
          close();
          turn = { passage: p, start: line.start, end: line.end, speaker };
        }
        continue;
      }
      close();
    }
    // A turn runs on into the next passage only through a numbered line: kept open, closed there.
  });
  close();
  return sawWitness ? out : null;
}

/**
 * The drafts of the turns: a turn's words as its speaker's quotation; where the turn holds quotation marks, its
 * stretches around them are, and the quotations it gives to "I" ("I said, "…"") too.
 */
export function courtTurnDrafts(
  turns: readonly CourtTurn[],
  quoted: readonly QuoteDraft[],
  reading: Reading,
): QuoteDraft[] {
  // Each turn looks only at its own passage's quotations, not at every draft.
  const byPassage = new Map<number, QuoteDraft[]>();
  for (const d of quoted) {
    const list = byPassage.get(d.passage);
    if (list) list.push(d);
    else byPassage.set(d.passage, [d]);
  }
  return turns.flatMap((t) => {
    const text = reading.texts[t.passage] ?? '';
    const inside = (byPassage.get(t.passage) ?? []).filter(
      (d) => d.span.start < t.end && d.span.end > t.start,
    );
    if (inside.length === 0) {
      const span = wholeSpan(text, t.start, t.end);
      return [{ passage: t.passage, span, speaker: t.speaker, via: 'before' as const, continues: null }];
    }
    for (const d of inside)
      if (saidByI(text, d.span)) {
        d.speaker = t.speaker;
        d.via = 'before';
      }
    return answerPieces(
      text,
      t.start,
      t.end,
      inside.map((d) => d.span),
    ).map((span) => ({
      passage: t.passage,
      span,
      speaker: t.speaker,
      via: 'before' as const,
      continues: null,
    }));
  });
}
