// Round nine, quotation side: rules read the way a newsroom's next article needs them, each with sentences made up
// for the test.
import { describe, expect, it } from 'vitest';
import { SUBJECT_VERB, isSpeechClause } from './attribution-patterns.ts';
import { ingest, speakerOf } from './test-helpers.ts';

/** The last reporting-clause candidate of a text, as the rules see it. */
const lastClause = (s: string): RegExpMatchArray => {
  const found = [...s.matchAll(SUBJECT_VERB)].at(-1);
  if (!found) throw new Error(`no clause in ${s}`);
  return found;
};

describe('a noun that spells like a speech verb is no verb after a singular role', () => {
  it('isSpeechClause: "the farmer\'s only answer is", "the council\'s last reply was" are no clauses', () => {
    expect(isSpeechClause(lastClause("the farmer's only answer is stone"))).toBe(false);
    expect(isSpeechClause(lastClause("the council's last reply was short"))).toBe(false);
    expect(isSpeechClause(lastClause("the teacher's first remark was kind"))).toBe(false);
  });

  it('isSpeechClause: a singular role with "-s" or a past, and a plural with the bare form, are', () => {
    expect(isSpeechClause(lastClause('the spokesman answered'))).toBe(true);
    expect(isSpeechClause(lastClause('the district governor says'))).toBe(true);
    expect(isSpeechClause(lastClause('the elders answer'))).toBe(true);
    expect(isSpeechClause(lastClause('the police say'))).toBe(true);
    expect(isSpeechClause(lastClause('my parents note'))).toBe(true);
    expect(isSpeechClause(lastClause('Karim Jawad told'))).toBe(true);
  });

  it('reads "the union would ask" as no clause, so "…," the letter said is the person who wrote it', () => {
    const letter = ingest([
      'Dr Hamida Rasuli, the union\'s chair, said in a letter that the union would ask the ministry for more money. "Every teacher in the district should be paid before the spring," the letter said.',
    ]);
    expect(speakerOf(letter, 'Every teacher in the district')).toBe('Dr Hamida Rasuli');
    const notice = ingest([
      'Engineer Wahid Omar, head of the water board, wrote on Sunday that the board would answer every complaint in writing. "No village will wait more than a week for its turn at the canal," the notice said.',
    ]);
    expect(speakerOf(notice, 'No village will wait')).toBe('Engineer Wahid Omar');
  });
});
