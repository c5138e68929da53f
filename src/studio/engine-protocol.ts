import type { Annotations } from '../story/annotations.ts';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import type { Story } from '../story/schema.ts';

// Messages between the studio page and its engine worker.

/** What the worker turns into article text: a paste of a web page, or an opened or dropped file. */
export type ConvertSource =
  | { kind: 'paste'; text: string; format: 'html' | 'text' }
  | { kind: 'file'; name: string; bytes: ArrayBuffer };

/** What the worker is doing, said before each long step: the page shows it, with a way to stop it. */
export type Stage = 'page' | 'file' | 'article';

export type ToEngine =
  | { type: 'init'; gazetteerUrl: string; warmUp: boolean }
  | { type: 'read'; seq: number; text: string; annotations: Annotations }
  | { type: 'convert'; seq: number; source: ConvertSource };

export type FromEngine =
  | { type: 'places'; places: GazetteerEntry[] }
  | { type: 'unavailable'; message: string }
  | { type: 'stage'; seq: number; stage: Stage }
  | {
      type: 'story';
      seq: number;
      story: Story;
      stale: { path: string; problem: string }[];
      ms: number;
    }
  | { type: 'failed'; seq: number; message: string }
  | { type: 'converted'; seq: number; text: string }
  | { type: 'refused'; seq: number; message: string };
