// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../state/store.ts';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';
import { prefetchListCode } from './RelatedSlot.tsx';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
  });
});
afterEach(() => vi.useRealTimers());

function storeListing(related: boolean) {
  const store = createAtlasStore(related ? { relatedSource: { root: '/', current: null } } : {});
  store.getState().loaded({ story: toyStory(), geo: toyGeography() });
  return store;
}

describe('the other stories’ code', () => {
  it('is fetched once, after the frame that shows the first hover on a place', () => {
    const store = storeListing(true);
    const load = vi.fn();
    prefetchListCode(store, load);
    vi.advanceTimersByTime(500);
    expect(load).not.toHaveBeenCalled();
    store.getState().hover('AF19');
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(load).toHaveBeenCalledTimes(1);
    store.getState().hover(null);
    store.getState().hover('AF18');
    vi.advanceTimersByTime(500);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is not fetched on a page that lists none, nor once stopped', () => {
    const none = storeListing(false);
    const load = vi.fn();
    prefetchListCode(none, load);
    none.getState().hover('AF19');
    vi.advanceTimersByTime(500);
    expect(load).not.toHaveBeenCalled();
    const listing = storeListing(true);
    const stop = prefetchListCode(listing, load);
    listing.getState().hover('AF19');
    stop();
    vi.advanceTimersByTime(500);
    expect(load).not.toHaveBeenCalled();
  });
});
