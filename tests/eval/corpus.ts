// One evaluation article: a small header (name, language, kind, the quotations and who says them) and the
// article body with every place mention marked `[[text|ID]]` and every trap `[[text|-]]`. Pure: text in,
// parsed article out; the format is described in tests/eval/README.md.
import * as v from 'valibot';
import { PlaceId } from '../../src/story/schema.ts';

export const LANGS = ['en', 'da', 'mixed'] as const;
export const KINDS = ['wire', 'feature', 'interview', 'web', 'column', 'brief', 'profile', 'other'] as const;
export type Lang = (typeof LANGS)[number];
export type Kind = (typeof KINDS)[number];

/** A place the article names: offsets into the unmarked text (UTF-16, end exclusive). */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  place: string;
}

/** Words that look like a place and must not be linked. */
export interface Trap {
  start: number;
  end: number;
  text: string;
}

/** A quotation, found by a snippet from inside it; `speakers` are accepted names, null when nobody says it. */
export interface GoldQuote {
  snippet: string;
  speakers: string[] | null;
  /** Where the snippet sits in the unmarked text. */
  start: number;
}

export interface Article {
  name: string;
  lang: Lang;
  kind: Kind;
  /** The article as the engine reads it: marks replaced by their text. */
  text: string;
  gold: GoldMention[];
  traps: Trap[];
  quotes: GoldQuote[];
}

/** A problem in a corpus file, at a line (1-based) when there is one. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
    this.name = 'CorpusError';
  }
}

const HEADER_LINE = /^# (?<key>[a-z]+): (?<value>.*)$/;
const KNOWN_KEYS = ['name', 'lang', 'kind', 'quote', 'note'] as const;
const QUOTE_ARROW = ' => ';
const NO_SPEAKER = '(none)';
const TRAP_ID = '-';
const OPEN = '[[';
const CLOSE = ']]';

interface QuoteLine {
  snippet: string;
  speakers: string[] | null;
  line: number;
}

interface Header {
  fields: Map<string, string>;
  quotes: QuoteLine[];
  /** Index of the line after `---`. */
  bodyLine: number;
}

/** Parse one corpus file; `file` names it in errors and its base name must equal the `name` header. */
export function parseArticle(source: string, file: string): Article {
  const lines = source.split(/\r?\n/);
  const fail = (line: number | null, problem: string) => new CorpusError(file, line, problem);
  const header = readHeader(lines, fail);
  const { text, gold, traps } = readBody(lines.slice(header.bodyLine), header.bodyLine + 1, fail);
  const quotes = header.quotes.map((q) => locateQuote(q, text, fail));
  const name = required(header, 'name', fail);
  const base = file.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
  if (file.endsWith('.txt') && name !== base)
    throw fail(null, `name "${name}" differs from the file name "${base}"`);
  return {
    name,
    lang: oneOf(header, 'lang', LANGS, fail),
    kind: oneOf(header, 'kind', KINDS, fail),
    text,
    gold,
    traps,
    quotes,
  };
}

type Fail = (line: number | null, problem: string) => CorpusError;

function readHeader(lines: string[], fail: Fail): Header {
  const fields = new Map<string, string>();
  const quotes: QuoteLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const n = i + 1;
    if (line === '---') return { fields, quotes, bodyLine: i + 1 };
    if (line.trim() === '') continue;
    const m = HEADER_LINE.exec(line);
    if (!m?.groups) throw fail(n, `expected a header line "# key: value" or "---", found "${clip(line)}"`);
    const key = m.groups.key ?? '';
    const value = (m.groups.value ?? '').trim();
    if (!(KNOWN_KEYS as readonly string[]).includes(key))
      throw fail(n, `unknown header "${key}" (known: ${KNOWN_KEYS.join(', ')})`);
    if (key === 'quote') quotes.push(parseQuoteLine(value, n, fail));
    else if (key === 'note') continue;
    else if (fields.has(key)) throw fail(n, `header "${key}" given twice`);
    else fields.set(key, value);
  }
  throw fail(lines.length, 'no "---" line ends the header');
}

function parseQuoteLine(value: string, line: number, fail: Fail): QuoteLine {
  const arrow = value.indexOf(QUOTE_ARROW);
  if (arrow < 0) throw fail(line, `quote needs "<snippet> => <speaker>", found "${clip(value)}"`);
  const snippet = value.slice(0, arrow).trim();
  const who = value.slice(arrow + QUOTE_ARROW.length).trim();
  if (!snippet) throw fail(line, 'quote has an empty snippet');
  if (!who) throw fail(line, `quote "${clip(snippet)}" has no speaker (write ${NO_SPEAKER} for nobody)`);
  const speakers = who === NO_SPEAKER ? null : who.split(' | ').map((s) => s.trim());
  if (speakers?.some((s) => !s))
    throw fail(line, `quote "${clip(snippet)}" has an empty speaker alternative`);
  return { snippet, speakers, line };
}

function required(header: Header, key: string, fail: Fail): string {
  const value = header.fields.get(key);
  if (!value) throw fail(null, `header "${key}" is missing`);
  return value;
}

function oneOf<T extends string>(header: Header, key: string, allowed: readonly T[], fail: Fail): T {
  const value = required(header, key, fail);
  if (!(allowed as readonly string[]).includes(value))
    throw fail(null, `${key} "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** Strip the marks of the body, collecting their spans in the stripped text. */
function readBody(lines: string[], firstLine: number, fail: Fail) {
  const gold: GoldMention[] = [];
  const traps: Trap[] = [];
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    const n = firstLine + i;
    let at = 0;
    for (;;) {
      const open = line.indexOf(OPEN, at);
      const close = line.indexOf(CLOSE, at);
      if (close >= 0 && (open < 0 || close < open))
        throw fail(n, `"${CLOSE}" without "${OPEN}" at column ${close + 1}`);
      if (open < 0) break;
      if (close < 0) throw fail(n, `mark at column ${open + 1} is not closed on its line`);
      const inner = line.slice(open + OPEN.length, close);
      if (inner.includes(OPEN)) throw fail(n, `nested marks at column ${open + 1}`);
      const mark = parseMark(inner, n, open, fail);
      text += line.slice(at, open);
      const span = { start: text.length, end: text.length + mark.text.length, text: mark.text };
      if (mark.id === TRAP_ID) traps.push(span);
      else gold.push({ ...span, place: mark.id });
      text += mark.text;
      at = close + CLOSE.length;
    }
    text += line.slice(at);
  });
  return { text, gold, traps };
}

function parseMark(inner: string, line: number, column: number, fail: Fail) {
  const where = `mark "[[${clip(inner)}]]" at column ${column + 1}`;
  const bar = inner.lastIndexOf('|');
  if (bar < 0) throw fail(line, `${where} has no "|ID"`);
  const text = inner.slice(0, bar);
  const id = inner.slice(bar + 1);
  if (!text.trim()) throw fail(line, `${where} has no text`);
  if (text !== text.trim()) throw fail(line, `${where} has spaces around its text`);
  if (id !== TRAP_ID && !v.is(PlaceId, id))
    throw fail(line, `${where}: "${id}" is not a place id (P-code, ISO3, region slug) or "-"`);
  return { text, id };
}

function locateQuote(q: QuoteLine, text: string, fail: Fail): GoldQuote {
  const start = text.indexOf(q.snippet);
  if (start < 0) throw fail(q.line, `quote snippet "${clip(q.snippet)}" is not in the text`);
  if (text.indexOf(q.snippet, start + 1) >= 0)
    throw fail(q.line, `quote snippet "${clip(q.snippet)}" occurs more than once; make it unique`);
  return { snippet: q.snippet, speakers: q.speakers, start };
}

const CLIP = 40;
function clip(s: string): string {
  return s.length > CLIP ? `${s.slice(0, CLIP)}…` : s;
}
