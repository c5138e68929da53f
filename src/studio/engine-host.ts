import * as v from 'valibot';
import { AnnotationError } from '../story/annotations.ts';
import { articleFromFile, articleText } from '../story/article-input.ts';
import { InputError } from '../story/decode.ts';
import { Gazetteer } from '../story/gazetteer-schema.ts';
import { ingestStory, placeIndexFor } from '../story/ingest.ts';
import type { PointLocator } from '../story/point-locator.ts';
import { fetchLocator } from './fetch-locator.ts';
import type { ConvertSource, FromEngine, ToEngine } from './engine-protocol.ts';

// What the engine worker does with each message, apart from the worker's global scope so that tests run
// it in Node: load the gazetteer, convert pastes and files to article text, read drafts into stories.

/** Passes over a made-up article naming the gazetteer's places, to get the engine's code compiled. */
const WARM_UP_RUNS = 3;

function warmUp(g: Gazetteer) {
  const names = g.entries.map((e) => e.name_en);
  const paragraphs = names.map(
    (name, i) =>
      `"The road to ${name} is open again," said Aziz Rahimi, a driver from ${names[i + 1] ?? name}.`,
  );
  const article = ['Roads Reopen Across The Region', ...paragraphs].join('\n\n');
  for (let i = 0; i < WARM_UP_RUNS; i++) ingestStory(article, g);
}

export async function fetchGazetteer(url: string): Promise<Gazetteer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status}`);
  const parsed = v.safeParse(Gazetteer, await res.json());
  if (!parsed.success) throw new Error(`${url}: not a gazetteer`);
  return parsed.output;
}

/** The article text of a paste or a file; an InputError says what is wrong with it. */
function convertSource(source: ConvertSource): string {
  return source.kind === 'file'
    ? articleFromFile(source.name, new Uint8Array(source.bytes))
    : articleText(source.text, source.format);
}

const messageOf = (err: unknown) =>
  err instanceof AnnotationError || err instanceof InputError
    ? err.message
    : String((err as Error).message ?? err);

function readStory(
  msg: Extract<ToEngine, { type: 'read' }>,
  g: Gazetteer,
  locator: PointLocator | undefined,
): FromEngine {
  const t0 = performance.now();
  const stale: { path: string; problem: string }[] = [];
  try {
    const story = ingestStory(msg.text, g, msg.annotations, {
      onStale: (e) => stale.push({ path: e.path, problem: e.problem }),
      ...(locator ? { locator } : {}),
    });
    const passages = new Set(story.passages.map((p) => p.id));
    story.tour?.forEach((stop, i) => {
      if (stop.passage !== undefined && !passages.has(stop.passage))
        stale.push({ path: `$.tour[${i}].passage`, problem: 'its passage is no longer in the text' });
    });
    return { type: 'story', seq: msg.seq, story, stale, ms: performance.now() - t0 };
  } catch (err) {
    return { type: 'failed', seq: msg.seq, message: messageOf(err) };
  }
}

export function createEngineHost(
  post: (message: FromEngine) => void,
  loadGazetteer: (url: string) => Promise<Gazetteer> = fetchGazetteer,
  loadLocator: (gazetteerUrl: string) => Promise<PointLocator> = fetchLocator,
): (msg: ToEngine) => Promise<void> {
  let gazetteer: Promise<Gazetteer> | null = null;
  let gazetteerUrl = '';
  let locator: Promise<PointLocator> | null = null;
  /** The newest reading asked for: older ones still queued are skipped, their answer would be dropped. */
  let newest = 0;

  const init = (msg: Extract<ToEngine, { type: 'init' }>) => {
    gazetteer = loadGazetteer(msg.gazetteerUrl);
    gazetteerUrl = msg.gazetteerUrl;
    gazetteer.then(
      (g) => {
        post({ type: 'places', places: g.entries });
        // Build the name index and warm the engine up now, while the author is still reaching for the
        // paste: a cold first reading of a long article takes several times as long as later ones.
        placeIndexFor(g);
        if (msg.warmUp) warmUp(g);
      },
      (err: unknown) =>
        post({
          type: 'unavailable',
          message: `The place list could not be loaded — ${(err as Error).message}`,
        }),
    );
  };

  const convert = (msg: Extract<ToEngine, { type: 'convert' }>) => {
    post({ type: 'stage', seq: msg.seq, stage: msg.source.kind === 'file' ? 'file' : 'page' });
    try {
      post({ type: 'converted', seq: msg.seq, text: convertSource(msg.source) });
    } catch (err) {
      post({ type: 'refused', seq: msg.seq, message: messageOf(err) });
    }
  };

  return async (msg) => {
    if (msg.type === 'init') return init(msg);
    if (msg.type === 'convert') return convert(msg);
    newest = msg.seq;
    if (!gazetteer) return;
    let g: Gazetteer;
    try {
      g = await gazetteer;
    } catch {
      return;
    }
    // Let requests that arrived meanwhile through first: a burst of edits is read once, at its end.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (msg.seq !== newest) return;
    let where: PointLocator | undefined;
    if (msg.annotations.pins?.length) {
      try {
        where = await (locator ??= loadLocator(gazetteerUrl));
      } catch (err) {
        locator = null;
        return post({
          type: 'failed',
          seq: msg.seq,
          message: `The map boundaries for pins — ${messageOf(err)}`,
        });
      }
      if (msg.seq !== newest) return;
    }
    post({ type: 'stage', seq: msg.seq, stage: 'article' });
    post(readStory(msg, g, where));
  };
}
