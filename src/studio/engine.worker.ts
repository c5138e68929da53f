/// <reference lib="webworker" />
import { createEngineHost } from './engine-host.ts';
import type { ToEngine } from './engine-protocol.ts';

// The story engine off the main thread: the page stays responsive while a long article is converted and
// read, and the page can stop a runaway one by ending this worker (engine-client.ts).

declare const self: DedicatedWorkerGlobalScope;

const handle = createEngineHost((message) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToEngine>) => void handle(event.data);
