/**
 * Research reports withhold their interviewees' names and cite them by a code ("R07", "KDZ-19", "Respondent
 * 12"): '"…," said R31, a woman farmer in Chahar Darah', '"…," said one (R07, mirab, Khan Abad).', '"…" (R11,
 * canal shura member, Bangi).' The code is who speaks; a citation in brackets after the quotation names its source
 * outright, before any description of the sentence ("a farmer told us (R22, …)").
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { INTERVIEW_CODE } from './regex-parts.ts';
import type { SpeakerTable } from './speakers.ts';

const VERB = `(?:${[...SPEECH_VERBS].join('|')})`;
/** The code and, after a comma, what the interviewee is: "R07, mirab, Khan Abad". */
const CODE_AND_ROLE = String.raw`(?<code>${INTERVIEW_CODE})(?![\p{L}\p{N}-])(?:[,;]\s*(?<role>[^()\n"“”]{1,100}?))?`;

/** After the quotation, in its sentence: a bracketed citation ('," said one (R07, mirab, Khan Abad).'). */
const CITED_AFTER = new RegExp(String.raw`^[^"“”«»()\n.!?]{0,80}?\(${CODE_AND_ROLE}\)`, 'u');
/** '," said R31, a woman farmer in Chahar Darah.' and '," R31 said.' */
const SAID_BY_CODE = new RegExp(
  String.raw`^[,.!?]?["”’]?\s*(?:${VERB}\s+(?<code>${INTERVIEW_CODE})(?![\p{L}\p{N}-])(?:,\s+(?<role>[^,.;"“”()]{1,100}))?|(?<codeFirst>${INTERVIEW_CODE})\s+${VERB}\b)`,
  'u',
);
/** Before the quotation, in its sentence: 'R14, a tenant farmer, told us: "…"', 'As R03 put it, "…"'. */
const CODE_SAID_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?<code>${INTERVIEW_CODE})(?:,\s+(?<role>[^,"“”]{1,100}),)?\s+(?:${VERB}|put)\b[^"“”.!?]{0,60}$`,
  'u',
);

/** The speaker the code names: one the text already knows by it (alone or in brackets after a phrase), else a new one. */
function coded(
  table: SpeakerTable,
  code: string,
  role: string,
  at: { passage: number; start: number; end: number },
  create: boolean,
): string | null {
  const known = table.speakers.find((s) => s.name === code || s.name.endsWith(`(${code})`));
  if (known) return known.id;
  return create ? table.addAnonymous(code, role.trim(), at).id : null;
}

/** The quotation's speaker by the code a citation or the reporting clause gives. */
export const codedSource: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const after = CITED_AFTER.exec(q.after) ?? SAID_BY_CODE.exec(q.after);
  const before = after ? null : CODE_SAID_BEFORE.exec(q.before);
  const m = after ?? before;
  const code = m?.groups?.['code'] ?? m?.groups?.['codeFirst'];
  if (!m || !code) return;
  const base = after ? q.closeEnd : q.sStart;
  const start = base + m.index + m[0].indexOf(code);
  const id = coded(
    ctx.table,
    code,
    m.groups?.['role'] ?? '',
    { passage: q.p, start, end: start + code.length },
    ctx.create,
  );
  if (!id) return;
  v.adjacent = true;
  v.speaker = id;
  v.via = after ? 'after' : 'before';
};
