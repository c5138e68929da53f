import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DraftDamaged, exportJson, openDraftDb, storageProblem, type DraftRecord } from './drafts-db.ts';

// The drafts store against an IndexedDB in memory (fake-indexeddb: the browser's boundary, not ours).

const DB = 'north-atlas-studio';

const good = (id: string, updated: number, title = `Draft ${id}`): Omit<DraftRecord, 'revision'> => ({
  id,
  title,
  created: 1,
  updated,
  text: `Text of ${id}.`,
  annotations: {},
});

/** A database as another version or a bad disk may leave it: records written straight in. */
function seed(factory: IDBFactory, records: object[], opts: { version?: number; store?: boolean } = {}) {
  return new Promise<void>((resolve, reject) => {
    const req = factory.open(DB, opts.version ?? 1);
    req.onupgradeneeded = () => {
      if (opts.store !== false) req.result.createObjectStore('drafts', { keyPath: 'id' });
    };
    req.onsuccess = () => {
      const d = req.result;
      if (records.length === 0) return (d.close(), resolve());
      const tx = d.transaction('drafts', 'readwrite');
      for (const r of records) tx.objectStore('drafts').put(r);
      tx.oncomplete = () => (d.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

const JUNK = [
  { id: 'no-updated', title: 'No date', created: 1, text: 'x', annotations: {} },
  { id: 'string-updated', title: 'Yesterday', created: 1, updated: 'yesterday', text: 'x', annotations: {} },
  { id: 'far-future', title: 'Far', created: 1, updated: 1e20, text: 'x', annotations: {} },
  { id: 'number-title', title: 42, created: 1, updated: 5, text: 'x', annotations: {} },
  { id: 'bad-notes', title: 'Notes', created: 1, updated: 5, text: 'x', annotations: { overrides: 'x' } },
  { id: 7, title: 'Numeric key', created: 1, updated: 5, text: 'x', annotations: {} },
];

describe('drafts in IndexedDB', () => {
  it('lists the good drafts, newest first, and every damaged record with what is wrong with it', async () => {
    const factory = new IDBFactory();
    await seed(factory, [{ ...good('old', 10), revision: 1 }, ...JUNK, { ...good('new', 20), revision: 3 }]);
    const { drafts, damaged } = await openDraftDb(factory).listDrafts();
    expect(drafts.map((d) => d.id)).toEqual(['new', 'old']);
    expect(damaged.map((d) => [d.key, d.label, d.problem])).toEqual([
      [7, 'Numeric key', '$.id: Invalid type: Expected string but received 7'],
      ['bad-notes', 'Notes', '$.annotations.overrides: Invalid type: Expected Object but received "x"'],
      [
        'far-future',
        'Far',
        '$.updated: Invalid value: Expected <=8640000000000000 but received 100000000000000000000',
      ],
      ['no-updated', 'No date', '$.updated: missing'],
      ['number-title', 'record "number-title"', '$.title: Invalid type: Expected string but received 42'],
      ['string-updated', 'Yesterday', '$.updated: Invalid type: Expected number but received "yesterday"'],
    ]);
  });

  it('refuses to open a damaged record as a draft, and exports and deletes it by its key', async () => {
    const factory = new IDBFactory();
    await seed(factory, JUNK);
    const db = openDraftDb(factory);
    await expect(db.getDraft('string-updated')).rejects.toThrow(DraftDamaged);
    await expect(db.getDraft('string-updated')).rejects.toThrow(/damaged — \$\.updated: Invalid type/);
    expect(JSON.parse(exportJson(await db.rawDraft(7)))).toMatchObject({ id: 7, title: 'Numeric key' });
    await db.deleteDraft(7);
    expect((await db.listDrafts()).damaged.map((d) => d.key)).not.toContain(7);
  });

  it('saves only over the revision it expects, so a save from an older copy is refused', async () => {
    const db = openDraftDb(new IDBFactory());
    expect(await db.saveDraft(good('a', 1), 0)).toEqual({ saved: true, revision: 1 });
    expect(await db.saveDraft(good('a', 2), 1)).toEqual({ saved: true, revision: 2 });
    // A second tab that loaded revision 1 saves: refused, with what is stored now.
    const stale = await db.saveDraft({ ...good('a', 3), text: 'Other tab.' }, 1);
    expect(stale).toMatchObject({ saved: false, stored: { revision: 2, text: 'Text of a.' } });
    expect((await db.getDraft('a'))?.text).toBe('Text of a.');
    // Deleted in another tab while open here: written back, nothing is lost.
    await db.deleteDraft('a');
    expect(await db.saveDraft(good('a', 4), 2)).toEqual({ saved: true, revision: 3 });
  });

  it('reads drafts saved before revisions were counted as revision 0', async () => {
    const factory = new IDBFactory();
    await seed(factory, [good('legacy', 1)]);
    const db = openDraftDb(factory);
    expect((await db.getDraft('legacy'))?.revision).toBe(0);
    expect(await db.saveDraft(good('legacy', 2), 0)).toEqual({ saved: true, revision: 1 });
  });

  it('says why drafts cannot be stored: a newer version, a missing store, no IndexedDB, a full disk', async () => {
    const newer = new IDBFactory();
    await seed(newer, [], { version: 5 });
    const versionError = await openDraftDb(newer)
      .listDrafts()
      .catch((e: unknown) => e);
    expect(storageProblem(versionError)).toMatch(/saved by a newer version of the studio.*reload the page/);

    const bare = new IDBFactory();
    await seed(bare, [], { store: false });
    const missing = await openDraftDb(bare)
      .listDrafts()
      .catch((e: unknown) => e);
    expect(storageProblem(missing)).toBe(
      'the drafts database has no store for drafts (something else changed it)',
    );

    const none = await openDraftDb(undefined)
      .listDrafts()
      .catch((e: unknown) => e);
    expect(storageProblem(none)).toMatch(/this browser has no IndexedDB/);

    // Chromium's quota error may come with an empty message: the reason must not be empty then.
    const quota = storageProblem(new DOMException('', 'QuotaExceededError'));
    expect(quota).toMatch(
      /^the browser’s storage for this site is full .*; delete drafts you no longer need/,
    );
    expect(storageProblem(new Error(''))).toBe('Error');
  });

  it('tries to open the database again after a failure, rather than failing for good', async () => {
    const factory = new IDBFactory();
    await seed(factory, [], { version: 5 });
    const db = openDraftDb(factory);
    await expect(db.listDrafts()).rejects.toMatchObject({ name: 'VersionError' });
    await new Promise<void>((resolve) => {
      const del = factory.deleteDatabase(DB);
      del.onsuccess = () => resolve();
    });
    await expect(db.listDrafts()).resolves.toEqual({ drafts: [], damaged: [] });
  });

  it('exports what JSON cannot hold in words, not by failing', () => {
    const value: Record<string, unknown> = { n: 10n, m: new Map([['k', 1]]) };
    value.self = value;
    expect(JSON.parse(exportJson(value))).toEqual({ n: '10n', m: { k: 1 }, self: '[cycle]' });
  });
});
