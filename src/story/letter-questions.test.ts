import { describe, expect, it } from 'vitest';
import { isQuestionLabelKey } from './letter-questions.ts';
import { normalizeName } from './normalize.ts';

describe('isQuestionLabelKey', () => {
  it("reads a readers' letter's label as a question's", () => {
    expect(isQuestionLabelKey(normalizeName('Q'))).toBe(true);
    expect(isQuestionLabelKey(normalizeName('Question'))).toBe(true);
  });

  it("near miss: an answer's or a person's label is not", () => {
    expect(isQuestionLabelKey(normalizeName('A'))).toBe(false);
    expect(isQuestionLabelKey(normalizeName('Habibi'))).toBe(false);
  });
});
