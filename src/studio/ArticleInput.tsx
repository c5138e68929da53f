import { useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { EngineStopped } from './engine-client.ts';
import { EngineProgress } from './EngineProgress.tsx';
import {
  InputProblem,
  convertArticle,
  readArticleFile,
  transferredArticle,
  withInserted,
} from './read-input.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';
import { newDraftId } from './studio-store.ts';

// The article as the author pastes, drops, opens or types it. Typing is handed to the engine after a
// short pause; a paste or a drop at once. A web page is converted to text in the engine's worker first.

/** Pause in typing after which the text is read again: short enough to feel live, long enough for a word. */
const TYPING_PAUSE_MS = 400;

export function ArticleInput() {
  const { store, engine } = useStudioServices();
  const text = useStudio((s) => s.draft?.text ?? '');
  const [value, setValue] = useState(text);
  const [shown, setShown] = useState(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);

  // Undo, another draft or an opened file replace the text from outside.
  if (text !== shown) {
    setShown(text);
    setValue(text);
  }

  const commit = (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setShown(next);
    store.getState().editText(next);
  };
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useEffect(() => {
    if (caret.current === null || !area.current) return;
    area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const refuse = (err: unknown) => {
    // A newer paste took this one's place; a cancelled one is said so by the Cancel button's news.
    if (err instanceof EngineStopped) {
      if (err.reason === 'cancelled') store.getState().announce('Stopped: the draft is unchanged.');
      return;
    }
    if (!(err instanceof InputProblem)) throw err;
    store.getState().refuse(`${err.message}. The draft is unchanged.`);
  };

  const insert = async (data: DataTransfer, what: 'paste' | 'drop', el: HTMLTextAreaElement) => {
    const base = el.value;
    const [start, end] = [el.selectionStart, el.selectionEnd];
    try {
      const got = transferredArticle(data, what);
      const inserted = 'text' in got ? got.text : await convertArticle(engine, got.name, got.convert);
      // The author may have typed while the page was converted: then it goes where the caret is now.
      const now = el.value;
      const [from, to] = now === base ? [start, end] : [el.selectionStart, el.selectionEnd];
      const next = withInserted(now, from, to, inserted);
      caret.current = from + inserted.length;
      setValue(next);
      commit(next);
    } catch (err) {
      refuse(err);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    // Handled here rather than by the browser: HTML becomes article text, and bad input changes nothing.
    e.preventDefault();
    void insert(e.clipboardData, 'paste', e.currentTarget);
  };

  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (!file) return void insert(e.dataTransfer, 'drop', e.currentTarget);
    readArticleFile(file, engine).then((article) => {
      store.getState().openDraft({ id: newDraftId(), text: article, annotations: {}, created: Date.now() });
      store.getState().announce(`Opened ${file.name} as a new draft.`);
    }, refuse);
  };

  return (
    <section className="studio-article" aria-labelledby="article-heading">
      <h2 id="article-heading">Article</h2>
      <label htmlFor="article-text" className="studio-label">
        Article text
      </label>
      <p id="article-hint" className="studio-hint">
        Paste or drop an article (plain text or a web page), or open a .txt, .html or .md file. Edit it here;
        your corrections follow their words.
      </p>
      <textarea
        id="article-text"
        ref={area}
        aria-describedby="article-hint"
        value={value}
        spellCheck={false}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(next), TYPING_PAUSE_MS);
        }}
        onBlur={() => {
          if (value !== shown) commit(value);
        }}
        onPaste={onPaste}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      />
      <EngineProgress kind="convert" />
    </section>
  );
}
