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

/** Tags, comments, doctypes and CDATA; attribute values may hold ">" inside quotes. */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

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
    const lines = current.split('\n').map((l) => (pre > 0 ? l.trimEnd() : l.replace(/ +/g, ' ').trim()));
    while (lines.length > 0 && lines[0] === '') lines.shift();
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    const text = pre > 0 ? lines.join('\n') : lines.filter(Boolean).join('\n');
    if (text.trim()) blocks.push(text);
    current = '';
  };
  let at = 0;
  for (const m of html.matchAll(TOKEN)) {
    addText(html.slice(at, m.index));
    at = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA, processing instruction
    const closing = m[0][1] === '/';
    const selfClosing = /\/\s*$/.test(m[2] ?? '');
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
