import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';

// Place readings of the seventh round, each class tried on sentences no article holds: other verbs, other word
// orders, English and Dari. Read against the whole country's names.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a name a province shares with its capital, read as the city by what a town has', () => {
  it('is the city at a town venue: halls, stations, a stadium, a Dari hall', () => {
    expect(ids('Students waited outside the exam halls in Kunduz before dawn.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Fares at the bus station in Kunduz doubled overnight.')).toEqual(['Kunduz=AF1901']);
    expect(ids('شاگردان پیش از طلوع آفتاب در برابر سالون‌های امتحان در کندز صف کشیدند.')).toEqual([
      'کندز=AF1901',
    ]);
  });

  it('is the city where traffic, rents and prices are read', () => {
    expect(ids('Traffic in Kunduz was jammed for hours after the rain.')).toEqual(['Kunduz=AF1901']);
    expect(ids('A kilo of tomatoes costs twenty afghanis more in Kunduz than in the villages.')).toEqual([
      'Kunduz=AF1901',
    ]);
    expect(ids('بهای یک سیر گندم در کندز دو صد افغانی بالا رفته است.')).toEqual(['کندز=AF1901']);
  });

  it('is the city at either end of a journey with another town', () => {
    expect(ids('He flew from Kabul to Kunduz on Tuesday.')).toEqual(['Kabul=AF0101', 'Kunduz=AF1901']);
    expect(ids('مسافران از کندز به مزار شریف رفتند.')).toEqual(['کندز=AF1901', 'مزار شریف=AF2101']);
  });

  it('is the city after the same preposition as a town earlier in the sentence', () => {
    expect(ids('Bread costs more in Taloqan than in Kunduz.')).toEqual(['Taloqan=AF1801', 'Kunduz=AF1901']);
    expect(ids('بیماران را به تالقان می‌برند و اگر آنجا داکتر نباشد، به کندز.')).toEqual([
      'تالقان=AF1801',
      'کندز=AF1901',
    ]);
  });

  it('stays the province for a province’s matters, and across sentences', () => {
    expect(ids('The drought in Kunduz has ruined the wheat.')).toEqual(['Kunduz=AF19']);
    expect(ids('Some families went to Taloqan. Others went to Kunduz for the winter.')).toEqual([
      'Taloqan=AF1801',
      'Kunduz=AF19',
    ]);
    expect(ids('The traffic police in Kunduz fined forty drivers.')).toEqual(['Kunduz=AF19']);
  });
});
