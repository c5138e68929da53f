import { describe, expect, it } from 'vitest';
import { da } from '../i18n/da.ts';
import { englishForPresenter } from '../i18n/en-presenter.ts';
import { translator } from '../i18n/translate.ts';
import { toyGeography } from '../state/test-fixtures.ts';
import type { Notes } from '../state/tour.ts';
import { placeKind } from './place-kind.ts';
import { notesText } from './stop-label.ts';

const geo = toyGeography();
// The presenter view's page adds its words to English (catalogs.ts withPresenterWords).
const english = translator(englishForPresenter);
const dari = translator(da);

describe('speaker notes', () => {
  const kunduz = { kind: 'place', place: 'AF19', passages: 2, quotes: 1, paragraph: 1 } as const;

  it('word a place’s share of the story in English', () => {
    expect(notesText(kunduz, geo.places, 'en', english)).toBe(
      'Kunduz (province): 2 passages and 1 quotation of the story concern it. First named in paragraph 1.',
    );
    expect(
      notesText(
        { ...kunduz, place: 'AF18', passages: 1, quotes: 0, paragraph: null },
        geo.places,
        'en',
        english,
      ),
    ).toBe('Takhar (province): 1 passage and 0 quotations of the story concern it.');
  });

  it('and in Dari, with the place’s Dari name and Persian digits', () => {
    const text = notesText(kunduz, geo.places, 'da', dari);
    expect(text).toContain('۲ بند و ۱ نقل قول');
    expect(text).toContain('بند ۱');
    expect(text).not.toMatch(/[A-Za-z0-9]/);
  });

  it('name who said a quotation as the article does, or say the article does not', () => {
    const speakers: Notes = {
      kind: 'speakers',
      speakers: [{ name: 'Elder One', description: 'a village elder' }],
    };
    expect(notesText(speakers, geo.places, 'en', english)).toBe('Elder One, a village elder.');
    expect(notesText({ kind: 'speakers', speakers: [] }, geo.places, 'da', dari)).toBe(
      'گزارش نمی‌گوید که این سخن از کیست.',
    );
  });
});

describe('place kinds', () => {
  it('say a district’s province in the reader’s language', () => {
    const district = geo.places.get('AF1907');
    expect(district && placeKind(district, geo, 'en', english)).toMatch(/^District in /);
    expect(district && placeKind(district, geo, 'da', dari)).toMatch(/^ولسوالی در ولایت /);
  });
});
