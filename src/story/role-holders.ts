/**
 * 'Engineer Name, who …' … '"…," he said.' … '"…," the engineer said.'; «سخنگوی ریاست … می‌گوید …. Name گفت: «…»»
 * … «سخنگوی … در پاسخ به این پرسش … گفت: «…»»: a quotation given to a definite role ("the engineer", «سخنگوی …»)
 * belongs to the one person quoted in the passages just before whom the text named with that role — in the name
 * ("Engineer Name"), beside it in the naming sentence ("said Name, the group's field officer"), or as the subject
 * opening the sentence before (the Dari description-then-name). Never when two such people fit.
 */
import { DARI_SPEECH_VERBS, SPEECH_VERBS } from './lexicon.ts';
import { describedHead } from './described-named.ts';
import { normalizeName } from './normalize.ts';
import { sentenceEnd, sentenceIndex } from './sentences.ts';
import type { SpeakerDraft, SpeakerTable } from './speakers.ts';

/** Passages back the quoted holder of the role may have spoken. */
const BACK_REACH = 6;
/** Characters of each passage between a holder's quotation and the role's read for another holder. */
const BETWEEN_REACH = 1500;
/** Characters either side of a name read for its sentence. */
const SENTENCE_REACH = 240;

/** The words a quotation draft needs here. */
interface DraftLike {
  passage: number;
  span: { start: number; end: number };
  speaker: string | null;
}

const SAYING = new Set([...SPEECH_VERBS, ...DARI_SPEECH_VERBS.map(normalizeName)]);

/** The words of a text, normalized (lowercased, Arabic letters folded). */
const wordsOf = (text: string): string[] =>
  normalizeName(text)
    .split(/[\s\u200C،,;:"“”«»()]+/u)
    .filter(Boolean);

/** Whether one of the words is the role's head ("engineer", «سخنگو» with its ezafe or plural). */
function holdsRole(words: readonly string[], head: string): boolean {
  const bare = head.endsWith('ی') ? head.slice(0, -1) : head;
  return words.some((w) => w === head || w === bare || w === `${bare}ی` || w === `${head}s`);
}

/**
 * The sentence of `text` around [start, end): [from, to), read no further than SENTENCE_REACH either side (the
 * shared sentence edges, so "Eng." or "Dr." inside a naming ends nothing).
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - SENTENCE_REACH);
  const from = sentenceIndex(text.slice(floor, start)).startOf(start - floor) + floor;
  return [from, sentenceEnd(text, end, Math.min(text.length, end + SENTENCE_REACH))];
}

/** Words of a sentence's piece up to the first verb of saying (what it says after is about others). */
function untilSaying(words: readonly string[]): string[] {
  const at = words.findIndex((w) => SAYING.has(w));
  return at < 0 ? [...words] : words.slice(0, at);
}

/** Dari words that end a role's own phrase («سخنگوی صحت عامه در پاسخ …» → صحت عامه). */
const DARI_PHRASE_ENDS = new Set(
  ['در', 'به', 'از', 'که', 'با', 'برای', 'نیز', 'هم', 'گفت', 'افزود'].map(normalizeName),
);
/** English words before the head that say nothing of whose role it is. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);
/** Dari qualifiers read after the head. */
const DARI_QUALIFIERS = 3;

/**
 * The words that say whose role it is: "the field officer" → field, «سخنگوی قوماندانی امنیه در …» → قوماندانی
 * امنیه. The holder's naming must hold them too: «سخنگوی این ریاست» is not the police spokesman.
 */
export function roleQualifiers(roleName: string, head: string): string[] {
  // "the mill's engineer": whose it is says nothing of the role's kind.
  const words = wordsOf(
    roleName
      .split(/\s+/u)
      .filter((w) => !/['’]s$/u.test(w))
      .join(' '),
  );
  const at = words.findIndex((w) => holdsRole([w], head));
  if (at < 0) return [];
  if (/\p{Script=Arabic}/u.test(roleName)) {
    const rest = words.slice(at + 1);
    const end = rest.findIndex((w) => DARI_PHRASE_ENDS.has(w));
    return (end < 0 ? rest : rest.slice(0, end)).slice(0, DARI_QUALIFIERS);
  }
  return words.slice(0, at).filter((w) => !DETERMINERS.has(w) && !/['’]s$/u.test(w));
}

/** The words naming the speaker with the role — its name, beside it, or the sentence before — or null. */
function roleNaming(table: SpeakerTable, s: SpeakerDraft, head: string): string[] | null {
  const name = wordsOf(s.name);
  const ev = table.firstMention(s.id);
  if (!ev) return holdsRole(name, head) ? name : null;
  const text = table.passageText(ev.passage);
  const [from, to] = sentenceAround(text, ev.start, ev.end);
  // "said Name, the group's field officer in Takhar, who …" — but not "Name said the engineer …".
  const beside = [
    ...name,
    ...untilSaying(wordsOf(text.slice(from, ev.start)).reverse()),
    ...untilSaying(wordsOf(text.slice(ev.end, to))),
  ];
  if (holdsRole(beside, head)) return beside;
  // «سخنگوی ریاست … می‌گوید که …. Name گفت»: the sentence before opens on the role, and this one on the name.
  if (from === 0 || wordsOf(text.slice(from, ev.start)).length > 0) return null;
  const [prevFrom] = sentenceAround(text, from - 2, from - 2);
  const prev = wordsOf(text.slice(prevFrom, from));
  return holdsRole(prev.slice(0, 1), head) ? [...beside, ...prev] : null;
}

/** Whether the text named the speaker with the role and whatever qualifies it. */
function namedWithRole(
  table: SpeakerTable,
  s: SpeakerDraft,
  head: string,
  qualifiers: readonly string[],
): boolean {
  const naming = roleNaming(table, s, head);
  return naming !== null && qualifiers.every((q) => naming.includes(q));
}

/**
 * Whether a mention of the role at `i` takes up the holder again rather than naming another: English "the (field)
 * engineer" with only the role's qualifiers between; Dari «سخنگوی صحت عامه» followed by the role's qualifiers.
 * "its own engineer", "the contractor's engineer", «سخنگوی والی» may be someone else.
 */
function takesUpRole(
  words: readonly string[],
  i: number,
  qualifiers: readonly string[],
  dari: boolean,
): boolean {
  if (dari) return qualifiers.every((q, k) => words[i + 1 + k] === q);
  let at = i - 1;
  while (at >= 0 && qualifiers.includes(words[at] ?? '')) at--;
  return ANAPHORIC.has(words[at] ?? '');
}
/** Words before a role that take up the one already named ("the engineer", "this inspector"). */
const ANAPHORIC = new Set(['the', 'this']);

/**
 * Whether the text between the holder's quotation `e` (after its sentence) and the sentence of `d` names another
 * holder of the role: "… sent its own engineer to the site. "…," the engineer said."
 */
function otherHolderBetween(
  table: SpeakerTable,
  [e, d]: readonly [DraftLike, DraftLike],
  head: string,
  qualifiers: readonly string[],
): boolean {
  for (let p = e.passage; p <= d.passage; p++) {
    const text = table.passageText(p);
    const from = p === e.passage ? sentenceAround(text, e.span.end, e.span.end)[1] : 0;
    const to = p === d.passage ? sentenceAround(text, d.span.start, d.span.start)[0] : text.length;
    const piece = from < to ? text.slice(Math.max(from, to - BETWEEN_REACH), to) : '';
    const words = wordsOf(piece);
    const dari = /\p{Script=Arabic}/u.test(piece);
    if (words.some((w, i) => holdsRole([w], head) && !takesUpRole(words, i, qualifiers, dari))) return true;
  }
  return false;
}

/** Give each quotation whose speaker is a definite role to the one recently quoted person named with it. */
export function giveRolesToQuotedHolders(table: SpeakerTable, drafts: readonly DraftLike[]): void {
  const byPassage = new Map<number, DraftLike[]>();
  for (const d of drafts) {
    const list = byPassage.get(d.passage);
    if (list) list.push(d);
    else byPassage.set(d.passage, [d]);
  }
  for (const d of drafts) {
    const role = table.speaker(d.speaker);
    if (!role?.anonymous || table.isGroup(role.id)) continue;
    const head = describedHead(role.name);
    if (!head || head.indefinite) continue;
    const qualifiers = roleQualifiers(role.name, head.head);
    const fits = new Map<SpeakerDraft, DraftLike>();
    for (let p = d.passage - BACK_REACH; p <= d.passage; p++)
      for (const e of byPassage.get(p) ?? []) {
        const s = table.speaker(e.speaker);
        if (e === d || (p === d.passage && e.span.start > d.span.start)) continue;
        if (s && !s.anonymous && !table.isGroup(s.id) && namedWithRole(table, s, head.head, qualifiers))
          fits.set(s, e);
      }
    const [only] = fits;
    if (fits.size === 1 && only && !otherHolderBetween(table, [only[1], d], head.head, qualifiers))
      d.speaker = only[0].id;
  }
}
