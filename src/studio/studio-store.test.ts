import { describe, expect, it } from 'vitest';
import { ingestStory } from '../story/ingest.ts';
import { TEST_GAZETTEER } from '../story/test-gazetteer.ts';
import { forbidSpan, setMeta, spanOf } from './corrections.ts';
import { startDraftSync, type DraftDb } from './draft-sync.ts';
import type { DraftRecord } from './drafts-db.ts';
import { createStudioStore, currentStory, type Snapshot } from './studio-store.ts';

const TEXT = 'Market Day In The Valley\n\nTraders came down from Taloqan before dawn.';

describe('studio store', () => {
  it('records corrections and text edits for undo and redo', () => {
    const store = createStudioStore();
    store.getState().editText(TEXT);
    const draft = store.getState().draft!;
    expect(store.getState().past).toEqual([]);
    store.getState().correct((a) => setMeta(a, 'byline', 'Desk'), 'Byline saved.');
    store.getState().editText(`${TEXT} More.`);
    expect(store.getState().draft).toMatchObject({ id: draft.id, text: `${TEXT} More.` });
    store.getState().undo();
    expect(store.getState().draft?.text).toBe(TEXT);
    store.getState().undo();
    expect(store.getState().draft?.annotations).toEqual({});
    store.getState().redo();
    expect(store.getState().draft?.annotations).toEqual({ meta: { byline: 'Desk' } });
    store.getState().correct((a) => setMeta(a, 'date', '2024'), 'Date saved.');
    expect(store.getState().future).toEqual([]);
  });

  it('moves corrections with their words when the text is edited', () => {
    const store = createStudioStore();
    store.getState().editText(TEXT);
    const story = ingestStory(TEXT, TEST_GAZETTEER);
    const taloqan = story.mentions.find((m) => m.text === 'Taloqan')!;
    store.getState().correct((a) => forbidSpan(a, spanOf(taloqan)), 'Unlinked.');
    const edited = TEXT.replace('Traders came', 'Many traders came');
    store.getState().editText(edited);
    const after = ingestStory(edited, TEST_GAZETTEER, store.getState().draft!.annotations);
    expect(after.mentions.some((m) => m.text === 'Taloqan')).toBe(false);
  });

  it('shows a reading only of the draft as it is now', () => {
    const store = createStudioStore();
    store.getState().editText(TEXT);
    const { text, annotations } = store.getState().draft!;
    const from: Snapshot = { text, annotations };
    const story = ingestStory(TEXT, TEST_GAZETTEER);
    store.getState().correct((a) => setMeta(a, 'title', 'Changed'), '');
    store.getState().engineRead({ from, story, stale: [], ms: 1 });
    expect(store.getState().reading).toBeNull();
    store.getState().undo();
    store.getState().engineRead({ from, story, stale: [], ms: 1 });
    expect(currentStory(store.getState())).toBe(story);
  });

  it('ignores an empty paste into an empty studio', () => {
    const store = createStudioStore();
    store.getState().editText('   ');
    expect(store.getState().draft).toBeNull();
  });
});

/** IndexedDB's part, in memory: the boundary the browser provides. */
function memoryDb(records: DraftRecord[] = []): DraftDb & { records: Map<string, DraftRecord> } {
  const map = new Map(records.map((r) => [r.id, r]));
  return {
    records: map,
    putDraft: async (r) => void map.set(r.id, structuredClone(r)),
    getDraft: async (id) => map.get(id),
    deleteDraft: async (id) => void map.delete(id),
    listDrafts: async () =>
      [...map.values()]
        .map(({ id, title, updated }) => ({ id, title, updated }))
        .sort((a, b) => b.updated - a.updated),
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('draft sync', () => {
  it('restores the newest draft, saves every change with its title, and deletes', async () => {
    const older = { id: 'a', title: 'Old', created: 1, updated: 1, text: 'Old text.', annotations: {} };
    const newer = {
      id: 'b',
      title: 'New',
      created: 2,
      updated: 2,
      text: TEXT,
      annotations: { meta: { byline: 'X' } },
    };
    const db = memoryDb([older, newer]);
    const store = createStudioStore();
    const controls = startDraftSync(store, db);
    await settled();
    expect(store.getState().draft).toMatchObject({
      id: 'b',
      text: TEXT,
      annotations: { meta: { byline: 'X' } },
    });
    expect(store.getState().drafts.map((d) => d.id)).toEqual(['b', 'a']);

    store.getState().correct((a) => setMeta(a, 'title', 'Market Day'), '');
    await settled();
    expect(db.records.get('b')).toMatchObject({
      title: 'Market Day',
      annotations: { meta: { title: 'Market Day' } },
    });
    expect(store.getState().saved).toBe(store.getState().draft);

    await controls.remove('b');
    expect(store.getState().draft).toBeNull();
    expect(store.getState().drafts.map((d) => d.id)).toEqual(['a']);
  });
});
