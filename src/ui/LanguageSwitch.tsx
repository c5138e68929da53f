import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { rememberLanguage, switchLanguage } from '../state/language-sync.ts';
import type { Language } from '../state/store.ts';
import { useT } from './use-t.ts';

// The whole interface and the map's labels in English or Dari. Each language is named in itself (an
// autonym), so a reader finds their own whichever is showing.

export function LanguageSwitch({ remember = true }: { remember?: boolean }) {
  const store = useAtlasStore();
  const language = useAtlas((s) => s.language);
  const t = useT();
  const choose = (next: Language) => {
    void switchLanguage(store, next);
    if (remember) rememberLanguage(next);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('lang.group')}>
      <button
        type="button"
        lang="en"
        dir="ltr"
        data-verbatim="autonym"
        aria-pressed={language === 'en'}
        onClick={() => choose('en')}
      >
        English
      </button>
      <button
        type="button"
        lang="fa-AF"
        dir="rtl"
        aria-pressed={language === 'da'}
        onClick={() => choose('da')}
      >
        دری
        {language === 'en' && (
          <span className="visually-hidden" lang="en">
            {t('lang.dariHint')}
          </span>
        )}
      </button>
    </div>
  );
}
