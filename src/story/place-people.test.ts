import { describe, expect, it } from 'vitest';
import { findPlaceCandidates } from './link-places.ts';
import { placeIndexFor } from './ingest.ts';
import { namedAsPerson } from './place-people.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

const index = placeIndexFor(TEST_GAZETTEER);
const linked = (text: string) => findPlaceCandidates(text, index).map((c) => c.text);
const at = (text: string, name: string) =>
  namedAsPerson(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('a person named like a place', () => {
  it('is a person after a relation in commas or a naming verb, in English and Dari', () => {
    expect(at('He leaves his wife, Taloqan, and two sons.', 'Taloqan')).toBe(true);
    expect(at('Her eldest son, Rustam, studies; the younger, Baharak, sews.', 'Baharak')).toBe(true);
    expect(at('The driver, a tall man named Kunduz, laughed.', 'Kunduz')).toBe(true);
    expect(at('دختر ده سالهٔ او، بهارک، به مکتب می‌رود.', 'بهارک')).toBe(true);
  });

  it('is the place after a place noun and "called", or a relation that travels there', () => {
    expect(at('a mountain district in southern Takhar now called Baharak, which …', 'Baharak')).toBe(false);
    expect(at('His son, who lives in Taloqan, sends money.', 'Taloqan')).toBe(false);
    expect(at('His brother drove to Taloqan, then home.', 'Taloqan')).toBe(false);
  });

  it('keeps such a name out of the places the passage links', () => {
    expect(linked('Her eldest daughter, Baharak, is in the ninth grade in Taloqan.')).toEqual(['Taloqan']);
  });
});
