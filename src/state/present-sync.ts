import * as v from 'valibot';
import { hashText } from '../story/hash.ts';
import type { Story } from '../story/schema.ts';
import type { AtlasStore } from './store.ts';
import { goToStep } from './tour-steps.ts';

// Keeps the windows of one presentation (the audience screen, the presenter view) on the same stop, whichever
// drives: a subscriber beside the store, like the URL sync. Store changes made here go out on a
// BroadcastChannel; what comes in is validated and becomes store actions with via 'channel', never echoed.

export const PRESENT_CHANNEL = 'north-atlas-present';

const Key = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const PresentMessage = v.variant('kind', [
  /** A window joined the presentation and asks the others where they are. */
  v.strictObject({ kind: v.literal('hello'), story: Key, from: Key }),
  v.strictObject({
    kind: v.literal('state'),
    story: Key,
    step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    blanked: v.boolean(),
    /** An answer to one window's hello; without it, news for every window. */
    to: v.optional(Key),
  }),
]);
export type PresentMessage = v.InferOutput<typeof PresentMessage>;

/** The part of BroadcastChannel this module uses, so tests can pass their own. */
export interface PresentChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close(): void;
}

/** Two windows showing different stories (`?story=`) must not drive each other. */
export function storyKey(story: Story): string {
  return hashText(story.passages.map((p) => p.id).join(' '));
}

export function startPresentSync(
  store: AtlasStore,
  channel: PresentChannel | null = typeof BroadcastChannel === 'function'
    ? new BroadcastChannel(PRESENT_CHANNEL)
    : null,
): () => void {
  const self = Math.random().toString(36).slice(2);
  /**
   * Between our hello and the first state we hear, the others' answers say where the show is. Answers are
   * late by nature: once we have heard or made news, an answer would only take us back.
   */
  let awaiting = false;
  const live = () => {
    const s = store.getState();
    return s.presenting && s.status === 'ready' && s.story !== null ? s.story : null;
  };
  const post = (message: PresentMessage) => channel?.postMessage(message);
  const postState = () => {
    const story = live();
    const { tourStep, blanked, presentVia } = store.getState();
    // What came from the channel (or from start-up) is not news to the other windows.
    if (!story || presentVia === 'channel' || presentVia === 'init') return;
    awaiting = false;
    post({ kind: 'state', story: storyKey(story), step: tourStep, blanked });
  };

  const onMessage = (e: MessageEvent) => {
    const story = live();
    const parsed = v.safeParse(PresentMessage, e.data);
    if (!story || !parsed.success || parsed.output.story !== storyKey(story)) return;
    const msg = parsed.output;
    if (msg.kind === 'hello') {
      const { tourStep, blanked } = store.getState();
      post({ kind: 'state', story: msg.story, step: tourStep, blanked, to: msg.from });
      return;
    }
    if (msg.to !== undefined && (msg.to !== self || !awaiting)) return;
    awaiting = false;
    goToStep(store, msg.step, { via: 'channel' });
    store.getState().setBlanked(msg.blanked, { via: 'channel' });
  };
  channel?.addEventListener('message', onMessage);

  const unsubscribers = [
    // Once presenting with the data in: show the current stop, then ask the other windows where they are.
    store.subscribe(
      (s) => s.presenting && s.status === 'ready',
      (on) => {
        const story = live();
        if (!on || !story) return;
        goToStep(store, store.getState().tourStep, { via: 'init' });
        awaiting = true;
        post({ kind: 'hello', story: storyKey(story), from: self });
      },
      { fireImmediately: true },
    ),
    store.subscribe((s) => s.tourStep, postState),
    store.subscribe((s) => s.blanked, postState),
  ];

  return () => {
    for (const u of unsubscribers) u();
    channel?.removeEventListener('message', onMessage);
    channel?.close();
  };
}
