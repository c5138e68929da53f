import { describe, expect, it } from 'vitest';
import { findPlaceCandidates } from './link-places.ts';
import { placeIndexFor } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

// The toy gazetteer with the Dari names of the city and of Taloqan, as the built one has them.
const gazetteer = {
  ...TEST_GAZETTEER,
  entries: TEST_GAZETTEER.entries.map((e) =>
    e.id === 'AF1901' || e.id === 'AF1801'
      ? { ...e, names: [...e.names, e.id === 'AF1901' ? 'کندز' : 'تالقان'] }
      : e,
  ),
};
const index = placeIndexFor(gazetteer);
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => [c.text, c.ids.join(' ')]);

describe('a name a province shares with its capital, read by its context', () => {
  it('is the city before a market and after one traveller or load from it', () => {
    expect(ids('Grain arrives in the Kunduz bazaar at dawn.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('Trucks from Takhar reach the Kunduz wholesale market by noon.')).toEqual([
      ['Takhar', 'AF18'],
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('"The road is long," said a driver from Kunduz on Monday.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('A truck leaving Kunduz waits two days at the border.')).toEqual([['Kunduz', 'AF1901']]);
  });

  it('is the city in a list with a town, and after a Dari market', () => {
    expect(ids('Flour comes from Taloqan and Kunduz every week.')).toEqual([
      ['Taloqan', 'AF1801'],
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('نمک از آنجا به بازارهای کندز می‌رسد.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('ما آرد را از تالقان و کندز می‌آوریم.')).toEqual([
      ['تالقان', 'AF1801'],
      ['کندز', 'AF1901'],
    ]);
  });

  it('stays the province in a list of provinces, or with nothing around it', () => {
    expect(ids('The drought hit Kunduz and Takhar this year.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Takhar', 'AF18'],
    ]);
    expect(ids('Families from Kunduz returned in spring.')).toEqual([['Kunduz', 'AF19']]);
  });
});
