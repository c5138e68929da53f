import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('shareSentenceAttribution', () => {
  it('gives the first piece of a sentence the speaker of the attribution after its last piece', () => {
    const story = ingestUnderHeadline([
      'Officials were "surprised by the number of families" but "ready to send more tents", Ghulam Haidar Rahimi said.',
    ]);
    expect(speakerOf(story, 'surprised by the number')).toContain('Ghulam Haidar Rahimi');
  });
  it('keeps a piece of the sentence before off the next sentence’s speaker (near-miss)', () => {
    const story = ingestUnderHeadline([
      'The report called the harvest "the worst in a decade". Traders were "worried about the winter", Ghulam Haidar Rahimi said.',
    ]);
    expect(speakerOf(story, 'the worst in a decade') ?? '').not.toContain('Ghulam Haidar Rahimi');
  });
});

describe('a role in commas before the name after a reported clause', () => {
  it('reads "…, its director, Name, told reporters" as the person the next "she said" means', () => {
    const story = ingestUnderHeadline([
      'The clinic will stay open through the winter, its director, Shabnam Yousufzai, told reporters on Sunday.',
      'Two nurses "have agreed to stay in the valley until spring", she said.',
    ]);
    expect(speakerOf(story, 'have agreed to stay')).toContain('Shabnam Yousufzai');
  });
});
