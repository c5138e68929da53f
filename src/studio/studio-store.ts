import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Annotations } from '../story/annotations.ts';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import { reanchorAnnotations } from '../story/reanchor.ts';
import type { Story } from '../story/schema.ts';

// The studio's single source of truth: the draft being edited (article text plus the author's
// annotations), its undo history, and the engine's latest reading of it. Saving to IndexedDB and running
// the engine in the worker are subscribers beside the store, as the map and URL sync are in the reader.

/** How many steps Undo can go back. */
const HISTORY_LIMIT = 200;

export interface Draft {
  id: string;
  text: string;
  annotations: Annotations;
  created: number;
}

export interface Snapshot {
  text: string;
  annotations: Annotations;
}

export interface DraftSummary {
  id: string;
  title: string;
  updated: number;
}

/** An annotation the engine could not apply to the current text, at its JSON path. */
export interface StaleAnnotation {
  path: string;
  problem: string;
}

/** What the side panel is correcting. */
export type Target =
  | { kind: 'mention'; id: string }
  | { kind: 'unresolved'; passage: string; start: number }
  | { kind: 'quote'; id: string }
  | { kind: 'passage'; id: string }
  | { kind: 'span'; passage: string; offset: number; text: string }
  | { kind: 'done'; message: string };

export interface Reading {
  /** The draft content this story was read from (the same objects: compare with ===). */
  from: Snapshot;
  story: Story;
  stale: StaleAnnotation[];
  ms: number;
}

export interface StudioState {
  /** The gazetteer's places, once the engine worker has loaded it. */
  places: GazetteerEntry[];
  engine: 'starting' | 'ready' | 'failed';
  draft: Draft | null;
  past: Snapshot[];
  future: Snapshot[];
  reading: Reading | null;
  /** The last problem with the author's input (a bad file, an empty paste); the draft is unchanged. */
  problem: string | null;
  /** Polite news for screen readers ("Unlinked “Kunduz”"). */
  news: string;
  drafts: DraftSummary[];
  /** The draft as last stored in IndexedDB (the same object when nothing is unsaved). */
  saved: Draft | null;
  target: Target | null;
}

export interface StudioActions {
  enginePlaces(places: GazetteerEntry[]): void;
  engineFailed(message: string): void;
  engineRead(reading: Reading): void;
  /** The author's edit of the text: corrections move with their words. */
  editText(text: string): void;
  /** A correction: a new value of the annotations, recorded for Undo. */
  correct(change: (a: Annotations) => Annotations, news: string): void;
  undo(): void;
  redo(): void;
  /** Start on another draft (restored, opened from a file or new): no Undo back into the previous one. */
  openDraft(draft: Draft | null, reading?: Reading): void;
  refuse(problem: string): void;
  dismissProblem(): void;
  setDrafts(drafts: DraftSummary[]): void;
  stored(draft: Draft): void;
  aim(target: Target | null): void;
  announce(news: string): void;
}

export type Studio = StudioState & StudioActions;

export const initialStudio: StudioState = {
  places: [],
  engine: 'starting',
  draft: null,
  past: [],
  future: [],
  reading: null,
  problem: null,
  news: '',
  drafts: [],
  saved: null,
  target: null,
};

export function newDraftId(now = Date.now()): string {
  return `d-${now.toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

export function createStudioStore(init: Partial<StudioState> = {}) {
  return createStore<Studio>()(
    subscribeWithSelector((set, get) => {
      /** Replace the draft's content, keeping the old content for Undo. */
      const record = (next: Snapshot, news: string) => {
        const { draft, past } = get();
        const current: Draft = draft ?? { id: newDraftId(), text: '', annotations: {}, created: Date.now() };
        const before: Snapshot = { text: current.text, annotations: current.annotations };
        set({
          draft: { ...current, ...next },
          past: draft ? [...past, before].slice(-HISTORY_LIMIT) : [],
          future: [],
          problem: null,
          news,
        });
      };
      const step = (from: 'past' | 'future') => {
        const { draft, past, future } = get();
        const source = from === 'past' ? past : future;
        const to = source.at(-1);
        if (!draft || !to) return;
        const here: Snapshot = { text: draft.text, annotations: draft.annotations };
        set({
          draft: { ...draft, ...to },
          past: from === 'past' ? past.slice(0, -1) : [...past, here],
          future: from === 'future' ? future.slice(0, -1) : [...future, here],
          target: null,
          news: from === 'past' ? 'Undone.' : 'Redone.',
        });
      };
      return {
        ...initialStudio,
        ...init,
        enginePlaces: (places) => set({ places, engine: 'ready' }),
        engineFailed: (message) => set({ engine: 'failed', problem: message }),
        engineRead: (reading) => {
          const { draft } = get();
          // A reading of content the author has since changed is dropped; a newer one is on its way.
          if (draft && reading.from.text === draft.text && reading.from.annotations === draft.annotations)
            set({ reading });
        },
        editText: (text) => {
          const { draft } = get();
          if (draft?.text === text || (!draft && text.trim().length === 0)) return;
          const annotations = draft ? reanchorAnnotations(draft.text, text, draft.annotations) : {};
          record({ text, annotations }, '');
        },
        correct: (change, news) => {
          const { draft } = get();
          if (!draft) return;
          const annotations = change(draft.annotations);
          if (annotations === draft.annotations) return;
          record({ text: draft.text, annotations }, news);
        },
        undo: () => step('past'),
        redo: () => step('future'),
        openDraft: (draft, reading) =>
          set({
            draft,
            past: [],
            future: [],
            reading: reading ?? null,
            target: null,
            problem: null,
            saved: null,
          }),
        refuse: (problem) => set({ problem }),
        dismissProblem: () => set({ problem: null }),
        setDrafts: (drafts) => set({ drafts }),
        stored: (saved) => set({ saved }),
        aim: (target) => set({ target }),
        announce: (news) => set({ news }),
      };
    }),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/** The story shown, if it was read from the draft as it is now. */
export function currentStory(s: StudioState): Story | null {
  const { draft, reading } = s;
  if (!draft || !reading) return null;
  return reading.from.text === draft.text && reading.from.annotations === draft.annotations
    ? reading.story
    : null;
}
