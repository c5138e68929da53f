import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline as ingest, speakerOf } from './test-helpers.ts';

describe('pairTranslations: a quotation and its rendering in the other language share a speaker', () => {
  it('a paragraph of Dari alone, then the English opening the next paragraph with "he said"', () => {
    const story = ingest([
      'Nasir Ahmad Zaki has mended shoes by the river bridge for twenty years.',
      '«کفش‌ها هر سال کهنه‌تر می‌شوند و مردم پول کفش نو ندارند.»',
      '"Every year the shoes are older and people have no money for new ones," he said.',
    ]);
    expect(speakerOf(story, 'کفش‌ها هر سال')).toBe('Nasir Ahmad Zaki');
  });
  it('Dari then English in one paragraph, the attribution between them', () => {
    const story = ingest([
      'Shakila Noori teaches sewing in a rented room. «شاگردانم هر روز از سه قریه پیاده می‌آیند.» Most of her pupils, she said, "walk here every day from three villages."',
    ]);
    expect(speakerOf(story, 'شاگردانم هر روز')).toBe('Shakila Noori');
  });
  it("a Dari couplet and its English lines: the rendering takes the couplet's speaker", () => {
    const story = ingest([
      'Gul Ahmad Sharifi sings at every wedding in the valley.',
      '«آب دریا می‌رود، یار نمی‌آید،» he sings. "The river water goes, my friend does not come."',
    ]);
    expect(speakerOf(story, 'The river water goes')).toBe('Gul Ahmad Sharifi');
  });
  it('English first, then its Dari: the Dari takes the speaker too', () => {
    const story = ingest([
      'Shakila Noori teaches sewing in a rented room. "The winter is long and the room is cold," she said — «زمستان دراز است و اتاق سرد.»',
    ]);
    expect(speakerOf(story, 'زمستان دراز است')).toBe('Shakila Noori');
  });
  it('leaves a Dari paragraph alone when the next paragraph opens on prose, not a quotation', () => {
    const story = ingest([
      'Nasir Ahmad Zaki has mended shoes by the river bridge for twenty years.',
      '«کفش‌ها هر سال کهنه‌تر می‌شوند و مردم پول کفش نو ندارند.»',
      'Karim Jan Wardak, a tailor next door, disagreed. "The shoes are fine, the buyers are few," he said.',
    ]);
    expect(speakerOf(story, 'کفش‌ها هر سال')).not.toBe('Karim Jan Wardak');
  });
  it('leaves two quotations of the same script apart', () => {
    const story = ingest([
      'The hall was full. "Open the gates before the crowd grows!" someone shouted. "We have waited since dawn," said Karim Jan Wardak, a porter.',
    ]);
    // The first must be read as a quotation at all (a short one is a scare quote), and stay no one's.
    expect(story.quotes.map((q) => q.text)).toContain('Open the gates before the crowd grows!');
    expect(speakerOf(story, 'Open the gates')).not.toBe('Karim Jan Wardak');
  });
});
