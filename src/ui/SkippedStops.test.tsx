// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { loadCatalog, withPresenterWords } from '../i18n/catalogs.ts';
import { AtlasProvider } from '../state/atlas-context.tsx';
import { createAtlasStore, type Language } from '../state/store.ts';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';
import { SkippedStops } from './PresenterView.tsx';

afterEach(cleanup);

function renderSkipped(language: Language) {
  const story = toyStory();
  story.tour = [{ place: 'AF18' }, { place: 'AF4242' }, { place: 'AF19', passage: 'p9' }];
  const store = createAtlasStore({ language });
  store.getState().loaded({ story, geo: toyGeography() });
  render(
    <AtlasProvider store={store}>
      <SkippedStops />
    </AtlasProvider>,
  );
  return screen.getAllByRole('listitem').map((li) => li.textContent);
}

describe('the presenter view’s skipped stops', () => {
  it('names each stop, what it lacks and where it is in the annotation file', async () => {
    await withPresenterWords();
    expect(renderSkipped('en')).toEqual([
      'stop 2 (tour[1]): the place AF4242 is not on this map',
      'stop 3 (tour[2]): the story has no passage p9',
    ]);
  });

  it('in Dari, with Persian digits and the ids set apart', async () => {
    await loadCatalog('da');
    expect(renderSkipped('da')).toEqual([
      'ایستگاه ۲: جای AF4242 در این نقشه نیست',
      'ایستگاه ۳: گزارش بندی با نشانی p9 ندارد',
    ]);
    expect(screen.getByText('AF4242').tagName).toBe('BDI');
  });
});
