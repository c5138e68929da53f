import type { ConvertSource, FromEngine, Stage, ToEngine } from './engine-protocol.ts';
import {
  currentHalt,
  currentStory,
  isCurrent,
  type Draft,
  type Snapshot,
  type StudioStore,
} from './studio-store.ts';

// Runs the engine in its worker: every change of the draft is read there, and pastes and files are
// converted there, so the page never waits on them. A job that runs too long, or that the author cancels,
// or that a newer paste or edit makes pointless, is stopped by ending the worker and starting a fresh one:
// nothing else can interrupt a synchronous loop.

/** How long one conversion or reading may run before it is stopped and the author is told. */
export const TIME_LIMIT_MS = 20_000;

export type StopReason = 'superseded' | 'cancelled' | 'limit';

/** A conversion that did not finish: a newer one took its place, the author cancelled it, or it ran too long. */
export class EngineStopped extends Error {
  constructor(readonly reason: StopReason) {
    super(`conversion stopped: ${reason}`);
    this.name = 'EngineStopped';
  }
}

/** The engine found no article in the input (empty, binary, not UTF-8, too large): its own words. */
export class EngineRefusal extends Error {
  override name = 'EngineRefusal';
}

export interface EngineControls {
  /** The article text of a paste or a file, converted in the worker. */
  convert(source: ConvertSource): Promise<string>;
  /** Stop what the worker is doing now. */
  cancel(): void;
  /** Read the draft again after a reading was stopped. */
  readAgain(): void;
  stop(): void;
}

type Job =
  | { kind: 'read'; from: Snapshot; at: number }
  | {
      kind: 'convert';
      source: ConvertSource;
      resolve: (text: string) => void;
      reject: (err: Error) => void;
    };

const messageFor = (seq: number, job: Job): ToEngine =>
  job.kind === 'read'
    ? { type: 'read', seq, text: job.from.text, annotations: job.from.annotations }
    : { type: 'convert', seq, source: job.source };

function haltMessage(reason: StopReason, limitMs: number): string {
  return reason === 'limit'
    ? `Reading the article took more than ${limitMs / 1000} s and was stopped, so the preview is not up to ` +
        'date. The draft is kept as it is: shorten or split the article, or read it again.'
    : 'Reading the article was stopped. The draft is kept as it is.';
}

/** The studio's side of the worker; `startEngine` makes one. */
class EngineClient implements EngineControls {
  private seq = 0;
  /** Jobs posted and not answered yet, oldest first. */
  private readonly jobs = new Map<number, Job>();
  private running: { seq: number; timer: ReturnType<typeof setTimeout> } | null = null;
  private worker: Worker;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: StudioStore,
    private readonly createWorker: () => Worker,
    private readonly gazetteerUrl: string,
    private readonly limitMs: number,
  ) {
    this.worker = this.connect(true);
    this.read(store.getState().draft);
    this.unsubscribe = store.subscribe(
      (s) => s.draft,
      (draft) => this.read(draft),
    );
  }

  convert(source: ConvertSource): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      // A newer paste replaces an older one and goes first: nothing the worker is doing is worth the wait.
      if (this.running || [...this.jobs.values()].some((j) => j.kind === 'convert'))
        this.restart(() => true, 'superseded');
      this.post({ kind: 'convert', source, resolve, reject });
      // The draft's reading was dropped with the rest: once the caller has used the text (or not), the
      // draft is read again unless the new text is already on its way.
    }).finally(() => setTimeout(() => this.ensureRead(), 0));
  }

  cancel(): void {
    this.stopRunning('cancelled');
  }

  readAgain(): void {
    this.store.getState().engineHalted(null);
    this.ensureRead();
  }

  stop(): void {
    this.unsubscribe();
    this.finish(this.running?.seq);
    this.worker.terminate();
  }

  private connect(warmUp: boolean): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<FromEngine>) => this.receive(event.data);
    worker.onerror = (event) =>
      this.store.getState().engineFailed(`The story engine stopped — ${event.message}`);
    worker.postMessage({ type: 'init', gazetteerUrl: this.gazetteerUrl, warmUp } satisfies ToEngine);
    return worker;
  }

  private post(job: Job) {
    this.seq += 1;
    this.jobs.set(this.seq, job);
    this.worker.postMessage(messageFor(this.seq, job));
  }

  private receive(msg: FromEngine) {
    const studio = this.store.getState();
    if (msg.type === 'places') return studio.enginePlaces(msg.places);
    if (msg.type === 'unavailable') return studio.engineFailed(msg.message);
    const job = this.jobs.get(msg.seq);
    if (msg.type === 'stage') return job && this.started(msg.seq, job, msg.stage);
    this.finish(msg.seq);
    if (job?.kind === 'convert') {
      this.jobs.delete(msg.seq);
      if (msg.type === 'converted') job.resolve(msg.text);
      else if (msg.type === 'refused') job.reject(new EngineRefusal(msg.message));
      return;
    }
    // A reading answers every older reading too: the worker skipped them.
    for (const [k, j] of this.jobs) if (k <= msg.seq && j.kind === 'read') this.jobs.delete(k);
    if (job?.kind !== 'read') return;
    if (msg.type === 'failed') return studio.refuse(`The engine could not read this draft — ${msg.message}`);
    if (msg.type === 'story')
      studio.engineRead({
        from: job.from,
        story: msg.story,
        stale: msg.stale,
        ms: performance.now() - job.at,
      });
  }

  private started(seq: number, job: Job, stage: Stage) {
    this.finish(this.running?.seq);
    this.running = { seq, timer: setTimeout(() => this.stopRunning('limit'), this.limitMs) };
    this.store.getState().engineBusy({ kind: job.kind, stage, since: performance.now() });
  }

  private finish(seq: number | undefined) {
    if (!this.running || this.running.seq !== seq) return;
    clearTimeout(this.running.timer);
    this.running = null;
    this.store.getState().engineBusy(null);
  }

  /** End the worker and start a fresh one; jobs `stop` picks are dropped, the others are posted again. */
  private restart(stop: (seq: number, job: Job) => boolean, reason: StopReason) {
    this.worker.terminate();
    this.finish(this.running?.seq);
    const pending = [...this.jobs];
    this.jobs.clear();
    this.worker = this.connect(false);
    for (const [seq, job] of pending) {
      if (!stop(seq, job)) this.post(job);
      else if (job.kind === 'convert') job.reject(new EngineStopped(reason));
      else if (reason !== 'superseded' && isCurrent(this.store.getState(), job.from))
        this.store.getState().engineHalted({ from: job.from, message: haltMessage(reason, this.limitMs) });
    }
  }

  /** Stop the job running now (the runaway, or the one the author cancels); queued ones go on. */
  private stopRunning(reason: StopReason) {
    const now = this.running?.seq;
    if (now === undefined) return;
    this.restart((seq) => seq === now, reason);
    this.ensureRead();
  }

  /** Read the draft unless it is read, being read, or its reading was stopped. */
  private ensureRead() {
    const s = this.store.getState();
    if (!s.draft || s.draft.text.trim().length === 0 || currentStory(s) || currentHalt(s)) return;
    const from = s.draft;
    const reading = [...this.jobs.values()].some(
      (j) => j.kind === 'read' && j.from.text === from.text && j.from.annotations === from.annotations,
    );
    if (!reading) this.read(s.draft);
  }

  private read(draft: Draft | null) {
    if (!draft || draft.text.trim().length === 0) return;
    // A reading of older content is pointless now: stop it rather than wait for it.
    if (this.running && this.jobs.get(this.running.seq)?.kind === 'read')
      this.restart((_, j) => j.kind === 'read', 'superseded');
    this.post({
      kind: 'read',
      from: { text: draft.text, annotations: draft.annotations },
      at: performance.now(),
    });
  }
}

export function startEngine(
  store: StudioStore,
  createWorker: () => Worker,
  gazetteerUrl: string,
  limitMs = TIME_LIMIT_MS,
): EngineControls {
  return new EngineClient(store, createWorker, gazetteerUrl, limitMs);
}
