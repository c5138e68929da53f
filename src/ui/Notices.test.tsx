// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { loadCatalog, withNoticeWords } from '../i18n/catalogs.ts';
import { AtlasProvider } from '../state/atlas-context.tsx';
import type { Notice } from '../state/notice.ts';
import { createAtlasStore, type Language } from '../state/store.ts';
import { Notices } from './Notices.tsx';

afterEach(cleanup);

const MAP_NOT_READ: Notice = { key: 'notice.mapNotRead', detail: 'data/north.topo.json: arcs: missing' };

function renderNotices(language: Language, error: Notice | null, notices: Notice[] = []) {
  const store = createAtlasStore({ language });
  store.setState({ error, notices });
  render(
    <AtlasProvider store={store}>
      <Notices className="notices" />
    </AtlasProvider>,
  );
  return screen.getByRole('alert');
}

describe('Notices', () => {
  // Runs first: the English words are not in the page until a notice asks for them.
  it('shows the technical detail while the words are on their way, then the sentence beside it', async () => {
    const alert = renderNotices('en', MAP_NOT_READ, [{ key: 'notice.noSuchStory', slug: 'x' }]);
    // Never a key: a notice with no detail waits for its words.
    expect(alert.textContent).toBe('data/north.topo.json: arcs: missing');
    expect(await screen.findByText(/^The map data could not be read\./)).toBeTruthy();
    expect(alert.textContent).toBe(
      'The map data could not be read. (data/north.topo.json: arcs: missing)There is no story “x” on this site.',
    );
  });

  it('says it in Dari, the English detail folded away, a story name set apart', async () => {
    await loadCatalog('da');
    const alert = renderNotices('da', MAP_NOT_READ, [{ key: 'notice.noSuchStory', slug: 'kunduz-floods' }]);
    expect(alert.querySelector('p')?.textContent).toBe('معلومات نقشه خوانده نشد.');
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('جزئیات فنی');
    expect(details.querySelector('bdi[lang="en"]')?.textContent).toBe(MAP_NOT_READ.detail);
    const slug = screen.getByText('kunduz-floods');
    expect(slug.tagName).toBe('BDI');
    expect(slug.parentElement?.textContent).toBe('گزارشی به نام «kunduz-floods» در این سایت نیست.');
  });

  it('is nothing when nothing went wrong', async () => {
    await withNoticeWords();
    const store = createAtlasStore();
    const { container } = render(
      <AtlasProvider store={store}>
        <Notices className="notices" />
      </AtlasProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
