import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { isSeparatedItems } from './page-chrome.ts';
import { segmentArticle } from './paragraphs.ts';

// Place readings and page chrome of the twelfth round's places wave, each class tried on sentences no article
// holds.
const index = placeIndexFor(builtGazetteer());
export const ids = (text: string) =>
  findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);
const segmented = (lines: string[]) => {
  const source = lines.join('\n');
  const s = segmentArticle(source);
  return { title: s.title, paragraphs: s.paragraphs.map((p) => source.slice(p.start, p.end)) };
};

describe('a breadcrumb set with ">"', () => {
  it('is navigation, so the headline under it is the title', () => {
    expect(isSeparatedItems('Home > Travel > Asia > Takhar and its rivers')).toBe(true);
    const page = segmented([
      'Home > Guides > Takhar',
      '',
      'Takhar in spring: where to walk',
      '',
      'Taloqan is a good base for walks in the hills above the Farkhar valley.',
    ]);
    expect(page.title).toBe('Takhar in spring: where to walk');
    expect(page.paragraphs).toEqual([
      'Taloqan is a good base for walks in the hills above the Farkhar valley.',
    ]);
  });

  it('leaves a sentence comparing figures story', () => {
    expect(isSeparatedItems('Prices in Kunduz rose again this week, and wheat > rice for once.')).toBe(false);
  });
});

describe("readers' reviews under a page", () => {
  const guide = [
    'Walking in Warsaj',
    '',
    'The valley road from Farkhar reaches Warsaj in about three hours when the river is low.',
    '',
  ];

  it('are chrome from the review box on: a head, then reviews opened by stars and the reviewer', () => {
    const page = segmented([
      ...guide,
      'Traveller reviews (3)',
      '',
      '★★★★☆ Omid R., Herat',
      'We stayed two nights in Khwaja Ghar on the way back. Lovely people.',
      '',
      '★★☆☆☆ Jana P., Prague',
      'The road through Chal was closed, so we came back through Kunduz.',
    ]);
    expect(page.paragraphs).toEqual([guide[2]]);
  });

  it('leave a page without a review box its story, stars and all', () => {
    const page = segmented([
      ...guide,
      'Our rating: ★★★★ for the walk, fewer for the road.',
      '',
      'Reviews of the new guesthouse in Rostaq have been kind, its owner said.',
    ]);
    expect(page.paragraphs).toHaveLength(3);
  });
});
