import { useEffect } from 'react';
import { ArticleInput } from './ArticleInput.tsx';
import { DetailsForm } from './DetailsForm.tsx';
import { DraftList } from './DraftList.tsx';
import { Inspector } from './Inspector.tsx';
import { LinkWords } from './LinkWords.tsx';
import { Preview } from './Preview.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { StaleList } from './StaleList.tsx';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TourEditor } from './TourEditor.tsx';

// The newsroom studio: the article, the story the engine reads from it, and the author's corrections.

/** Text fields keep their own Ctrl+Z for typing; elsewhere it undoes the last correction. */
function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'button');
}

export function Studio() {
  const { store } = useStudioServices();
  const problem = useStudio((s) => s.problem);
  const news = useStudio((s) => s.news);
  const engine = useStudio((s) => s.engine);
  const saving = useStudio((s) => s.draft !== null && s.draft.text.trim() !== '' && s.saved !== s.draft);

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
        <Toolbar />
        <p className="studio-saved" data-testid="saved" data-state={saving ? 'saving' : 'saved'}>
          {saving ? 'Saving…' : 'Saved in this browser'}
        </p>
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
          <p role="status" className="studio-news" data-testid="news">
            {engine === 'starting' ? 'Loading the place list…' : news}
          </p>
        </div>
        <ArticleInput />
        <Preview />
        <aside className="studio-side" aria-labelledby="side-heading">
          <h2 id="side-heading">Corrections</h2>
          <Inspector />
          <StaleList />
          <LinkWords />
          <DetailsForm />
          <TourEditor />
          <PublishPanel />
          <DraftList />
        </aside>
      </main>
    </div>
  );
}
