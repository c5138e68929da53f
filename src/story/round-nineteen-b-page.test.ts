import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round nineteen (b): what a copied page carries around a story — readers' comments under handle-and-date heads,
// a wire's contributor line — links no place, while the same places in the story's text still do.
const read = (...paras: string[]) => readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
const linked = (...paras: string[]) => placesOf(read(...paras)).map(([text, id]) => `${text}=${id}`);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground near Taloqan.';
const STORY_LINKS = ['Archi=AF1906', 'Taloqan=AF1801'];

describe('a comment box whose heads are a handle and a calendar date', () => {
  it('links no place in the comments', () => {
    expect(
      linked(
        STORY,
        'Comments (3)',
        'Hamid_K • 2 Dec 2026',
        'Same in Khanabad last spring.',
        'Zarmina from Kunduz · December 2, 2026',
        'My uncle lives in Imam Sahib and lost his orchard.',
      ),
    ).toEqual(STORY_LINKS);
  });
  it('also with dashes and numeric dates', () => {
    expect(
      linked(
        STORY,
        'Reader comments',
        'Farid1988 – 03/12/2026',
        'The road to Faizabad is worse.',
        'Guest – 03/12/2026 18:40',
        'Thank you from Baharak.',
      ),
    ).toEqual(STORY_LINKS);
  });
  it('keeps a story\u2019s dated update paragraphs under a "Comments" subhead of its own', () => {
    const kept = linked(
      STORY,
      'Comments',
      'The governor of Kunduz said on 3 Dec 2026 that the embankment would be rebuilt in Khanabad.',
    );
    expect(kept).toContain('Kunduz=AF19');
    expect(kept).toContain('Khanabad=AF1904');
  });
});

describe("a wire's contributor line", () => {
  it('links no place in it, in several wordings', () => {
    for (const credit of [
      'Northern Wire correspondents in Kunduz, Khanabad and Imam Sahib contributed to this report.',
      'Sayed Rahim in Faizabad and Nazifa Sultani in Kunduz contributed reporting. Editing by Omar Jalali.',
      'Staff reporters in Khanabad also contributed reporting to this story.',
    ])
      expect(linked(STORY, credit)).toEqual(STORY_LINKS);
  });
  it("still links a story's sentence that says what contributed to what", () => {
    expect(linked(STORY, 'Heavy rain in Khanabad contributed to this week\u2019s floods.')).toContain(
      'Khanabad=AF1904',
    );
    expect(linked(STORY, 'Traders in Kunduz contributed to the fund, the governor said.').join()).toMatch(
      /Kunduz=AF19/u,
    );
  });
});
