// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AtlasProvider } from '../state/atlas-context.tsx';
import { createAtlasStore } from '../state/store.ts';
import { toyGeography, toyStory } from '../state/test-fixtures.ts';
import { ReadingPanel } from './ReadingPanel.tsx';
import { PlaceNav } from './PlaceNav.tsx';
import { Announcer } from './Announcer.tsx';

afterEach(cleanup);

function renderWith(ui: React.ReactNode) {
  const store = createAtlasStore();
  store.getState().loaded({ story: toyStory(), geo: toyGeography() });
  render(<AtlasProvider store={store}>{ui}</AtlasProvider>);
  return store;
}

describe('ReadingPanel', () => {
  it('shows a district’s own passage and quote first, then its province’s', () => {
    const store = renderWith(<ReadingPanel />);
    act(() => store.getState().select('AF1907', { via: 'map' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Qala-e-Zal');
    expect(screen.getByTestId('place-summary').textContent).toBe('1 passage · 1 quote');
    const quote = screen.getByText('The road is closed').closest('figure')!;
    expect(within(quote).getByText('Elder One')).toBeTruthy();
    expect(within(quote).getByText(/a village elder/)).toBeTruthy();
    const more = screen.getByRole('region', { name: /More about Kunduz/ });
    expect(within(more).getByText(/Fighting spread/)).toBeTruthy();
  });

  it('a mention link selects its place', () => {
    const store = renderWith(<ReadingPanel />);
    act(() => store.getState().select('AF19', { via: 'map' }));
    fireEvent.click(screen.getAllByRole('link', { name: 'Qala-e-Zal' })[0]!);
    expect(store.getState().selected).toBe('AF1907');
    expect(store.getState().selectedVia).toBe('text');
  });

  it('a place the story does not name says so and offers the nearest named ones', () => {
    const store = renderWith(<ReadingPanel />);
    act(() => store.getState().select('AF1901', { via: 'map' }));
    expect(screen.getByText(/does not name Kunduz/)).toBeTruthy();
    fireEvent.click(within(document.querySelector('.nearest')!).getByRole('link', { name: 'Qala-e-Zal' }));
    expect(store.getState().selected).toBe('AF1907');
  });

  it('the whole story view shows every passage; close clears the selection', () => {
    const store = renderWith(<ReadingPanel />);
    act(() => store.getState().select('AF18', { via: 'map' }));
    fireEvent.click(screen.getByRole('button', { name: 'Whole story' }));
    expect(screen.getByText(/stayed calm/)).toBeTruthy();
    expect(screen.getByText(/Fighting spread/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Close/ }));
    expect(store.getState().selected).toBeNull();
  });
});

describe('PlaceNav', () => {
  it('arrow keys move focus to the neighbouring place; Enter selects', () => {
    const store = renderWith(
      <>
        <PlaceNav />
        <Announcer />
      </>,
    );
    const kunduz = screen.getByRole('link', { name: /Kunduz/ });
    kunduz.focus();
    fireEvent.keyDown(kunduz, { key: 'ArrowRight' });
    expect((document.activeElement as HTMLElement).dataset.place).toBe('AF18');
    expect(store.getState().hovered).toBe('AF18');
    fireEvent.click(document.activeElement!);
    expect(store.getState().selected).toBe('AF18');
    expect(screen.getByTestId('announcer').textContent).toBe(
      'Takhar province selected: 1 passage, 0 quotes.',
    );
  });

  it('marks the selection and lists its province’s districts, whichever way it was made', () => {
    const store = renderWith(<PlaceNav />);
    const current = () =>
      [...document.querySelectorAll<HTMLElement>('.place-nav [aria-current="true"]')].map(
        (a) => a.dataset.place,
      );
    const listOf = (district: string) =>
      document.querySelector(`.place-nav a[data-place="${district}"]`)!.closest('ul')!;
    expect(current()).toEqual([]);
    expect(listOf('AF1907').hidden).toBe(true);
    act(() => store.getState().select('AF19', { via: 'map' }));
    expect(current()).toEqual(['AF19']);
    expect(listOf('AF1907').hidden).toBe(false);
    act(() => store.getState().select('AF1907', { via: 'text' }));
    expect(current()).toEqual(['AF1907']);
    expect(listOf('AF1907').hidden).toBe(false);
    act(() => store.getState().select('AF18', { via: 'key' }));
    expect(current()).toEqual(['AF18']);
    expect(listOf('AF1907').hidden).toBe(true);
    // The keyboard focus on a province opens its list too, the selection elsewhere.
    act(() => screen.getByRole('link', { name: /Kunduz/ }).focus());
    expect(listOf('AF1907').hidden).toBe(false);
    expect(current()).toEqual(['AF18']);
  });
});
