import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../state/atlas-context.tsx';
import { embedQuery } from '../state/embed-params.ts';
import { ampSnippet, embedSnippet, embedUrls, facadeSnippet } from '../state/embed-snippet.ts';
import { sitePage } from '../state/site-page.ts';
import { storyQuery } from '../state/story-query.ts';
import type { EmbedOptions, ThemeChoice } from '../state/embed-params.ts';
import { embedWord, type EmbedWord } from './embed-strings.ts';
import { placeName } from '../state/selectors.ts';
import type { Language } from '../state/store.ts';
import { useT } from './use-t.ts';
import './embed-dialog.css';

/** The kinds of page a newsroom pastes into, each with its own snippet. */
const SNIPPETS = { iframe: embedSnippet, facade: facadeSnippet, amp: ampSnippet } as const;
type SnippetKind = keyof typeof SNIPPETS;

// "Embed this map": the HTML for the current view (place and label language), with the embed's own options.

const THEME_WORDS: Record<ThemeChoice, EmbedWord> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
};
const KIND_WORDS: Record<SnippetKind, EmbedWord> = {
  iframe: 'kindIframe',
  facade: 'kindFacade',
  amp: 'kindAmp',
};
const PANEL_WORDS = { open: 'panelOpen', closed: 'panelClosed' } as const satisfies Record<string, EmbedWord>;

/** A set of radio buttons: one of `options`, each labelled by its word. */
function Choice<V extends string>(props: {
  name: string;
  legend: string;
  value: V;
  options: Record<V, EmbedWord>;
  language: Language;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {(Object.keys(props.options) as V[]).map((v) => (
        <label key={v}>
          <input
            type="radio"
            name={props.name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />{' '}
          {embedWord(props.language, props.options[v])}
        </label>
      ))}
    </fieldset>
  );
}

/** The snippet for the options chosen, and where the embed page is. */
function useSnippet(
  options: Pick<EmbedOptions, 'place' | 'language' | 'panel' | 'theme' | 'interactive'>,
  kind: SnippetKind,
  place: string | null,
) {
  // The story this page shows travels into the embed, so a published story embeds as itself; the embed
  // sits at the site's root, whichever page (index.html, a story's own) asks.
  const page = sitePage(document.getElementById('root'));
  const story = new URLSearchParams(storyQuery(location.search, page)).get('story');
  const { language } = options;
  const title = place
    ? embedWord(language, 'snippetTitlePlace', { place })
    : embedWord(language, 'snippetTitle');
  const appUrl = new URL(page.root || './', location.href).href;
  const all = { ...options, story };
  return {
    snippet: SNIPPETS[kind]({ appUrl, options: all, title }),
    preview: embedUrls(appUrl).page + embedQuery(all),
  };
}

export function EmbedForm({ titleId }: { titleId: string }) {
  const { selected, language, place } = useAtlas(
    useShallow((s) => {
      const at = s.selected ? s.geo?.places.get(s.selected) : undefined;
      return { selected: s.selected, language: s.language, place: at ? placeName(at, s.language) : null };
    }),
  );
  const t = useT();
  const [panel, setPanel] = useState<'open' | 'closed'>('open');
  const [theme, setTheme] = useState<ThemeChoice>('auto');
  const [kind, setKind] = useState<SnippetKind>('iframe');
  const [interactive, setInteractive] = useState(true);
  const [copied, setCopied] = useState<string>('');
  const code = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const w = (key: EmbedWord, params?: Record<string, string>) => embedWord(language, key, params);
  const options = { place: selected, language, panel, theme, interactive };
  const { snippet, preview } = useSnippet(options, kind, place);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(w('copied'));
    } catch {
      // No clipboard access (permissions, an old browser): leave the code selected for Ctrl+C.
      code.current?.select();
      setCopied(w('selectedToCopy'));
    }
  };
  const what = place ?? w('fourProvinces');

  return (
    // method="dialog": the Close button submits, which closes the <dialog> natively.
    <form method="dialog" className="embed-form">
      <h2 id={titleId}>{t('embed.button')}</h2>
      <p>{w('intro', { what, labels: language === 'da' ? w('dariLabels') : '' })}</p>
      <Choice
        name="panel"
        legend={w('panel')}
        value={panel}
        options={PANEL_WORDS}
        language={language}
        onChange={setPanel}
      />
      <Choice
        name="theme"
        legend={w('colours')}
        value={theme}
        options={THEME_WORDS}
        language={language}
        onChange={setTheme}
      />
      <Choice
        name="kind"
        legend={w('where')}
        value={kind}
        options={KIND_WORDS}
        language={language}
        onChange={setKind}
      />
      <label className="embed-check">
        <input type="checkbox" checked={!interactive} onChange={(e) => setInteractive(!e.target.checked)} />{' '}
        {w('static')}
      </label>
      <label htmlFor={`${ids}-code`} className="embed-code-label">
        {w('code')}
      </label>
      <textarea
        id={`${ids}-code`}
        ref={code}
        className="embed-code"
        dir="ltr"
        readOnly
        rows={5}
        value={snippet}
        data-testid="embed-code"
        data-verbatim
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-actions">
        <button type="button" onClick={() => void copy()}>
          {w('copy')}
        </button>
        <a href={preview} target="_blank" rel="noopener">
          {w('preview')}
          <span className="visually-hidden">{w('previewWhat')}</span>
        </a>
        <button type="submit" className="embed-close">
          {t('panel.close')}
        </button>
      </div>
      <p role="status" className="embed-copied">
        {copied}
      </p>
    </form>
  );
}
