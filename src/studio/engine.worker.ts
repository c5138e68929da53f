/// <reference lib="webworker" />
import * as v from 'valibot';
import { AnnotationError } from '../story/annotations.ts';
import { Gazetteer } from '../story/gazetteer-schema.ts';
import { ingestStory, placeIndexFor } from '../story/ingest.ts';
import type { FromEngine, ToEngine } from './engine-protocol.ts';

// The story engine off the main thread: the page stays responsive while a long article is read.

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<Gazetteer> | null = null;
/** The newest request: older ones still queued are skipped, their answer would be dropped anyway. */
let newest = 0;

const post = (message: FromEngine) => self.postMessage(message);

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

async function loadGazetteer(url: string): Promise<Gazetteer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status}`);
  const parsed = v.safeParse(Gazetteer, await res.json());
  if (!parsed.success) throw new Error(`${url}: not a gazetteer`);
  return parsed.output;
}

self.onmessage = async (event: MessageEvent<ToEngine>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    gazetteer = loadGazetteer(msg.gazetteerUrl);
    gazetteer.then(
      (g) => {
        post({ type: 'places', places: g.entries });
        // Build the name index and warm the engine up now, while the author is still reaching for the
        // paste: a cold first reading of a long article takes several times as long as later ones.
        placeIndexFor(g);
        warmUp(g);
      },
      (err: unknown) =>
        post({
          type: 'unavailable',
          message: `The place list could not be loaded — ${(err as Error).message}`,
        }),
    );
    return;
  }
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
  const t0 = performance.now();
  const stale: { path: string; problem: string }[] = [];
  try {
    const story = ingestStory(msg.text, g, msg.annotations, {
      onStale: (e) => stale.push({ path: e.path, problem: e.problem }),
    });
    const passages = new Set(story.passages.map((p) => p.id));
    story.tour?.forEach((stop, i) => {
      if (stop.passage !== undefined && !passages.has(stop.passage))
        stale.push({ path: `$.tour[${i}].passage`, problem: 'its passage is no longer in the text' });
    });
    post({ type: 'story', seq: msg.seq, story, stale, ms: performance.now() - t0 });
  } catch (err) {
    const message = err instanceof AnnotationError ? err.message : String((err as Error).message ?? err);
    post({ type: 'failed', seq: msg.seq, message });
  }
};
