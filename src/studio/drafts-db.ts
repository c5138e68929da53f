import * as v from 'valibot';
import { Annotations, jsonPath } from '../story/annotations.ts';
import { validate } from '../story/validate.ts';
import type { DamagedDraft, DraftSummary } from './studio-store.ts';

// Drafts in the browser's IndexedDB, so a reload, a crash or a closed tab loses nothing. Whatever is read
// back is checked: a record another version, an extension or a bad disk left behind is listed as damaged,
// never trusted. Each save says which revision it replaces, so two tabs never overwrite each other.

const DB_NAME = 'north-atlas-studio';
const DB_VERSION = 1;
const STORE = 'drafts';
/** Milliseconds either side of 1970 that a JavaScript Date can hold. */
const DATE_RANGE_MS = 8.64e15;
const LABEL_CHARS = 80;

const Time = v.pipe(v.number(), v.finite(), v.minValue(-DATE_RANGE_MS), v.maxValue(DATE_RANGE_MS));

export const DraftRecord = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  created: Time,
  updated: Time,
  text: v.string(),
  annotations: Annotations,
  /** How many times it was saved; records from before revisions were counted have none. */
  revision: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0)), 0),
  note: v.optional(v.string()),
});
export type DraftRecord = v.InferOutput<typeof DraftRecord>;

/** A save: stored as `revision`, or refused because the stored record is no longer `expected`. */
export type SaveResult = { saved: true; revision: number } | { saved: false; stored: DraftRecord | null };

export interface DraftListing {
  drafts: DraftSummary[];
  damaged: DamagedDraft[];
}

export interface DraftDb {
  /** Store the draft if what is stored under its id is still revision `expected` (0: nothing yet). */
  saveDraft(record: Omit<DraftRecord, 'revision'>, expected: number): Promise<SaveResult>;
  /** The draft, if there is one; throws DraftDamaged for a record that is not a draft. */
  getDraft(id: string): Promise<DraftRecord | undefined>;
  deleteDraft(key: IDBValidKey): Promise<void>;
  /** The record as it is stored, damaged or not: for exporting. */
  rawDraft(key: IDBValidKey): Promise<unknown>;
  /** Every draft, newest change first, and the records that are not drafts. */
  listDrafts(): Promise<DraftListing>;
}

export class DraftDamaged extends Error {
  override name = 'DraftDamaged';
}

/** An error with a DOMException's name, for failures this module finds itself. */
function named(name: string, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

/** What went wrong with the browser's storage, in words that say what the author can do about it. */
const REASONS: Record<string, string> = {
  QuotaExceededError:
    'the browser’s storage for this site is full (over its quota); delete drafts you no longer need, ' +
    'or free disk space',
  VersionError:
    'they were saved by a newer version of the studio, which this page cannot read; reload the page',
  NotFoundError: 'the drafts database has no store for drafts (something else changed it)',
  InvalidStateError: 'the drafts database was closed, perhaps by an update in another tab; reload the page',
  SecurityError:
    'this browser does not let the page store data (a private window, or storage blocked for this site)',
  BlockedError: 'another tab holds an older version of the drafts database open; close the other studio tabs',
  UnavailableError: 'this browser has no IndexedDB (a private window, or storage turned off)',
  UnknownError: 'the browser’s storage failed (its disk may be full or damaged)',
  AbortError: 'the browser stopped the save before it was written',
};

export function storageProblem(err: unknown): string {
  const { name = '', message = '' } = typeof err === 'object' && err !== null ? (err as Error) : {};
  return REASONS[name] ?? (message.trim() || name || String(err) || 'an unknown error');
}

/** Checks a record as read; the problem says where it is wrong. */
export function checkRecord(
  value: unknown,
): { ok: true; record: DraftRecord } | { ok: false; problem: string } {
  const parsed = validate(DraftRecord, value);
  return parsed.ok
    ? { ok: true, record: parsed.value }
    : { ok: false, problem: `${jsonPath(parsed.path)}: ${parsed.message}` };
}

function damagedEntry(key: IDBValidKey, value: unknown, problem: string): DamagedDraft {
  const title = (value as { title?: unknown } | null)?.title;
  const label = typeof title === 'string' && title.trim() ? title : `record ${JSON.stringify(key) ?? '?'}`;
  return { key, label: label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label, problem };
}

export function listing(keys: IDBValidKey[], values: unknown[]): DraftListing {
  const drafts: DraftSummary[] = [];
  const damaged: DamagedDraft[] = [];
  values.forEach((value, i) => {
    const key = keys[i] ?? '?';
    const checked = checkRecord(value);
    if (checked.ok)
      drafts.push({ id: checked.record.id, title: checked.record.title, updated: checked.record.updated });
    else damaged.push(damagedEntry(key, value, checked.problem));
  });
  return { drafts: drafts.sort((a, b) => b.updated - a.updated), damaged };
}

export function openDraftDb(factory: IDBFactory | undefined = globalThis.indexedDB, name = DB_NAME): DraftDb {
  let opening: Promise<IDBDatabase> | null = null;

  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) throw named('UnavailableError', 'no IndexedDB');
      const req = factory.open(name, DB_VERSION);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('updated', 'updated');
      };
      req.onsuccess = () => {
        const d = req.result;
        if (!d.objectStoreNames.contains(STORE)) {
          d.close();
          return reject(named('NotFoundError', `no "${STORE}" store`));
        }
        // Let a newer version in another tab upgrade the database; the next save here opens it again.
        d.onversionchange = () => {
          d.close();
          opening = null;
        };
        d.onclose = () => void (opening = null);
        resolve(d);
      };
      req.onerror = () => reject(req.error ?? named('UnknownError', 'IndexedDB could not be opened'));
      req.onblocked = () => reject(named('BlockedError', 'blocked by another tab'));
    });

  /** One connection, opened on first use; a failed opening is tried again next time. */
  const db = () => {
    opening ??= open().catch((err: unknown) => {
      opening = null;
      throw err;
    });
    return opening;
  };

  /** Runs `work` in one transaction; resolves with its result once the transaction is durable. */
  const transact = <T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore, done: (r: T) => void) => void,
  ) =>
    db().then(
      (d) =>
        new Promise<T>((resolve, reject) => {
          const tx = d.transaction(STORE, mode);
          let result: T;
          work(tx.objectStore(STORE), (r) => (result = r));
          tx.oncomplete = () => resolve(result);
          tx.onerror = () => reject(tx.error ?? named('UnknownError', 'IndexedDB transaction failed'));
          tx.onabort = () => reject(tx.error ?? named('AbortError', 'IndexedDB transaction aborted'));
        }),
    );

  const one = <T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest) =>
    transact<T>(mode, (store, done) => {
      const req = run(store);
      req.onsuccess = () => done(req.result as T);
    });

  return {
    saveDraft: (record, expected) =>
      transact<SaveResult>('readwrite', (store, done) => {
        const get = store.get(record.id);
        get.onsuccess = () => {
          const stored: unknown = get.result;
          const checked = stored === undefined ? null : checkRecord(stored);
          const revision = checked?.ok ? checked.record.revision : 0;
          // A record deleted meanwhile is written back: the author here is still working on it.
          if (checked && (!checked.ok || revision !== expected))
            return done({ saved: false, stored: checked.ok ? checked.record : null });
          store.put({ ...record, revision: Math.max(revision, expected) + 1 });
          done({ saved: true, revision: Math.max(revision, expected) + 1 });
        };
      }),
    getDraft: async (id) => {
      const value = await one<unknown>('readonly', (s) => s.get(id));
      if (value === undefined) return undefined;
      const checked = checkRecord(value);
      if (!checked.ok) throw new DraftDamaged(`the draft is damaged — ${checked.problem}`);
      return checked.record;
    },
    deleteDraft: (key) => one<undefined>('readwrite', (s) => s.delete(key)),
    rawDraft: (key) => one<unknown>('readonly', (s) => s.get(key)),
    listDrafts: () =>
      transact<DraftListing>('readonly', (store, done) => {
        const keys = store.getAllKeys();
        const values = store.getAll();
        values.onsuccess = () => done(listing(keys.result, values.result as unknown[]));
      }),
  };
}

/**
 * A stored value as JSON to export, whatever it holds: IndexedDB keeps what JSON cannot (BigInt, Map,
 * cycles), so those are written out as words rather than lose the rest of the record.
 */
export function exportJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const replacer = (_key: string, v: unknown): unknown => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), x]));
    if (v instanceof Set) return [...v];
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[cycle]';
      seen.add(v);
    }
    return v;
  };
  return `${JSON.stringify(value, replacer, 2) ?? 'null'}\n`;
}
