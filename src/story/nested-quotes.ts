/**
 * A quotation inside a quotation: «از ده که بیرون شدیم، رهنما گفت: "…" و ما …» — the speaker tells what someone
 * else said to them. The outer words stay the speaker's, in pieces around the inner ones; the inner words are
 * the one the speaker's own sentence names before them ("رهنما گفت:"), and "پدرم" ("my father") there is the
 * speaker's father. An inner quotation no attribution introduces, or a word or two ("می‌گفتند "کابلی""), stays
 * part of the outer one.
 */
import { DARI_KIN_STEMS, dariSubjectBefore, resolveDariSubject } from './dari-attribution.ts';
import { isDariText } from './dari-words.ts';
import { DARI_KIN_IN_ENGLISH } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { SCARE_MAX_WORDS, trimmedSpan, type QuoteSpan } from './quotes.ts';
import { englishInnerSpeaker } from './english-inner-quotes.ts';
import type { Reading, SpeakerTable } from './speakers.ts';
import type { QuoteDraft } from './attribution.ts';

/** A kin noun with "my" ("پدرم", "بابه‌کلانم"): its stem, or null. */
function firstPersonKin(name: string): string | null {
  const key = normalizeName(name.trim());
  const stem = DARI_KIN_STEMS.find((k) => key === `${k}م` || key === `${k}یم`);
  return stem ?? null;
}

/** Dari kin stems (name keys) in English. */
const KIN_IN_ENGLISH = new Map(Object.entries(DARI_KIN_IN_ENGLISH).map(([k, v]) => [normalizeName(k), v]));

/** The relative's name: «مادر نسرین» for a person named in Dari, "Gul Ahmad's mother" for one named in English. */
function relativeLabel(kin: string, name: string): string {
  const english = KIN_IN_ENGLISH.get(kin);
  return isDariText(name) || !english ? `${kin} ${name}` : `${name}'s ${english}`;
}

/** Who says an inner quotation: the subject of the speaker's sentence before it; null when none is read. */
function innerSpeaker(
  table: SpeakerTable,
  text: string,
  p: number,
  inner: QuoteSpan,
  outerSpeaker: string | null,
  outerStart: number,
): string | null {
  if (inner.open === null) return null;
  if (!isDariText(text.slice(inner.start, inner.end)))
    return englishInnerSpeaker(table, text, { passage: p, outerStart }, inner, outerSpeaker);
  const s = dariSubjectBefore(text, inner.open);
  if (!s || s.pronoun) return null;
  const kin = s.name ? firstPersonKin(s.name) : null;
  if (kin)
    return table.relativeOf(outerSpeaker, (name) => relativeLabel(kin, name), {
      passage: p,
      start: s.start,
      end: s.end,
    });
  return resolveDariSubject(table, s, p, true, text);
}

/** What a piece of an outer quotation is trimmed of at each end: spaces, commas, a colon. */
const PIECE_EDGE = /[\s،,:]/u;

/** The stretch [from, to) of the passage as a piece of a quotation, trimmed; null when it holds no word. */
function piece(
  text: string,
  from: number,
  to: number,
  open: number | null,
  close: number | null,
): QuoteSpan | null {
  const span = trimmedSpan(text, [from, to], [open, close], PIECE_EDGE, PIECE_EDGE);
  return span && span.words > 0 ? span : null;
}

/** Whether an inner quotation is said, not a term: longer than a few words, or set after a colon ("گفت: "…""). */
function isSaid(text: string, inner: QuoteSpan): boolean {
  // Only the few characters before the mark: the text before it may be the whole article.
  const open = inner.open ?? 0;
  return inner.words > SCARE_MAX_WORDS || /[:：]\s*$/u.test(text.slice(Math.max(0, open - 8), open));
}

/**
 * One draft, split into its outer pieces and the inner quotations that have a speaker of their own. The draft
 * itself becomes the last piece, so a quotation that runs on into the next paragraph still continues from it.
 */
function splitOne(d: QuoteDraft, text: string, table: SpeakerTable): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  let from = d.span.start;
  let open = d.span.open;
  let previous = d.continues;
  for (const inner of d.span.inner ?? []) {
    if (inner.close === null || inner.open === null || !isSaid(text, inner)) continue;
    const speaker = innerSpeaker(table, text, d.passage, inner, d.speaker, d.span.start);
    if (!speaker) continue;
    const span = piece(text, from, inner.open, open, null);
    if (span) {
      const part: QuoteDraft = { ...d, span, continues: previous };
      out.push(part);
      previous = part;
    }
    out.push({ passage: d.passage, span: inner, speaker, via: 'before', continues: null });
    from = inner.close + 1;
    open = null;
  }
  if (out.length === 0) return [d];
  const last = piece(text, from, d.span.end, open, d.span.close);
  if (!last) return out;
  d.span = last;
  d.continues = previous;
  out.push(d);
  return out;
}

/** Every draft holding an inner quotation with a speaker of its own, split into its pieces, in reading order. */
export function splitNestedQuotations(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  reading: Reading,
): QuoteDraft[] {
  return drafts.flatMap((d) =>
    d.span.inner?.length ? splitOne(d, reading.texts[d.passage] ?? '', table) : [d],
  );
}
