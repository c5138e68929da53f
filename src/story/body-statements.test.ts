import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('a body named by a common noun speaks through its document or its reporting verb', () => {
  it('reads "according to a statement from the … department" and "the … directorate of … stated that"', () => {
    const story = ingestUnderHeadline([
      'Locusts in the north',
      'According to a statement from the provincial agriculture department, the swarms had "reached three districts by Monday" and were moving east.',
      'In a letter dated 9 April, the Baghlan directorate of irrigation and water stated that "every intake will be repaired before the rice season," without naming a date.',
    ]);
    expect(speakerOf(story, 'reached three districts')).toBe('The provincial agriculture department');
    expect(speakerOf(story, 'every intake will be repaired')).toBe(
      'The Baghlan directorate of irrigation and water',
    );
  });

  it('leaves a document from no body alone, and a subject that is no body', () => {
    const story = ingestUnderHeadline([
      'Prices',
      'According to a report from the local market, prices had "doubled in a week" before the holiday.',
      'Later, the whole family of the bride stated that "nothing was agreed in advance" at all.',
    ]);
    expect(speakerOf(story, 'doubled in a week')).toBeNull();
    expect(speakerOf(story, 'nothing was agreed') ?? '').not.toMatch(/family/i);
  });
});
