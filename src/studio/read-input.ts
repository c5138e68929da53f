import { articleText, checkSize } from '../story/article-input.ts';
import { InputError, decodeArticle, parseJson } from '../story/decode.ts';
import { looksLikeHtml } from '../story/html-text.ts';
import { StoryFileError, parseStoryFile, type StoryFile } from '../story/story-file.ts';
import { EngineRefusal, EngineStopped, TIME_LIMIT_MS, type EngineControls } from './engine-client.ts';
import type { ConvertSource } from './engine-protocol.ts';

// The author's input as the browser hands it over (files, clipboard, drops), checked before the draft
// changes: each failure is one message saying what is wrong and where. Web pages, Markdown and files are
// converted in the engine's worker, never on the page's thread.

/** A story file holds the article plus what the engine read from it: far more than the 1 MB of text. */
const MAX_STORY_FILE_BYTES = 32 * 1024 * 1024;

export class InputProblem extends Error {
  override name = 'InputProblem';
}

function problem(source: string, err: unknown): never {
  if (err instanceof InputError || err instanceof StoryFileError || err instanceof EngineRefusal)
    throw new InputProblem(`${source}: ${err.message}`);
  if (err instanceof EngineStopped && err.reason === 'limit')
    throw new InputProblem(
      `${source} took more than ${TIME_LIMIT_MS / 1000} s to convert and was stopped; paste it as plain ` +
        'text (Ctrl+Shift+V) or open a shorter part of it',
    );
  throw err;
}

/** The article text of `source`, converted by the engine's worker; `name` names it in messages. */
export async function convertArticle(
  engine: Pick<EngineControls, 'convert'>,
  name: string,
  source: ConvertSource,
): Promise<string> {
  try {
    return await engine.convert(source);
  } catch (err) {
    return problem(name, err);
  }
}

export async function readArticleFile(file: File, engine: Pick<EngineControls, 'convert'>): Promise<string> {
  try {
    // Refused before reading it: a 2 GB file is not copied into the page to be refused there.
    checkSize(file.size);
  } catch (err) {
    return problem(file.name, err);
  }
  const bytes = await file.arrayBuffer();
  return convertArticle(engine, file.name, { kind: 'file', name: file.name, bytes });
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

/**
 * The article in a paste or a drop: HTML (from a web page or a CMS) is preferred, then plain text. Plain
 * text is the article as it is; markup is to be converted in the worker (`convert`).
 */
export function transferredArticle(
  data: DataTransfer,
  what: 'paste' | 'drop',
): { text: string } | { convert: ConvertSource; name: string } {
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  const name = `The ${what}`;
  if (html.trim()) return { convert: { kind: 'paste', text: html, format: 'html' }, name };
  if (plain.trim() && looksLikeHtml(plain))
    return { convert: { kind: 'paste', text: plain, format: 'text' }, name };
  // Plain text only has its line ends made one kind: linear, and done here without a round trip.
  if (plain.trim()) return { text: articleText(plain, 'text') };
  throw new InputProblem(`${name} was empty: there was no text to add`);
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
