import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMeta } from './corrections.ts';
import { COPY_NOTE, startDraftSync, type TabChannel } from './draft-sync.ts';
import { openDraftDb, type DraftDb } from './drafts-db.ts';
import { createStudioStore, type StudioStore } from './studio-store.ts';

// Draft sync against an IndexedDB in memory (fake-indexeddb) and Node's BroadcastChannel, which carries
// messages between channels of one name in one process as a browser does between tabs.

const TEXT = 'Market Day In The Valley\n\nTraders came down from Taloqan before dawn.';

const channels: BroadcastChannel[] = [];
function channel(): TabChannel {
  const c = new BroadcastChannel('north-atlas-studio-test');
  channels.push(c);
  return c;
}
afterEach(() => {
  for (const c of channels.splice(0)) c.close();
});

/** Waits until the draft in the store is stored (or its save failed). */
const settledSaves = (store: StudioStore) =>
  vi.waitFor(() => {
    const s = store.getState();
    if (s.draft && s.saved !== s.draft && !s.saveError) throw new Error('still saving');
  });

async function put(db: DraftDb, id: string, updated: number, text: string, annotations = {}) {
  const record = { id, title: text.split('\n')[0] ?? id, created: updated, updated, text, annotations };
  await db.saveDraft(record, 0);
}

function tab(factory: IDBFactory, tabs: TabChannel | null = null) {
  const store = createStudioStore();
  const controls = startDraftSync(store, openDraftDb(factory), tabs);
  return { store, controls };
}

describe('draft sync', () => {
  it('restores the newest draft, saves every change with its title, and deletes', async () => {
    const factory = new IDBFactory();
    const db = openDraftDb(factory);
    await put(db, 'a', 1, 'Old text.');
    await put(db, 'b', 2, TEXT, { meta: { byline: 'X' } });
    const { store, controls } = tab(factory);
    await vi.waitFor(() => expect(store.getState().draft?.id).toBe('b'));
    expect(store.getState().draft).toMatchObject({ text: TEXT, annotations: { meta: { byline: 'X' } } });
    expect(store.getState().drafts.map((d) => d.id)).toEqual(['b', 'a']);
    expect(store.getState().saved).toBe(store.getState().draft);

    store.getState().correct((a) => setMeta(a, 'title', 'Market Day'), '');
    await settledSaves(store);
    expect(await db.getDraft('b')).toMatchObject({
      title: 'Market Day',
      annotations: { meta: { title: 'Market Day' } },
      revision: 2,
    });

    await controls.remove('b');
    expect(store.getState().draft).toBeNull();
    expect(store.getState().drafts.map((d) => d.id)).toEqual(['a']);
  });

  it('opens with junk in the database: the good drafts listed and restored, the damaged offered to delete', async () => {
    const factory = new IDBFactory();
    const db = openDraftDb(factory);
    await put(db, 'good', 5, TEXT);
    await db.saveDraft({ id: 'bad', title: 'Bad', created: 1, updated: 9, text: 'x', annotations: {} }, 0);
    // Damage it as a bad disk or an old version might: `updated` becomes a string.
    await new Promise<void>((resolve) => {
      const req = factory.open('north-atlas-studio', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ id: 'bad', title: 'Bad', updated: 'soon', text: 'x' });
        tx.oncomplete = () => (req.result.close(), resolve());
      };
    });
    const { store, controls } = tab(factory);
    await vi.waitFor(() => expect(store.getState().draft?.id).toBe('good'));
    expect(store.getState().drafts.map((d) => d.id)).toEqual(['good']);
    expect(store.getState().damaged).toEqual([
      { key: 'bad', label: 'Bad', problem: expect.stringMatching(/^\$\.created: missing|^\$\.updated/) },
    ]);
    await controls.remove('bad');
    expect(store.getState().damaged).toEqual([]);
    expect(store.getState().problem).toBeNull();
  });

  it('two tabs editing one draft: the later save becomes a copy, and both authors are told', async () => {
    const factory = new IDBFactory();
    const db = openDraftDb(factory);
    await put(db, 'shared', 1, TEXT);
    const a = tab(factory, channel());
    const b = tab(factory, channel());
    await vi.waitFor(() => expect(a.store.getState().draft?.id).toBe('shared'));
    await vi.waitFor(() => expect(b.store.getState().draft?.id).toBe('shared'));

    a.store.getState().editText(`${TEXT}\n\nAdded in tab A.`);
    await settledSaves(a.store);
    await vi.waitFor(() => expect(b.store.getState().notice?.message).toMatch(/changed in another tab/));

    b.store.getState().editText(`${TEXT}\n\nAdded in tab B.`);
    await settledSaves(b.store);
    const copy = b.store.getState().draft!;
    expect(copy.id).not.toBe('shared');
    expect(copy.note).toBe(COPY_NOTE);
    expect(b.store.getState().notice?.message).toMatch(
      /your text here is now the draft “Market Day In The Valley \(copy from another tab\)”/,
    );
    await vi.waitFor(() =>
      expect(a.store.getState().notice?.message).toMatch(/its text was kept as a new draft/),
    );

    // Nothing lost: each tab's text is stored, under its own draft.
    expect((await db.getDraft('shared'))?.text).toMatch(/Added in tab A\.$/);
    expect((await db.getDraft(copy.id))?.text).toMatch(/Added in tab B\.$/);
    // Tab B goes on in its copy: later edits are saved there, not over tab A's text.
    b.store.getState().editText(`${copy.text} More from B.`);
    await settledSaves(b.store);
    expect((await db.getDraft(copy.id))?.text).toMatch(/More from B\.$/);
    expect((await db.getDraft('shared'))?.text).toMatch(/Added in tab A\.$/);
    await vi.waitFor(() => expect(a.store.getState().drafts).toHaveLength(2));
  });

  it('reports every failed save with its reason, not only the first, and never stays "Saving…"', async () => {
    const factory = new IDBFactory();
    const full: DraftDb = {
      ...openDraftDb(factory),
      saveDraft: () => Promise.reject(new DOMException('', 'QuotaExceededError')),
    };
    const store = createStudioStore();
    startDraftSync(store, full, null);
    store.getState().editText(TEXT);
    await vi.waitFor(() => expect(store.getState().saveError).not.toBeNull());
    const error = store.getState().saveError!;
    expect(error.message).toBe(
      'Drafts cannot be saved in this browser: the browser’s storage for this site is full (over its ' +
        'quota); delete drafts you no longer need, or free disk space.',
    );
    store.getState().dismissSaveError();
    store.getState().editText(`${TEXT} More.`);
    await vi.waitFor(() => expect(store.getState().saveError?.dismissed).toBe(false));
  });

  it('a database this studio cannot open says so at once, on load and on every save', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open('north-atlas-studio', 9);
      req.onsuccess = () => (req.result.close(), resolve());
    });
    const { store } = tab(factory);
    await vi.waitFor(() =>
      expect(store.getState().saveError?.message).toMatch(
        /^Drafts could not be loaded from this browser: they were saved by a newer version/,
      ),
    );
    store.getState().dismissSaveError();
    store.getState().editText(TEXT);
    await vi.waitFor(() =>
      expect(store.getState().saveError).toMatchObject({
        message: expect.stringMatching(/^Drafts cannot be saved in this browser: they were saved by a newer/),
        dismissed: false,
      }),
    );
  });
});
