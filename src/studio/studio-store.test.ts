import { describe, expect, it } from 'vitest';
import { ingestStory } from '../story/ingest.ts';
import { TEST_GAZETTEER } from '../story/test-gazetteer.ts';
import { forbidSpan, setMeta, spanOf } from './corrections.ts';
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
