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

  it('reads a body with its seat between it and the verb: "the … ministry in Kunduz said in a statement that"', () => {
    const story = ingestUnderHeadline([
      'Fuel',
      'The energy ministry in Kunduz said in a statement that "every depot will be inspected before winter" and named no date.',
      'On Monday, the mines directorate in Takhar stated that "no new licences will be given this year".',
    ]);
    expect(speakerOf(story, 'every depot')).toBe('The energy ministry');
    expect(speakerOf(story, 'no new licences')).toBe('The mines directorate');
  });

  it('keeps two bodies of the same kind apart: "the education ministry" is not the health ministry before it', () => {
    const story = ingestUnderHeadline([
      'Schools',
      'The health ministry said in a statement that "vaccinators will visit every school".',
      'The education ministry said on Sunday that "no class will be cancelled for the visits".',
      'The ministry said later that "parents may stay with their children".',
    ]);
    expect(speakerOf(story, 'vaccinators will visit')).toBe('The health ministry');
    expect(speakerOf(story, 'no class will be cancelled')).toBe('The education ministry');
    expect(speakerOf(story, 'parents may stay')).toBe('The education ministry');
  });
});

describe('an anonymous source named again by its role with a word before it', () => {
  it('"the same official", "the senior engineer", "the older farmer": a word the first mention lacked is the same source', () => {
    const story = ingestUnderHeadline([
      'Power',
      'A grid official in Baghlan, who spoke on condition of anonymity, said that "two pylons fell in the storm".',
      '"The repairs will take a week," the same official said.',
      'An engineer at the substation, who would not give his name, said the spare parts had run out.',
      '"We borrowed a transformer from Pul-e-Khumri," the senior engineer added.',
      'A farmer near the canal, who did not want to be named, showed us the dry channel.',
      '"My sons left for Iran," the older farmer said.',
    ]);
    expect(speakerOf(story, 'The repairs will take')).toBe('A grid official in Baghlan');
    expect(speakerOf(story, 'We borrowed a transformer')).toBe('An engineer at the substation');
    expect(speakerOf(story, 'My sons left')).toBe('A farmer near the canal');
  });
});
