import { useEffect, type ReactNode } from 'react';
import { ArticleInput } from './ArticleInput.tsx';
import { DetailsForm } from './DetailsForm.tsx';
import { DownloadNow } from './DownloadNow.tsx';
import { DraftList } from './DraftList.tsx';
import { Inspector } from './Inspector.tsx';
import { LinkWords } from './LinkWords.tsx';
import { PanelBoundary } from './PanelBoundary.tsx';
import { Preview } from './Preview.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { StaleList } from './StaleList.tsx';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TourEditor } from './TourEditor.tsx';

// The newsroom studio: the article, the story the engine reads from it, and the author's corrections.
// Each panel has its own error boundary: one that fails says so in its place, and the others go on.

/** Text fields keep their own Ctrl+Z for typing; elsewhere it undoes the last correction. */
function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'button');
}

/** Whether the draft is stored, on its way, or could not be stored. */
function SaveState() {
  const failed = useStudio((s) => s.saveError !== null);
  const saving = useStudio((s) => s.draft !== null && s.draft.text.trim() !== '' && s.saved !== s.draft);
  const state = failed ? 'failed' : saving ? 'saving' : 'saved';
  const text = { failed: 'Not saved in this browser', saving: 'Saving…', saved: 'Saved in this browser' };
  return (
    <p className="studio-saved" data-testid="saved" data-state={state}>
      {text[state]}
    </p>
  );
}

function SaveError() {
  const { store } = useStudioServices();
  const error = useStudio((s) => (s.saveError?.dismissed === false ? s.saveError.message : null));
  return (
    <div role="alert" className="studio-problem" data-testid="save-error">
      {error && (
        <p>
          {error} Download the story now to keep your work outside the browser. <DownloadNow />{' '}
          <button type="button" onClick={() => store.getState().dismissSaveError()}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

/** What another tab did to this draft, with the draft it concerns to open. */
function TabNotice() {
  const { store, drafts } = useStudioServices();
  const notice = useStudio((s) => s.notice);
  return (
    <div role="alert" className="studio-notice" data-testid="notice">
      {notice && (
        <p>
          {notice.message}{' '}
          {notice.open && (
            <button type="button" onClick={() => void drafts.open(notice.open?.id ?? '')}>
              {notice.open.label}
            </button>
          )}{' '}
          <button type="button" onClick={() => store.getState().notify(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

const SIDE_PANELS: [string, () => ReactNode][] = [
  ['Corrections', Inspector],
  ['Stale corrections', StaleList],
  ['Link words', LinkWords],
  ['Details', DetailsForm],
  ['Tour', TourEditor],
  ['Publish', PublishPanel],
  ['Drafts', DraftList],
];

export function Studio() {
  const { store } = useStudioServices();
  const problem = useStudio((s) => s.problem);
  const news = useStudio((s) => s.news);
  const engine = useStudio((s) => s.engine);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="studio">
      <header className="studio-head">
        <p className="studio-brand">
          <a href="./">North Atlas</a>
        </p>
        <h1>Studio: a map of your article</h1>
        <PanelBoundary name="Toolbar">
          <Toolbar />
        </PanelBoundary>
        <SaveState />
      </header>
      <main className="studio-main">
        <div className="studio-messages">
          <div role="alert" className="studio-problem" data-testid="problem">
            {problem && (
              <p>
                {problem}{' '}
                <button type="button" onClick={() => store.getState().dismissProblem()}>
                  Dismiss
                </button>
              </p>
            )}
          </div>
          <SaveError />
          <TabNotice />
          <p role="status" className="studio-news" data-testid="news">
            {engine === 'starting' ? 'Loading the place list…' : news}
          </p>
        </div>
        <PanelBoundary name="Article">
          <ArticleInput />
        </PanelBoundary>
        <PanelBoundary name="Preview">
          <Preview />
        </PanelBoundary>
        <aside className="studio-side" aria-labelledby="side-heading">
          <h2 id="side-heading">Corrections</h2>
          {SIDE_PANELS.map(([name, Panel]) => (
            <PanelBoundary key={name} name={name}>
              <Panel />
            </PanelBoundary>
          ))}
        </aside>
      </main>
    </div>
  );
}
