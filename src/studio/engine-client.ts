import type { FromEngine, ToEngine } from './engine-protocol.ts';
import type { Draft, Snapshot, StudioStore } from './studio-store.ts';

// Runs the engine on every change of the draft, in the worker, and hands its readings to the store.

export function startEngine(store: StudioStore, worker: Worker, gazetteerUrl: string): () => void {
  let seq = 0;
  /** What each pending request was made from, and when: the reading is matched to the draft by identity. */
  const sent = new Map<number, { from: Snapshot; at: number }>();
  const post = (message: ToEngine) => worker.postMessage(message);

  worker.onmessage = (event: MessageEvent<FromEngine>) => {
    const msg = event.data;
    const studio = store.getState();
    if (msg.type === 'places') return studio.enginePlaces(msg.places);
    if (msg.type === 'unavailable') return studio.engineFailed(msg.message);
    const request = sent.get(msg.seq);
    for (const k of sent.keys()) if (k <= msg.seq) sent.delete(k);
    if (!request) return;
    if (msg.type === 'failed') return studio.refuse(`The engine could not read this draft — ${msg.message}`);
    studio.engineRead({
      from: request.from,
      story: msg.story,
      stale: msg.stale,
      ms: performance.now() - request.at,
    });
  };
  worker.onerror = (event) => store.getState().engineFailed(`The story engine stopped — ${event.message}`);
  post({ type: 'init', gazetteerUrl });

  const read = (draft: Draft | null) => {
    if (!draft || draft.text.trim().length === 0) return;
    seq += 1;
    const from: Snapshot = { text: draft.text, annotations: draft.annotations };
    sent.set(seq, { from, at: performance.now() });
    post({ type: 'read', seq, text: from.text, annotations: from.annotations });
  };
  read(store.getState().draft);
  const unsubscribe = store.subscribe((s) => s.draft, read);
  return () => {
    unsubscribe();
    worker.terminate();
  };
}
