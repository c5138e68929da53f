import * as v from 'valibot';
import { CHANNEL, MapMessage, ampEmbedSize, parseIncoming, pymMessage } from './embed-messages.ts';
import type { AtlasStore } from './store.ts';

// The embed's link to its host page, a subscriber beside the store like URL sync and the map:
// allowed, valid messages become store actions (via 'embed'); store changes and height become messages out.

export interface EmbedBridgeOptions {
  /** The embed's own window, where host messages arrive. */
  win: Window;
  /** The host page; null when the embed is opened on its own. */
  parent: Window | null;
  /** Origins that may send messages and that ours are addressed to. */
  allowed: ReadonlySet<string>;
  /** pym.js child id, when a pym.js parent embeds us. */
  pymId: string | null;
  /** Framed by AMP's amp-iframe (`#amp=1`), which takes its height from AMP's embed-size messages. */
  amp?: boolean;
  /** Calls `report` with the page's height now and whenever it changes; returns a stop function. */
  watchHeight(report: (px: number) => void): () => void;
}

export interface Ignored {
  origin: string;
  reason: 'origin' | 'format';
}

/** What the bridge did with incoming messages: read by the browser tests to see a message arrive and be refused. */
export interface BridgeLog {
  handled: number;
  ignored: Ignored[];
}

const LOG_LIMIT = 50;

declare global {
  interface Window {
    northAtlasEmbed?: BridgeLog;
  }
}

export function startEmbedBridge(store: AtlasStore, opts: EmbedBridgeOptions): () => void {
  const { win, parent, allowed, pymId } = opts;
  const log: BridgeLog = { handled: 0, ignored: [] };
  win.northAtlasEmbed = log;
  let height = 0;

  const post = (message: MapMessage) => {
    if (!parent) return;
    const checked = v.parse(MapMessage, message);
    // One post per allowed origin: the browser delivers only the one whose origin is the parent's.
    for (const origin of allowed) parent.postMessage(checked, origin);
  };
  const postHeight = () => {
    post({ channel: CHANNEL, type: 'height', height });
    if (!parent) return;
    // The same height in the protocols of the two frameworks hosts use, still only to the allowed origins.
    for (const origin of allowed) {
      if (pymId) parent.postMessage(pymMessage(pymId, 'height', String(height)), origin);
      if (opts.amp) parent.postMessage(ampEmbedSize(height), origin);
    }
  };
  const nameOf = (id: string | null) => (id ? (store.getState().geo?.places.get(id) ?? null) : null);

  const onMessage = (e: MessageEvent) => {
    const ignore = (reason: Ignored['reason']) => {
      log.ignored.push({ origin: e.origin, reason });
      if (log.ignored.length > LOG_LIMIT) log.ignored.shift();
    };
    if (!allowed.has(e.origin)) return ignore('origin');
    const incoming = parseIncoming(e.data);
    if (!incoming) return ignore('format');
    if (incoming.kind === 'pym') {
      // pym.js parents send their width on load and resize, and wait for our height in return.
      if (incoming.message.id !== pymId) return ignore('format');
      log.handled++;
      if (incoming.message.type === 'width') postHeight();
      return;
    }
    log.handled++;
    const msg = incoming.message;
    const actions = store.getState();
    if (msg.type === 'select') actions.select(msg.place, { via: 'embed' });
    else if (msg.type === 'clear') actions.clear({ via: 'embed' });
    else if (msg.type === 'language') actions.setLanguage(msg.language);
    else postHeight();
  };
  win.addEventListener('message', onMessage);

  const stopHeight = opts.watchHeight((px) => {
    const next = Math.max(0, Math.ceil(px));
    if (next === height) return;
    height = next;
    postHeight();
  });

  const announceReady = () => {
    const { selected, language } = store.getState();
    post({
      channel: CHANNEL,
      type: 'ready',
      place: selected,
      name: nameOf(selected)?.name_en ?? null,
      language,
      height,
    });
  };
  if (store.getState().status === 'ready') announceReady();
  const unsubscribers = [
    store.subscribe(
      (s) => s.status,
      (status) => {
        if (status === 'ready') announceReady();
      },
    ),
    store.subscribe(
      (s) => s.selected,
      (id) => {
        // Before the data is in, a selection is only a deep link being checked; `ready` reports the outcome.
        if (store.getState().status !== 'ready') return;
        const place = nameOf(id);
        post({
          channel: CHANNEL,
          type: 'selection',
          place: id,
          name: place?.name_en ?? null,
          name_da: place?.name_da ?? null,
          via: store.getState().selectedVia,
        });
      },
    ),
  ];

  return () => {
    win.removeEventListener('message', onMessage);
    stopHeight();
    for (const u of unsubscribers) u();
    delete win.northAtlasEmbed;
  };
}
