import type { QuoteStep } from './attribution-adjacent.ts';
import { isDariAgedName, isDariText } from './dari-attribution.ts';

/**
 * "— Farah Nazari, Nutrition Officer, Faizabad", «— عبدالمتین، مسوول تغذی، دشت ارچی»: a line that opens on a dash
 * and a name, perhaps a role and a place after its comma. Neither part holds a stop or a quotation mark.
 */
const SIGNATURE =
  /^[—–―-][ \t]*(?<name>[^\s،,.!?؟«»:"“”()\d][^،,.!?؟«»:"“”()\n\d]{0,59})(?:[،,](?<role>[^\n«»"“”]{0,160}))?$/u;

/** Most words a signature's name has: titles and a name of up to four words. */
const MAX_NAME_WORDS = 5;

/** An English signature's name: capitalised words ("Farah Nazari", "Dr. Jawid Ahmadi"). */
const ENGLISH_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u;

/**
 * A testimonial, an epigraph or a pull quote set alone in its paragraph and signed on the line under it with a
 * dash and a name ("“I started as a health worker …” [¶] — Farah Nazari, Nutrition Officer"): the signer said it.
 */
export const signedBelow: QuoteStep = (ctx, q, v) => {
  const { span, text } = q;
  if (v.speaker !== null || q.carried || !q.opensParagraph || span.close === null) return;
  // The signature is the quotation's paragraph's last line, or the paragraph after it.
  const rest = text.slice(span.close + 1);
  const own = /^[ \t]*\n/u.test(rest);
  if (!own && rest.trim() !== '') return;
  const [p, where] = own ? [q.p, text] : [q.p + 1, ctx.reading.texts[q.p + 1] ?? ''];
  const line = (own ? rest : where).trim();
  const m = SIGNATURE.exec(line);
  const name = m?.groups?.['name']?.trim() ?? '';
  if (!m || name === '' || name.split(/\s+/u).length > MAX_NAME_WORDS) return;
  const isName = isDariText(name) ? isDariAgedName(name, ctx.reading) : ENGLISH_NAME.test(name);
  const known = isName ? ctx.table.lookup(name) : null;
  if (!isName || (!known && !ctx.create)) return;
  const start = where.indexOf(name, own ? span.close : 0);
  const intro = { passage: p, start, end: start + line.length - line.indexOf(name) };
  const speaker = known ?? ctx.table.add(name, m.groups?.['role']?.trim() ?? '', intro);
  ctx.table.noteEvent({ passage: p, start, end: start + name.length, speaker: speaker.id });
  v.speaker = speaker.id;
  v.via = 'after';
};
