// Round nineteen (b): places in ordinary copy (sentences made up here).
import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));

describe('a place inside a firm named in apposition to its kind', () => {
  it('reads "a <kind>, <Place> …," and "<Place> …, a <kind> in …" as the firm, whatever its trade', () => {
    const places = linked([
      'Fuel for the generators comes from a local supplier, Baghlan Energy Services, which also sells diesel in Pul-e-Khumri.',
      'The tiles were bought at the Badakhshan Stone Gallery, a family firm in Faizabad.',
      'Spare parts are sold by importers such as Kunduz Auto Parts.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['Pul-e-Khumri', 'Faizabad']);
  });

  it('keeps a place whose own head closes the run, or when a person, not a firm, follows', () => {
    const places = linked([
      'Much of the stone reaches Kunduz City, a shop owner in Taloqan said.',
      'Stone is exported by a state company, Takhar Province officials said.',
      'A company, Kunduz Governor Abdul Sattar said, would rebuild the bridge.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['Kunduz City', 'Taloqan', 'Takhar Province', 'Kunduz']);
  });
});

describe('a Dari shop named by a place in its own marks', () => {
  it('reads «نانوایی «کندز»» and «دکان «تخار»» as shops', () => {
    const places = linked([
      'مشتریان دکان «تخار» در فیض‌آباد کم شده‌اند و صاحب نانوایی «کندز» هم از کسادی بازار شکایت دارد.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['فیض‌آباد']);
  });

  it("keeps a place in marks that is no shop's name", () => {
    const places = linked(['نانوایی‌ها در «کندز» بسته شد و دکان‌دار گفت: «کندز امن نیست.»']);
    expect(places.map(([text]) => text)).toEqual(['کندز', 'کندز']);
  });
});
