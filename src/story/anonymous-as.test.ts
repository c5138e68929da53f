import { describe, expect, it } from 'vitest';
import { anonymousAs } from './anonymous.ts';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('"As <an unnamed source> told us:" gives the quotation to that source', () => {
  it('reads the source before the quotation or after it', () => {
    const story = ingestUnderHeadline([
      'Winter on the high pastures',
      'The herds come down in October. As a shepherd in Zebak told our reporter last year: "When the first snow sits on the ridge, we are already on the road."',
      '"If the bridge holds, we cross at dawn," as one driver in Doshi put it.',
    ]);
    expect(speakerOf(story, 'first snow sits')).toBe('A shepherd in Zebak');
    expect(speakerOf(story, 'bridge holds')).toBe('One driver in Doshi');
  });

  it('reads no source in an "as" that is no one: "As a result", "as the harvest came in"', () => {
    expect(anonymousAs('As a result of the floods, the council wrote: ', 0, '', 0)).toBeNull();
    expect(anonymousAs('As the harvest came in, the price fell, ', 0, '', 0)).toBeNull();
  });
});
