import { useRef, type ChangeEvent } from 'react';
import { EngineStopped } from './engine-client.ts';
import { InputProblem, readArticleFile, readStoryFile } from './read-input.ts';
import { downloadDraft } from './download-draft.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { currentStory, newDraftId, type Reading } from './studio-store.ts';

// The studio's commands: history, drafts and files.

export function Toolbar() {
  const { store, engine } = useStudioServices();
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const hasDraft = useStudio((s) => s.draft !== null);
  const ready = useStudio((s) => currentStory(s) !== null);
  const articleInput = useRef<HTMLInputElement>(null);
  const storyInput = useRef<HTMLInputElement>(null);

  const fail = (err: unknown) => {
    if (err instanceof InputProblem) store.getState().refuse(`${err.message}. The draft is unchanged.`);
    else if (!(err instanceof EngineStopped)) throw err;
  };

  const openArticle = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const text = await readArticleFile(file, engine);
      store.getState().openDraft({ id: newDraftId(), text, annotations: {}, created: Date.now() });
      store.getState().announce(`Opened ${file.name} as a new draft.`);
    } catch (err) {
      fail(err);
    }
  };

  const openStory = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const places = store.getState().places;
    try {
      const read = await readStoryFile(file, places.length > 0 ? new Set(places.map((p) => p.id)) : null);
      const { text, annotations, story } = read;
      // The story in the file is shown as it is; the engine then reads the same text and annotations.
      const reading: Reading = { from: { text, annotations }, story, stale: [], ms: 0 };
      store.getState().openDraft({ id: newDraftId(), text, annotations, created: Date.now() }, reading);
      store.getState().announce(`Opened the story “${story.meta.title}” as a new draft.`);
    } catch (err) {
      fail(err);
    }
  };

  const download = () => {
    const s = store.getState();
    if (!currentStory(s)) return;
    const name = downloadDraft(s);
    if (name) s.announce(`Downloaded ${name}.`);
  };

  return (
    <div className="studio-toolbar">
      <button
        type="button"
        onClick={() => store.getState().undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => store.getState().redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        Redo
      </button>
      <button
        type="button"
        onClick={() => {
          store.getState().openDraft(null);
          store.getState().announce('New draft: paste an article.');
        }}
        disabled={!hasDraft}
      >
        New draft
      </button>
      <button type="button" onClick={() => articleInput.current?.click()}>
        Open article…
      </button>
      <input
        ref={articleInput}
        type="file"
        hidden
        accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
        aria-label="Open article"
        data-testid="open-article"
        onChange={(e) => void openArticle(e)}
      />
      <button type="button" onClick={() => storyInput.current?.click()}>
        Open story…
      </button>
      <input
        ref={storyInput}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label="Open story"
        data-testid="open-story"
        onChange={(e) => void openStory(e)}
      />
      <button type="button" onClick={download} disabled={!ready}>
        Download story
      </button>
    </div>
  );
}
