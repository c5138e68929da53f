import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('SUBJECT_VERB: a relative clause in commas between the subject and its speech verb', () => {
  it('gives the words to the subject before ", who …,"', () => {
    const story = ingestUnderHeadline([
      'We moved to the valley in 1998. My late uncle, who kept bees on the terraces, used to say that "a hive is a village with one law".',
      'The shop is still open. Engineer Wahid Stanekzai, who built the first pumps here, told us that "the pipes are older than the workers".',
    ]);
    expect(speakerOf(story, 'a hive is a village')).toBe('My late uncle');
    expect(speakerOf(story, 'the pipes are older')).toBe('Engineer Wahid Stanekzai');
  });

  it('leaves a clause with no speech verb after the aside alone', () => {
    const story = ingestUnderHeadline([
      'My late uncle, who kept bees on the terraces, planted the words "a hive is a village with one law" over the gate.',
    ]);
    expect(speakerOf(story, 'a hive is a village')).toBeNull();
  });
});

describe('quotedAs: "quoted X as saying" gives the words to X', () => {
  it('to the person or office quoted, not to the report that quotes them', () => {
    const story = ingestUnderHeadline([
      'Your article last month quoted the district director of water as promising that "every household will have a tap by autumn". Autumn came.',
      'A radio bulletin cited Haji Nasir Fayaz as saying that "the orchard road will be gravelled before the harvest".',
    ]);
    expect(speakerOf(story, 'every household will have')).toBe('the district director of water');
    expect(speakerOf(story, 'orchard road will be gravelled')).toBe('Haji Nasir Fayaz');
  });

  it('does not read "quoted" without "as …ing" as an attribution', () => {
    const story = ingestUnderHeadline([
      'The mural quoted the old proverb in large letters: "a river remembers its bed", and nobody signed it.',
    ]);
    expect(speakerOf(story, 'a river remembers')).not.toBe('the old proverb');
  });
});
