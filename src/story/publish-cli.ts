// Command line: put a story on the site. Runs the engine and writes data/stories/<slug>.json, then brings the
// site's indexes up to date (the list of stories and each place's, site-index.ts; build outputs under
// public/data/, shipped by the next build).
//   npm run publish -- <article.txt|.html|.md | file.story.json> [--annotations <file>] [--slug <slug>] [--replace]
//   npm run publish -- --remove <slug>
//   tsx src/story/publish-cli.ts --default   (the build: lists data/story.json as the default story)
// A story already published under the slug is replaced only with --replace; the default story never is.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { AnnotationError, jsonPath, parseAnnotations, type Annotations } from './annotations.ts';
import { articleFromFile } from './article-input.ts';
import { MAX_SLUG_LENGTH, slugProblem } from './catalog.ts';
import { ENV, FileError, loadGazetteer, readBytes, readJson, writeAtomic } from './cli.ts';
import { InputError } from './decode.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { ingestStory } from './ingest.ts';
import { readListHead, rebuildIndexes, updateIndexes, type IndexedStory } from './site-index.ts';
import { Story } from './schema.ts';
import { StoryFileError, parseStoryFile } from './story-file.ts';
import { slugForStory } from './story-slug.ts';
import { validate } from './validate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATA_DIR = path.resolve(HERE, '../../public/data');
const STORY_FILE_SUFFIX = '.story.json';
const USAGE =
  'usage: publish <article.txt | article.html | article.md | file.story.json> [--annotations <file>] [--slug <slug>] [--replace] | --remove <slug>';

interface Options {
  input: string | null;
  annotations: string | null;
  slug: string | null;
  /** Replace a story already published under the slug. */
  replace: boolean;
  isDefault: boolean;
  /** Take this story off the site. */
  remove: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    input: null,
    annotations: null,
    slug: null,
    replace: false,
    isDefault: false,
    remove: null,
  };
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
    else if (arg === '--remove') opts.remove = value('a slug');
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
  if (opts.remove !== null && (opts.input || opts.isDefault || opts.slug !== null || opts.replace))
    throw new FileError('arguments', null, '--remove takes only the slug of the story to remove');
  if (opts.remove !== null) return opts;
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

/** The story published as `slug`, as it is on disk; null when there is none or it cannot be read. */
function publishedStory(
  storiesDir: string,
  slug: string,
  defaultSlug: string | undefined,
): IndexedStory | null {
  const file = path.join(storiesDir, `${slug}.json`);
  if (!existsSync(file)) return null;
  try {
    const story = v.parse(Story, JSON.parse(readFileSync(file, 'utf8')));
    return { slug, story, isDefault: slug === defaultSlug };
  } catch {
    return null;
  }
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
  existing: IndexedStory | null,
  file: string,
  replace: boolean,
): string | null {
  const title = existing?.story.meta.title;
  if (existing?.isDefault)
    throw new FileError(
      named,
      null,
      `"${slug}" is the site's default story ("${title}"), which only npm run data writes: publish this one under another name with --slug <slug>`,
    );
  const where = path.relative(process.cwd(), file);
  if (!existing && !existsSync(file)) return null;
  if (replace) return existing ? `"${title}"` : where;
  const what = existing
    ? `a story is already published as "${slug}" ("${title}")`
    : `${where} already exists`;
  throw new FileError(
    named,
    null,
    `${what}: add --replace to replace it, or give this one another name with --slug <slug>`,
  );
}

/** The default story's slug: its title's, unless a published story has that name (then "-2", "-3"…). */
function defaultSlug(slug: string, storiesDir: string, current: string | undefined): string {
  const taken = (s: string) => s !== current && existsSync(path.join(storiesDir, `${s}.json`));
  let free = slug;
  for (let n = 2; taken(free); n++) free = `${slug.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
  return free;
}

interface Site {
  dataDir: string;
  storiesDir: string;
  /** The default story's slug, as the list of stories names it. */
  defaultSlug: string | undefined;
}

const fromEnv = (env: NodeJS.ProcessEnv, name: string) => {
  const value = env[name];
  return value ? path.resolve(value) : null;
};

function siteOf(env: NodeJS.ProcessEnv): Site {
  const dataDir = fromEnv(env, ENV.dataDir) ?? DEFAULT_DATA_DIR;
  return { dataDir, storiesDir: path.join(dataDir, 'stories'), defaultSlug: readListHead(dataDir)?.default };
}

/**
 * The indexes after a change, and a note when they had to be rebuilt from the stories. `old` is the story
 * the change replaces or removes; `unreadable` when its file was there but could not be read, so where its
 * entries are is not known and every index is rebuilt.
 */
function reindex(site: Site, old: IndexedStory | null, next: IndexedStory | null, unreadable = false): void {
  if (unreadable) {
    rebuildIndexes(site.dataDir);
    process.stderr.write('publish: note: the story replaced was not readable: every index was rebuilt\n');
    return;
  }
  const rebuilt = updateIndexes(site.dataDir, old, next);
  if (rebuilt) process.stderr.write(`publish: note: ${rebuilt}\n`);
}

const listed = (site: Site) => `${readListHead(site.dataDir)?.total ?? 0} stories listed`;

/** --remove: the story's file, its page in a built site, and its entries in every index. */
function removeStory(site: Site, slug: string): void {
  const problem = slugProblem(slug);
  if (problem) throw new FileError('--remove', null, problem);
  const file = path.join(site.storiesDir, `${slug}.json`);
  if (!existsSync(file))
    throw new FileError(
      '--remove',
      null,
      `there is no story "${slug}" on this site (no ${path.relative(process.cwd(), file)})`,
    );
  if (slug === site.defaultSlug)
    throw new FileError(
      '--remove',
      null,
      `"${slug}" is the site's default story, which only npm run data writes`,
    );
  const old = publishedStory(site.storiesDir, slug, site.defaultSlug);
  rmSync(file);
  // A site built already has the story's page at stories/<slug>/, beside data/.
  rmSync(path.join(site.dataDir, '..', 'stories', slug), { recursive: true, force: true });
  reindex(site, old, null, old === null);
  const title = old ? `"${old.story.meta.title}"` : 'an unreadable story file';
  process.stderr.write(
    `publish: removed "${slug}" (${title}) and its entries in every index; ${listed(site)}\n`,
  );
}

function publishStory(opts: Options, site: Site, env: NodeJS.ProcessEnv): void {
  const gazetteerFile = fromEnv(env, ENV.gazetteer) ?? path.join(site.dataDir, 'gazetteer.json');
  // The build's default story needs the gazetteer only to name a Dari title's places.
  const gazetteer = !opts.isDefault || existsSync(gazetteerFile) ? loadGazetteer(gazetteerFile) : null;
  const { story, slug: inputSlug, notes } = readInput(opts, site.dataDir, gazetteer);
  let slug = opts.slug ?? inputSlug;
  let named = opts.slug !== null ? '--slug' : `slug "${slug}" (the file's name)`;
  if (slug === null) {
    const made = slugForStory(story, gazetteer?.entries);
    slug = made.slug;
    named = `slug "${slug}" (made from the title)`;
    if (made.note) notes.push(`the slug "${slug}" is ${made.note}`);
  }
  const file = (s: string) => path.join(site.storiesDir, `${s}.json`);
  let replaced: string | null = null;
  if (opts.isDefault) {
    const free = defaultSlug(slug, site.storiesDir, site.defaultSlug);
    if (free !== slug)
      notes.push(`"${slug}" is a published story's name: the default story is listed as "${free}"`);
    slug = free;
  }
  const old = publishedStory(site.storiesDir, slug, site.defaultSlug);
  const unreadable = old === null && existsSync(file(slug));
  if (!opts.isDefault) replaced = checkSlugFree(slug, named, old, file(slug), opts.replace);
  const oldDefault =
    opts.isDefault && site.defaultSlug && site.defaultSlug !== slug
      ? publishedStory(site.storiesDir, site.defaultSlug, site.defaultSlug)
      : null;

  // Everything is checked: only now is anything written, the story before the indexes that point at it.
  writeAtomic(file(slug), `${JSON.stringify(v.parse(Story, story))}\n`);
  if (oldDefault) {
    rmSync(file(oldDefault.slug), { force: true });
    reindex(site, oldDefault, null);
  }
  reindex(site, old, { slug, story, isDefault: opts.isDefault }, unreadable);
  const how = replaced ? ` and replaced ${replaced}` : '';
  for (const note of notes) process.stderr.write(`publish: note: ${note}\n`);
  process.stderr.write(
    `publish: "${story.meta.title}" → ${path.relative(process.cwd(), file(slug))} (?story=${slug})${how}; ${listed(site)}\n`,
  );
}

export function main(argv: string[], env: NodeJS.ProcessEnv): number {
  try {
    const opts = parseArgs(argv);
    const site = siteOf(env);
    if (opts.remove !== null) removeStory(site, opts.remove);
    else publishStory(opts, site, env);
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
