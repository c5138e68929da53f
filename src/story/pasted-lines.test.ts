import { describe, expect, it } from 'vitest';
import {
  entryHeadCity,
  entryHeadPlaceAt,
  flatHeadKinds,
  flatRowFigures,
  keepBarredDatelines,
  keepFlatTableRows,
} from './pasted-lines.ts';

const line = (text: string, kind = 'heading', block = 0) => ({
  text,
  kind,
  block,
  start: 0,
  end: text.length,
});

describe('flatRowFigures', () => {
  it('counts the figures closing a flattened row', () => {
    expect(flatRowFigures('Kunduz Khan Abad 118 44')).toBe(2);
    expect(flatRowFigures('Kunduz Kunduz (city) 131 29')).toBe(2);
    expect(flatRowFigures('بدخشان ارگو ۱۲۰')).toBe(1);
  });
  it('reads no telephone number, prose or line without figures as a row', () => {
    expect(flatRowFigures('Faizabad office 0799 214 350')).toBe(0);
    expect(flatRowFigures('The team visited 12 villages in 2024')).toBe(0);
    expect(flatRowFigures('Province District Respondents')).toBe(0);
  });
});

describe('keepFlatTableRows', () => {
  it('keeps two rows or more and their head row as text', () => {
    const items = [
      line('Province District Wells'),
      line('Takhar Farkhar 7 1'),
      line('Badakhshan Jurm 12 4'),
      line('Repairs elsewhere were delayed.', 'body', 1),
    ];
    keepFlatTableRows(items);
    expect(items.map((it) => it.kind)).toEqual(['body', 'body', 'body', 'body']);
  });
  it("leaves rows after the story's last sentence (a weather box, a price ticker) as they were", () => {
    const items = [
      line('Officials said repairs would take two weeks.', 'body'),
      line('Weather', 'heading', 1),
      line('Kabul 12 -3', 'heading', 1),
      line('Herat 18 4', 'heading', 1),
      line('Most read', 'heading', 2),
      line('Floods hit Takhar villages', 'body', 3),
    ];
    keepFlatTableRows(items);
    expect(items.map((it) => it.kind)).toEqual(['body', 'heading', 'heading', 'heading', 'heading', 'body']);
  });
  it('leaves rows under no head row (a box under "Weather today") as they were', () => {
    const items = [
      line('Weather today'),
      line('Kabul 12 -3'),
      line('Herat 18 4'),
      line('Schools will open late.', 'body', 1),
    ];
    keepFlatTableRows(items);
    expect(items.map((it) => it.kind)).toEqual(['heading', 'heading', 'heading', 'body']);
  });
  it('leaves a lone row-shaped line (a running foot) as it was', () => {
    const items = [
      line('Takhar Flood Assessment 2026 3', 'navigation'),
      line('Houses were lost.', 'body', 1),
    ];
    keepFlatTableRows(items);
    expect(items[0]?.kind).toBe('navigation');
  });
});

describe('flatHeadKinds', () => {
  it("reads the kinds of a head row's first words", () => {
    expect(flatHeadKinds('Province District Respondents')).toEqual(['province', 'district']);
    expect(flatHeadKinds('Total 1,076 41')).toBeNull();
  });
});

describe('entryHeadPlaceAt and entryHeadCity', () => {
  it("finds where a dated entry head's place starts", () => {
    const head = 'Saturday, 10 October — Herat';
    expect(head.slice(entryHeadPlaceAt(head))).toBe('Herat');
    expect(entryHeadPlaceAt('Day 3: Taloqan')).toBeGreaterThan(0);
    expect(entryHeadPlaceAt('دوشنبه، ۱۱ حوت – کشم')).toBeGreaterThan(0);
    expect(entryHeadCity('Monday, 12 October — Kunduz')).toEqual({ start: 21, end: 27 });
    // Only a bare name is the day's town; a phrase names its places as any sentence does.
    expect(entryHeadCity('Day 2: Across Badakhshan to the Wakhan')).toBeUndefined();
    expect(entryHeadCity('Monday, 9 March — Kunduz province')).toBeUndefined();
  });
  it('reads no date alone, no sentence and no title as an entry head', () => {
    expect(entryHeadPlaceAt('July – September 2026')).toBe(-1);
    expect(entryHeadPlaceAt('Monday, 12 October — the bus was late. We waited.')).toBe(-1);
    expect(entryHeadPlaceAt('Kunduz — a city of pigeons')).toBe(-1);
  });
});

describe('keepBarredDatelines', () => {
  it("keeps a barred dateline's city and date, leaving the outlet and time out", () => {
    const items = [line('کابل – ۱۳ قوس ۱۴۰۵ | بامداد نیوز | ۴ دقیقه پیش', 'navigation')];
    keepBarredDatelines(items);
    expect(items[0]).toMatchObject({ kind: 'body', text: 'کابل – ۱۳ قوس ۱۴۰۵' });
  });
  it('leaves a menu with bars as it was', () => {
    const items = [line('Home | Provinces | Sport | Page 2', 'navigation')];
    keepBarredDatelines(items);
    expect(items[0]?.kind).toBe('navigation');
  });
});
