// Command line: put a story on the site. Runs the engine and writes data/stories/<slug>.json plus the list
// of stories, data/stories/index.json (build outputs under public/data/, shipped by the next build).
//   npm run publish -- <article.txt|.html|.md | file.story.json> [--annotations <file>] [--slug <slug>] [--replace]
//   tsx src/story/publish-cli.ts --default   (the build: lists data/story.json as the default story)
// A story already published under the slug is replaced only with --replace; the default story never is.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { AnnotationError, jsonPath, parseAnnotations, type Annotations } from './annotations.ts';
import { articleFromFile } from './article-input.ts';
import { Catalog, EMPTY_CATALOG, MAX_SLUG_LENGTH, catalogEntry, slugProblem, withEntry } from './catalog.ts';
import { ENV, FileError, loadGazetteer, readBytes, readJson, writeAtomic } from './cli.ts';
import { InputError } from './decode.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { ingestStory } from './ingest.ts';
import { Story } from './schema.ts';
import { StoryFileError, parseStoryFile } from './story-file.ts';
import { slugForStory } from './story-slug.ts';
import { validate } from './validate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATA_DIR = path.resolve(HERE, '../../public/data');
const STORY_FILE_SUFFIX = '.story.json';
const USAGE =
  'usage: publish <article.txt | article.html | article.md | file.story.json> [--annotations <file>] [--slug <slug>] [--replace]';

interface Options {
  input: string | null;
  annotations: string | null;
  slug: string | null;
  /** Replace a story already published under the slug. */
  replace: boolean;
  isDefault: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { input: null, annotations: null, slug: null, replace: false, isDefault: false };
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
    else if (arg === '--replace') opts.replace = true;
    else if (arg === '--default') opts.isDefault = true;
    else if (arg.startsWith('--')) throw new FileError('arguments', null, `unknown option ${arg}`);
    else if (opts.input === null) opts.input = path.resolve(arg);
    else throw new FileError('arguments', null, `unexpected argument ${arg}`);
  }
  if (opts.slug !== null) {
    const problem = slugProblem(opts.slug);
    if (problem) throw new FileError('--slug', null, problem);
  }
  if (opts.isDefault && (opts.input || opts.annotations || opts.slug !== null || opts.replace))
    throw new FileError('arguments', null, '--default takes no input or slug: it lists data/story.json');
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

interface Read {
  story: Story;
  /** The slug the input names (a story file's name), if it is one. */
  slug: string | null;
  notes: string[];
}

function fromStoryFile(file: string, gazetteer: Gazetteer): Read {
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
  const name = path.basename(file).endsWith(STORY_FILE_SUFFIX)
    ? path.basename(file).slice(0, -STORY_FILE_SUFFIX.length)
    : '';
  const problem = name ? slugProblem(name) : null;
  if (!problem) return { story, slug: name || null, notes: [] };
  return { story, slug: null, notes: [`the file's name is not used as the slug: ${problem}`] };
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

/** The story to publish and the slug its input names: data/story.json for --default, else the input. */
function readInput(opts: Options, dataDir: string, gazetteer: Gazetteer | null): Read {
  if (opts.isDefault) {
    const file = path.join(dataDir, 'story.json');
    const parsed = validate(Story, readJson(file));
    if (!parsed.ok) throw new FileError(file, jsonPath(parsed.path), 'invalid story');
    return { story: parsed.value, slug: null, notes: [] };
  }
  const input = opts.input ?? '';
  if (!gazetteer) throw new FileError('gazetteer', null, 'not loaded');
  if (!input.endsWith('.json'))
    return { story: fromArticle(input, opts.annotations, gazetteer), slug: null, notes: [] };
  if (opts.annotations)
    throw new FileError('--annotations', null, 'a story file carries its own annotations');
  return fromStoryFile(input, gazetteer);
}

/**
 * Refuses a slug that holds a story this run may not replace: the default story (only `npm run data`
 * writes it) always, any other published story unless --replace. Returns what is replaced, if anything.
 */
function checkSlugFree(
  slug: string,
  named: string,
  catalog: Catalog,
  file: string,
  replace: boolean,
): string | null {
  const existing = catalog.stories.find((s) => s.slug === slug);
  if (existing?.default)
    throw new FileError(
      named,
      null,
      `"${slug}" is the site's default story ("${existing.title}"), which only npm run data writes: publish this one under another name with --slug <slug>`,
    );
  const where = path.relative(process.cwd(), file);
  if (!existing && !existsSync(file)) return null;
  if (replace) return existing ? `"${existing.title}"` : where;
  const what = existing
    ? `a story is already published as "${slug}" ("${existing.title}")`
    : `${where} already exists`;
  throw new FileError(
    named,
    null,
    `${what}: add --replace to replace it, or give this one another name with --slug <slug>`,
  );
}

/** The default story's slug: its title's, unless a published story has that name (then "-2", "-3"…). */
function defaultSlug(slug: string, catalog: Catalog): string {
  const taken = new Set(catalog.stories.filter((s) => !s.default).map((s) => s.slug));
  let free = slug;
  for (let n = 2; taken.has(free); n++)
    free = `${slug.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
  return free;
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
    const gazetteerFile = fromEnv(ENV.gazetteer) ?? path.join(dataDir, 'gazetteer.json');
    // The build's default story needs the gazetteer only to name a Dari title's places.
    const gazetteer = !opts.isDefault || existsSync(gazetteerFile) ? loadGazetteer(gazetteerFile) : null;
    const { story, slug: inputSlug, notes } = readInput(opts, dataDir, gazetteer);
    const catalog = readCatalog(indexFile);
    let slug = opts.slug ?? inputSlug;
    let named = opts.slug !== null ? '--slug' : `slug "${slug}" (the file's name)`;
    if (slug === null) {
      const made = slugForStory(story, gazetteer?.entries);
      slug = made.slug;
      named = `slug "${slug}" (made from the title)`;
      if (made.note) notes.push(`the slug "${slug}" is ${made.note}`);
    }
    let replaced: string | null = null;
    if (opts.isDefault) {
      const free = defaultSlug(slug, catalog);
      if (free !== slug)
        notes.push(`"${slug}" is a published story's name: the default story is listed as "${free}"`);
      slug = free;
    } else {
      replaced = checkSlugFree(slug, named, catalog, path.join(storiesDir, `${slug}.json`), opts.replace);
    }
    const entry = catalogEntry(slug, story, opts.isDefault);
    const oldDefault = opts.isDefault ? catalog.stories.find((s) => s.default && s.slug !== slug) : undefined;
    const next = withEntry(catalog, entry);

    // Everything is checked: only now is anything written, the story before the list that points at it.
    writeAtomic(path.join(storiesDir, `${slug}.json`), `${JSON.stringify(v.parse(Story, story))}\n`);
    writeAtomic(indexFile, `${JSON.stringify(next, null, 2)}\n`);
    if (oldDefault) rmSync(path.join(storiesDir, `${oldDefault.slug}.json`), { force: true });
    const where = path.relative(process.cwd(), path.join(storiesDir, `${slug}.json`));
    const how = replaced ? ` and replaced ${replaced}` : '';
    for (const note of notes) process.stderr.write(`publish: note: ${note}\n`);
    process.stderr.write(
      `publish: "${story.meta.title}" → ${where} (?story=${slug})${how}; ${next.stories.length} stories listed\n`,
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
