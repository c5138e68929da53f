// HTML copied from a web page or a CMS, as plain article text: one paragraph or subhead per block, blocks
// separated by a blank line (what the engine's segmenter reads), markup dropped. A small tokenizer rather
// than the DOM, so it runs in Node and in a worker; its output is only ever text, never markup to insert.

/** Elements whose content is not article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Void elements never have an end tag, so they never open a dropped region. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  shy: '',
  zwnj: '\u200c',
  zwj: '\u200d',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  ntilde: 'ñ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A tag, comment, doctype, CDATA section or processing instruction found in the HTML. */
interface Token {
  index: number;
  end: number;
  /** The tag's name, for tags only. */
  name?: string;
  closing?: boolean;
  /** What follows the name up to the ">". */
  attributes?: string;
}

const TAG_START = /<\/?[a-zA-Z]/y;
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9-]*/y;

/**
 * The tags, comments, doctypes and CDATA sections of `html` in order; attribute values may hold ">" inside
 * quotes. A "<" that starts none of them is text. Each search for a closing mark reuses the last one's answer,
 * so a page full of unclosed "<a " is still read once.
 */
function* tokens(html: string): Generator<Token> {
  const tagEnd = tagEnds(html);
  const nextGt = nextIndexOf(html, '>');
  for (let at = html.indexOf('<'); at >= 0;) {
    let token: Token | null = null;
    if (html.startsWith('<!--', at)) token = upTo(html, at, 4, '-->');
    else if (html.startsWith('<![CDATA[', at)) token = upTo(html, at, 9, ']]>');
    else if (html[at + 1] === '!' || html[at + 1] === '?') {
      const gt = nextGt(at + 2);
      if (gt >= 0) token = { index: at, end: gt + 1 };
    } else {
      TAG_START.lastIndex = at;
      if (TAG_START.test(html)) {
        const closing = html[at + 1] === '/';
        TAG_NAME.lastIndex = at + (closing ? 2 : 1);
        const name = TAG_NAME.exec(html)?.[0] ?? '';
        const from = TAG_NAME.lastIndex;
        const gt = tagEnd(from);
        if (gt >= 0) token = { index: at, end: gt + 1, name, closing, attributes: html.slice(from, gt) };
      }
    }
    if (token) yield token;
    at = html.indexOf('<', token ? token.end : at + 1);
  }
}

/** A comment or CDATA section from `at`: up to its closing mark, or to the end when it has none. */
function upTo(html: string, at: number, open: number, close: string): Token {
  const end = html.indexOf(close, at + open);
  return { index: at, end: end < 0 ? html.length : end + close.length };
}

/** The first `ch` at or after an offset; asked with rising offsets, an answer holds until the offset passes it. */
function nextIndexOf(text: string, ch: string): (from: number) => number {
  let from = Infinity;
  let found = -1;
  return (at) => {
    if (at < from || (found >= 0 && at > found)) {
      from = at;
      found = text.indexOf(ch, at);
    }
    return found;
  };
}

/** For each offset, the first of `chars` at or after it (-1: none), filled from the end in one pass. */
function nextOf(text: string, chars: string): Int32Array {
  const hit = new Uint8Array(0x10000);
  for (const c of chars) hit[c.charCodeAt(0)] = 1;
  const next = new Int32Array(text.length + 1);
  let last = -1;
  next[text.length] = last;
  // A table lookup per character: this runs over every character of a page.
  for (let i = text.length - 1; i >= 0; i--) next[i] = last = hit[text.charCodeAt(i)] ? i : last;
  return next;
}

/**
 * Where a tag whose name ends at an offset closes: the first ">" outside quoted attribute values, or -1 when
 * the text ends first (an unclosed quote ends the attributes too). Each step jumps to the next ">" or quote and
 * over a quoted value; the answer is kept for every offset a reading passes, where later readings meet it.
 */
function tagEnds(html: string): (from: number) => number {
  let next: { special: Int32Array; double: Int32Array; single: Int32Array } | null = null;
  const memo = new Map<number, number>();
  return (from) => {
    next ??= { special: nextOf(html, '>"\''), double: nextOf(html, '"'), single: nextOf(html, "'") };
    const passed: number[] = [];
    let end = -1;
    for (let at = from; ;) {
      const known = memo.get(at);
      if (known !== undefined) {
        end = known;
        break;
      }
      passed.push(at);
      const stop = next.special[at] ?? -1;
      if (stop < 0) break;
      if (html[stop] === '>') {
        end = stop;
        break;
      }
      const close = (html[stop] === '"' ? next.double : next.single)[stop + 1] ?? -1;
      if (close < 0) break;
      at = close + 1;
    }
    for (const p of passed) memo.set(p, end);
    return end;
  };
}

/** Plain article text from HTML: paragraphs and subheads kept, everything else dropped. */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  /** Depth of <pre>: inside it, white space is the text's own. */
  let pre = 0;
  /** The dropped element we are inside, and how deep in nested copies of it. */
  let dropping: { name: string; depth: number } | null = null;
  const addText = (raw: string) => {
    if (dropping || raw.length === 0) return;
    const text = decodeEntities(raw).replace(/\u00a0/g, ' ');
    current += pre > 0 ? text : text.replace(/[ \t\r\n\f]+/g, ' ');
  };
  // Line breaks in `current` come only from <br> (or a <pre>): they stay line breaks in the paragraph.
  const endBlock = () => {
    const all = current.split('\n').map((l) => (pre > 0 ? l.trimEnd() : l.replace(/ +/g, ' ').trim()));
    const first = all.findIndex((l) => l !== '');
    const lines = first < 0 ? [] : all.slice(first, all.findLastIndex((l) => l !== '') + 1);
    const text = pre > 0 ? lines.join('\n') : lines.filter(Boolean).join('\n');
    if (text.trim()) blocks.push(text);
    current = '';
  };
  let at = 0;
  for (const token of tokens(html)) {
    addText(html.slice(at, token.index));
    at = token.end;
    const name = token.name?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA, processing instruction
    const closing = token.closing ?? false;
    const selfClosing = /\/\s*$/.test(token.attributes ?? '');
    if (dropping) {
      if (name === dropping.name) {
        if (closing) dropping.depth -= 1;
        else if (!selfClosing) dropping.depth += 1;
        if (dropping.depth === 0) dropping = null;
      }
      continue;
    }
    if (DROPPED.has(name)) {
      if (!closing && !selfClosing && !VOID.has(name)) dropping = { name, depth: 1 };
      continue;
    }
    if (name === 'br') current += '\n';
    else if (BLOCKS.has(name)) {
      endBlock();
      if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    }
  }
  addText(html.slice(at));
  endBlock();
  return blocks.join('\n\n');
}

/** Whether pasted or opened text looks like HTML markup rather than an article that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<(?:p|div|h[1-6]|article|body|section|span|meta)[\s>])/i.test(
    text,
  );
}
