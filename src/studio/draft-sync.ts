import { DraftDamaged, storageProblem, type DraftDb, type DraftRecord } from './drafts-db.ts';
import { currentStory, newDraftId, type Draft, type StudioState, type StudioStore } from './studio-store.ts';

// Keeps IndexedDB in step with the store: every change of the draft is saved at once, the newest draft
// comes back on load, and the list of drafts follows. Tabs of the studio tell each other what they saved
// (BroadcastChannel), and every save names the revision it replaces: when two tabs edit one draft, the
// later save does not replace the earlier one but becomes a copy, and both authors are told.

export interface DraftControls {
  /** Switch to a saved draft. */
  open(id: string): Promise<void>;
  /** Delete a draft, or a damaged record, by its key. */
  remove(key: IDBValidKey): Promise<void>;
  /** A damaged record as it is stored, to export. */
  raw(key: IDBValidKey): Promise<unknown>;
}

/** What one tab tells the others. */
export type TabMessage =
  | { type: 'saved'; id: string; revision: number }
  | { type: 'copied'; id: string; copy: string; title: string }
  | { type: 'deleted'; id: string };

export type TabChannel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener'>;

const TITLE_CHARS = 80;
export const COPY_NOTE = 'copy from another tab';

export function draftTitle(s: StudioState, draft: Draft): string {
  const story = currentStory(s);
  const title =
    draft.annotations.meta?.title ??
    story?.meta.title ??
    draft.text.trim().split('\n')[0]?.trim() ??
    'Untitled draft';
  const cut = title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title || 'Untitled draft';
  return draft.note ? `${cut} (${draft.note})` : cut;
}

function recordOf(s: StudioState, draft: Draft): Omit<DraftRecord, 'revision'> {
  const { id, created, text, annotations, note } = draft;
  const record = { id, title: draftTitle(s, draft), created, updated: Date.now(), text, annotations };
  return note === undefined ? record : { ...record, note };
}

/** The same content under a new id, noted as a copy. */
const copyOf = (draft: Draft): Draft => ({
  ...draft,
  id: newDraftId(),
  created: Date.now(),
  note: COPY_NOTE,
});

const STALE_NOTICE =
  'This draft was just changed in another tab. If you edit it here too, your text is kept as a separate copy.';

class DraftSync implements DraftControls {
  private chain: Promise<unknown> = Promise.resolve();
  /** The revision this tab last read or wrote, per draft: a save expects to replace exactly that one. */
  private readonly revisions = new Map<string, number>();
  /** The draft and title last written: a change of content and title together is written once. */
  private written: { draft: Draft; title: string } | null = null;

  constructor(
    private readonly store: StudioStore,
    private readonly db: DraftDb,
    private readonly channel: TabChannel | null,
  ) {
    store.subscribe(
      (s) => s.draft,
      () => this.save(true),
    );
    // The title may come from the engine's reading (the page's headline): save again when it changes.
    store.subscribe(
      (s) => (s.draft ? draftTitle(s, s.draft) : null),
      (title, before) => {
        if (title !== null && before !== null) this.save(false);
      },
    );
    channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => this.heard(event.data));
    // On load: the list, and the most recent draft unless the author has already started one.
    void this.queue(async () => {
      const { drafts, damaged } = await db.listDrafts();
      this.studio.setDrafts(drafts, damaged);
      const newest = drafts[0];
      if (newest && !this.studio.draft) await this.load(newest.id);
    }, 'Drafts could not be loaded from this browser');
  }

  open(id: string): Promise<void> {
    return this.queue(() => this.load(id), 'The draft could not be opened');
  }

  remove(key: IDBValidKey): Promise<void> {
    return this.queue(async () => {
      await this.db.deleteDraft(key);
      if (typeof key === 'string') {
        if (this.studio.draft?.id === key) this.studio.openDraft(null);
        this.revisions.delete(key);
        this.tell({ type: 'deleted', id: key });
      }
      await this.refreshList();
    }, 'The draft could not be deleted');
  }

  raw(key: IDBValidKey): Promise<unknown> {
    return this.db.rawDraft(key);
  }

  private get studio() {
    return this.store.getState();
  }

  private tell(message: TabMessage) {
    this.channel?.postMessage(message);
  }

  /** Storage work runs one job after another, so the last change is the one stored. */
  private queue(job: () => Promise<unknown>, what: string): Promise<void> {
    this.chain = this.chain.then(job).catch((err: unknown) => {
      if (err instanceof DraftDamaged)
        this.studio.refuse(`${what}: ${err.message}. Export or delete it below.`);
      // Said every time: after a dismissal, the next failure shows again.
      else this.studio.saveFailed(`${what}: ${storageProblem(err)}.`);
    });
    return this.chain.then(() => undefined);
  }

  private async refreshList() {
    const { drafts, damaged } = await this.db.listDrafts();
    this.studio.setDrafts(drafts, damaged);
  }

  /** `content`: the draft changed (not only its title); a draft opened as stored needs no save. */
  private save(content: boolean) {
    const s = this.studio;
    const { draft } = s;
    if (!draft || draft.text.trim().length === 0 || (content && s.saved === draft)) return;
    void this.queue(() => this.write(draft), 'Drafts cannot be saved in this browser');
  }

  private async write(draft: Draft) {
    const s = this.studio;
    // A newer change of this draft is queued behind: it is the one to store.
    if (s.draft !== draft && s.draft?.id === draft.id) return;
    const record = recordOf(s, draft);
    if (this.written?.draft === draft && this.written.title === record.title) return;
    const result = await this.db.saveDraft(record, this.revisions.get(draft.id) ?? 0);
    if (result.saved) {
      this.written = { draft, title: record.title };
      this.revisions.set(draft.id, result.revision);
      if (this.studio.draft === draft) this.studio.stored(draft);
      else this.studio.saveFailed(null);
      this.tell({ type: 'saved', id: draft.id, revision: result.revision });
    } else if (s.saved === draft) {
      // Only the title would have changed here: the other tab's text stays, nothing to copy.
      this.studio.notify({
        message: STALE_NOTICE,
        open: { id: draft.id, label: 'Load the other tab’s version' },
      });
    } else await this.keepAsCopy(draft, result.stored);
    await this.refreshList();
  }

  /** This tab's text was saved over by another tab: keep it as a copy, and say so in both tabs. */
  private async keepAsCopy(draft: Draft, other: DraftRecord | null) {
    const copy = copyOf(draft);
    const record = recordOf(this.studio, copy);
    const result = await this.db.saveDraft(record, 0);
    if (!result.saved) throw new Error('a new draft id was taken');
    this.revisions.set(copy.id, result.revision);
    const now = this.studio.draft;
    if (now?.id === draft.id) {
      // Edits made during the save go on in the copy, and are saved there by their own job.
      const moved: Draft = { ...now, id: copy.id, created: copy.created, note: COPY_NOTE };
      this.studio.forkDraft(moved, now === draft ? moved : this.studio.saved);
    }
    this.studio.notify({
      message:
        'This draft was changed in another tab while you edited it here. Nothing is lost: your text here ' +
        `is now the draft “${record.title}”, and the other tab’s version is still “${other?.title ?? 'the original'}”.`,
      open: { id: draft.id, label: 'Open the other tab’s version' },
    });
    this.tell({ type: 'copied', id: draft.id, copy: copy.id, title: record.title });
  }

  private async load(id: string) {
    const record = await this.db.getDraft(id);
    if (!record) {
      this.studio.refuse('That draft is no longer in this browser: it was deleted, perhaps in another tab.');
      return this.refreshList();
    }
    const { text, annotations, created, note } = record;
    this.revisions.set(id, record.revision);
    const draft: Draft = { id, text, annotations, created };
    this.studio.restoreDraft(note === undefined ? draft : { ...draft, note });
    this.studio.notify(null);
  }

  /** What another tab did: the list follows, and news about this tab's draft is shown. */
  private heard(msg: TabMessage) {
    const current = this.studio.draft?.id;
    const known = this.revisions.get(msg.id) ?? 0;
    // Said once while it stands: a tab typing away elsewhere saves every few hundred milliseconds.
    if (
      msg.type === 'saved' &&
      msg.id === current &&
      msg.revision > known &&
      this.studio.notice?.message !== STALE_NOTICE
    )
      this.studio.notify({
        message: STALE_NOTICE,
        open: { id: msg.id, label: 'Load the other tab’s version' },
      });
    if (msg.type === 'copied' && msg.id === current)
      this.studio.notify({
        message: `Another tab was editing this draft too: its text was kept as a new draft, “${msg.title}”.`,
        open: { id: msg.copy, label: 'Open that copy' },
      });
    if (msg.type === 'deleted' && msg.id === current)
      this.studio.notify({
        message: 'This draft was deleted in another tab; it is saved again if you edit it here.',
      });
    void this.queue(() => this.refreshList(), 'Drafts could not be listed');
  }
}

export function startDraftSync(store: StudioStore, db: DraftDb, channel: TabChannel | null): DraftControls {
  return new DraftSync(store, db, channel);
}
