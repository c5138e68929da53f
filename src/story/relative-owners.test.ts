import { describe, expect, it } from 'vitest';
import { possessiveInRelativeClause } from './relative-owners.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('possessiveInRelativeClause', () => {
  it('reads a possessive inside an open ", who …" clause', () => {
    const text = 'Zarghona, 41, whose tailoring shop stood next to Malalai’s';
    expect(possessiveInRelativeClause(text, text.indexOf('Malalai'))).toBe(true);
  });
  it('reads no clause once a comma has closed it, or none at all (near-miss)', () => {
    const closed = 'Zarghona, who sews, said Malalai’s';
    expect(possessiveInRelativeClause(closed, closed.indexOf('Malalai'))).toBe(false);
    const none = 'Zarghona sat beside Malalai’s';
    expect(possessiveInRelativeClause(none, none.indexOf('Malalai'))).toBe(false);
  });
  it('gives "she said" to the tailor, not to the neighbour whose shop the clause names', () => {
    const story = ingestUnderHeadline([
      'Malalai Hotaki, 50, lost the shop where she had sold cloth since 2009.',
      'Zarghona, 41, whose tailoring shop stood next to Malalai’s, said she had no savings left. "I sewed for brides. Now I sew for nobody," she said.',
    ]);
    expect(speakerOf(story, 'I sewed for brides')).toContain('Zarghona');
  });
});
