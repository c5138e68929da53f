import { describe, expect, it } from 'vitest';
import { readDateline } from './dateline.ts';
import type { Gazetteer } from './gazetteer-schema.ts';
import { findDatelines, ingestStory } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const HEADLINE = 'Floods Cut Roads Across the North';
const story = (body: string, gazetteer: Gazetteer = TEST_GAZETTEER) =>
  ingestStory(`${HEADLINE}\n\n${body}`, gazetteer);
const places = (body: string, gazetteer?: Gazetteer) =>
  story(body, gazetteer).mentions.map((m) => [m.text, m.place]);

/** The test gazetteer with a province whose capital has a name of its own. */
const WITH_BAGHLAN: Gazetteer = {
  ...TEST_GAZETTEER,
  entries: [
    ...TEST_GAZETTEER.entries,
    { id: 'AF09', kind: 'province', name_en: 'Baghlan', capital: 'AF0901', names: ['Baghlan'] },
    { id: 'AF0901', kind: 'district', name_en: 'Pul-e-Khumri', province: 'AF09', names: ['Pul-e-Khumri'] },
  ],
};

describe('readDateline', () => {
  it('reads the wire and newspaper forms', () => {
    const city = (text: string) => {
      const d = readDateline(text);
      return d && [text.slice(d.city.start, d.city.end), d.date, text.slice(d.end)];
    };
    expect(city('KUNDUZ, Afghanistan — Rivers rose.')).toEqual(['KUNDUZ', null, 'Rivers rose.']);
    expect(city('FAYZABAD, Dec 3 (Reuters) – Rivers rose.')).toEqual(['FAYZABAD', null, 'Rivers rose.']);
    expect(city('TALOQAN (AFP) - Rivers rose.')).toEqual(['TALOQAN', null, 'Rivers rose.']);
    expect(city('Pul-e Khumri, Baghlan province — Rivers rose.')).toEqual([
      'Pul-e Khumri',
      null,
      'Rivers rose.',
    ]);
    expect(city('PUL-E KHUMRI, Afghanistan, Dec. 3, 2025 (AP) -- Rivers rose.')).toEqual([
      'PUL-E KHUMRI',
      'Dec. 3, 2025',
      'Rivers rose.',
    ]);
    expect(city('TALOQAN, 3 December 2025 (AFP) — Rivers rose.')?.[1]).toBe('3 December 2025');
    expect(city('KUNDUZ, Afghanistan, Monday — Rivers rose.')?.[1]).toBeNull();
  });

  it('does not read ordinary sentences as datelines', () => {
    expect(readDateline('Kunduz, Takhar and Baghlan — the three provinces — flooded.')).toBeNull();
    expect(readDateline('Kunduz — once calm — flooded.')).toBeNull();
    expect(readDateline('Officials in Kunduz said the river rose.')).toBeNull();
    expect(readDateline('Kunduz-Takhar highway traffic stopped.')).toBeNull();
  });
});

describe('a byline run onto the dateline', () => {
  it('reads the city in capitals after "By Name", not a title-case word', () => {
    expect(readDateline('By Nadia Rahimi KUNDUZ — Rivers rose.')?.city).toEqual({ start: 16, end: 22 });
    expect(readDateline('By Nadia Rahimi Kunduz, Afghanistan — Rivers rose.')).toBeNull();
    expect(readDateline('By the river — it rose.')).toBeNull();
  });

  it('links the city, not a surname, and leaves a byline line alone', () => {
    expect(places('By Nadia Rahimi TALOQAN — Rivers rose on Monday.')).toEqual([['TALOQAN', 'AF1801']]);
    expect(places('By Nadia Rahimi in Kunduz\n\nTALOQAN — Rivers rose on Monday.')).toEqual([
      ['TALOQAN', 'AF1801'],
    ]);
  });
});

describe('datelines in stories', () => {
  it('link the city a story is filed from, not the province, in capitals too', () => {
    expect(places('KUNDUZ, Afghanistan — Rivers rose across Kunduz on Monday.')).toEqual([
      ['KUNDUZ', 'AF1901'],
      ['Afghanistan', 'AFG'],
      ['Kunduz', 'AF19'],
    ]);
    expect(places('Konduz, Afghanistan — Rivers rose.')).toEqual([
      ['Konduz', 'AF1901'],
      ['Afghanistan', 'AFG'],
    ]);
    expect(places('FAYZABAD, Dec 3 (Reuters) – Rivers rose.')).toEqual([['FAYZABAD', 'AF1701']]);
    expect(places('TALIQAN (AFP) - Rivers rose.')).toEqual([['TALIQAN', 'AF1801']]);
    expect(places('Pul-e Khumri, Baghlan province — Rivers rose.', WITH_BAGHLAN)).toEqual([
      ['Pul-e Khumri', 'AF0901'],
      ['Baghlan province', 'AF09'],
    ]);
    expect(places('BAGHLAN, Afghanistan (AP) — Rivers rose.', WITH_BAGHLAN)).toEqual([
      ['BAGHLAN', 'AF0901'],
      ['Afghanistan', 'AFG'],
    ]);
  });

  it('keep the dateline in the passage', () => {
    expect(story('KUNDUZ, Afghanistan — Rivers rose.').passages[0]?.text).toBe(
      'KUNDUZ, Afghanistan — Rivers rose.',
    );
  });

  it('give the story its date when the dateline has a full one and nothing else dates it', () => {
    expect(story('TALOQAN, 3 December 2025 (AFP) — Rivers rose.').meta.date).toBe('3 December 2025');
    expect(story('FAYZABAD, Dec 3 (Reuters) – Rivers rose.').meta.date).toBeUndefined();
    expect(story('KUNDUZ, Afghanistan, Monday — Rivers rose.').meta.date).toBeUndefined();
    const dated = ingestStory(
      `${HEADLINE}\n\nDecember 1, 2025\n\nTALOQAN, 3 December 2025 (AFP) — Rivers rose.`,
      TEST_GAZETTEER,
    );
    expect(dated.meta.date).toBe('December 1, 2025');
  });

  it('leave a city the gazetteer does not know unlinked and link the rest', () => {
    const s = story('DUSHANBE, Tajikistan — Families from Kunduz waited at the bridge.');
    expect(s.mentions.map((m) => [m.text, m.place])).toEqual([
      ['Tajikistan', 'TJK'],
      ['Kunduz', 'AF19'],
    ]);
    expect(s.unresolved).toEqual([]);
  });

  it('are read only at the start of a story', () => {
    expect(places('Rivers rose.\n\nMore rain fell.\n\nKUNDUZ, Afghanistan — Roads closed.')).toEqual([
      ['KUNDUZ', 'AF19'],
      ['Afghanistan', 'AFG'],
    ]);
  });
});

describe('Dari datelines with the agency before the date, and datelines further down', () => {
  it('reads "کندز (آژانس خبری شمال) ۱۰ قوس ۱۴۰۵ –" with its date', () => {
    const text = 'کندز (آژانس خبری شمال) ۱۰ قوس ۱۴۰۵ – مقام‌ها می‌گویند که سیلاب آمد.';
    const d = readDateline(text);
    expect(d && text.slice(d.city.start, d.city.end)).toBe('کندز');
    expect(d?.date).toBe('2026-12-01');
    expect(text.slice(d?.end ?? 0)).toBe('مقام‌ها می‌گویند که سیلاب آمد.');
  });

  it('findDatelines: a dated dateline opening a later passage names the city there too', () => {
    const texts = [
      'KUNDUZ, Afghanistan — Teams vaccinated cattle.',
      'They worked for weeks.',
      'The herders were glad.',
      'کندز، ۱۰ قوس ۱۴۰۵ – تیم‌ها مواشی را واکسین کردند.',
      'Kunduz — once calm — flooded.',
    ];
    expect(findDatelines(texts).map((d) => [d.passage, d.date])).toEqual([
      [0, null],
      [3, '2026-12-01'],
    ]);
  });
});
