import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../state/atlas-context.tsx';
import { embedQuery } from '../state/embed-params.ts';
import { ampSnippet, embedSnippet, embedUrls, facadeSnippet } from '../state/embed-snippet.ts';
import { sitePage } from '../state/site-page.ts';
import { storyQuery } from '../state/story-query.ts';
import type { ThemeChoice } from '../state/embed-params.ts';
import { SNIPPET_KIND_LABELS, THEME_LABELS } from './embed-strings.ts';
import './embed-dialog.css';

/** The kinds of page a newsroom pastes into, each with its own snippet. */
const SNIPPETS = { iframe: embedSnippet, facade: facadeSnippet, amp: ampSnippet } as const;
type SnippetKind = keyof typeof SNIPPETS;

// "Embed this map": the HTML for the current view (place and label language), with the embed's own options.

export function EmbedForm({ titleId }: { titleId: string }) {
  const { selected, language, place } = useAtlas(
    useShallow((s) => ({
      selected: s.selected,
      language: s.language,
      place: s.selected ? (s.geo?.places.get(s.selected)?.name_en ?? null) : null,
    })),
  );
  const [panel, setPanel] = useState<'open' | 'closed'>('open');
  const [theme, setTheme] = useState<ThemeChoice>('auto');
  const [kind, setKind] = useState<SnippetKind>('iframe');
  const [interactive, setInteractive] = useState(true);
  const [copied, setCopied] = useState<string>('');
  const code = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  // The story this page shows travels into the embed, so a published story embeds as itself; the embed
  // sits at the site's root, whichever page (index.html, a story's own) asks.
  const page = sitePage(document.getElementById('root'));
  const story = new URLSearchParams(storyQuery(location.search, page)).get('story');
  const options = { story, place: selected, language, panel, theme, interactive };
  const title = place
    ? `North Atlas: ${place} on a map of northern Afghanistan`
    : 'North Atlas: map of northern Afghanistan';
  const appUrl = new URL(page.root || './', location.href).href;
  const snippet = SNIPPETS[kind]({ appUrl, options, title });
  const preview = embedUrls(appUrl).page + embedQuery(options);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Copied to the clipboard.');
    } catch {
      // No clipboard access (permissions, an old browser): leave the code selected for Ctrl+C.
      code.current?.select();
      setCopied('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };

  return (
    // method="dialog": the Close button submits, which closes the <dialog> natively.
    <form method="dialog" className="embed-form">
      <h2 id={titleId}>Embed this map</h2>
      <p>
        Paste this into your page. It shows {place ?? 'the four provinces'}
        {language === 'da' ? ' with Dari labels' : ''}; the script keeps the map’s height right as readers
        open and close the text.
      </p>
      <fieldset>
        <legend>Reading text</legend>
        {(['open', 'closed'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="panel" value={v} checked={panel === v} onChange={() => setPanel(v)} />{' '}
            {v === 'open' ? 'Shown' : 'Hidden until the reader asks'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Colours</legend>
        {(['auto', 'light', 'dark'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="theme" value={v} checked={theme === v} onChange={() => setTheme(v)} />{' '}
            {THEME_LABELS[v]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where it goes</legend>
        {(Object.keys(SNIPPETS) as SnippetKind[]).map((v) => (
          <label key={v}>
            <input type="radio" name="kind" value={v} checked={kind === v} onChange={() => setKind(v)} />{' '}
            {SNIPPET_KIND_LABELS[v]}
          </label>
        ))}
      </fieldset>
      <label className="embed-check">
        <input type="checkbox" checked={!interactive} onChange={(e) => setInteractive(!e.target.checked)} />{' '}
        Static locator map (readers cannot pan, zoom or click the map)
      </label>
      <label htmlFor={`${ids}-code`} className="embed-code-label">
        HTML to paste
      </label>
      <textarea
        id={`${ids}-code`}
        ref={code}
        className="embed-code"
        readOnly
        rows={5}
        value={snippet}
        data-testid="embed-code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-actions">
        <button type="button" onClick={() => void copy()}>
          Copy the code
        </button>
        <a href={preview} target="_blank" rel="noopener">
          Preview<span className="visually-hidden"> the embedded map (opens in a new tab)</span>
        </a>
        <button type="submit" className="embed-close">
          Close
        </button>
      </div>
      <p role="status" className="embed-copied">
        {copied}
      </p>
    </form>
  );
}
