import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';

export function LanguageSwitch() {
  const store = useAtlasStore();
  const language = useAtlas((s) => s.language);
  return (
    <div className="language-switch" role="group" aria-label="Map labels">
      <button
        type="button"
        aria-pressed={language === 'en'}
        onClick={() => store.getState().setLanguage('en')}
      >
        English
      </button>
      <button
        type="button"
        lang="fa-AF"
        aria-pressed={language === 'da'}
        onClick={() => store.getState().setLanguage('da')}
      >
        دری
        <span className="visually-hidden" lang="en">
          {' '}
          (Dari)
        </span>
      </button>
    </div>
  );
}
