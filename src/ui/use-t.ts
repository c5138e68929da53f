import { useMemo, useSyncExternalStore } from 'react';
import { catalogFor, subscribeCatalogs } from '../i18n/catalogs.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { useAtlas } from '../state/atlas-context.tsx';

/** The interface's words in the store's language (English until the chosen language's catalog is in). */
export function useT(): Translate {
  const language = useAtlas((s) => s.language);
  const read = () => catalogFor(language);
  const catalog = useSyncExternalStore(subscribeCatalogs, read, read);
  return useMemo(() => translator(catalog), [catalog]);
}
