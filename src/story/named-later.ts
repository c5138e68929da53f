// 'The engineer I met in May told me: "…" … That engineer is Zamir Hotak, and …': a quotation whose speaker the
// text gives only by a role is said by the person a later sentence of the same paragraph names by that role.
import type { QuoteDraft } from './attribution.ts';
import { unattributedEnglish } from './actor-before-quote.ts';
import { roleNamingsOf } from './person-cues.ts';
import { lastBelow, perPassage } from './reading-cache.ts';
import { sentencesOf, type Reading, type SpeakerTable } from './speakers.ts';

/** The role namings of each passage, read once however many quotations it holds. */
const roleNamingsOfPassage = perPassage((text) => roleNamingsOf(text));
/** Characters before a quotation read for the role that gives it: its sentence's lead, at most. */
const LEAD_MAX = 300;
/** Namings after a quotation read for its role. */
const NAMINGS_LOOKED_AT = 3;

/** Whether `text` holds `word` as a whole word. */
const holdsWord = (text: string, word: string) => text.split(/[^\p{L}]+/u).includes(word);

/**
 * Each English quotation still without a speaker whose sentence, before the quotation, holds a role noun that a
 * later "That <noun> is Name" / "The <noun>'s name is Name" of its paragraph names: that person's.
 */
export function namedLaterInParagraph(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  reading: Reading,
): void {
  for (const { d, text, open } of unattributedEnglish(drafts, reading)) {
    const from = Math.max(open - LEAD_MAX, sentencesOf(reading, d.passage).startOf(open));
    const lead = text.slice(from, open);
    const namings = roleNamingsOfPassage(reading, d.passage);
    // The next few namings after the quotation, found by a binary search: a bounded read per quotation.
    const first = lastBelow(namings, d.span.end, (n) => n.at) + 1;
    const naming = namings.slice(first, first + NAMINGS_LOOKED_AT).find((n) => holdsWord(lead, n.head));
    if (!naming || !table.isPersonName(naming.name, 2)) continue;
    const at = text.indexOf(naming.name, naming.at);
    const intro = { passage: d.passage, start: at, end: at + naming.name.length };
    const person = table.lookup(naming.name) ?? table.add(naming.name, naming.head, intro);
    if (!person.anonymous) {
      d.speaker = person.id;
      d.via = 'paragraph';
    }
  }
}
