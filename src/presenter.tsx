import { loadCatalog, withPresenterWords } from './i18n/catalogs.ts';
import { chooseLanguage } from './i18n/choose-language.ts';
import { startLanguageSync } from './state/language-sync.ts';
import { languageClues } from './i18n/choose-language.ts';
import { loadAtlas } from './state/load.ts';
import { startPresentSync } from './state/present-sync.ts';
import { createAtlasStore } from './state/store.ts';
import { relatedSource } from './state/related.ts';
import { PresenterView } from './ui/PresenterView.tsx';
import { mountAtlas } from './ui/mount.tsx';
import './ui/app.css';
import './ui/present.css';

// The presenter view's page: the same store and data as the reader, always presenting, no map.

// In the language the audience window passed on (`lang`), else as the reader's would choose.
const clues = languageClues();
const language = chooseLanguage(clues);
const store = createAtlasStore({
  presenting: true,
  language,
  relatedSource: relatedSource('', location.search),
});
startPresentSync(store);
startLanguageSync(store, clues);
void loadAtlas(store);

void Promise.all([loadCatalog(language), withPresenterWords()]).then(() =>
  mountAtlas(store, <PresenterView />),
);
