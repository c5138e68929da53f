import { describe, expect, it } from 'vitest';
import { chromeReason } from './clean.ts';
import { isNextItemCue, isScriptHead, isSuperLine } from './script-furniture.ts';
import { ingestUnderHeadline, placesOf } from './test-helpers.ts';

describe('script furniture: a broadcast script’s head, lower thirds and teasers', () => {
  it('reads the slug, the running time, a lower third and the next item’s cue', () => {
    expect(isScriptHead('SLUG: TALOQAN BREAD / VO-SOT')).toBe(true);
    expect(isScriptHead('TRT: 1\'50"')).toBe(true);
    expect(isSuperLine('SUPER: Wahida Nazari / Baker, Taloqan')).toBe(true);
    expect(isSuperLine('LOWER THIRD: Omid Rahmani, ferry operator')).toBe(true);
    expect(isNextItemCue('[NEXT: SPORT — BUZKASHI FINAL IN MAZAR]')).toBe(true);
    expect(isNextItemCue('[Coming up: floods in Khost]')).toBe(true);
    expect(chromeReason('SUPER: Wahida Nazari / Baker, Taloqan')).toBe('caption');
  });

  it('leaves prose that uses the same words alone', () => {
    expect(isScriptHead('Slug lines are written in capitals, the producer said.')).toBe(false);
    expect(isSuperLine('Super cold weather closed the road to Taloqan.')).toBe(false);
    expect(isSuperLine('Super: that was the word the boys used for the new bridge at Khulm.')).toBe(false);
    expect(isSuperLine('Cg: a note the teacher wrote beside the sums.')).toBe(false);
    expect(isNextItemCue('Next, the governor spoke about the road.')).toBe(false);
  });

  it('links no place in a script’s slug, lower third or teaser, and keeps the story’s', () => {
    const story = ingestUnderHeadline([
      'SLUG: TALOQAN BREAD / VO-SOT',
      '[ANCHOR — ON CAM]\nBakers in Taloqan say the price of flour rose again this week.',
      '[SOT — WAHIDA NAZARI, BAKER]\nSUPER: Wahida Nazari / Baker, Taloqan\nWe bake fewer loaves and sell them dearer.',
      '[NEXT: SPORT — BUZKASHI FINAL IN KUNDUZ]',
    ]);
    const places = placesOf(story).map(([text]) => text);
    expect(places).toEqual(['Taloqan']);
  });
});
