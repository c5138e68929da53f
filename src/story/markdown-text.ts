// A Markdown article as plain text: headings become subhead lines, emphasis, links and images lose their
// markup, so the engine reads the words and its offsets point at what the reader sees. Each rule is a left-to-
// right scan whose searches for a closing mark reuse the last answer, so a line of a thousand unclosed "**"
// or "[" is read once, not once per mark.

import { escapeRegExp } from './regex-parts.ts';

/** Characters a "." in a regex does not match: an emphasised span never runs over them. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    // A rule or a setext underline is not text.
    if (/^\s*([-*_=])(\s*\1){2,}\s*$/.test(raw)) {
      out.push('');
      continue;
    }
    // Headings and subheads stand on their own, a blank line either side.
    const heading = headingText(raw);
    if (heading !== null) {
      out.push('', inline(heading), '');
      continue;
    }
    const line = raw
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*\[[^\]]+\]:\s*\S[^\n\r\u2028\u2029]*$/, ''); // a reference-style link definition
    out.push(inline(line));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text of an ATX heading ("## What Comes Next ##"): up to three spaces, one to six "#", white space, then
 * the text without the white space and closing "#"s after it; null when the line is not a heading.
 */
function headingText(line: string): string | null {
  const open = /^\s{0,3}#{1,6}\s+/.exec(line)?.[0].length;
  if (open === undefined) return null;
  let end = line.length;
  while (end > open && /\s/.test(line[end - 1] ?? '')) end--;
  while (end > open && line[end - 1] === '#') end--;
  while (end > open && /\s/.test(line[end - 1] ?? '')) end--;
  const text = line.slice(open, end);
  return LINE_BREAK.test(text) ? null : text;
}

function inline(text: string): string {
  const links = [
    { open: '![', close: ']', joint: '(', end: ')', keep: false, minInner: 0 },
    { open: '[', close: ']', joint: '(', end: ')', keep: true, minInner: 1 },
    { open: '[', close: ']', joint: '[', end: ']', keep: true, minInner: 1 },
  ];
  let out = text;
  for (const link of links) out = replaceLinks(out, link);
  out = replaceAutolinks(out);
  out = replaceStrong(out);
  out = replaceEmphasis(out, '*', /[^\w*]/);
  out = replaceEmphasis(out, '_', /[^\w]/);
  return out
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trimEnd();
}

/**
 * The first match of `re` (a global regex of one character) at or after an offset. Asked with rising offsets,
 * an answer holds until the offset passes it, so a text is searched once however many marks ask.
 */
function nextMatch(text: string, re: RegExp): (from: number) => number {
  let from = Infinity;
  let found = -1;
  return (at) => {
    if (at < from || (found >= 0 && at > found)) {
      from = at;
      re.lastIndex = at;
      found = re.exec(text)?.index ?? -1;
    }
    return found;
  };
}

const nextIndexOf = (text: string, ch: string) => nextMatch(text, new RegExp(escapeRegExp(ch), 'g'));
const nextLineBreak = (text: string) => nextMatch(text, new RegExp(LINE_BREAK.source, 'g'));

/**
 * "![alt](src)" → "", "[text](url)" and "[text][ref]" → "text": the first closing bracket after the opening one,
 * the joint right after it, the first closing mark after the joint.
 */
function replaceLinks(
  text: string,
  link: { open: string; close: string; joint: string; end: string; keep: boolean; minInner: number },
): string {
  const nextClose = nextIndexOf(text, link.close);
  const nextEnd = nextIndexOf(text, link.end);
  let out = '';
  let last = 0;
  for (let at = text.indexOf(link.open); at >= 0;) {
    const inner = at + link.open.length;
    const close = nextClose(inner);
    const end = close >= 0 && text[close + 1] === link.joint ? nextEnd(close + 2) : -1;
    if (end < 0 || close - inner < link.minInner) {
      at = text.indexOf(link.open, at + 1);
      continue;
    }
    out += text.slice(last, at) + (link.keep ? text.slice(inner, close) : '');
    last = end + 1;
    at = text.indexOf(link.open, last);
  }
  return out + text.slice(last);
}

/** "<https://example.org>" → "https://example.org". */
function replaceAutolinks(text: string): string {
  const nextStop = nextMatch(text, /[>\s]/g);
  let out = '';
  let last = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', Math.max(at + 1, last))) {
    const scheme = /^https?:/.exec(text.slice(at + 1, at + 8))?.[0];
    if (!scheme) continue;
    const from = at + 1 + scheme.length;
    const end = nextStop(from);
    if (end <= from || text[end] !== '>') continue;
    out += text.slice(last, at) + text.slice(at + 1, end);
    last = end + 1;
  }
  return out + text.slice(last);
}

/** Offsets where `test` holds, in order. */
function offsets(text: string, test: (at: number) => boolean): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) if (test(at)) found.push(at);
  return found;
}

/** The first of ascending `xs` at or after `x`, or -1. */
function firstFrom(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return xs[lo] ?? -1;
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/**
 * "**strong**" and "__strong__" → "strong": a marker before a non-space, then the nearest same marker after a
 * non-space, with no line break between.
 */
function replaceStrong(text: string): string {
  const closers = new Map(
    ['**', '__'].map((m) => [m, offsets(text, (at) => text.startsWith(m, at) && !isSpace(text[at - 1]))]),
  );
  const nextBreak = nextLineBreak(text);
  let out = '';
  let last = 0;
  for (let at = 0; at < text.length; at++) {
    for (const marker of ['**', '__']) {
      if (!text.startsWith(marker, at) || isSpace(text[at + 2])) continue;
      const close = firstFrom(closers.get(marker) ?? [], at + 3);
      const lineBreak = nextBreak(at + 2);
      if (close < 0 || (lineBreak >= 0 && lineBreak < close)) continue;
      out += text.slice(last, at) + text.slice(at + 2, close);
      last = close + 2;
      at = last - 1;
      break;
    }
  }
  return out + text.slice(last);
}

/**
 * "*emphasis*" and "_emphasis_" → "emphasis": the mark at the line's start or after a character `before`
 * allows, a non-space after it, then the nearest same mark after a non-space and before no word character.
 */
function replaceEmphasis(text: string, mark: string, before: RegExp): string {
  const closers = offsets(
    text,
    (at) => text[at] === mark && !isSpace(text[at - 1]) && !/\w/.test(text[at + 1] ?? ''),
  );
  const nextBreak = nextLineBreak(text);
  const opensAt = (open: number): number => {
    if (text[open] !== mark || isSpace(text[open + 1])) return -1;
    const close = firstFrom(closers, open + 2);
    const lineBreak = nextBreak(open + 1);
    return close < 0 || (lineBreak >= 0 && lineBreak < close) ? -1 : close;
  };
  let out = '';
  let last = 0;
  for (let at = 0; at < text.length; at++) {
    // At the start: the mark itself, or (as at any other offset) one allowed character and then the mark.
    let open = at === 0 ? 0 : -1;
    let close = open === 0 ? opensAt(0) : -1;
    if (close < 0 && before.test(text[at] ?? '')) {
      open = at + 1;
      close = opensAt(open);
    }
    if (close < 0) continue;
    out += text.slice(last, open) + text.slice(open + 1, close);
    last = close + 1;
    at = last - 1;
  }
  return out + text.slice(last);
}
