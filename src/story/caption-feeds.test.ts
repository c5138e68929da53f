import { describe, expect, it } from 'vitest';
import { isCaptionDateline, keepCaptionFeed, type FeedLine } from './caption-feeds.ts';

const line = (text: string, kind: FeedLine['kind'], start = 0): FeedLine => ({
  start,
  end: start + text.length,
  text,
  block: 0,
  kind,
});
const caption = (town: string) =>
  `Farmers load melons on to a lorry at a market in ${town} on December 1, 2026. (Photo by Nadia Rahimi/Pamir Frame)`;

describe('keepCaptionFeed', () => {
  it('reads three captions over a short header as the text, their closing credits apart', () => {
    const items = [
      line('Set: Melons of the north', 'body'),
      line(caption('Khulm'), 'caption'),
      line(caption('Taloqan'), 'caption'),
      line(caption('Kunduz'), 'caption'),
    ];
    keepCaptionFeed(items);
    expect(items.map((i) => i.kind)).toEqual([
      'navigation',
      'body',
      'caption',
      'body',
      'caption',
      'body',
      'caption',
    ]);
    expect(items[1]?.text.endsWith('2026.')).toBe(true);
    expect(items[2]?.text.trim()).toBe('(Photo by Nadia Rahimi/Pamir Frame)');
  });
  const captions = () => ['Khulm', 'Taloqan', 'Kunduz'].map((town) => line(caption(town), 'caption'));
  const sentence = 'The market opened early on Monday and traders said prices had fallen by a third. ';
  it('leaves the captions of a story whose one paragraph outweighs them', () => {
    // 75 words against the captions' 63: only the weighing keeps this page from being a feed.
    const items = [line(sentence.repeat(5), 'body'), ...captions()];
    keepCaptionFeed(items);
    expect(items.map((i) => i.kind)).toEqual(['body', 'caption', 'caption', 'caption']);
  });
  it('leaves the captions of a story of two short paragraphs (a lede and a quotation)', () => {
    // 30 words against 63: only the count of paragraphs keeps this page from being a feed.
    const items = [line(sentence, 'body'), line(sentence, 'body'), ...captions()];
    keepCaptionFeed(items);
    expect(items.map((i) => i.kind)).toEqual(['body', 'body', 'caption', 'caption', 'caption']);
  });
});

describe('isCaptionDateline', () => {
  it("reads the hyphen and the picture's day after the city", () => {
    const text = 'KUNDUZ, AFGHANISTAN - NOVEMBER 24: Women pick cotton.';
    expect(isCaptionDateline(text, 6, 22)).toBe(true);
  });
  it('near miss: a dash and a sentence after it', () => {
    const text = 'KUNDUZ, AFGHANISTAN - Women picked cotton on November 24.';
    expect(isCaptionDateline(text, 6, 22)).toBe(false);
  });
});
