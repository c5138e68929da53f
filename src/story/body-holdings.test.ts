import { describe, expect, it } from 'vitest';
import { bodyHolding } from './body-holdings.ts';
import { sentenceIndex } from './sentences.ts';

describe('bodyHolding', () => {
  it('reads the body a sentence opens on, before a verb that reports and "that"', () => {
    expect(
      bodyHolding('3. By its decision of 2 Hamal the primary court annulled the sale, holding that ')?.body,
    ).toBe('the primary court');
    expect(bodyHolding('In reply, the department of refugees and repatriation stated that ')?.body).toBe(
      'the department of refugees and repatriation',
    );
    expect(bodyHolding('The appeals court dismissed the claim, ruling that the lease ')?.body).toBe(
      'The appeals court',
    );
  });
  it("reads no body that is a person's description or an object", () => {
    expect(
      bodyHolding('A spokesman for Barqi Tojik, the Tajik power company, told a newspaper that '),
    ).toBeNull();
    expect(bodyHolding('Lawyers for the company said that ')).toBeNull();
    expect(bodyHolding('The judge informed the court that ')).toBeNull();
  });
});

describe('sentenceIndex and "no." before a number', () => {
  it('ends no sentence at "letter no. 2241" but ends one at "said no."', () => {
    const a = 'The department, by letter no. 2241, informed the court.';
    expect(sentenceIndex(a).startOf(a.indexOf('informed'))).toBe(0);
    const b = 'He said no. Then he left.';
    expect(sentenceIndex(b).startOf(b.indexOf('Then'))).toBe(b.indexOf('Then'));
  });
});
