import { TEST_GAZETTEER } from '../story/test-gazetteer.ts';
import { createEngineHost } from './engine-host.ts';
import type { FromEngine, ToEngine } from './engine-protocol.ts';

// For tests: the studio's engine worker in this thread. Messages cross as they do between threads (copied,
// a task later), the real engine host answers them, and a job whose input holds RUNAWAY starts and never
// ends, as a synchronous loop would hold the real worker: this one then answers nothing more.

export const RUNAWAY = 'RUNAWAY';

export class FakeWorker {
  onmessage: ((event: MessageEvent<FromEngine>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** Stuck in a runaway job: like a thread in an endless loop, it takes no more messages. */
  stuck = false;
  readonly received: ToEngine[] = [];
  private readonly handle = createEngineHost(
    (message) => this.send(message),
    async () => TEST_GAZETTEER,
  );

  postMessage(message: ToEngine): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.terminated || this.stuck) return;
      this.received.push(copy);
      if (copy.type !== 'init' && JSON.stringify(copy).includes(RUNAWAY)) {
        this.stuck = true;
        const stage = copy.type === 'read' ? 'article' : 'page';
        return this.send({ type: 'stage', seq: copy.seq, stage });
      }
      void this.handle(copy);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private send(message: FromEngine): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<FromEngine>);
    }, 0);
  }
}

/** A worker factory that keeps every worker it made, newest last. */
export function fakeWorkers(): { create: () => Worker; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  return {
    made,
    create: () => {
      const worker = new FakeWorker();
      made.push(worker);
      return worker as unknown as Worker;
    },
  };
}
