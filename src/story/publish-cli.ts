// Command line: put a story on the site. Runs the engine and writes data/stories/<slug>.json plus the list
// of stories, data/stories/index.json (build outputs under public/data/, shipped by the next build).
//   npm run publish -- <article.txt|.html|.md | file.story.json> [--annotations <file>] [--slug <slug>]
//   tsx src/story/publish-cli.ts --default   (the build: lists data/story.json as the default story)
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { AnnotationError, jsonPath, parseAnnotations, type Annotations } from './annotations.ts';
import { articleFromFile } from './article-input.ts';
import { Catalog, EMPTY_CATALOG, catalogEntry, slugForTitle, slugProblem, withEntry } from './catalog.ts';
import { ENV, FileError, loadGazetteer, readBytes, readJson, writeAtomic } from './cli.ts';
import { InputError } from './decode.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { ingestStory } from './ingest.ts';
import { Story } from './schema.ts';
import { StoryFileError, parseStoryFile } from './story-file.ts';
import { validate } from './validate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATA_DIR = path.resolve(HERE, '../../public/data');
const STORY_FILE_SUFFIX = '.story.json';
const USAGE =
  'usage: publish <article.txt | article.html | article.md | file.story.json> [--annotations <file>] [--slug <slug>]';

interface Options {
  input: string | null;
  annotations: string | null;
  slug: string | null;
  isDefault: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { input: null, annotations: null, slug: null, isDefault: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (what: string) => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new FileError('arguments', null, `${arg} needs ${what}`);
      return v;
    };
    if (arg === '--annotations') opts.annotations = path.resolve(value('a file'));
    else if (arg === '--slug') opts.slug = value('a slug');
    else if (arg === '--default') opts.isDefault = true;
    else if (arg.startsWith('--')) throw new FileError('arguments', null, `unknown option ${arg}`);
    else if (opts.input === null) opts.input = path.resolve(arg);
    else throw new FileError('arguments', null, `unexpected argument ${arg}`);
  }
  if (opts.slug !== null) {
    const problem = slugProblem(opts.slug);
    if (problem) throw new FileError('--slug', null, problem);
  }
  if (opts.isDefault && (opts.input || opts.annotations))
    throw new FileError('arguments', null, '--default takes no input: it lists data/story.json');
  if (!opts.isDefault && !opts.input) throw new FileError('arguments', null, USAGE);
  return opts;
}

/** The engine, with a failing override reported against the file that holds it. */
function ingest(text: string, gazetteer: Gazetteer, annotations: Annotations, file: string, prefix: string) {
  try {
    return ingestStory(text, gazetteer, annotations);
  } catch (err) {
    if (err instanceof AnnotationError)
      throw new FileError(file, err.path.replace(/^\$/, prefix), err.problem);
    throw err;
  }
}

function fromStoryFile(file: string, gazetteer: Gazetteer): { story: Story; slug: string | null } {
  const known = new Set(gazetteer.entries.map((e) => e.id));
  let parsed;
  try {
    parsed = parseStoryFile(readJson(file), known);
  } catch (err) {
    if (err instanceof StoryFileError) throw new FileError(file, err.path, err.problem);
    throw err;
  }
  // Publishing runs the engine again, so the site shows what this engine and gazetteer read.
  const story = ingest(parsed.text, gazetteer, parsed.annotations, file, '$.annotations');
  const name = path.basename(file).slice(0, -STORY_FILE_SUFFIX.length);
  return { story, slug: name && slugProblem(name) === null ? name : null };
}

function fromArticle(file: string, annotationsFile: string | null, gazetteer: Gazetteer): Story {
  let text: string;
  try {
    text = articleFromFile(file, readBytes(file));
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.location, err.problem);
    throw err;
  }
  let annotations: Annotations = {};
  if (annotationsFile) {
    try {
      annotations = parseAnnotations(readJson(annotationsFile), new Set(gazetteer.entries.map((e) => e.id)));
    } catch (err) {
      if (err instanceof AnnotationError) throw new FileError(annotationsFile, err.path, err.problem);
      throw err;
    }
  }
  return ingest(text, gazetteer, annotations, annotationsFile ?? file, '$');
}

function readCatalog(file: string): Catalog {
  if (!existsSync(file)) return EMPTY_CATALOG;
  const parsed = validate(Catalog, readJson(file));
  if (!parsed.ok) throw new FileError(file, jsonPath(parsed.path), parsed.message);
  return parsed.value;
}

export function main(argv: string[], env: NodeJS.ProcessEnv): number {
  try {
    const opts = parseArgs(argv);
    const fromEnv = (name: string) => {
      const value = env[name];
      return value ? path.resolve(value) : null;
    };
    const dataDir = fromEnv(ENV.dataDir) ?? DEFAULT_DATA_DIR;
    const storiesDir = path.join(dataDir, 'stories');
    const indexFile = path.join(storiesDir, 'index.json');
    let story: Story;
    let slug = opts.slug;
    if (opts.isDefault) {
      const file = path.join(dataDir, 'story.json');
      const parsed = validate(Story, readJson(file));
      if (!parsed.ok) throw new FileError(file, jsonPath(parsed.path), 'invalid story');
      story = parsed.value;
    } else {
      const input = opts.input ?? '';
      const gazetteerFile = fromEnv(ENV.gazetteer) ?? path.join(dataDir, 'gazetteer.json');
      const gazetteer = loadGazetteer(gazetteerFile);
      if (input.endsWith('.json')) {
        if (opts.annotations)
          throw new FileError('--annotations', null, 'a story file carries its own annotations');
        const read = fromStoryFile(input, gazetteer);
        story = read.story;
        slug ??= read.slug;
      } else {
        story = fromArticle(input, opts.annotations, gazetteer);
      }
    }
    slug ??= slugForTitle(story.meta.title);
    const catalog = readCatalog(indexFile);
    const entry = catalogEntry(slug, story, opts.isDefault);
    const replacedDefault = opts.isDefault
      ? catalog.stories.find((s) => s.default && s.slug !== slug)
      : undefined;
    const next = withEntry(catalog, entry);

    // Everything is checked: only now is anything written, the story before the list that points at it.
    writeAtomic(path.join(storiesDir, `${slug}.json`), `${JSON.stringify(v.parse(Story, story))}\n`);
    writeAtomic(indexFile, `${JSON.stringify(next, null, 2)}\n`);
    if (replacedDefault) rmSync(path.join(storiesDir, `${replacedDefault.slug}.json`), { force: true });
    const where = path.relative(process.cwd(), path.join(storiesDir, `${slug}.json`));
    process.stderr.write(
      `publish: "${story.meta.title}" → ${where} (?story=${slug}); ${next.stories.length} stories listed\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof FileError) {
      process.stderr.write(`publish: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), process.env);
}
