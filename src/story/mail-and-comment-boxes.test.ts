import { describe, expect, it } from 'vitest';
import {
  isBracketedAd,
  isColumnBoxLine,
  isCommentBoxHead,
  isEarlierPieceCorrection,
  isSpecFieldsLine,
  markCommentBoxes,
  markMailHeads,
  markNextIssueTeasers,
  markPointedLists,
  quoteMarkEnd,
  type PageLine,
} from './mail-and-comment-boxes.ts';

const lines = (...blocks: string[][]): PageLine[] =>
  blocks.flatMap((texts, block) => texts.map((text) => ({ text, block, kind: 'body' as const })));
const kinds = (items: PageLine[]) => items.map((it) => it.kind);

describe('quoteMarkEnd', () => {
  it("measures a quoted reply's marks and the spaces after them", () => {
    expect(quoteMarkEnd('> > Dear all,')).toBe(4);
    expect(quoteMarkEnd('>>')).toBe(2);
    expect(quoteMarkEnd('Dear all, > not a mark')).toBe(0);
  });
});

describe('markMailHeads', () => {
  it('marks the fields and separator of a block with a sender and another field', () => {
    const items = lines(
      ['-----Original Message-----', 'From: A <a@x.org>', 'Subject: RE: Kishim'],
      ['Body text.'],
    );
    markMailHeads(items);
    expect(kinds(items)).toEqual(['navigation', 'navigation', 'navigation', 'body']);
  });
  it('leaves a block of fields without a client mark alone: a route box, a quoted memo', () => {
    const items = lines(['From: Kabul', 'To: Taloqan'], ["From: Governor's office", 'Subject: Rustaq']);
    markMailHeads(items);
    expect(kinds(items)).toEqual(['body', 'body', 'body', 'body']);
  });
  it('leaves a lone "Subject:" or "From:" line alone', () => {
    const items = lines(['Subject: the road to Kishim'], ['From: Kunduz, by the old road.']);
    markMailHeads(items);
    expect(kinds(items)).toEqual(['body', 'body']);
  });
});

describe('markCommentBoxes and isCommentBoxHead', () => {
  it('knows comment and review heads, with an icon and a count', () => {
    expect(isCommentBoxHead('💬 نظرات (۳)')).toBe(true);
    expect(isCommentBoxHead('Guest reviews (4)')).toBe(true);
    expect(isCommentBoxHead('Comments on the plan were mixed')).toBe(false);
    expect(isCommentBoxHead('## Reviews')).toBe(false);
  });
  it('marks the head and its block, or the next block under a head alone', () => {
    const items = lines(['Story.'], ['Comments (2)'], ['A, Kunduz: yes', 'B: no'], ['Footer']);
    markCommentBoxes(items);
    expect(kinds(items)).toEqual(['body', 'other', 'other', 'other', 'body']);
  });
});

describe('markPointedLists', () => {
  it('marks bulleted lines under a promo label closing on its colon', () => {
    const items = lines(['📌 بیشتر بخوانید:', '- یک', '- دو', 'متن']);
    (items[0] as PageLine).kind = 'promo';
    markPointedLists(items);
    expect(kinds(items)).toEqual(['promo', 'promo', 'promo', 'body']);
  });
});

describe('line rules', () => {
  it('isBracketedAd: an ad slot, not a bracketed insertion', () => {
    expect(isBracketedAd('[Advertisement – cheap flights Kabul–Kunduz]')).toBe(true);
    expect(isBracketedAd('[تبلیغات]')).toBe(true);
    expect(isBracketedAd('[at Imam Sahib]')).toBe(false);
  });
  it('isEarlierPieceCorrection: an earlier piece, not this article', () => {
    expect(isEarlierPieceCorrection("Corrections: In last week's column we wrote …")).toBe(true);
    expect(isEarlierPieceCorrection('Correction: An earlier version of this article said …')).toBe(false);
    expect(isEarlierPieceCorrection("Correction: In last week's meeting the council …")).toBe(false);
  });
  it("isSpecFieldsLine: three labelled fields, two of a work's labels", () => {
    expect(isSpecFieldsLine('Director: S. M. | Country: Afghanistan | Running time: 88 min')).toBe(true);
    expect(isSpecFieldsLine('Wheat: 30 | Rice: 95 | Oil: 140')).toBe(false);
    expect(isSpecFieldsLine('Province: Takhar | Year: 2025 | Language: Uzbeki')).toBe(false);
  });
  it('isColumnBoxLine: write-in box', () => {
    expect(isColumnBoxLine('Write to Farm & Garden, The Mirror, Kunduz.')).toBe(true);
    expect(isColumnBoxLine('The farmers wrote to the governor.')).toBe(false);
    expect(isColumnBoxLine('Write to the governor, the elders told families.')).toBe(false);
  });
  it('markNextIssueTeasers: a teaser, not a timeline line', () => {
    const column = lines(['Give her warm water.'], ['Next week: ticks on goats.']);
    markNextIssueTeasers(column);
    expect(kinds(column)).toEqual(['body', 'promo']);
    const timeline = lines(['Monday: engineers arrive.', 'Next week: the council meets.']);
    markNextIssueTeasers(timeline);
    expect(kinds(timeline)).toEqual(['body', 'body']);
  });
});
