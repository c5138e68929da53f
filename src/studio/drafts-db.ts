import type { Annotations } from '../story/annotations.ts';
import type { DraftSummary } from './studio-store.ts';

// Drafts in the browser's IndexedDB, so a reload, a crash or a closed tab loses nothing.

const DB_NAME = 'north-atlas-studio';
const DB_VERSION = 1;
const STORE = 'drafts';

export interface DraftRecord {
  id: string;
  title: string;
  created: number;
  updated: number;
  text: string;
  annotations: Annotations;
}

let opening: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('updated', 'updated');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  return opening;
}

function request<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(STORE, mode);
        const req = run(tx.objectStore(STORE));
        // Resolve when the transaction is durable, not when the request is queued.
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

export function putDraft(record: DraftRecord): Promise<unknown> {
  return request('readwrite', (s) => s.put(record));
}

export function getDraft(id: string): Promise<DraftRecord | undefined> {
  return request('readonly', (s) => s.get(id) as IDBRequest<DraftRecord | undefined>);
}

export function deleteDraft(id: string): Promise<unknown> {
  return request('readwrite', (s) => s.delete(id));
}

/** Every draft, newest change first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await request('readonly', (s) => s.getAll() as IDBRequest<DraftRecord[]>);
  return all.map(({ id, title, updated }) => ({ id, title, updated })).sort((a, b) => b.updated - a.updated);
}
