// A Dari lesson or feature page sets a person's words in a box under a heading of their role: «📌 یادداشت معلم»
// then «…» alone. The words are the person the page names by that role's title («استاد فریده نوابی»).
import { DARI_BOX_ROLE_TITLES, DARI_BOX_WORDS, DARI_TITLE_QUALIFIERS } from './lexicon.ts';
import { normalizeName } from './normalize.ts';
import { matchesOf } from './matches.ts';
import { escapeRegExp, wordAlternation } from './regex-parts.ts';
import type { SpeakerTable } from './speakers.ts';

/** «📌 یادداشت معلم», «💬 سخن آخر معلم:»: a box heading of a word for words, perhaps a qualifier, and a role. */
const BOX_HEADING = new RegExp(
  `^[^\\p{L}]{0,6}(?:${wordAlternation(DARI_BOX_WORDS)})(?:[ \\t]+(?:آخر|پایانی|اول|امروز))?[ \\t]+(?<role>${wordAlternation(
    Object.keys(DARI_BOX_ROLE_TITLES),
  )})[ \\t]*:?[ \\t]*$`,
  'u',
);
const QUALIFIERS: ReadonlySet<string> = new Set(DARI_TITLE_QUALIFIERS.map(normalizeName));
/** The longest a box's heading line is. */
const HEADING_MAX = 40;
/** Passages back the holder's title and name are looked for. */
const REACH = 30;
const NAME_WORD = '[^\\s،.:«»؛()|\\[\\]!؟?\\d۰-۹]+';
/** For each role, a title of it before a two-word name («استاد فریده نوابی»): compiled once, not per quotation. */
const TITLED: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(DARI_BOX_ROLE_TITLES).map(([role, titles]) => [
    role,
    new RegExp(
      `(?<![\\p{L}\\u200C])(?<title>${titles.map(escapeRegExp).join('|')})[ \\t]+(?<name>${NAME_WORD}[ \\t]+${NAME_WORD})`,
      'gu',
    ),
  ]),
);

/** The person a title of the role names last before `end` of passage p («استاد فریده نوابی»), as a speaker. */
function titledHolder(
  table: SpeakerTable,
  role: string,
  p: number,
  end: number,
  create: boolean,
): string | null {
  const titled = TITLED.get(role);
  if (!titled) return null;
  for (let k = p; k >= 0 && k >= p - REACH; k--) {
    const text = table.passageText(k).slice(0, k === p ? end : undefined);
    for (const m of [...matchesOf(titled, text)].reverse()) {
      const name = m.groups?.['name'] ?? '';
      // «مدیر لیسهٔ عالی»: a word joined by the ezafe is a place or body the title holds, no name.
      if (name.includes('\u0654')) continue;
      // «مدیر عمومی شرکت»: a qualifier of the title opens no name.
      if (QUALIFIERS.has(normalizeName(name.split(/\s/u)[0] ?? ''))) continue;
      const known = table.lookup(name);
      if (known) return known.id;
      if (!table.isPersonName(name, 2)) continue;
      if (!create) return null;
      const start = m.index + m[0].length - name.length;
      return table.add(name, role, { passage: k, start, end: start + name.length }).id;
    }
  }
  return null;
}

/** The line before a quotation that opens its line (in its passage, else the passage before), or null. */
function lineBefore(table: SpeakerTable, text: string, p: number, openAt: number): string | null {
  // Only spaces back to the line's start: read character by character, never the whole passage.
  let lineStart = openAt;
  while (lineStart > 0 && /[^\S\n]/u.test(text[lineStart - 1] ?? '')) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return null;
  if (lineStart > 0) {
    // A heading is short: the line before is read over no more than its longest.
    const from = Math.max(0, lineStart - 1 - HEADING_MAX);
    const window = text.slice(from, lineStart - 1);
    const cut = window.lastIndexOf('\n');
    return cut >= 0 || from === 0 ? window.slice(cut + 1) : null;
  }
  return p > 0 ? table.passageText(p - 1) : null;
}

/** A quotation opening its line under a box heading of a role: the role's holder the page named, or null. */
export function boxHeadingSpeaker(
  table: SpeakerTable,
  text: string,
  p: number,
  openAt: number,
  create: boolean,
): string | null {
  const heading = lineBefore(table, text, p, openAt);
  if (!heading || heading.length > HEADING_MAX) return null;
  const role = BOX_HEADING.exec(heading.trim())?.groups?.['role'];
  if (!role) return null;
  // «محمد نعیم رسولی، مدیر لیسه، …»: a person the page described by the role, when no title names one.
  return titledHolder(table, role, p, openAt, create) ?? table.describedAs(role)[0]?.id ?? null;
}
