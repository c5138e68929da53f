import { describe, expect, it } from 'vitest';
import { readWithCountry, speakerOf } from './test-helpers.ts';

const read = (...paras: string[]) => readWithCountry(['Headline', ...paras].join('\n\n'));

describe('ownedRoleColon', () => {
  it("gives the words after a colon to the owned role the sentence opens on, past a list's dash", () => {
    const story = read(
      '- Our driver told me the pass was open again: "We left Kishim at dawn and met no snow at all."',
    );
    expect(speakerOf(story, 'We left Kishim at dawn')).toBe('Our driver');
  });

  it('near miss: an owned thing, not a person, says nothing', () => {
    const story = read(
      'Their report says the canal is finished: "completed in full" is the phrase on its cover.',
    );
    expect(speakerOf(story, 'completed in full')).not.toBe('Their report');
  });
});
