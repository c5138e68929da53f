import { InputError, decodeArticle } from './decode.ts';
import { htmlToText, looksLikeHtml } from './html-text.ts';
import { markdownToText } from './markdown-text.ts';

// An article as a file or a paste: checked, decoded and turned into the plain text the engine reads.

/** The largest article the studio and `publish` accept, in bytes of UTF-8: a long feature is ~60 kB. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.md', '.markdown'] as const;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

const MB = 1024 * 1024;

/**
 * "1.2 MB of text; the limit is 1 MB" — the one message for an article over the limit, in the studio, in
 * `publish` and in `ingest`. The size shows as many decimals as it takes to read as more than the limit (1 MB and
 * one byte is "1.000001 MB", never "1.0 MB").
 */
export function tooLargeMessage(bytes: number): string {
  const limit = MAX_ARTICLE_BYTES / MB;
  let decimals = 1;
  while (decimals < 6 && Number((bytes / MB).toFixed(decimals)) <= limit) decimals++;
  return `${(bytes / MB).toFixed(decimals)} MB of text; the limit is ${limit} MB`;
}

export function checkSize(bytes: number): void {
  if (bytes > MAX_ARTICLE_BYTES) throw new InputError(null, tooLargeMessage(bytes));
}

/** Text for the engine from pasted or opened text: HTML and Markdown lose their markup. */
export function articleText(text: string, kind: 'text' | 'html' | 'markdown'): string {
  const plain =
    kind === 'html' || (kind === 'text' && looksLikeHtml(text))
      ? htmlToText(text)
      : kind === 'markdown'
        ? markdownToText(text)
        : text.replace(/\r\n?/g, '\n');
  if (plain.trim().length === 0) throw new InputError(null, 'no article text in it');
  return plain;
}

/** The article in a .txt, .html or .md file. Throws InputError: too large, binary, not UTF-8, empty. */
export function articleFromFile(name: string, bytes: Uint8Array): string {
  const ext = extensionOf(name);
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext))
    throw new InputError(null, `not an article file: open a ${ARTICLE_EXTENSIONS.join(', ')} file`);
  checkSize(bytes.length);
  const text = decodeArticle(bytes);
  return articleText(
    text,
    ext === '.html' || ext === '.htm' ? 'html' : ext.startsWith('.m') ? 'markdown' : 'text',
  );
}
