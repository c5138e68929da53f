import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const ids = (text: string): string[] => placesOf(readWithCountry(text)).map(([, id]) => id);

describe('placeNameAfterPreposition', () => {
  it('links a district whose name opens with a title, after a preposition and before an apposition', () => {
    expect(ids('In Imam Sahib, north of Taloqan, farmers are out in the fields.')).toEqual([
      'AF1905',
      'AF1801',
    ]);
    expect(ids('Melons came from Imam Sahib, the border district, on Monday.')).toEqual(['AF1905']);
  });
});
