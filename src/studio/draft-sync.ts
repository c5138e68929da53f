import type { DraftRecord } from './drafts-db.ts';
import {
  currentStory,
  type Draft,
  type DraftSummary,
  type StudioState,
  type StudioStore,
} from './studio-store.ts';

// Keeps IndexedDB in step with the store: every change of the draft is saved at once, the newest draft
// comes back on load, and the list of drafts follows.

export interface DraftDb {
  putDraft(record: DraftRecord): Promise<unknown>;
  getDraft(id: string): Promise<DraftRecord | undefined>;
  deleteDraft(id: string): Promise<unknown>;
  listDrafts(): Promise<DraftSummary[]>;
}

export interface DraftControls {
  /** Switch to a saved draft. */
  open(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

const TITLE_CHARS = 80;

export function draftTitle(s: StudioState, draft: Draft): string {
  const story = currentStory(s);
  const title =
    draft.annotations.meta?.title ??
    story?.meta.title ??
    draft.text.trim().split('\n')[0]?.trim() ??
    'Untitled draft';
  return title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title || 'Untitled draft';
}

export function startDraftSync(store: StudioStore, db: DraftDb): DraftControls {
  let chain: Promise<unknown> = Promise.resolve();
  let failed = false;
  const fail = (err: unknown) => {
    if (failed) return;
    failed = true;
    store
      .getState()
      .refuse(`Drafts cannot be saved in this browser — ${(err as Error).message ?? String(err)}`);
  };
  const refreshList = () => db.listDrafts().then((list) => store.getState().setDrafts(list), fail);
  /** Writes run one after another, so the last change is the one stored. */
  const queue = (job: () => Promise<unknown>) => {
    chain = chain.then(job).catch(fail);
    return chain;
  };

  const save = () => {
    const s = store.getState();
    const { draft } = s;
    if (!draft || draft.text.trim().length === 0) return;
    const record: DraftRecord = {
      id: draft.id,
      title: draftTitle(s, draft),
      created: draft.created,
      updated: Date.now(),
      text: draft.text,
      annotations: draft.annotations,
    };
    void queue(async () => {
      await db.putDraft(record);
      store.getState().stored(draft);
      await refreshList();
    });
  };
  store.subscribe((s) => s.draft, save);
  // The title may come from the engine's reading (the page's headline): save again when it changes.
  store.subscribe(
    (s) => (s.draft ? draftTitle(s, s.draft) : null),
    (title, before) => {
      if (title !== null && before !== null) save();
    },
  );

  const open = async (id: string) => {
    const record = await db.getDraft(id);
    if (!record) return;
    const { text, annotations, created } = record;
    const draft = { id, text, annotations, created };
    store.getState().openDraft(draft);
    store.getState().stored(draft);
  };

  // On load: the list, and the most recent draft unless the author has already started one.
  void queue(async () => {
    const list = await db.listDrafts();
    store.getState().setDrafts(list);
    const newest = list[0];
    if (newest && !store.getState().draft) await open(newest.id);
  });

  return {
    open: (id) => queue(() => open(id)).then(() => undefined),
    remove: (id) =>
      queue(async () => {
        await db.deleteDraft(id);
        if (store.getState().draft?.id === id) store.getState().openDraft(null);
        await refreshList();
      }).then(() => undefined),
  };
}
