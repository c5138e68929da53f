import { describe, expect, it } from 'vitest';
import { isPluralPronoun, speakingGroupBefore } from './dari-plural-pronouns.ts';

describe('speakingGroupBefore', () => {
  it('finds the last group that spoke with a plural verb before the position', () => {
    const text = 'مالداران ولسوالی گفتند که علوفه گران است. به گفتهٔ آنان، «…»';
    expect(speakingGroupBefore(text, text.indexOf('به گفتهٔ'))?.group).toBe('مالداران ولسوالی');
  });

  it('takes no singular subject and no verb in the singular', () => {
    const text = 'رئیس زراعت گفت که علوفه گران است. به گفتهٔ آنان، «…»';
    expect(speakingGroupBefore(text, text.indexOf('به گفتهٔ'))).toBeNull();
  });
});

describe('isPluralPronoun', () => {
  it('is true of «آنان» and «آنها» alone, not of «او» or a group', () => {
    expect(isPluralPronoun('آنان')).toBe(true);
    expect(isPluralPronoun(' آنها ')).toBe(true);
    expect(isPluralPronoun('او')).toBe(false);
    expect(isPluralPronoun('آنان قریه')).toBe(false);
  });
});
