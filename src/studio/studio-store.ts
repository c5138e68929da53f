import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Annotations } from '../story/annotations.ts';
import type { GazetteerEntry } from '../story/gazetteer-schema.ts';
import { reanchorAnnotations } from '../story/reanchor.ts';
import type { Story } from '../story/schema.ts';
import type { Stage } from './engine-protocol.ts';

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
  /** Said after the title in the list of drafts, e.g. "copy from another tab". */
  note?: string;
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

/** A record in IndexedDB that is not a draft this studio can open: listed to export or delete. */
export interface DamagedDraft {
  key: IDBValidKey;
  /** Its title when it has one, else its key. */
  label: string;
  /** What is wrong with it, at a JSON path: `$.updated: …`. */
  problem: string;
}

/** What the engine worker is doing now, shown with the time it has taken and a way to stop it. */
export interface EngineJob {
  kind: 'read' | 'convert';
  stage: Stage;
  /** When it started, in `performance.now()` milliseconds. */
  since: number;
}

/** A reading that was stopped (cancelled, or over the time limit): not started again by itself. */
export interface HaltedReading {
  from: Snapshot;
  message: string;
}

/** News about the draft from another tab, with the draft it concerns to open. */
export interface TabNotice {
  message: string;
  open?: { id: string; label: string };
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
  /** Why the last save (or load) of drafts failed; cleared by the next save that works. */
  saveError: { message: string; dismissed: boolean } | null;
  damaged: DamagedDraft[];
  job: EngineJob | null;
  halted: HaltedReading | null;
  notice: TabNotice | null;
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
  /** Open a draft as it is stored: nothing to save. */
  restoreDraft(draft: Draft): void;
  /** The draft under another id (a copy), keeping Undo; `saved` is what is stored of it. */
  forkDraft(copy: Draft, saved: Draft | null): void;
  engineBusy(job: EngineJob | null): void;
  engineHalted(halted: HaltedReading | null): void;
  /** Each failure is shown, even after an earlier one was dismissed. */
  saveFailed(message: string | null): void;
  dismissSaveError(): void;
  notify(notice: TabNotice | null): void;
  refuse(problem: string): void;
  dismissProblem(): void;
  setDrafts(drafts: DraftSummary[], damaged?: DamagedDraft[]): void;
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
  saveError: null,
  damaged: [],
  job: null,
  halted: null,
  notice: null,
  target: null,
};

export function newDraftId(now = Date.now()): string {
  return `d-${now.toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

type StorageActions = Pick<
  StudioActions,
  'restoreDraft' | 'forkDraft' | 'saveFailed' | 'dismissSaveError' | 'setDrafts' | 'stored'
>;

/** What draft sync tells the store: drafts opened and stored, the list, failures. */
function storageActions(set: (s: Partial<Studio>) => void, get: () => Studio): StorageActions {
  return {
    restoreDraft: (draft) =>
      set({ draft, past: [], future: [], reading: null, target: null, saved: draft, halted: null }),
    forkDraft: (copy, saved) => set({ draft: copy, saved }),
    saveFailed: (message) => set({ saveError: message === null ? null : { message, dismissed: false } }),
    dismissSaveError: () => {
      const { saveError } = get();
      if (saveError) set({ saveError: { ...saveError, dismissed: true } });
    },
    setDrafts: (drafts, damaged = []) => set({ drafts, damaged }),
    stored: (saved) => set({ saved, saveError: null }),
  };
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
            halted: null,
          }),
        ...storageActions(set, get),
        engineBusy: (job) => set({ job }),
        engineHalted: (halted) => set({ halted }),
        notify: (notice) => set({ notice }),
        refuse: (problem) => set({ problem }),
        dismissProblem: () => set({ problem: null }),
        aim: (target) => set({ target }),
        announce: (news) => set({ news }),
      };
    }),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/** Whether a snapshot is the draft's content as it is now (the same objects). */
export function isCurrent(s: StudioState, from: Snapshot | undefined): boolean {
  return !!s.draft && !!from && from.text === s.draft.text && from.annotations === s.draft.annotations;
}

/** The stopped reading of the draft as it is now, if any. */
export function currentHalt(s: StudioState): HaltedReading | null {
  return s.halted && isCurrent(s, s.halted.from) ? s.halted : null;
}

/** The story shown, if it was read from the draft as it is now. */
export function currentStory(s: StudioState): Story | null {
  const { draft, reading } = s;
  if (!draft || !reading) return null;
  return reading.from.text === draft.text && reading.from.annotations === draft.annotations
    ? reading.story
    : null;
}
