import { describe, expect, it } from 'vitest';
import { catalogFor, loadCatalog } from './catalogs.ts';
import { browserLanguage, chooseLanguage, readLanguage, storyLanguage } from './choose-language.ts';
import { da, formatDariDate } from './da.ts';
import { en, formatDate, messages as firstView } from './en.ts';
import { embedMessages } from './en-embed.ts';
import { noticeMessages } from './en-notices.ts';
import { presenterMessages } from './en-presenter.ts';
import { presentingMessages } from './en-presenting.ts';
import { atlasMessages } from './en-atlas.ts';
import { pinMessages } from './en-pins.ts';

const english = {
  ...firstView,
  ...presenterMessages,
  ...presentingMessages,
  ...embedMessages,
  ...noticeMessages,
  ...atlasMessages,
  ...pinMessages,
};
import { formatMessage, messageParts } from './translate.ts';
import type { Message } from './types.ts';

const forms = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (m: Message) =>
  new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1])));

describe('the catalogs', () => {
  it('have the same keys: a string missing from one fails here', () => {
    expect(Object.keys(da.messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('use only the parameters English gives each message', () => {
    for (const [key, message] of Object.entries(da.messages)) {
      const known = placeholders(english[key as keyof typeof english]);
      for (const name of placeholders(message)) expect(known, `${key}: {${name}}`).toContain(name);
    }
  });

  it('write Dari without Latin letters, except names passed in as parameters', () => {
    const latin = Object.entries(da.messages).filter(
      ([key, m]) =>
        !['present.blanked', 'list.language'].includes(key) &&
        forms(m).some((f) => /[A-Za-z]/.test(f.replace(/\{\w+\}/g, ''))),
    );
    expect(latin).toEqual([]);
  });

  it('fall back to English while a catalog is not in the page, never to a key', async () => {
    expect(catalogFor('da')).toBe(en);
    expect(await loadCatalog('da')).toBe(da);
    expect(catalogFor('da')).toBe(da);
  });
});

describe('formatMessage', () => {
  it('picks the plural form by count and writes numbers in the language’s digits', () => {
    expect(formatMessage(en, 'count.passages', { count: 1 })).toBe('1 passage');
    expect(formatMessage(en, 'count.passages', { count: 12 })).toBe('12 passages');
    expect(formatMessage(da, 'count.passages', { count: 12 })).toBe('۱۲ بند');
    expect(formatMessage(da, 'present.stopOf', { n: 3, total: 14 })).toBe('ایستگاه ۳ از ۱۴');
  });

  it('splits a message at the parameters that are elements, in the language’s order', () => {
    expect(messageParts(en, 'place.moreAbout', { place: 0 })).toEqual(['More about ', 0, ' province']);
    expect(messageParts(da, 'place.moreAbout', { place: 0 })).toEqual(['بیشتر دربارهٔ ولایت ', 0]);
  });
});

describe('dates and numbers', () => {
  it('gives English dates as the article states them', () => {
    expect(formatDate('2010-12-01')).toBe('1 December 2010');
    expect(formatDate('2010-12')).toBe('December 2010');
    expect(formatDate('2010')).toBe('2010');
    expect(formatDate('last week')).toBe('last week');
    expect(formatDate('2010-13-01')).toBe('2010-13-01');
    expect(formatDate('2010-12-32')).toBe('2010-12-32');
  });

  it('gives Dari dates in the Solar Hijri calendar with Afghan month names, the Gregorian in brackets', () => {
    expect(formatDariDate('2010-12-01')).toBe('۱۰ قوس ۱۳۸۹ (۱ دسمبر ۲۰۱۰)');
    expect(formatDariDate('2026-03-21')).toBe('۱ حمل ۱۴۰۵ (۲۱ مارچ ۲۰۲۶)');
    expect(formatDariDate('2010-12')).toBe('دسمبر ۲۰۱۰');
    expect(formatDariDate('soon')).toBe('soon');
  });

  it('writes percentages and clock times in Persian digits', () => {
    expect(da.percent(0.3)).toBe('۳۰٪');
    expect(da.digits('3:05')).toBe('۳:۰۵');
    expect(en.percent(0.3)).toBe('30%');
  });
});

describe('choosing the language', () => {
  const none = { url: null, stored: null, story: null, browser: ['en-GB'] };
  it('takes the reader’s choice first: the URL, then what storage remembers', () => {
    expect(chooseLanguage({ ...none, url: 'da', stored: 'en', story: 'en' })).toBe('da');
    expect(chooseLanguage({ ...none, stored: 'da' })).toBe('da');
    expect(chooseLanguage({ ...none, url: 'en', story: 'da', browser: ['fa-AF'] })).toBe('en');
  });
  it('opens a Dari story in Dari, else follows the browser', () => {
    expect(chooseLanguage({ ...none, story: 'da' })).toBe('da');
    expect(chooseLanguage({ ...none, story: 'en', browser: ['fa-AF'] })).toBe('da');
    expect(chooseLanguage({ ...none, browser: ['prs-AF', 'en'] })).toBe('da');
    expect(chooseLanguage({ ...none, browser: ['de', 'fa'] })).toBe('da');
    expect(chooseLanguage({ ...none, browser: ['en-US', 'fa'] })).toBe('en');
  });
  it('reads an unknown `lang` as no choice: the browser’s language decides', () => {
    expect(readLanguage('fr')).toBeNull();
    expect(chooseLanguage({ ...none, url: 'xx', browser: ['fa-IR'] })).toBe('da');
    expect(browserLanguage([])).toBe('en');
  });
  it('reads a story’s language from its script', () => {
    const story = (title: string, text: string) => ({ meta: { title }, passages: [{ text }] });
    expect(
      storyLanguage(story('سیلاب در کندز', 'باران‌های شدید در ولسوالی امام صاحب خانه‌ها را ویران کرد.')),
    ).toBe('da');
    expect(
      storyLanguage(story('Floods in Kunduz', 'Heavy rain in Imam Sahib (امام صاحب) destroyed homes.')),
    ).toBe('en');
  });
});
