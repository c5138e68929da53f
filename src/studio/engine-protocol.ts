import type { Annotations } from '../story/annotations.ts';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import type { Story } from '../story/schema.ts';

// Messages between the studio page and its engine worker.

export type ToEngine =
  | { type: 'init'; gazetteerUrl: string }
  | { type: 'read'; seq: number; text: string; annotations: Annotations };

export type FromEngine =
  | { type: 'places'; places: GazetteerEntry[] }
  | { type: 'unavailable'; message: string }
  | {
      type: 'story';
      seq: number;
      story: Story;
      stale: { path: string; problem: string }[];
      ms: number;
    }
  | { type: 'failed'; seq: number; message: string };
