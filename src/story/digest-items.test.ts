import { describe, expect, it } from 'vitest';
import { isContentsHead } from './digest-items.ts';
import { ingest, placesOf } from './test-helpers.ts';

const RULE = '=============================================';

/** An invented monitoring digest: a masthead, its contents, and two items under repeated headlines. */
const DIGEST = [
  'NORTHERN PRESS REVIEW\nWeekly edition',
  'In this issue:\n1. Kunduz: Melon growers protest new tax\n2. Badakhshan: Clinic reopens after the snows',
  RULE,
  '1. KUNDUZ: MELON GROWERS PROTEST NEW TAX',
  'Melon growers in Kunduz closed the main road for two hours on Monday, a local radio station reported.',
  RULE,
  '2. BADAKHSHAN: CLINIC REOPENS AFTER THE SNOWS',
  'The clinic in Faizabad reopened on Sunday after the road was cleared, a news website said.',
];

describe('a digest: its contents are navigation, and the headlines repeating them are its text', () => {
  it('knows the head of a table of contents in English and Dari, and not a sentence about contents', () => {
    expect(isContentsHead('CONTENTS')).toBe(true);
    expect(isContentsHead('In this edition:')).toBe(true);
    expect(isContentsHead('فهرست مطالب')).toBe(true);
    expect(isContentsHead('The contents of the truck were seized.')).toBe(false);
  });

  it('links no place of the contents, and every place of the repeated headlines and the items', () => {
    const places = placesOf(ingest(DIGEST));
    expect(places).toEqual([
      ['KUNDUZ', 'AF19'],
      ['Kunduz', 'AF19'],
      ['BADAKHSHAN', 'AF17'],
      ['Faizabad', 'AF1701'],
    ]);
  });

  it('keeps a numbered subhead in capitals that repeats no contents entry, and a numbered list with no head', () => {
    const places = placesOf(
      ingest([
        'Winter situation report',
        '1. TALOQAN',
        'Snow closed the road to Taloqan for a day.',
        'Things to bring:\n1. Kunduz maps\n2. Warm clothes',
      ]),
    );
    expect(places.filter(([, id]) => id === 'AF1801')).toHaveLength(2);
    expect(places).toContainEqual(['Kunduz', 'AF19']);
  });
});
