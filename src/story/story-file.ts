import * as v from 'valibot';
import { Annotations, checkPlaceIds, jsonPath, AnnotationError } from './annotations.ts';
import { MAX_ARTICLE_BYTES, tooLargeMessage } from './article-input.ts';
import { segmentArticle } from './paragraphs.ts';
import { buildPassages } from './passages.ts';
import { Story } from './schema.ts';
import { validate } from './validate.ts';

// The studio's "<slug>.story.json": the article, the author's corrections and the story the engine read
// from them, in one file that the studio opens again and `npm run publish` puts on the site.

export const STORY_FILE_VERSION = 1;

export const StoryFile = v.strictObject({
  version: v.literal(STORY_FILE_VERSION),
  text: v.pipe(v.string(), v.minLength(1)),
  annotations: Annotations,
  story: Story,
});

export type StoryFile = v.InferOutput<typeof StoryFile>;

/** What is wrong with a story file, at a JSON path such as `$.annotations.overrides.link[0].offset`. */
export class StoryFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'StoryFileError';
  }
}

export function storyFile(text: string, annotations: Annotations, story: Story): StoryFile {
  return { version: STORY_FILE_VERSION, text, annotations, story };
}

/** Validate parsed JSON as a story file; `knownPlaces` checks place ids against the gazetteer. */
export function parseStoryFile(json: unknown, knownPlaces: ReadonlySet<string> | null): StoryFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new StoryFileError(
      '$',
      'not a story file (expected an object with version, text, annotations, story)',
    );
  const version = (json as { version?: unknown }).version;
  if (version === undefined) throw new StoryFileError('$.version', 'missing: this is not a story file');
  if (version !== STORY_FILE_VERSION)
    throw new StoryFileError(
      '$.version',
      `this is a version ${JSON.stringify(version)} story file; this studio reads version ${STORY_FILE_VERSION}`,
    );
  const parsed = validate(StoryFile, json);
  if (!parsed.ok) throw new StoryFileError(jsonPath(parsed.path), parsed.message);
  const file = parsed.value;
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_ARTICLE_BYTES) throw new StoryFileError('$.text', tooLargeMessage(bytes));
  if (knownPlaces) {
    try {
      checkPlaceIds(file.annotations, knownPlaces);
    } catch (err) {
      if (err instanceof AnnotationError)
        throw new StoryFileError(err.path.replace(/^\$/, '$.annotations'), err.problem);
      throw err;
    }
  }
  const past = pastTheEnd(file);
  if (past) throw new StoryFileError(past.path, past.problem);
  return file;
}

/** The first annotation or story span pointing beyond the text it belongs to, if any. */
export function pastTheEnd(file: Pick<StoryFile, 'text' | 'annotations' | 'story'>): {
  path: string;
  problem: string;
} | null {
  const { text, annotations, story } = file;
  const passages = buildPassages(text, segmentArticle(text).paragraphs);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const longest = Math.max(0, ...passages.map((p) => p.text.length));
  const ov = annotations.overrides;
  for (const kind of ['link', 'forbid'] as const) {
    for (const [i, o] of (ov?.[kind] ?? []).entries()) {
      if (o.offset === undefined) continue;
      const end = o.offset + o.text.length;
      const passage = o.passage === undefined ? undefined : byId.get(o.passage);
      const path = `$.annotations.overrides.${kind}[${i}].offset`;
      if (passage && end > passage.text.length)
        return {
          path,
          problem: `"${o.text}" at ${o.offset} runs past the end of passage ${passage.id} (${passage.text.length} characters)`,
        };
      if (o.passage === undefined && end > longest)
        return { path, problem: `"${o.text}" at ${o.offset} runs past the end of every passage` };
    }
  }
  const spans: [string, { sourceStart: number; sourceEnd: number }[]][] = [
    ['passages', story.passages],
    ['mentions', story.mentions],
    ['quotes', story.quotes],
    ['removed', story.removed],
  ];
  for (const [name, list] of spans) {
    for (const [i, s] of list.entries()) {
      if (s.sourceEnd > text.length || s.sourceStart > s.sourceEnd)
        return {
          path: `$.story.${name}[${i}].sourceEnd`,
          problem: `${s.sourceStart}–${s.sourceEnd} is past the end of the text (${text.length} characters)`,
        };
    }
  }
  return null;
}
