import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineRefusal, EngineStopped, TIME_LIMIT_MS, startEngine } from './engine-client.ts';
import { RUNAWAY, fakeWorkers } from './test-worker.ts';
import { createStudioStore, currentHalt, currentStory } from './studio-store.ts';

// The engine's worker as the studio drives it: conversion there, a newer job stopping a runaway one, the
// time limit and Cancel. Time is faked: the limit is passed by advancing the clock, not by waiting.

const TEXT = 'Market Day In The Valley\n\nTraders came down from Taloqan before dawn.';
const PAGE = '<html><body><h1>Market Day</h1><p>Traders came down from Taloqan.</p></body></html>';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Lets the fake worker and the page exchange the messages due now (a faked 0 ms timer set while the clock
 * ticks is due 1 ms later). */
const settle = () => vi.advanceTimersByTimeAsync(1);
async function drain() {
  for (let i = 0; i < 20; i++) await settle();
}

function setup() {
  const store = createStudioStore();
  const workers = fakeWorkers();
  const engine = startEngine(store, workers.create, '/data/gazetteer.json');
  return { store, workers, engine };
}

describe('the engine client', () => {
  it('converts a pasted page in the worker, saying which step it is on', async () => {
    const { store, workers, engine } = setup();
    const stages: unknown[] = [];
    store.subscribe(
      (s) => s.job,
      (job) => stages.push(job?.stage ?? null),
    );
    const converted = engine.convert({ kind: 'paste', text: PAGE, format: 'html' });
    await drain();
    expect(workers.made[0]?.received.map((m) => m.type)).toEqual(['init', 'convert']);
    await expect(converted).resolves.toMatch(/^Market Day\n\nTraders came down from Taloqan\.$/m);
    expect(stages).toEqual(['page', null]);
  });

  it('says what the engine found wrong with a paste, in its words', async () => {
    const { engine } = setup();
    const converted = engine.convert({ kind: 'paste', text: '<p> </p>', format: 'html' });
    const caught = converted.catch((err: unknown) => err);
    await drain();
    const err = await caught;
    expect(err).toBeInstanceOf(EngineRefusal);
    expect((err as Error).message).toBe('no article text in it');
  });

  it('reads the draft, and a newer paste is not kept waiting by a runaway one', async () => {
    const { store, workers, engine } = setup();
    const first = engine.convert({ kind: 'paste', text: `<p>${RUNAWAY}</p>`, format: 'html' });
    const firstDone = first.catch((err: unknown) => err);
    await drain();
    expect(store.getState().job).toMatchObject({ kind: 'convert', stage: 'page' });
    expect(workers.made[0]?.stuck).toBe(true);

    const second = engine.convert({ kind: 'paste', text: PAGE, format: 'html' });
    await drain();
    expect(workers.made[0]?.terminated).toBe(true);
    expect(workers.made).toHaveLength(2);
    await expect(second).resolves.toContain('Traders came down from Taloqan');
    expect(await firstDone).toEqual(new EngineStopped('superseded'));
    expect(store.getState().job).toBeNull();
  });

  it('stops a reading over the time limit and says so, instead of reading for ever', async () => {
    const { store, workers, engine } = setup();
    store.getState().editText(`${RUNAWAY}\n\n${TEXT}`);
    await drain();
    expect(store.getState().job).toMatchObject({ kind: 'read', stage: 'article' });
    await vi.advanceTimersByTimeAsync(TIME_LIMIT_MS);
    await drain();
    expect(workers.made[0]?.terminated).toBe(true);
    expect(store.getState().job).toBeNull();
    expect(currentHalt(store.getState())?.message).toMatch(
      /^Reading the article took more than 20 s and was stopped/,
    );
    // The fresh worker is not handed the same runaway again by itself…
    expect(workers.made[1]?.received.map((m) => m.type)).toEqual(['init']);
    // …and an edit is read at once.
    store.getState().editText(TEXT);
    await drain();
    expect(currentStory(store.getState())?.meta.title).toBe('Market Day In The Valley');
    expect(currentHalt(store.getState())).toBeNull();
    engine.stop();
  });

  it('a conversion over the time limit is refused with its own reason', async () => {
    const { engine } = setup();
    const caught = engine
      .convert({ kind: 'paste', text: `<p>${RUNAWAY}</p>`, format: 'html' })
      .catch((e) => e);
    await drain();
    await vi.advanceTimersByTimeAsync(TIME_LIMIT_MS);
    expect(await caught).toEqual(new EngineStopped('limit'));
  });

  it('Cancel stops the reading now; "Read it again" starts it again', async () => {
    const { store, workers, engine } = setup();
    store.getState().editText(`${RUNAWAY}\n\n${TEXT}`);
    await drain();
    engine.cancel();
    await drain();
    expect(workers.made[0]?.terminated).toBe(true);
    expect(currentHalt(store.getState())?.message).toBe(
      'Reading the article was stopped. The draft is kept as it is.',
    );
    engine.readAgain();
    await drain();
    expect(currentHalt(store.getState())).toBeNull();
    expect(workers.made[1]?.received.map((m) => m.type)).toEqual(['init', 'read']);
    expect(store.getState().job).toMatchObject({ kind: 'read' });
  });

  it('an edit during a reading stops that reading rather than waiting behind it', async () => {
    const { store, workers } = setup();
    store.getState().editText(`${RUNAWAY}\n\n${TEXT}`);
    await drain();
    store.getState().editText(TEXT);
    await drain();
    expect(workers.made[0]?.terminated).toBe(true);
    expect(currentStory(store.getState())?.meta.title).toBe('Market Day In The Valley');
    expect(currentHalt(store.getState())).toBeNull();
  });
});
