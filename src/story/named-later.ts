// 'The engineer I met in May told me: "…" … That engineer is Zamir Hotak, and …': a quotation whose speaker the
// text gives only by a role is said by the person a later sentence of the same paragraph names by that role.
import type { QuoteDraft } from './attribution.ts';
import { unattributedEnglish } from './actor-before-quote.ts';
import { ROLE_NOUNS } from './lexicon.ts';
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

/** Passages before a naming sentence in which an official it names may have been quoted by title. */
const TITLE_ONLY_REACH = 30;
/** A generic word for whoever holds an office: "the official" may be the role the text names later. */
const ANY_OFFICE_HOLDER = new Set(['official']);
const isOfficeHolder = (name: string) => ANY_OFFICE_HOLDER.has(name.toLowerCase().split(/\s+/).at(-1) ?? '');

/** The role a naming sentence gives, its words before "is": "water chief" of "The water chief is Name". */
function rolePhrase(text: string, naming: { name: string; at: number }): string {
  const words = text
    .slice(naming.at, text.indexOf(naming.name, naming.at))
    .trim()
    .toLowerCase()
    .split(/\s+/u);
  if (['the', 'that', 'this'].includes(words[0] ?? '')) words.shift();
  if (['is', 'was'].includes(words.at(-1) ?? '')) words.pop();
  // "The teacher's name is": the role is "teacher".
  if (words.at(-1) === 'name') {
    words.pop();
    const owner = words.pop();
    if (owner) words.push(owner.replace(/['’]s$/u, ''));
  }
  return words.join(' ');
}

/**
 * 'The provincial mines chief … "…," he says.' paragraphs before 'The mines chief is Mawlawi Name, 47, …': an
 * official a feature quotes by title ("the mines chief", "the official") before it gives his name is the person a
 * later "The <role> is Name" names — the quotations given to that definite role, whole-article, become theirs.
 */
export function nameTitledSourcesNamedLater(
  drafts: readonly QuoteDraft[],
  table: SpeakerTable,
  reading: Reading,
): void {
  const quoted = new Set(drafts.flatMap((d) => (d.speaker ? [d.speaker] : [])));
  const titled = table.speakers.filter((s) => s.anonymous && /^The\s/u.test(s.name) && quoted.has(s.id));
  if (titled.length === 0) return;
  reading.texts.forEach((text, p) => {
    for (const naming of roleNamingsOfPassage(reading, p)) {
      if (!ROLE_NOUNS.has(naming.head) || !table.isPersonName(naming.name, 2)) continue;
      const role = rolePhrase(text, naming);
      const inReach = titled.filter((s) => {
        const first = table.firstMention(s.id) ?? s.intro;
        return first && first.passage >= p - TITLE_ONLY_REACH && first.passage <= p;
      });
      // "The water chief is Name" names "the district water chief", not "the district chief"; "the official"
      // joins them only when the naming names a titled source outright.
      const named = inReach.filter((s) => ` ${s.name.toLowerCase()}`.endsWith(` ${role}`));
      const sources =
        named.length === 0 ? [] : inReach.filter((s) => named.includes(s) || isOfficeHolder(s.name));
      if (sources.length === 0) continue;
      const at = text.indexOf(naming.name, naming.at);
      const person =
        table.lookup(naming.name) ??
        table.add(naming.name, '', { passage: p, start: at, end: at + naming.name.length });
      const ids = new Set(sources.map((s) => s.id));
      for (const d of drafts) if (d.speaker && ids.has(d.speaker)) d.speaker = person.id;
    }
  });
}
