// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestStory } from '../story/ingest.ts';
import { TEST_GAZETTEER } from '../story/test-gazetteer.ts';
import { startDraftSync } from './draft-sync.ts';
import { openDraftDb } from './drafts-db.ts';
import { startEngine } from './engine-client.ts';
import { fakeWorkers } from './test-worker.ts';
import { PanelBoundary } from './PanelBoundary.tsx';
import { PREVIEW_STEP } from './Preview.tsx';
import { Studio } from './Studio.tsx';
import { StudioProvider } from './studio-context.tsx';
import { createStudioStore } from './studio-store.ts';

// The studio's page as the author meets it, with the engine's worker in this thread (test-worker.ts) and
// IndexedDB in memory (fake-indexeddb).

afterEach(cleanup);

const PAGE = '<html><body><h1>Market Day</h1><p>Traders came down from Taloqan.</p></body></html>';

function renderStudio(factory = new IDBFactory()) {
  const store = createStudioStore();
  const workers = fakeWorkers();
  const engine = startEngine(store, workers.create, '/data/gazetteer.json');
  const drafts = startDraftSync(store, openDraftDb(factory), null);
  render(
    <StudioProvider services={{ store, drafts, engine }}>
      <Studio />
    </StudioProvider>,
  );
  return { store, workers, engine };
}

const articleText = () => screen.getByLabelText<HTMLTextAreaElement>('Article text');

describe('the studio page', () => {
  it('converts a pasted web page in the worker, not on the page’s thread', async () => {
    const { workers } = renderStudio();
    const data: Record<string, string> = { 'text/html': PAGE, 'text/plain': 'plain' };
    fireEvent.paste(articleText(), { clipboardData: { getData: (type: string) => data[type] ?? '' } });
    // Nothing converted here: the page is on its way to the worker.
    expect(articleText().value).toBe('');
    await waitFor(() => expect(articleText().value).toBe('Market Day\n\nTraders came down from Taloqan.'));
    expect(workers.made[0]?.received.find((m) => m.type === 'convert')).toMatchObject({
      source: { kind: 'paste', format: 'html', text: PAGE },
    });
  });

  it('shows a long job’s step, its seconds and the limit, with Cancel', async () => {
    const { store, engine } = renderStudio();
    const cancel = vi.spyOn(engine, 'cancel');
    act(() =>
      store.getState().engineBusy({ kind: 'convert', stage: 'page', since: performance.now() - 5000 }),
    );
    const progress = await screen.findByTestId('progress-convert');
    await waitFor(() =>
      expect(progress.textContent).toMatch(
        /^Converting the page… ([5-9]|\d\d) s \(it stops at 20 s\) Cancel$/,
      ),
    );
    fireEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('a stopped reading says so in the preview instead of "Reading the article…" for ever', async () => {
    const { store, engine } = renderStudio();
    act(() => store.getState().editText('Market Day\n\nTraders came.'));
    const { text, annotations } = store.getState().draft!;
    act(() => store.getState().engineHalted({ from: { text, annotations }, message: 'Reading stopped.' }));
    const halted = screen.getByTestId('halted');
    expect(halted.textContent).toBe('Reading stopped. Read it again');
    expect(screen.queryByText('Reading the article…')).toBeNull();
    const again = vi.spyOn(engine, 'readAgain');
    fireEvent.click(within(halted).getByRole('button', { name: 'Read it again' }));
    expect(again).toHaveBeenCalledOnce();
  });

  it('draws a long article’s preview in steps, so a huge draft never holds the page', () => {
    const { store } = renderStudio();
    const text = [
      'A Long Report',
      ...Array.from({ length: PREVIEW_STEP + 30 }, (_, i) => `Day ${i} in Taloqan.`),
    ].join('\n\n');
    act(() => store.getState().editText(text));
    const { draft } = store.getState();
    const story = ingestStory(text, TEST_GAZETTEER);
    act(() => store.getState().engineRead({ from: draft!, story, stale: [], ms: 1 }));
    const passages = () => document.querySelectorAll('.pv-passage').length;
    expect(story.passages.length).toBe(PREVIEW_STEP + 30);
    expect(passages()).toBe(PREVIEW_STEP);
    expect(screen.getByText(/^30 more passages not shown yet/)).toBeTruthy();
    // (getByText: getByRole computes every button's name, slow in jsdom with hundreds of them.)
    fireEvent.click(screen.getByText('Show 30 more'));
    expect(passages()).toBe(PREVIEW_STEP + 30);
    expect(screen.queryByText(/more passages not shown/)).toBeNull();
  });

  it('lists damaged records to export or delete, beside the good drafts', async () => {
    const factory = new IDBFactory();
    const db = openDraftDb(factory);
    await db.saveDraft(
      { id: 'g', title: 'Good one', created: 1, updated: 2, text: 'Good.', annotations: {} },
      0,
    );
    await new Promise<void>((resolve) => {
      const req = factory.open('north-atlas-studio', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ id: 'junk', title: 3, updated: 'x' });
        tx.oncomplete = () => (req.result.close(), resolve());
      };
    });
    renderStudio(factory);
    const item = await screen.findByText('record "junk"');
    const row = item.closest('li')!;
    expect(row.textContent).toMatch(/— damaged — export or delete\./);
    expect(screen.getByRole('button', { name: 'Good one' })).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
    fireEvent.click(within(row).getByRole('button', { name: 'Delete draft' }));
    await waitFor(() => expect(screen.queryByText('record "junk"')).toBeNull());
    expect((await db.listDrafts()).damaged).toEqual([]);
  });

  it('a failed save shows "Not saved" and the way out, not "Saving…"', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open('north-atlas-studio', 4);
      req.onsuccess = () => (req.result.close(), resolve());
    });
    const { store } = renderStudio(factory);
    act(() => store.getState().editText('Market Day\n\nTraders came.'));
    await waitFor(() => expect(screen.getByTestId('saved').textContent).toBe('Not saved in this browser'));
    const alert = screen.getByTestId('save-error');
    expect(alert.textContent).toMatch(/saved by a newer version of the studio/);
    expect(within(alert).getByRole('button', { name: 'Download story now' })).toBeTruthy();
  });
});

describe('PanelBoundary', () => {
  it('keeps a failing panel to itself: it says what failed, the others go on', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createStudioStore();
    const Broken = () => {
      throw new RangeError('Invalid time value');
    };
    render(
      <StudioProvider services={{ store, drafts: {} as never, engine: {} as never }}>
        <PanelBoundary name="Drafts">
          <Broken />
        </PanelBoundary>
        <PanelBoundary name="Preview">
          <p>The preview still works</p>
        </PanelBoundary>
      </StudioProvider>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The Drafts panel stopped working: Invalid time value\. Your draft is still saved/,
    );
    expect(screen.getByRole('button', { name: 'Reload the studio' })).toBeTruthy();
    expect(screen.getByText('The preview still works')).toBeTruthy();
    vi.mocked(console.error).mockRestore();
  });
});
