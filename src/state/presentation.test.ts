import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from './store.ts';
import { goToStep, selectStop, selectTour, stepBy } from './tour-steps.ts';
import { PRESENT_CHANNEL, startPresentSync, storyKey } from './present-sync.ts';
import { presentationAddress, startPresentUrl, wantsPresentation } from './present-url.ts';
import { toyGeography, toyStory } from './test-fixtures.ts';

function loadedStore(init: Parameters<typeof createAtlasStore>[0] = {}) {
  const store = createAtlasStore(init);
  store.getState().loaded({ story: toyStory(), geo: toyGeography() });
  return store;
}

describe('presentation slice', () => {
  const stopSync: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stopSync.splice(0)) stop();
  });

  it('presenting selects the current stop’s place, and steps move the selection with it', () => {
    const store = loadedStore();
    // The windows' sync, which comes with the presentation, puts the current stop on screen (no channel here).
    stopSync.push(startPresentSync(store, null));
    store.getState().present(true, { via: 'text' });
    expect(store.getState()).toMatchObject({ presenting: true, tourStep: 0, selected: 'AF19' });
    expect(store.getState().selectedVia).toBe('tour');
    stepBy(store, 1, { via: 'key' });
    expect(store.getState()).toMatchObject({ tourStep: 1, selected: 'AF1907', presentVia: 'key' });
    expect(selectStop(store.getState())?.place).toBe('AF1907');
    expect(selectStop(store.getState(), 1)?.quotes).toEqual(['q1']);
  });

  it('clamps steps to the tour', () => {
    const store = loadedStore({ presenting: true });
    const last = selectTour(store.getState()).stops.length - 1;
    goToStep(store, 99, { via: 'key' });
    expect(store.getState().tourStep).toBe(last);
    expect(store.getState().selected).toBe('AF18');
    stepBy(store, 1, { via: 'key' });
    expect(store.getState().tourStep).toBe(last);
    goToStep(store, -3, { via: 'key' });
    expect(store.getState().tourStep).toBe(0);
  });

  it('blanks and restores; leaving the presentation always restores', () => {
    const store = loadedStore();
    store.getState().present(true, { via: 'text' });
    store.getState().setBlanked(true, { via: 'key' });
    expect(store.getState().blanked).toBe(true);
    store.getState().setBlanked(false, { via: 'key' });
    expect(store.getState().blanked).toBe(false);
    store.getState().setBlanked(true, { via: 'key' });
    store.getState().present(false, { via: 'key' });
    expect(store.getState()).toMatchObject({ presenting: false, blanked: false });
  });

  it('does nothing before the story and map are loaded', () => {
    const store = createAtlasStore();
    goToStep(store, 2, { via: 'key' });
    expect(store.getState()).toMatchObject({ tourStep: 0, selected: null });
    expect(selectTour(store.getState()).stops).toEqual([]);
  });

  it('derives the tour once per story and map', () => {
    const store = loadedStore();
    expect(selectTour(store.getState())).toBe(selectTour(store.getState()));
  });
});

describe('present sync', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });
  let n = 0;
  /** Two windows of one presentation, on a real BroadcastChannel of their own. */
  function windows(opts: { audiencePresenting?: boolean } = {}) {
    const name = `${PRESENT_CHANNEL}-test-${++n}`;
    const audience = loadedStore({ presenting: opts.audiencePresenting ?? true });
    const presenter = loadedStore({ presenting: true });
    const sent: unknown[] = [];
    const audienceChannel = new BroadcastChannel(name);
    const post = audienceChannel.postMessage.bind(audienceChannel);
    audienceChannel.postMessage = (m: unknown) => {
      sent.push(m);
      post(m);
    };
    stops.push(startPresentSync(audience, audienceChannel));
    stops.push(startPresentSync(presenter, new BroadcastChannel(name)));
    return { name, audience, presenter, sent };
  }

  it('keeps both windows on the same stop and blank, whichever one drives', async () => {
    const { audience, presenter } = windows();
    stepBy(presenter, 2, { via: 'key' });
    await vi.waitFor(() => expect(audience.getState().tourStep).toBe(2));
    expect(audience.getState().selected).toBe(selectStop(presenter.getState())?.place);
    goToStep(audience, 3, { via: 'key' });
    await vi.waitFor(() => expect(presenter.getState().tourStep).toBe(3));
    presenter.getState().setBlanked(true, { via: 'key' });
    await vi.waitFor(() => expect(audience.getState().blanked).toBe(true));
    audience.getState().setBlanked(false, { via: 'key' });
    await vi.waitFor(() => expect(presenter.getState().blanked).toBe(false));
  });

  it('does not echo what it was told', async () => {
    const { audience, presenter, sent } = windows();
    // Settled: the audience has said hello and answered the presenter's.
    await vi.waitFor(() => expect(sent.map((m) => (m as { kind: string }).kind)).toEqual(['hello', 'state']));
    const before = sent.length;
    stepBy(presenter, 1, { via: 'key' });
    await vi.waitFor(() => expect(audience.getState().tourStep).toBe(1));
    expect(sent.length).toBe(before);
  });

  it('a window that joins late is told where the others are', async () => {
    const { audience, presenter } = windows({ audiencePresenting: false });
    goToStep(presenter, 2, { via: 'key' });
    // Not presenting: the reader in another tab is left alone.
    expect(audience.getState().tourStep).toBe(0);
    audience.getState().present(true, { via: 'text' });
    await vi.waitFor(() => expect(audience.getState().tourStep).toBe(2));
    expect(presenter.getState().tourStep).toBe(2);
  });

  it('ignores other stories and malformed messages', async () => {
    const { name, audience } = windows();
    const stranger = new BroadcastChannel(name);
    const key = storyKey(toyStory());
    stranger.postMessage({ kind: 'state', story: 'another', step: 2, blanked: true });
    stranger.postMessage({ kind: 'state', story: key, step: 2, blanked: true, to: 'someone-else' });
    stranger.postMessage({ kind: 'state', story: key, step: -1, blanked: true });
    stranger.postMessage({ kind: 'state', story: key, step: 1, blanked: 'yes' });
    stranger.postMessage('step 2');
    stranger.postMessage({ kind: 'state', story: key, step: 3, blanked: false });
    await vi.waitFor(() => expect(audience.getState().tourStep).toBe(3));
    expect(audience.getState().blanked).toBe(false);
    stranger.close();
  });
});

describe('present url', () => {
  it('reads ?present from the address', () => {
    expect(wantsPresentation('?present')).toBe(true);
    expect(wantsPresentation('?story=x&present=1')).toBe(true);
    expect(wantsPresentation('?story=x')).toBe(false);
  });

  it('writes the mode into the address, keeping the rest', () => {
    expect(presentationAddress('http://h/?story=x#/place/AF19', true)).toBe(
      'http://h/?story=x&present#/place/AF19',
    );
    expect(presentationAddress('http://h/?present&story=x#/place/AF19', false)).toBe(
      'http://h/?story=x#/place/AF19',
    );
    expect(presentationAddress('http://h/?present', false)).toBe('http://h/');
  });

  it('opens presenting from ?present, and leaving replaces the address without it', () => {
    const replaced: string[] = [];
    const win = {
      location: { href: 'http://h/?present#/', search: '?present' },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => {
          replaced.push(url);
          win.location.href = url;
        },
      },
    };
    const store = loadedStore();
    const stop = startPresentUrl(store, win as unknown as Window);
    expect(store.getState().presenting).toBe(true);
    store.getState().present(false, { via: 'key' });
    expect(replaced).toEqual(['http://h/#/']);
    store.getState().present(true, { via: 'text' });
    expect(replaced.at(-1)).toBe('http://h/?present#/');
    stop();
  });
});
