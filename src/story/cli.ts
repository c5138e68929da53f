// Command line: read an article (and optional annotations), write story JSON, print a summary to stderr.
//   npm run ingest -- <article.txt> [--annotations <file>] [--gazetteer <file>] [--topology <file>] [--out <file>]
//   tsx src/story/cli.ts --default     (the build: default article → public/data/story.json, skipped when unchanged)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { AnnotationError, jsonPath, parseAnnotations, type Annotations } from './annotations.ts';
import { checkSize } from './article-input.ts';
import { InputError, decodeArticle, parseJson } from './decode.ts';
import { Gazetteer } from './gazetteer-schema.ts';
import { ingestStory } from './ingest.ts';
import { Story } from './schema.ts';
import { summarizeStory } from './summary.ts';
import { hasBoundaryLayers, locatorFromTopology } from './topology-locator.ts';
import type { PointLocator } from './point-locator.ts';
import type { Topology } from 'topojson-specification';
import { validate } from './validate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../..');

export const ENV = {
  article: 'NORTH_ATLAS_ARTICLE',
  annotations: 'NORTH_ATLAS_ANNOTATIONS',
  gazetteer: 'NORTH_ATLAS_GAZETTEER',
  dataDir: 'NORTH_ATLAS_DATA_DIR',
} as const;

const DEFAULTS = {
  article: path.resolve(REPO_ROOT, '../shared/seeds/000_60f4e0c847355f7a.txt'),
  annotations: path.join(HERE, 'default-story.annotations.json'),
  dataDir: path.join(REPO_ROOT, 'public/data'),
};

/** A failure tied to one file; printed as a single line "file: location: problem". */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly location: string | null,
    readonly problem: string,
  ) {
    super([file, location, problem].filter(Boolean).join(': '));
  }
}

interface Options {
  article: string;
  annotations: string | null;
  gazetteer: string;
  /** The boundaries that place the annotations' pins (north.topo.json). */
  topology: string;
  out: string | null;
  stamp: string | null;
}

const fromEnvOf = (env: NodeJS.ProcessEnv) => (name: string) => (env[name] ? path.resolve(env[name]) : null);

/** The gazetteer the build wrote: NORTH_ATLAS_GAZETTEER, else gazetteer.json in the data folder. */
export function gazetteerPath(env: NodeJS.ProcessEnv): string {
  const fromEnv = fromEnvOf(env);
  return fromEnv(ENV.gazetteer) ?? path.join(fromEnv(ENV.dataDir) ?? DEFAULTS.dataDir, 'gazetteer.json');
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Options {
  const fromEnv = fromEnvOf(env);
  const dataDir = fromEnv(ENV.dataDir) ?? DEFAULTS.dataDir;
  const gazetteerDefault = gazetteerPath(env);
  const topology = path.join(dataDir, 'north.topo.json');
  if (argv.includes('--default')) {
    const annotations =
      fromEnv(ENV.annotations) ?? (existsSync(DEFAULTS.annotations) ? DEFAULTS.annotations : null);
    const out = path.join(dataDir, 'story.json');
    return {
      article: fromEnv(ENV.article) ?? DEFAULTS.article,
      annotations,
      gazetteer: gazetteerDefault,
      topology,
      out,
      stamp: path.join(dataDir, '.story-stamp.json'),
    };
  }
  const opts: Options = {
    article: '',
    annotations: null,
    gazetteer: gazetteerDefault,
    topology,
    out: null,
    stamp: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (!v) throw new FileError('arguments', null, `${arg} needs a file`);
      return path.resolve(v);
    };
    if (arg === '--annotations') opts.annotations = value();
    else if (arg === '--out') opts.out = value();
    else if (arg === '--gazetteer') opts.gazetteer = value();
    else if (arg === '--topology') opts.topology = value();
    else if (arg.startsWith('--')) throw new FileError('arguments', null, `unknown option ${arg}`);
    else if (!opts.article) opts.article = path.resolve(arg);
    else throw new FileError('arguments', null, `unexpected argument ${arg}`);
  }
  if (!opts.article)
    throw new FileError(
      'arguments',
      null,
      'usage: ingest <article.txt> [--annotations <file>] [--out <file>]',
    );
  return opts;
}

export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError(
      file,
      null,
      code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`,
    );
  }
}

/** The article in a file, refused over the studio's size limit with the studio's message. */
export function readArticle(file: string): string {
  const bytes = readBytes(file);
  try {
    checkSize(bytes.length);
    return decodeArticle(bytes);
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.location, err.problem);
    throw err;
  }
}

export function readText(file: string): string {
  try {
    return decodeArticle(readBytes(file));
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.location, err.problem);
    throw err;
  }
}

export function readJson(file: string): unknown {
  try {
    return parseJson(readText(file));
  } catch (err) {
    if (err instanceof InputError) throw new FileError(file, err.location, err.problem);
    throw err;
  }
}

export function loadGazetteer(file: string): Gazetteer {
  const parsed = validate(Gazetteer, readJson(file));
  if (!parsed.ok) throw new FileError(file, jsonPath(parsed.path), parsed.message);
  return parsed.value;
}

/** The locator over the boundary topology, read only for annotations with pins. */
export function loadLocator(file: string): PointLocator {
  const topology = readJson(file) as Topology;
  if (typeof topology !== 'object' || topology === null || !hasBoundaryLayers(topology))
    throw new FileError(file, null, 'not the boundary topology the geodata pipeline writes');
  return locatorFromTopology(topology);
}

/** Input fingerprint for skipping unchanged builds: inputs plus the engine's own source. */
function fingerprint(parts: (string | null)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p ?? '\u0000').update('\u0001');
  for (const f of readdirSync(HERE)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    h.update(f).update(readFileSync(path.join(HERE, f)));
  }
  return h.digest('hex');
}

export function writeAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export function main(argv: string[], env: NodeJS.ProcessEnv): number {
  try {
    const opts = parseArgs(argv, env);
    const article = readArticle(opts.article);
    const gazetteerText = readText(opts.gazetteer);
    const annotationsText = opts.annotations ? readText(opts.annotations) : null;
    const pinned = annotationsText?.includes('"pins"') ?? false;
    const topologyText = pinned ? readText(opts.topology) : null;
    const stamp = opts.stamp && fingerprint([article, gazetteerText, annotationsText, topologyText]);
    if (opts.stamp && opts.out && existsSync(opts.out) && existsSync(opts.stamp)) {
      if (readFileSync(opts.stamp, 'utf8').trim() === stamp) {
        process.stderr.write(`story: ${path.relative(process.cwd(), opts.out)} is up to date\n`);
        return 0;
      }
    }
    const gazetteer = loadGazetteer(opts.gazetteer);
    let annotations: Annotations | undefined;
    if (opts.annotations) {
      const known = new Set(gazetteer.entries.map((e) => e.id));
      try {
        annotations = parseAnnotations(readJson(opts.annotations), known);
      } catch (err) {
        if (err instanceof AnnotationError) throw new FileError(opts.annotations, err.path, err.problem);
        throw err;
      }
    }
    let story: Story;
    try {
      const locator = annotations?.pins?.length ? loadLocator(opts.topology) : undefined;
      story = ingestStory(article, gazetteer, annotations, locator ? { locator } : {});
    } catch (err) {
      if (err instanceof AnnotationError && opts.annotations)
        throw new FileError(opts.annotations, err.path, err.problem);
      throw err;
    }
    const json = `${JSON.stringify(v.parse(Story, story), null, 2)}\n`;
    if (opts.out) writeAtomic(opts.out, json);
    else process.stdout.write(json);
    if (opts.stamp && stamp) writeAtomic(opts.stamp, `${stamp}\n`);
    process.stderr.write(`${summarizeStory(story)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof FileError) {
      process.stderr.write(`ingest: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), process.env);
}
