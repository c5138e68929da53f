import { describe, expect, it } from 'vitest';
import { readWithCountry } from './test-helpers.ts';

/** A wire roundup: a title, a lede, then items each under a headline in capitals and opening on a dateline. */
const roundup = (items: string[]) =>
  readWithCountry(
    [
      'Northern briefs: ferries, wheat and a clinic',
      '',
      'A few short items from the north.',
      '',
      ...items,
    ].join('\n'),
  );

describe('a wire roundup’s items: each headline over its dateline is the item’s text, the dateline its city', () => {
  it('links the places of the item headlines, and reads each item’s dateline as the city however far down', () => {
    const story = roundup([
      '* * *',
      '',
      'FERRY RESUMES ON THE PANJ NEAR KHAMAB',
      '',
      'FAIZABAD, Mar 2 (Northwire) — A cable ferry began carrying passengers again on Monday after the ice broke.',
      '',
      'The operator said the crossing would run twice a day until the spring floods.',
      '',
      '* * *',
      '',
      'WHEAT SEED HANDED OUT IN TAKHAR',
      '',
      'KUNDUZ, Mar 2 (Northwire) — Farmers from three districts queued for improved wheat seed at a depot on the edge of town.',
    ]);
    const linked = story.mentions.map((m) => [m.text, m.place]);
    expect(linked).toContainEqual(['TAKHAR', 'AF18']);
    expect(linked).toContainEqual(['KUNDUZ', 'AF1901']);
  });

  it('keeps a heading over ordinary prose a section title, its places unlinked', () => {
    const story = roundup([
      'WHEAT SEED HANDED OUT IN TAKHAR',
      '',
      'Farmers from three districts queued for improved wheat seed at a depot on the edge of town.',
      '',
      'The depot will open again next week.',
    ]);
    expect(story.mentions.some((m) => m.text === 'TAKHAR')).toBe(false);
  });
});
