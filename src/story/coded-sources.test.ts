import { describe, expect, it } from 'vitest';
import { anonymousIntroductions } from './anonymous.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('an interviewee a report cites by a code', () => {
  it('reads the code as the speaker: after the verb, before it, or in a citation closing the sentence', () => {
    const story = ingestUnderHeadline([
      'Orchard labour in the lower valley',
      '"The apricots ripen together, so the whole family climbs the trees for ten days," said P12, a grower in Keshem.',
      'Several pickers said wages had not risen. "We take home the same as three years ago," said one (P04, picker, Jurm). "The trader sets the price before we pick," another told us (P17, seasonal worker, Baharak).',
      'The drying yards are run by women. "We lay the fruit on the roofs and turn it every morning." (Respondent 22, dryer, Argo).',
      'P12 told us: "The road closes in spring, so we sell before the floods."',
    ]);
    expect(speakerOf(story, 'whole family climbs')).toBe('P12');
    expect(speakerOf(story, 'same as three years')).toBe('P04');
    expect(speakerOf(story, 'sets the price')).toBe('P17');
    expect(speakerOf(story, 'turn it every morning')).toBe('Respondent 22');
    expect(speakerOf(story, 'sell before the floods')).toBe('P12');
  });

  it('keeps the code in brackets after an unnamed source’s phrase, after a report’s paragraph number too', () => {
    expect(
      anonymousIntroductions(
        '4.2 A teacher at the girls’ school in Warsaj (TKH-31) told us the roof leaks.',
      ).map((a) => a.name),
    ).toEqual(['A teacher at the girls’ school in Warsaj (TKH-31)']);
    const story = ingestUnderHeadline([
      'Findings',
      '5.1 In Yaftal, a widow in the upper village (BDK-11) said the well had dried in June. "We carry water from the spring now, two hours each way," she said.',
    ]);
    expect(speakerOf(story, 'carry water from the spring')).toBe('A widow in the upper village (BDK-11)');
  });

  it('reads no code in a bracket of letters alone or a year, and no speaker where none is cited', () => {
    const story = ingestUnderHeadline([
      'The agency’s count',
      'The figures were disputed. "Forty thousand families returned in the autumn alone" (UNHCR, 2025).',
    ]);
    expect(speakerOf(story, 'Forty thousand families')).toBeNull();
  });

  it('gives a named speaker their words when a model number in brackets follows', () => {
    const story = ingestUnderHeadline([
      'Night flights',
      '"We flew the wounded out of Yangi Qala three times that week," said Qasim Noori, who pilots an old transport (AN-32).',
    ]);
    expect(speakerOf(story, 'flew the wounded out')).toBe('Qasim Noori');
  });
});
