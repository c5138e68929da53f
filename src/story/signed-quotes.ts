/**
 * A testimonial, a pull quote or an epigraph: a quotation standing as its own paragraph and signed under it
 * ("— Name, Role, Station", «— نام، وظیفه، ولسوالی») is the signer's. The signature may close the quotation's
 * own paragraph or stand as the next one; it is a dash, a name and, after a comma, what the signer does.
 */
import type { QuoteStep } from './attribution-adjacent.ts';
import { SIGNATURE_WORD } from './regex-parts.ts';

/** Words of a signer's name, titles included ("Dr. Farah Nazari", «داکتر نجیب‌الله صمیم»). */
const MAX_SIGNER_WORDS = 6;

/** A dash, the signer's name up to its comma, then their role and station: the whole of what is left. */
const SIGNATURE = new RegExp(
  String.raw`^\s*(?:[—–―]|--?)[ \t]*(?<name>${SIGNATURE_WORD}(?:[ \t]${SIGNATURE_WORD}){0,${MAX_SIGNER_WORDS - 1}})(?:[ \t]*[,،][ \t]*(?<role>[^\n]{1,160}?))?[ \t.]*$`,
  'u',
);

/** Only closing punctuation between the quotation's close and its paragraph's end. */
const NOTHING_AFTER = /^[\s.,!?؟]*$/u;

/** The signature under a quotation: in its own paragraph's rest, else the next paragraph; with where it stands. */
function signatureOf(
  after: string,
  afterAt: number,
  next: string | undefined,
  p: number,
): { m: RegExpExecArray; passage: number; at: number } | null {
  const own = SIGNATURE.exec(after);
  if (own) return { m: own, passage: p, at: afterAt };
  if (!NOTHING_AFTER.test(after) || next === undefined) return null;
  const below = SIGNATURE.exec(next);
  return below ? { m: below, passage: p + 1, at: 0 } : null;
}

/** '“…”' then '— Farah Nazari, Nutrition Officer, Faizabad': the signer said it. */
export const signedBelow: QuoteStep = (ctx, q, v) => {
  const { span, p } = q;
  if (v.speaker !== null || q.carried || !q.opensParagraph || span.close === null) return;
  if (q.k + 1 < (ctx.reading.quotes[p]?.length ?? 0)) return;
  const found = signatureOf(q.after, q.closeEnd, ctx.reading.texts[p + 1], p);
  const name = found?.m.groups?.['name'] ?? '';
  if (!found || !ctx.table.isSpeakerName(name)) return;
  const role = (found.m.groups?.['role'] ?? '').trim();
  const start = found.at + found.m[0].indexOf(name);
  const end = role
    ? found.at + found.m[0].indexOf(role, start - found.at) + role.length
    : start + name.length;
  const signer =
    ctx.table.lookup(name) ??
    (ctx.create ? ctx.table.add(name, role, { passage: found.passage, start, end }) : null);
  if (!signer) return;
  v.speaker = signer.id;
  v.via = 'after';
};
