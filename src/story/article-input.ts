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

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export function checkSize(bytes: number): void {
  if (bytes > MAX_ARTICLE_BYTES)
    throw new InputError(
      null,
      `${formatBytes(bytes)} of text; articles up to ${formatBytes(MAX_ARTICLE_BYTES)} are accepted`,
    );
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
