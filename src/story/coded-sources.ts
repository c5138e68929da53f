/**
 * Research reports withhold their interviewees' names and cite them by a code ("R07", "KDZ-19", "Respondent
 * 12"): '"…," said R45, a widow who farms near Archi', '"…," said one (R07, mirab, Khan Abad).', '"…" (R11,
 * canal shura member, Bangi).' The code is who speaks; a citation in brackets after the quotation names its source
 * outright, before any description of the sentence ("a farmer told us (R22, …)").
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { INTERVIEW_CODE } from './regex-parts.ts';
import { speakerIndex } from './speaker-index.ts';
import type { SpeakerTable } from './speakers.ts';

const VERB = `(?:${[...SPEECH_VERBS].join('|')})`;
/**
 * A focus group's or a key informant's code, which may name the group after it: "FGD women", "FGD-3", "KII 7";
 * tried before INTERVIEW_CODE, which would read "FGD3" alone.
 */
const GROUP_CODE = String.raw`(?:FGD|KII)(?:[ -]?\d{1,3})?(?:[ \t]+\p{Ll}+)?`;
/** Any code a report cites an interviewee by. */
const CODE = `(?:${GROUP_CODE}|${INTERVIEW_CODE})`;
/** The code and, after a comma, what the interviewee is: "R07, mirab, Khan Abad". */
const CODE_AND_ROLE = String.raw`(?<code>${CODE})(?![\p{L}\p{N}-])(?:[,;]\s*(?<role>[^()\n"“”]{1,100}?))?`;

/** After the quotation, in its sentence: a bracketed citation ('," said one (R07, mirab, Khan Abad).'). */
const CITED_AFTER = new RegExp(String.raw`^[^"“”«»()\n.!?]{0,80}?\(${CODE_AND_ROLE}\)`, 'u');
/** '," said R45, a widow who farms near Archi.' and '," R45 said.' */
const SAID_BY_CODE = new RegExp(
  String.raw`^[,.!?]?["”’]?\s*(?:${VERB}\s+(?<code>${CODE})(?![\p{L}\p{N}-])(?:,\s+(?<role>[^,.;"“”()]{1,100}))?|(?<codeFirst>${CODE})\s+${VERB}\b)`,
  'u',
);
/**
 * Before the quotation, in its sentence: 'R14, a tenant farmer, told us: "…"', 'As R03 put it, "…"', 'R-41, man,
 * Nahrin, told us:' (a role and a place, each after a comma).
 */
const CODE_SAID_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?<code>${CODE})(?:,\s+(?<role>[^"“”:]{1,100}?),)?\s+(?:${VERB}|put)\b[^"“”.!?]{0,60}$`,
  'u',
);
/**
 * A survey's citation line, the code and its role before a bare colon: 'R-27, shopkeeper, Nahrin: "…"', 'On
 * agents, HH-031, widow: "…"'. It opens its sentence or follows a comma, so "Table C-4, Eshkashem:" is no one's.
 */
const CODE_ROLE_COLON = new RegExp(
  String.raw`(?:^|[,;]\s+)(?<code>${CODE}),\s+(?<role>[^"“”:;]{1,100}?):\s*$`,
  'u',
);
/** After the quotation, the role between the code and its verb: '," Respondent 14, farmer, Kalafgan, said.' */
const CODE_ROLE_SAID = new RegExp(
  String.raw`^[,.!?]?["”’]?\s*(?<code>${CODE}),\s+(?<role>[^"“”.;:()]{1,100}?),?\s+${VERB}\b`,
  'u',
);

/** A speaker's name that is a code, alone or in brackets after a phrase ("a farmer (R22)"): the code. */
const CODE_IN_NAME = new RegExp(String.raw`^(?:${CODE})$|\((?<code>${CODE})\)$`, 'u');

/** Each table's speakers by the code their name carries, indexed as speakers are added. */
const speakersByCode = speakerIndex((s) => {
  const m = CODE_IN_NAME.exec(s.name);
  return m?.groups?.['code'] ?? m?.[0];
});

/** The speaker the code names: one the text already knows by it (alone or in brackets after a phrase), else a new one. */
function coded(
  table: SpeakerTable,
  code: string,
  role: string,
  at: { passage: number; start: number; end: number },
  create: boolean,
): string | null {
  const [known] = speakersByCode(table, code);
  if (known) return known.id;
  return create ? table.addAnonymous(code, role.trim(), at).id : null;
}

/** '," said Nasir Ahmadi, who flies a Black Hawk (UH-60)': a person named before the bracket, whose code it is not. */
const NAMED_BEFORE_BRACKET = new RegExp(String.raw`\b${VERB}\s+\p{Lu}`, 'u');

/** Words a citation line runs to before its colon at most: the code, a role and a place. */
const CITATION_SPAN = 140;

/** CODE_ROLE_COLON on the words before a colon only (read from the sentence's last words), with where they start. */
function citationColon(before: string): { m: RegExpExecArray; offset: number } | null {
  if (!/:\s*$/u.test(before) || !/\d|FGD|KII/u.test(before)) return null;
  const offset = Math.max(0, before.length - CITATION_SPAN);
  const m = CODE_ROLE_COLON.exec(before.slice(offset));
  return m ? { m, offset } : null;
}

/** The quotation's speaker by the code a citation or the reporting clause gives. */
export const codedSource: QuoteStep = (ctx, q, v) => {
  if (v.speaker !== null || q.carried) return;
  const cited = CITED_AFTER.exec(q.after);
  const after =
    (cited && !NAMED_BEFORE_BRACKET.test(cited[0].slice(0, cited[0].indexOf('('))) ? cited : null) ??
    SAID_BY_CODE.exec(q.after) ??
    CODE_ROLE_SAID.exec(q.after);
  const before = after ? null : CODE_SAID_BEFORE.exec(q.before);
  const colon = after || before ? null : citationColon(q.before);
  const m = after ?? before ?? colon?.m;
  const code = m?.groups?.['code'] ?? m?.groups?.['codeFirst'];
  if (!m || !code) return;
  const base = after ? q.closeEnd : q.sStart + (colon?.offset ?? 0);
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
