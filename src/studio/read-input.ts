import { articleFromFile, articleText, checkSize } from '../story/article-input.ts';
import { InputError, decodeArticle, parseJson } from '../story/decode.ts';
import { StoryFileError, parseStoryFile, type StoryFile } from '../story/story-file.ts';

// The author's input as the browser hands it over (files, clipboard, drops), checked before the draft
// changes: each failure is one message saying what is wrong and where.

/** A story file holds the article plus what the engine read from it: far more than the 1 MB of text. */
const MAX_STORY_FILE_BYTES = 32 * 1024 * 1024;

export class InputProblem extends Error {
  override name = 'InputProblem';
}

function problem(source: string, err: unknown): never {
  if (err instanceof InputError || err instanceof StoryFileError)
    throw new InputProblem(`${source}: ${err.message}`);
  throw err;
}

export async function readArticleFile(file: File): Promise<string> {
  try {
    checkSize(file.size);
    return articleFromFile(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    return problem(file.name, err);
  }
}

export async function readStoryFile(file: File, knownPlaces: ReadonlySet<string> | null): Promise<StoryFile> {
  try {
    if (file.size > MAX_STORY_FILE_BYTES) throw new InputError(null, 'too large for a story file');
    const json = parseJson(decodeArticle(new Uint8Array(await file.arrayBuffer())));
    return parseStoryFile(json, knownPlaces);
  } catch (err) {
    return problem(file.name, err);
  }
}

/** The article text in a paste or a drop: HTML (from a web page or a CMS) is preferred, then plain text. */
export function transferredText(data: DataTransfer, what: 'paste' | 'drop'): string {
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  const source = `The ${what}`;
  try {
    if (html.trim()) return articleText(html, 'html');
    if (plain.trim()) return articleText(plain, 'text');
  } catch (err) {
    return problem(source, err);
  }
  throw new InputProblem(`${source} was empty: there was no text to add`);
}

/** The text after inserting `inserted` over the selection, refused when it would be too large. */
export function withInserted(value: string, start: number, end: number, inserted: string): string {
  const next = value.slice(0, start) + inserted + value.slice(end);
  try {
    checkSize(new TextEncoder().encode(next).length);
  } catch (err) {
    return problem('The article', err);
  }
  return next;
}
