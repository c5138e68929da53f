// npm run eval [-- --split dev|heldout|all] [--json] [--verbose] [--ratchet]
//
// Reads the evaluation corpus (tests/eval/<split>/*.txt), runs the story engine on each article with the
// built gazetteer, prints place precision and recall and quote attribution per article and in total, and
// exits non-zero when a number is under its floor (tests/eval/floors.json). --json prints the numbers as
// JSON, --verbose lists each article's false positives, misses and wrong speakers in context, --ratchet
// raises the floors of the scored splits to today's numbers.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {
  FileError,
  gazetteerPath,
  loadGazetteer,
  readJson,
  readText,
  writeAtomic,
} from '../src/story/cli.ts';
import { jsonPath } from '../src/story/annotations.ts';
import type { Gazetteer } from '../src/story/gazetteer-schema.ts';
import { ingestStory } from '../src/story/ingest.ts';
import { validate } from '../src/story/validate.ts';
import { CorpusError, parseArticle, type Article } from '../tests/eval/corpus.ts';
import { Floors, belowFloors, ratchet } from '../tests/eval/floors.ts';
import { scoreArticle, totalScore, type ArticleScore, type Totals } from '../tests/eval/score.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const EVAL_DIR = path.join(ROOT, 'tests/eval');
const FLOORS_FILE = path.join(EVAL_DIR, 'floors.json');
const SPLITS = ['dev', 'heldout'] as const;
type Split = (typeof SPLITS)[number];
/** Characters of text shown either side of a place or quotation in --verbose. */
const CONTEXT_CHARS = 40;

interface Args {
  splits: Split[];
  json: boolean;
  verbose: boolean;
  ratchet: boolean;
}

interface Scored {
  split: Split;
  article: Article;
  score: ArticleScore;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { splits: ['dev'], json: false, verbose: false, ratchet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--ratchet') args.ratchet = true;
    else if (arg === '--split') {
      const split = argv[++i];
      if (split === 'all') args.splits = [...SPLITS];
      else if ((SPLITS as readonly (string | undefined)[]).includes(split)) args.splits = [split as Split];
      else
        throw new FileError(
          'arguments',
          '--split',
          `expected dev, heldout or all, got ${split ?? 'nothing'}`,
        );
    } else throw new FileError('arguments', null, `unknown argument ${arg ?? ''}`);
  }
  return args;
}

/**
 * The split's articles; none when its folder is empty or missing (a new held-out set is written apart and
 * merged later), which the command line says and scores as nothing rather than failing.
 */
function readSplit(split: Split): { file: string; article: Article }[] {
  const dir = path.join(EVAL_DIR, split);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  return files.sort().map((f) => {
    const file = path.join(dir, f);
    return { file, article: parseArticle(readText(file), path.relative(ROOT, file)) };
  });
}

function scoreSplit(split: Split, gazetteer: Gazetteer): Scored[] {
  return readSplit(split).map(({ file, article }) => {
    try {
      return { split, article, score: scoreArticle(article, ingestStory(article.text, gazetteer)) };
    } catch (err) {
      throw new FileError(path.relative(ROOT, file), null, `the engine failed: ${String(err)}`);
    }
  });
}

function readFloors(): Floors {
  if (!existsSync(FLOORS_FILE)) return {};
  const parsed = validate(Floors, readJson(FLOORS_FILE));
  if (!parsed.ok) throw new FileError(FLOORS_FILE, jsonPath(parsed.path), parsed.message);
  return parsed.value;
}

const num = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function tableRow(label: string, lang: string, kind: string, s: ArticleScore | Totals): string {
  const c = s.counts;
  return [
    pad(label, 44),
    pad(lang, 5),
    pad(kind, 10),
    lpad(num(s.precision), 6),
    lpad(num(s.recall), 6),
    lpad(`${c.quotesRight}/${c.quotesTotal}`, 7),
    lpad(String(c.fp), 4),
    lpad(String(c.fn), 4),
    lpad(String(c.trapsLinked), 6),
  ].join(' ');
}

function table(scored: Scored[], total: Totals): string {
  const head = [
    pad('article', 44),
    pad('lang', 5),
    pad('kind', 10),
    lpad('P', 6),
    lpad('R', 6),
    lpad('quotes', 7),
    lpad('fp', 4),
    lpad('fn', 4),
    lpad('traps', 6),
  ].join(' ');
  const rows = scored.map(({ score: s }) => tableRow(s.name, s.lang, s.kind, s));
  const m = total.min;
  return [
    head,
    ...rows,
    tableRow(`total (${scored.length} articles)`, '', '', total),
    `${pad('lowest article', 61)} ${lpad(num(m.precision), 6)} ${lpad(num(m.recall), 6)} ${lpad(num(m.quoteAttribution), 7)}`,
    `quote attribution ${num(total.quoteAttribution)}`,
  ].join('\n');
}

function context(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - CONTEXT_CHARS), start));
  const after = flat(text.slice(end, end + CONTEXT_CHARS));
  return `…${before}[${flat(text.slice(start, end))}]${after}…`;
}

function details({ article, score }: Scored): string[] {
  const lines = [
    ...score.falsePositives.map(
      (f) =>
        `  false positive  ${f.place}${f.trap ? ' (trap)' : f.gold ? ` (gold ${f.gold})` : ''}  ${context(article.text, f.start, f.end)}`,
    ),
    ...score.misses.map(
      (m) =>
        `  missed          ${m.place}${m.linked.length ? ` (engine ${m.linked.join(', ')})` : ''}  ${context(article.text, m.start, m.end)}`,
    ),
    ...score.wrongSpeakers.map(
      (w) =>
        `  wrong speaker   "${w.snippet}" expected ${w.expected ? w.expected.join(' | ') : '(none)'}, got ${w.got ?? '(none)'}${w.found ? '' : ' (no engine quotation holds it)'}`,
    ),
  ];
  return lines.length ? [`${score.name}`, ...lines] : [];
}

/** Gold ids the gazetteer lacks: the engine cannot find those places. */
function unknownIds(scored: Scored[], gazetteer: Gazetteer): string[] {
  const known = new Set(gazetteer.entries.map((e) => e.id));
  const ids = new Set(
    scored.flatMap((s) => s.article.gold.map((g) => g.place)).filter((id) => !known.has(id)),
  );
  return [...ids].sort();
}

function jsonReport(scored: Scored[], total: Totals, failures: string[]): string {
  const articles = scored.map(({ split, score: s }) => ({
    name: s.name,
    lang: s.lang,
    kind: s.kind,
    split,
    precision: s.precision,
    recall: s.recall,
    quoteAttribution: s.quoteAttribution,
    counts: s.counts,
  }));
  const { precision, recall, quoteAttribution, min, counts } = total;
  return `${JSON.stringify({ articles, total: { precision, recall, quoteAttribution, min, counts }, failures }, null, 2)}\n`;
}

/** Check (or with --ratchet, raise) each split's floors; the messages of numbers under them. */
function applyFloors(scored: Scored[], args: Args): string[] {
  const floors = readFloors();
  const failures: string[] = [];
  for (const split of args.splits) {
    const scores = scored.filter((s) => s.split === split).map((s) => s.score);
    // An empty split has no numbers: its floors are neither checked nor ratcheted to a vacuous 1.
    if (scores.length === 0) continue;
    const total = totalScore(scores);
    if (args.ratchet) floors[split] = ratchet(floors[split] ?? {}, scores, total);
    else failures.push(...belowFloors(split, scores, total, floors[split] ?? {}));
  }
  if (args.ratchet) writeAtomic(FLOORS_FILE, `${JSON.stringify(v.parse(Floors, floors), null, 2)}\n`);
  return failures;
}

export function main(argv: string[], env: NodeJS.ProcessEnv): number {
  try {
    const args = parseArgs(argv);
    const gazetteer = loadGazetteer(gazetteerPath(env));
    const scored = args.splits.flatMap((split) => scoreSplit(split, gazetteer));
    const empty = args.splits.filter((split) => !scored.some((s) => s.split === split));
    for (const split of empty)
      process.stderr.write(`eval: no articles in tests/eval/${split}/ yet; nothing scored there\n`);
    const total = totalScore(scored.map((s) => s.score));
    const failures = applyFloors(scored, args);
    if (args.json) process.stdout.write(jsonReport(scored, total, failures));
    else {
      if (args.verbose) process.stdout.write(`${scored.flatMap(details).join('\n')}\n\n`);
      if (scored.length) process.stdout.write(`${table(scored, total)}\n`);
      const unknown = unknownIds(scored, gazetteer);
      if (unknown.length)
        process.stdout.write(
          `gold places the gazetteer does not know (${unknown.length}): ${unknown.join(' ')}\n`,
        );
      if (args.ratchet) process.stdout.write(`floors raised in ${path.relative(ROOT, FLOORS_FILE)}\n`);
    }
    for (const f of failures) process.stderr.write(`eval: ${f}\n`);
    return failures.length ? 1 : 0;
  } catch (err) {
    if (err instanceof FileError || err instanceof CorpusError) {
      process.stderr.write(`eval: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2), process.env);
